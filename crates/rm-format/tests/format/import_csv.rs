//! The CSV importer on realistic and hostile files written for this repository.
use crate::support::fixture;

use rm_format::import::{import, Format, ImportOptions, MAX_INPUT_BYTES};
use rm_format::model::{PartyKind, Qualifier};

#[test]
fn wide_semicolon_csv_with_bom_reads_ticks_letters_and_keeps_formula_text() {
    let o = import(
        "wide-semicolon.csv",
        &fixture("wide-semicolon.csv"),
        Format::Csv,
        &ImportOptions::default(),
    )
    .expect("imports");
    assert_eq!(o.row_count(), 3);
    let acme = o
        .parties
        .iter()
        .find(|p| p.name == "Acme Cloud")
        .expect("Acme");
    assert_eq!(acme.kind, PartyKind::Provider);
    let rows: Vec<_> = o.rows().map(|(_, r)| r).collect();
    let patch = rows[1].cell("responsibility").expect("split cell");
    assert_eq!(patch.assign.len(), 2);
    assert_eq!(patch.assign[1].raci.as_deref(), Some("RA"));
    assert!(
        patch
            .reading
            .as_deref()
            .unwrap_or("")
            .contains("“x” read as a tick"),
        "{:?}",
        patch.reading
    );
    assert!(patch
        .reading
        .as_deref()
        .unwrap_or("")
        .contains("“R/A” read as the RACI letters RA"));
    assert_eq!(patch.source_text, "Acme Cloud: x; Customer: R/A");
    assert_eq!(rows[1].notes[0].text, "Monthly; \"critical\" within 48h");
    assert_eq!(
        rows[2].notes[0].text,
        "=HYPERLINK(\"http://example.invalid\",\"click\")"
    );
    assert_eq!(o.sections.len(), 3);
}

#[test]
fn long_tab_csv_groups_lines_into_rows_and_reads_provider_word() {
    let options = ImportOptions {
        provider: Some("OVHcloud".into()),
        ..Default::default()
    };
    let o = import(
        "long-tab.tsv",
        &fixture("long-tab.tsv"),
        Format::Csv,
        &options,
    )
    .expect("imports");
    assert_eq!(o.row_count(), 2);
    let (_, first) = o.rows().next().expect("row");
    assert_eq!(
        first.cell("responsibility").expect("cell").assign[0]
            .raci
            .as_deref(),
        Some("RA")
    );
    let (_, second) = o.rows().nth(1).expect("row");
    let cell = second.cell("responsibility").expect("cell");
    assert_eq!(cell.assign[1].party, "ovhcloud");
    assert!(
        cell.reading
            .as_deref()
            .unwrap_or("")
            .contains("“Provider” read as the provider (OVHcloud)"),
        "{:?}",
        cell.reading
    );
}

#[test]
fn a_party_named_only_in_cells_becomes_a_third_party() {
    let o = import(
        "three-parties.csv",
        &fixture("three-parties.csv"),
        Format::Csv,
        &ImportOptions::default(),
    )
    .expect("imports");
    assert_eq!(
        o.parties.len(),
        3,
        "{:?}",
        o.parties
            .iter()
            .map(|p| (&p.name, p.kind))
            .collect::<Vec<_>>()
    );
    let azure = o
        .parties
        .iter()
        .find(|p| p.name == "Azure")
        .expect("Azure is a party");
    assert_eq!(azure.kind, PartyKind::ThirdParty);
    let rows: Vec<_> = o.rows().map(|(_, r)| r).collect();
    let coordinated = &rows[2].cell("who").expect("cell").assign[0];
    assert_eq!(coordinated.qualifiers.as_ref(), &[Qualifier::Coordinated]);
    assert_eq!(coordinated.with.as_deref(), Some("customer"));
    let shared = rows[4].cell("who").expect("cell");
    assert_eq!(shared.assign.len(), 2);
    assert!(shared
        .reading
        .as_deref()
        .unwrap_or("")
        .starts_with("“Shared” read as both"));
}

#[test]
fn wrong_encodings_are_refused_with_a_clear_reason() {
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Activity,Who\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let e = import("u16.csv", &utf16, Format::Csv, &ImportOptions::default()).expect_err("refused");
    assert!(e[0].reason.contains("UTF-16"), "{}", e[0].reason);
    let latin1 = b"Activity,Who\nMise \xe0 jour,Customer\n";
    let e = import("l1.csv", latin1, Format::Csv, &ImportOptions::default()).expect_err("refused");
    assert_eq!(e[0].path, "line 2, column 6");
    assert!(e[0].reason.contains("Latin-1"), "{}", e[0].reason);
}

#[test]
fn an_input_over_the_limit_is_refused_before_parsing() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    let e = import("big.csv", &big, Format::Csv, &ImportOptions::default()).expect_err("refused");
    assert!(e[0].reason.contains("at most 50 MB"), "{}", e[0].reason);
}

#[test]
fn ten_thousand_rows_import_with_every_cell() {
    let mut csv = String::from("Section,Activity,Rackspace,Customer\n");
    for i in 0..10_000 {
        let (r, c) = if i % 3 == 0 {
            ("✔", "")
        } else if i % 3 == 1 {
            ("", "✔")
        } else {
            ("✔", "✔")
        };
        csv.push_str(&format!(
            "Section {},Activity number {i},{r},{c}\n",
            i / 500
        ));
    }
    let o = import(
        "big.csv",
        csv.as_bytes(),
        Format::Csv,
        &ImportOptions::default(),
    )
    .expect("imports");
    assert_eq!(o.row_count(), 10_000);
    assert_eq!(o.sections.len(), 20);
    let both = o
        .rows()
        .filter(|(_, r)| r.cells[0].cell.assign.len() == 2)
        .count();
    assert_eq!(both, 3333);
}
