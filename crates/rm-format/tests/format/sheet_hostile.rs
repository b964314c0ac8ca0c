//! Hostile workbooks: zip bombs (honest and lying about their sizes), sparse
//! cell bombs, ODS row repeats, broken and oversized files. A clear error,
//! never a panic or an allocation the size of the bomb.

use crate::sheet_workbooks::{read, refused};
use crate::support::fixture;
use rm_format::import::sheet::guard::{MAX_CELLS, MAX_UNPACKED_BYTES};
use rm_format::import::{import, Format, ImportOptions};
use rm_format::model::Status;
use rust_xlsxwriter::Workbook;

#[test]
fn a_zip_bomb_is_refused_by_what_it_unpacks_to() {
    let bytes = fixture("bomb.xlsx");
    assert!(bytes.len() < 1024 * 1024, "the bomb itself is small");
    let reason = refused("bomb.xlsx", &bytes);
    assert!(reason.contains("zip bomb"), "{reason}");
    assert!(
        reason.contains(&format!("{} MB", MAX_UNPACKED_BYTES / 1_048_576)),
        "{reason}"
    );
}

#[test]
fn a_zip_bomb_that_lies_about_its_sizes_is_refused_too() {
    let mut bytes = fixture("bomb.xlsx");
    // Claim 1 KB unpacked for every part, in the local headers and the directory.
    let small = 1024u32.to_le_bytes();
    let mut i = 0;
    while i + 30 < bytes.len() {
        match bytes[i..i + 4] {
            [0x50, 0x4b, 0x03, 0x04] => bytes[i + 22..i + 26].copy_from_slice(&small),
            [0x50, 0x4b, 0x01, 0x02] => bytes[i + 24..i + 28].copy_from_slice(&small),
            _ => {}
        }
        i += 1;
    }
    let reason = refused("liar.xlsx", &bytes);
    assert!(!reason.is_empty());
}

#[test]
fn a_cell_at_the_far_corner_of_the_sheet_costs_only_its_cells() {
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    s.write_string(0, 0, "Activity").expect("write");
    s.write_string(0, 1, "Customer").expect("write");
    s.write_string(1, 0, "Backups").expect("write");
    s.write_string(1, 1, "x").expect("write");
    s.write_string(1_048_575, 16_383, "x").expect("write");
    let bytes = book.save_to_buffer().expect("saves");
    let errors = import(
        "corner.xlsx",
        &bytes,
        Format::Xlsx,
        &ImportOptions::default(),
    )
    .expect_err("a cell with no activity");
    assert_eq!(
        errors[0].path, "row 1048576, column “Activity”",
        "{errors:?}"
    );
    assert_eq!(errors[0].reason, "the activity is blank");
}

#[test]
fn a_sparse_sheet_spanning_millions_of_places_is_refused_without_allocating_them() {
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    s.write_string(0, 0, "Activity").expect("write");
    s.write_string(0, 1, "Customer").expect("write");
    for r in 1..=700u32 {
        s.write_string(r * 1_000, 16_383, "x").expect("write");
    }
    let reason = refused("sparse.xlsx", &book.save_to_buffer().expect("saves"));
    assert!(reason.contains("rows × 16384 columns"), "{reason}");
}

/// An ODS whose few bytes repeat one filled row a million times, 100 cells wide.
fn repeat_bomb() -> Vec<u8> {
    use std::io::Write;
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Bomb"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("part");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("write");
    zip.start_file("content.xml", stored).expect("part");
    zip.write_all(content.as_bytes()).expect("write");
    zip.finish().expect("zip").into_inner()
}

#[test]
fn an_ods_repeating_rows_into_millions_of_cells_is_refused_before_calamine_expands_it() {
    let reason = refused("repeat.ods", &repeat_bomb());
    assert!(
        reason.contains(&format!("more than {MAX_CELLS} filled cells")),
        "{reason}"
    );
}

#[test]
fn broken_and_oversized_workbooks_give_clear_errors() {
    let reason = refused("notes.xlsx", b"PK\x03\x04 this is not really a zip");
    assert!(
        reason.contains("not a readable XLSX or ODS file"),
        "{reason}"
    );
    let big = vec![b'P'; rm_format::import::MAX_INPUT_BYTES + 1];
    let errors =
        import("huge.xlsx", &big, Format::Xlsx, &ImportOptions::default()).expect_err("too large");
    assert!(
        errors[0].reason.contains("at most 50 MB"),
        "{}",
        errors[0].reason
    );
    // A status word in a spreadsheet cell reads as in a CSV.
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["Activity", "Hosting"].iter().enumerate() {
        s.write_string(0, c as u16, *h).expect("write");
    }
    s.write_string(1, 0, "Licences").expect("write");
    s.write_string(1, 1, "N/A").expect("write");
    s.write_string(2, 0, "Backups").expect("write");
    s.write_string(2, 1, "Customer").expect("write");
    let o = read(
        "status.xlsx",
        &book.save_to_buffer().expect("saves"),
        &ImportOptions::default(),
    );
    let first = o.rows().next().expect("row").1;
    assert_eq!(
        first.cell("hosting").and_then(|c| c.status.clone()),
        Some(Status::NotApplicable)
    );
}
