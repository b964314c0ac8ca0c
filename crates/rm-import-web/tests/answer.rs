//! The spreadsheet module's answers, natively: the grid the core reads back
//! to the same matrix as a direct import, and errors as path and reason.

use rm_format::import::{import, import_grid, Format, Grid, ImportOptions};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

#[test]
fn an_ods_answer_is_a_grid_that_imports_to_the_same_matrix() {
    let bytes = fixture("matrix.ods");
    let answer: serde_json::Value =
        serde_json::from_str(&rm_import_web::import_sheet("matrix.ods", &bytes)).expect("json");
    let grid: Grid = serde_json::from_value(answer["grid"].clone()).expect("a grid");
    let options = ImportOptions::default();
    let through_module = import_grid("matrix.ods", grid, &options).expect("imports");
    let direct = import("matrix.ods", &bytes, Format::Ods, &options).expect("imports");
    assert_eq!(through_module, direct);
}

#[test]
fn a_zip_bomb_is_answered_with_errors() {
    let answer: serde_json::Value = serde_json::from_str(&rm_import_web::import_sheet(
        "bomb.xlsx",
        &fixture("bomb.xlsx"),
    ))
    .expect("json");
    let errors = answer["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1);
    assert!(answer.get("grid").is_none());
    let reason = errors[0]["reason"].as_str().expect("reason");
    assert!(!reason.is_empty());
}
