//! Faithfulness of `data/hyper-v.json` to its seed, the flattened pipe tables in
//! `shared/seeds/001_e982de3ee53765e1.txt`.
//!
//! The seed's tables look like Markdown pipe tables whose last row, when its
//! Customer cell is empty, lost that trailing cell (`OS patching | ✔ |`). The
//! data reads them as GitHub-flavoured Markdown does (a missing cell is empty)
//! and records that reading. These tests re-parse the seed the same way and
//! compare every table, activity and tick with the data.

use responsibility_matrix::catalog;
use rm_format::model::*;

/// The row note every row with a missing trailing cell must carry.
const MISSING_CELL_NOTE: &str = "The source row has one cell fewer than its header; read as GitHub-flavoured Markdown reads it, the Customer cell is empty.";

fn hyperv() -> &'static Offering {
    catalog::offering("hyper-v").expect("data/hyper-v.json should compile into the catalog")
}

/// The parties ticked in a row's single cell, in order.
fn ticked(row: &Row) -> Vec<&str> {
    let cell = row
        .cell("responsibility")
        .unwrap_or_else(|| panic!("row `{}` has no responsibility cell", row.id));
    assert!(
        cell.assign
            .iter()
            .all(|a| a.is_tick() && a.qualifiers.is_empty()),
        "Hyper-V cells are plain ticks (row `{}`)",
        row.id
    );
    cell.assign.iter().map(|a| &*a.party).collect()
}

fn has_missing_cell_note(row: &Row) -> bool {
    row.notes
        .iter()
        .any(|n| n.kind == NoteKind::Reading && n.text == MISSING_CELL_NOTE)
}

#[test]
fn metadata_parties_column_and_variants() {
    let o = hyperv();
    assert_eq!(o.provider, "Rackspace Technology");
    assert_eq!(o.source.title, "Roles and responsibilities");
    assert_eq!(
        o.source.seed_file.as_deref(),
        Some("001_e982de3ee53765e1.txt")
    );
    // The document names its publisher only as "Rackspace" (never "Rackspace Technology").
    assert_eq!(o.source.publisher.as_deref(), Some("Rackspace"));
    assert!(!read_seed().contains("Rackspace Technology"));
    // The document states no licence.
    assert!(o.source.licence_is_unknown());
    let seed = read_seed().to_lowercase();
    assert!(
        !seed.contains("licensed under")
            && !seed.contains("creative commons")
            && !seed.contains("licence")
    );
    assert_eq!(
        (o.source.url.as_deref(), o.source.date.as_deref()),
        (None, None)
    );

    // Source column order: Rackspace, then Customer.
    let parties: Vec<_> = o
        .parties
        .iter()
        .map(|p| (&*p.id, &*p.name, p.kind))
        .collect();
    assert_eq!(
        parties,
        [
            ("rackspace", "Rackspace", PartyKind::Provider),
            ("customer", "Customer", PartyKind::Customer)
        ]
    );
    assert_eq!(o.columns.len(), 1);
    assert_eq!(o.columns[0].id, "responsibility");
    assert!(o.columns[0].split_by_party);

    let options: Vec<&str> = o.variant_options().iter().map(|v| &*v.id).collect();
    assert_eq!(options, ["managed-vm", "unmanaged-vm"]);

    // The flattened-table reading is stated for the whole offering.
    assert!(o
        .notes
        .iter()
        .any(|n| n.kind == NoteKind::Reading && n.text.contains("GitHub-flavoured Markdown")));
}

#[test]
fn sections_in_source_order_with_their_row_counts_and_variants() {
    let o = hyperv();
    let sections: Vec<(&str, usize, Vec<&str>)> = o
        .sections
        .iter()
        .map(|s| {
            (
                &*s.id,
                s.rows.len(),
                s.variants.iter().map(|v| &**v).collect(),
            )
        })
        .collect();
    let managed = vec!["managed-vm"];
    let unmanaged = vec!["unmanaged-vm"];
    assert_eq!(
        sections,
        [
            ("hardware", 4, vec![]),
            ("network", 9, vec![]),
            ("managed-virtualization", 6, managed.clone()),
            ("managed-operating-systems", 3, managed.clone()),
            ("managed-monitoring", 6, managed.clone()),
            ("managed-network", 2, managed.clone()),
            ("managed-security", 1, managed),
            ("unmanaged-virtualization", 2, unmanaged.clone()),
            ("unmanaged-operating-systems", 3, unmanaged.clone()),
            ("unmanaged-security", 1, unmanaged.clone()),
            ("unmanaged-network", 2, unmanaged.clone()),
            ("unmanaged-monitoring", 6, unmanaged),
        ]
    );
    assert_eq!(o.row_count(), 45);
    // Rows inherit their section's variants; none narrows them further.
    assert!(o.rows().all(|(_, r)| r.variants.is_empty()));
}

