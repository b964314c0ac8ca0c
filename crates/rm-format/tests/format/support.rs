//! Shared by the format tests: the fixtures in tests/fixtures/import/ and
//! the built-in offerings in data/.

use rm_format::model::Offering;

/// A fixture file's bytes (tests/fixtures/import/make_sheets.py writes the
/// spreadsheet ones).
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every built-in offering in data/, parsed and validated, by file name.
pub fn builtins() -> Vec<(String, Offering)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("data/ is readable") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if !name.ends_with(".json") || name == "schema.json" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let o = rm_format::load::parse_offering(&name, &text).expect("built-in offering is valid");
        out.push((name, o));
    }
    assert_eq!(out.len(), 5, "the five built-in offerings are found");
    out
}
