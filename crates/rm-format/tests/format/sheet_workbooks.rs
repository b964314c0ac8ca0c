//! The XLSX and ODS importers on workbooks shaped as providers keep their
//! matrices: merged headers over party columns, section rows, sections
//! merged down a column, formulas (kept as text, never run), several sheets.

use crate::support::fixture;
use rm_format::import::{import, Format, ImportOptions};
use rm_format::model::{Offering, PartyKind, Qualifier};
use rust_xlsxwriter::{Format as Style, Formula, Workbook};

pub fn read(file: &str, bytes: &[u8], options: &ImportOptions) -> Offering {
    let format = Format::guess(file, bytes);
    import(file, bytes, format, options)
        .unwrap_or_else(|e| panic!("{file}: {:?}", e.iter().take(5).collect::<Vec<_>>()))
}

pub fn refused(file: &str, bytes: &[u8]) -> String {
    let format = Format::guess(file, bytes);
    let errors = import(file, bytes, format, &ImportOptions::default())
        .expect_err("the workbook is refused");
    assert!(errors.iter().all(|e| e.file == file), "{errors:?}");
    errors
        .iter()
        .map(|e| e.reason.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

fn readings(o: &Offering) -> String {
    o.notes
        .iter()
        .map(|n| n.text.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A provider's workbook: a cover sheet, then the matrix with "Activity"
/// merged down over two header rows, "Infrastructure" merged across its two
/// party columns, section rows merged across the width, and formulas.
fn provider_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let bold = Style::new().set_bold();
    let cover = book.add_worksheet();
    cover.set_name("Cover").expect("name");
    cover
        .write_string(0, 0, "Acme managed hosting: who does what")
        .expect("write");
    let m = book.add_worksheet();
    m.set_name("Matrix").expect("name");
    m.merge_range(0, 0, 1, 0, "Activity", &bold).expect("merge");
    m.merge_range(0, 1, 0, 2, "Infrastructure", &bold)
        .expect("merge");
    m.write_string_with_format(1, 1, "Acme", &bold)
        .expect("write");
    m.write_string_with_format(1, 2, "Customer", &bold)
        .expect("write");
    m.merge_range(0, 3, 1, 3, "Application", &bold)
        .expect("merge");
    m.merge_range(0, 4, 1, 4, "Notes", &bold).expect("merge");
    m.merge_range(2, 0, 2, 4, "Servers", &bold).expect("merge");
    m.write_string(3, 0, "Patch the operating system")
        .expect("write");
    m.write_string(3, 1, "✔").expect("write");
    m.write_string(3, 3, "Acme, reactive only").expect("write");
    m.write_formula(
        3,
        4,
        Formula::new(r#"=HYPERLINK("https://example.invalid/runbook","Runbook")"#)
            .set_result("Runbook"),
    )
    .expect("formula");
    m.write_string(4, 0, "Back up the data").expect("write");
    m.write_string(4, 1, "R/A").expect("write");
    m.write_string(4, 2, "C").expect("write");
    m.write_formula(
        4,
        3,
        Formula::new(r#"=IF(TRUE,"Customer","Acme")"#).set_result("Customer"),
    )
    .expect("formula");
    m.merge_range(5, 0, 5, 4, "Network", &bold).expect("merge");
    m.write_string(6, 0, "Firewall rules").expect("write");
    m.write_string(6, 2, "x").expect("write");
    m.write_string(6, 3, "Shared").expect("write");
    // Saved with the value 0, as Excel shows a DDE link it has not run.
    m.write_formula(6, 4, Formula::new("=cmd|' /C calc'!A0"))
        .expect("formula");
    book.save_to_buffer().expect("saves")
}

#[test]
fn xlsx_with_merged_headers_and_section_rows_reads_parties_sections_and_qualifiers() {
    let bytes = provider_workbook();
    let options = ImportOptions {
        sheet: Some("Matrix".into()),
        provider: Some("Acme".into()),
        ..ImportOptions::default()
    };
    let o = read("acme.xlsx", &bytes, &options);
    let sections: Vec<&str> = o.sections.iter().map(|s| &*s.title).collect();
    assert_eq!(sections, ["Servers", "Network"]);
    assert_eq!(o.row_count(), 3);
    let acme = o.parties.iter().find(|p| p.name == "Acme").expect("Acme");
    assert_eq!(acme.kind, PartyKind::Provider);
    let labels: Vec<(&str, bool)> = o
        .columns
        .iter()
        .map(|c| (&*c.label, c.split_by_party))
        .collect();
    assert_eq!(labels, [("Infrastructure", true), ("Application", false)]);

    let rows: Vec<_> = o.rows().map(|(_, r)| r).collect();
    let backup = rows[1].cell("infrastructure").expect("split cell");
    let letters: Vec<_> = backup.assign.iter().map(|a| a.raci.as_deref()).collect();
    assert_eq!(letters, [Some("RA"), Some("C")]);
    // The party named in words, then a qualifier: that party, with the qualifier, and a reading.
    let patch_app = rows[0].cell("application").expect("application cell");
    assert_eq!(patch_app.assign.len(), 1);
    assert_eq!(patch_app.assign[0].party, acme.id);
    assert_eq!(&*patch_app.assign[0].qualifiers, [Qualifier::ReactiveOnly]);
    assert_eq!(patch_app.source_text, "Acme, reactive only");
    assert!(
        patch_app
            .reading
            .as_deref()
            .unwrap_or("")
            .contains("“Acme, reactive only” read as Acme with the qualifier “Reactive only”"),
        "{:?}",
        patch_app.reading
    );
    // "Shared" reads as both parties, with a reading saying so.
    let firewall_app = rows[2].cell("application").expect("cell");
    assert_eq!(firewall_app.assign.len(), 2);
    assert!(firewall_app
        .reading
        .as_deref()
        .unwrap_or("")
        .contains("“Shared” read as both"));

    let format = o.source.format.as_deref().unwrap_or("");
    assert_eq!(format, "XLSX (sheet “Matrix”)");
    let text = readings(&o);
    assert!(text.contains("merged across 2 columns"), "{text}");
}

#[test]
fn formulas_are_text_their_saved_value_or_their_own_words_and_never_run() {
    let o = read(
        "acme.xlsx",
        &provider_workbook(),
        &ImportOptions {
            sheet: Some("matrix".into()),
            ..ImportOptions::default()
        },
    );
    let rows: Vec<_> = o.rows().map(|(_, r)| r).collect();
    // The saved value of =HYPERLINK is the note's text; the link is not followed.
    assert_eq!(rows[0].notes[0].text, "Runbook");
    // A DDE formula is not run: its saved value is the text, the formula a reading.
    assert_eq!(rows[2].notes[0].text, "0");
    // A formula's saved value in a responsibility cell reads like typed text.
    let backup = rows[1].cell("application").expect("cell");
    assert_eq!(backup.source_text, "Customer");
    let text = readings(&o);
    assert!(
        text.contains("=HYPERLINK(\"https://example.invalid/runbook\",\"Runbook\")"),
        "{text}"
    );
    assert!(
        text.contains("saved value “Runbook” is read as text"),
        "{text}"
    );
    assert!(
        text.contains("=cmd|' /C calc'!A0; its saved value “0”"),
        "{text}"
    );
    assert!(text.contains("never run"), "{text}");
}

#[test]
fn the_first_visible_sheet_is_read_and_a_missing_sheet_names_the_others() {
    let bytes = provider_workbook();
    // The cover sheet comes first: it holds one line, not a matrix.
    let first = import("acme.xlsx", &bytes, Format::Xlsx, &ImportOptions::default());
    assert!(first.is_err(), "the cover sheet is no matrix");
    let errors = import(
        "acme.xlsx",
        &bytes,
        Format::Xlsx,
        &ImportOptions {
            sheet: Some("Prices".into()),
            ..ImportOptions::default()
        },
    )
    .expect_err("no such sheet");
    assert_eq!(
        errors[0].reason,
        "there is no sheet “Prices”; the sheets are “Cover”, “Matrix”"
    );
}

#[test]
fn a_section_merged_down_its_column_counts_for_every_row_it_covers() {
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["Section", "Activity", "Provider", "Customer"]
        .iter()
        .enumerate()
    {
        s.write_string(0, c as u16, *h).expect("write");
    }
    s.merge_range(1, 0, 3, 0, "Servers", &Style::new())
        .expect("merge");
    s.write_string(4, 0, "Network").expect("write");
    for (r, a) in ["Patch", "Monitor", "Replace disks", "Route"]
        .iter()
        .enumerate()
    {
        s.write_string(r as u32 + 1, 1, *a).expect("write");
        s.write_string(r as u32 + 1, 2, if r % 2 == 0 { "x" } else { "" })
            .expect("write");
        s.write_string(r as u32 + 1, 3, if r % 2 == 0 { "" } else { "x" })
            .expect("write");
    }
    let o = read(
        "down.xlsx",
        &book.save_to_buffer().expect("saves"),
        &ImportOptions::default(),
    );
    let by_section: Vec<(&str, usize)> = o
        .sections
        .iter()
        .map(|s| (&*s.title, s.rows.len()))
        .collect();
    assert_eq!(by_section, [("Servers", 3), ("Network", 1)]);
    assert!(
        readings(&o).contains("Cell A2 is merged down to row 4"),
        "{}",
        readings(&o)
    );
}

#[test]
fn ods_from_calc_with_merged_header_sections_and_formulas() {
    let bytes = fixture("matrix.ods");
    assert_eq!(Format::guess("matrix.ods", &bytes), Format::Ods);
    assert_eq!(Format::guess("upload.bin", &bytes), Format::Ods);
    let o = read("matrix.ods", &bytes, &ImportOptions::default());
    let sections: Vec<&str> = o.sections.iter().map(|s| &*s.title).collect();
    assert_eq!(sections, ["Servers", "Network"]);
    assert_eq!(o.row_count(), 3);
    let names: Vec<&str> = o.parties.iter().map(|p| &*p.name).collect();
    assert_eq!(names, ["Acme Cloud", "Customer"]);
    let rows: Vec<_> = o.rows().map(|(_, r)| r).collect();
    let backup = rows[1].cell("responsibility").expect("split cell");
    let letters: Vec<_> = backup.assign.iter().map(|a| a.raci.as_deref()).collect();
    assert_eq!(letters, [Some("RA"), Some("C")]);
    let firewall = rows[2].cell("responsibility").expect("cell");
    assert_eq!(firewall.assign.len(), 1);
    assert_eq!(rows[1].notes[0].text, "See the runbook");
    assert_eq!(rows[2].notes[0].text, "=cmd|' /C calc'!A0");
    let text = readings(&o);
    assert!(text.contains("2 sheets"), "{text}");
    assert!(text.contains("HYPERLINK"), "{text}");
    assert!(
        o.source.format.as_deref().unwrap_or("").contains("ODS"),
        "{:?}",
        o.source.format
    );
}
