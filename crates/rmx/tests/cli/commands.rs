//! `rmx validate`, `import`, `export` and `diff` on CSV, our JSON and OSCAL.

use crate::support::{ok, p, rmx, root, tmp};

#[test]
fn validate_passes_builtins_and_fails_a_bad_file_with_file_path_reason() {
    ok(&rmx(&[
        "validate",
        &root("data/vmware.json"),
        &root("data/hyper-v.json"),
    ]));
    let bad = tmp("validate").join("bad.json");
    let text = std::fs::read_to_string(root("data/vmware.json"))
        .expect("data")
        .replacen("\"domain\": \"provisioning\"", "\"domain\": \"nowhere\"", 1);
    std::fs::write(&bad, text).expect("write");
    let out = rmx(&["validate", p(&bad)]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json: sections[0].rows[0].domain: unknown variant"),
        "{err}"
    );
}

/// Imports `input` to `json`, exports it as `format` to `written`, imports
/// that back to `again`, and returns `rmx diff json again`'s stdout.
fn round_trip(input: &str, dir: &str, format: &str) -> (String, std::path::PathBuf, String) {
    let dir = tmp(dir);
    let json = dir.join("m.json");
    ok(&rmx(&["import", input, "-o", p(&json)]));
    let written = dir.join(format!("m.{format}"));
    ok(&rmx(&[
        "export",
        p(&json),
        "--format",
        format,
        "-o",
        p(&written),
    ]));
    let again = dir.join("again.json");
    ok(&rmx(&["import", p(&written), "-o", p(&again)]));
    let diff = rmx(&["diff", p(&json), p(&again)]);
    assert!(diff.status.success(), "diff of a round trip exits 0");
    let text = std::fs::read_to_string(&written).expect("written");
    (
        text,
        json,
        String::from_utf8_lossy(&diff.stdout).trim().to_string(),
    )
}

#[test]
fn import_export_and_diff_round_trip_a_csv() {
    let (_, json, same) = round_trip(
        &root("tests/fixtures/import/three-parties.csv"),
        "csv",
        "csv",
    );
    assert_eq!(same, "No activity changed.");
    let changed = rmx(&["diff", &root("data/vmware.json"), p(&json)]);
    assert_eq!(changed.status.code(), Some(1));
    let text = String::from_utf8_lossy(&changed.stdout);
    assert!(
        text.contains("+ Deploy applications")
            && text.lines().last().unwrap_or("").contains("added"),
        "{text}"
    );
}

#[test]
fn oscal_imports_exports_and_reads_back_unchanged() {
    let (written, _, same) = round_trip(
        &root("tests/fixtures/import/ssp-provided-responsibility.json"),
        "oscal",
        "oscal",
    );
    assert!(
        written.contains("\"system-security-plan\"") && written.contains("\"responsibilities\""),
        "{written}"
    );
    assert_eq!(same, "No activity changed.");
}