#[test]
fn tricky_rows() {
    let o = hyperv();
    let row = |id: &str| {
        o.rows()
            .map(|(_, r)| r)
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no row `{id}` in hyper-v"))
    };

    let rule_set = row("manage-firewall-rule-set");
    assert_eq!(ticked(rule_set), ["rackspace", "customer"]);
    assert_eq!(
        rule_set.cell("responsibility").unwrap().source_text,
        "Rackspace: ✔; Customer: ✔"
    );
    // Its table's last row kept both cells, so it needs no reading.
    assert!(!has_missing_cell_note(rule_set));

    assert_eq!(
        ticked(row("unmanaged-provision-windows-and-linux-os-images")),
        ["rackspace", "customer"]
    );
    assert_eq!(
        row("managed-provision-windows-and-linux-os-images").activity,
        "Provision Microsoft Windows and Linux® operating system images"
    );
    assert_eq!(
        row("managed-cloud-platform-2012-r2").activity,
        "Cloud platform (2012 R2, only for existing customer base)"
    );
}

#[test]
fn every_table_whose_last_row_lost_a_cell_is_read_as_blank() {
    let o = hyperv();
    let mut affected = 0;
    for s in o.sections.iter() {
        let last = s.rows.last().expect("sections are not empty");
        if s.id == "network" {
            // The only table whose last row ticks the Customer too.
            assert!(!has_missing_cell_note(last));
            continue;
        }
        assert!(
            has_missing_cell_note(last),
            "last row `{}` needs the reading note",
            last.id
        );
        assert_eq!(ticked(last), ["rackspace"], "row `{}`", last.id);
        assert_eq!(
            last.cell("responsibility").unwrap().source_text,
            "Rackspace: ✔; Customer: (cell missing in source)"
        );
        affected += 1;
    }
    assert_eq!(affected, 11);
    // No other row carries the note.
    let noted = o.rows().filter(|(_, r)| has_missing_cell_note(r)).count();
    assert_eq!(noted, affected);
}

// ---------------------------------------------------------------------------
// Re-parsing the seed.
// ---------------------------------------------------------------------------

/// One pipe table of the seed.
#[derive(Debug)]
struct SeedTable {
    /// The variant its heading selects: None before "Managed virtual machines".
    variant: Option<&'static str>,
    /// Header cells: the table's title, then the party names.
    header: Vec<String>,
    /// Body rows as GitHub-flavoured Markdown splits them; a row may be shorter
    /// than the header when the source dropped its trailing empty cell.
    rows: Vec<Vec<String>>,
}

fn read_seed() -> String {
    crate::read_seed("001_e982de3ee53765e1.txt")
}

/// Splits a pipe-table line into cells: the trailing pipe closes the last cell
/// rather than opening an empty one, as in GitHub-flavoured Markdown.
fn pipe_cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(|c| c.trim().to_string()).collect()
}

fn is_delimiter(line: &str) -> bool {
    line.starts_with("---|")
}

/// Finds every table: a header line directly followed by a delimiter line,
/// then body rows up to the next non-table line or the next table's header.
/// Headings (lines ending in `#`, a flattened anchor link) set the variant.
fn parse_tables(seed: &str) -> Vec<SeedTable> {
    let lines: Vec<&str> = seed.lines().collect();
    let starts_table = |i: usize| lines.get(i + 1).is_some_and(|l| is_delimiter(l));
    let mut tables = Vec::new();
    let mut variant = None;
    let mut i = 0;
    while i < lines.len() {
        match lines[i] {
            "Roles and responsibilities#" => variant = None,
            "Managed virtual machines#" => variant = Some("managed-vm"),
            "Unmanaged virtual machines#" => variant = Some("unmanaged-vm"),
            heading if heading.ends_with('#') => panic!("unexpected heading {heading:?}"),
            _ => {}
        }
        if !starts_table(i) {
            i += 1;
            continue;
        }
        let header = pipe_cells(lines[i]);
        let mut rows = Vec::new();
        i += 2;
        while i < lines.len() && lines[i].contains('|') && !starts_table(i) {
            rows.push(pipe_cells(lines[i]));
            i += 1;
        }
        tables.push(SeedTable {
            variant,
            header,
            rows,
        });
    }
    tables
}

