//! The built `rmx` binary: validate, import, export and diff.

use std::process::Command;

fn rmx(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rmx"))
        .args(args)
        .output()
        .expect("rmx runs")
}

fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn validate_passes_builtins_and_fails_a_bad_file_with_file_path_reason() {
    let ok = rmx(&[
        "validate",
        &root("data/vmware.json"),
        &root("data/hyper-v.json"),
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let dir = std::env::temp_dir().join(format!("rmx-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(root("data/vmware.json"))
        .expect("data")
        .replacen("\"domain\": \"provisioning\"", "\"domain\": \"nowhere\"", 1);
    std::fs::write(&bad, text).expect("write");
    let out = rmx(&["validate", bad.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.json: sections[0].rows[0].domain: unknown variant"),
        "{err}"
    );
}

#[test]
fn import_export_and_diff_round_trip_a_csv() {
    let dir = std::env::temp_dir().join(format!("rmx-cli-rt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let json = dir.join("m.json");
    let out = rmx(&[
        "import",
        &root("tests/fixtures/import/three-parties.csv"),
        "-o",
        json.to_str().expect("p"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = dir.join("m.csv");
    let out = rmx(&[
        "export",
        json.to_str().expect("p"),
        "--format",
        "csv",
        "-o",
        csv.to_str().expect("p"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = dir.join("again.json");
    assert!(rmx(&[
        "import",
        csv.to_str().expect("p"),
        "-o",
        again.to_str().expect("p")
    ])
    .status
    .success());
    let same = rmx(&[
        "diff",
        json.to_str().expect("p"),
        again.to_str().expect("p"),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&same.stdout).trim(),
        "No activity changed."
    );
    assert!(same.status.success());
    let changed = rmx(&["diff", &root("data/vmware.json"), json.to_str().expect("p")]);
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
    let dir = std::env::temp_dir().join(format!("rmx-cli-oscal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let json = dir.join("ssp.json");
    let out = rmx(&[
        "import",
        &root("tests/fixtures/import/ssp-provided-responsibility.json"),
        "-o",
        json.to_str().expect("p"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let oscal = dir.join("ssp.oscal.json");
    let out = rmx(&[
        "export",
        json.to_str().expect("p"),
        "--format",
        "oscal",
        "-o",
        oscal.to_str().expect("p"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&oscal).expect("written");
    assert!(
        written.contains("\"system-security-plan\"") && written.contains("\"responsibilities\""),
        "{written}"
    );
    let again = dir.join("again.json");
    let out = rmx(&[
        "import",
        oscal.to_str().expect("p"),
        "-o",
        again.to_str().expect("p"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let diff = rmx(&[
        "diff",
        json.to_str().expect("p"),
        again.to_str().expect("p"),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&diff.stdout).trim(),
        "No activity changed.",
        "{}",
        String::from_utf8_lossy(&diff.stdout)
    );
}
