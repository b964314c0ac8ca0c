//! Our own JSON schema given hostile input: nesting deep enough to overflow
//! a recursive parser, in the matrix and inside a cell, and a file over the
//! size limit. A clear error naming the file, never a panic.

use rm_format::import::{import, Format, ImportOptions, MAX_INPUT_BYTES};

fn refused(file: &str, text: &str) -> String {
    let errors = import(
        file,
        text.as_bytes(),
        Format::Json,
        &ImportOptions::default(),
    )
    .expect_err("refused");
    assert!(errors.iter().all(|e| e.file == file), "{errors:?}");
    errors
        .iter()
        .map(|e| format!("{}: {}", e.path, e.reason))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn deeply_nested_matrix_json_is_refused_with_a_clear_error() {
    // 100,000 levels: refused at the first bracket (not an object), without recursing.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let reason = refused("deep.json", &deep);
    assert!(reason.contains("invalid type: sequence"), "{reason}");
    let deep_field = format!(
        "{{\"id\": \"x\", \"nested\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let reason = refused("deep-field.json", &deep_field);
    assert!(
        reason.contains("nested: unknown field `nested`"),
        "{reason}"
    );

    let valid = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/vmware.json"
    ))
    .expect("data");
    let nested_note = valid.replacen(
        "\"domain\": \"provisioning\"",
        &format!(
            "\"domain\": {}\"provisioning\"{}",
            "[".repeat(5_000),
            "]".repeat(5_000)
        ),
        1,
    );
    assert_ne!(nested_note, valid, "the fixture has a provisioning domain");
    let reason = refused("nested-cell.json", &nested_note);
    assert!(
        reason.contains("sections[0].rows[0].domain: invalid type: an array"),
        "{reason}"
    );
}

#[test]
fn a_json_file_over_the_limit_is_refused_before_parsing() {
    let big = format!("{{\"id\": \"{}\"}}", "a".repeat(MAX_INPUT_BYTES));
    let reason = refused("big.json", &big);
    assert!(reason.contains("at most 50 MB"), "{reason}");
}