/// What `source_text` must say for one seed row: per party, its tick, a blank,
/// or that the cell is missing.
fn expected_source_text(parties: &[String], marks: &[String]) -> String {
    parties
        .iter()
        .enumerate()
        .map(|(k, party)| {
            let mark = match marks.get(k).map(String::as_str) {
                Some("✔") => "✔",
                Some("") => "(blank)",
                None => "(cell missing in source)",
                Some(other) => panic!("unexpected mark {other:?} under {party}"),
            };
            format!("{party}: {mark}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn every_table_row_and_tick_matches_the_seed() {
    let tables = parse_tables(&read_seed());
    let o = hyperv();
    assert_eq!(
        tables.len(),
        o.sections.len(),
        "one section per source table"
    );

    let party_names: Vec<&str> = o.parties.iter().map(|p| &*p.name).collect();
    let mut rows_checked = 0;
    for (table, section) in tables.iter().zip(o.sections.iter()) {
        let at = format!("section `{}`", section.id);
        assert_eq!(section.title, table.header[0], "title of {at}");
        assert_eq!(table.header[1..], party_names, "party columns of {at}");
        let variants: Vec<&str> = section.variants.iter().map(|v| &**v).collect();
        assert_eq!(variants, Vec::from_iter(table.variant), "variants of {at}");
        assert_eq!(section.rows.len(), table.rows.len(), "row count of {at}");

        for (cells, row) in table.rows.iter().zip(section.rows.iter()) {
            assert_eq!(row.activity, cells[0], "activity of row `{}`", row.id);
            let marks = &cells[1..];
            assert!(
                (1..=2).contains(&marks.len()),
                "row {:?} should have one or two party cells",
                cells[0]
            );
            // Tick positions: a party is assigned exactly when its cell holds ✔.
            let expected: Vec<&str> = o
                .parties
                .iter()
                .zip(marks)
                .filter(|(_, m)| m.as_str() == "✔")
                .map(|(p, _)| &*p.id)
                .collect();
            assert_eq!(ticked(row), expected, "ticks of row `{}`", row.id);
            assert_eq!(
                row.cell("responsibility").unwrap().source_text,
                expected_source_text(&table.header[1..], marks),
                "source_text of row `{}`",
                row.id
            );
            // A short row is read, and says it was read, as GFM reads it.
            let short = marks.len() < party_names.len();
            assert_eq!(
                has_missing_cell_note(row),
                short,
                "reading note of row `{}`",
                row.id
            );
            rows_checked += 1;
        }
    }
    assert_eq!(rows_checked, 45);
}

/// The prose slips a full re-read found are recorded as readings, quoting
/// the seed: the sentence that lacks a word and the flattened headings.
#[test]
fn prose_slips_are_recorded_as_readings() {
    let seed = read_seed();
    let readings: Vec<&str> = hyperv()
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Reading)
        .map(|n| &*n.text)
        .collect();
    let recorded = |words: &str| {
        assert!(seed.contains(words), "not in the seed: {words}");
        assert!(
            readings.iter().any(|r| r.contains(words)),
            "no reading quotes {words:?}"
        );
    };
    recorded("Microsoft Hyper-V managed virtual machines are virtual machines run a guest operating system that is managed by Rackspace.");
    // Every heading the seed prints with a trailing "#" is named in the reading.
    let headings: Vec<&str> = seed.lines().filter(|l| l.ends_with('#')).collect();
    assert_eq!(
        headings,
        [
            "Roles and responsibilities#",
            "Managed virtual machines#",
            "Unmanaged virtual machines#"
        ]
    );
    for h in headings {
        recorded(h);
    }
    assert_eq!(&*hyperv().source.title, "Roles and responsibilities");
}
