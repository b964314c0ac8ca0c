//! `data/schema.json` is the JSON Schema of [`Offering`], derived by schemars
//! from `crates/rm-format/src/model.rs`. It is committed so data authors (and editors) can use
//! it; this test keeps it in step with the model.
//!
//! After changing the model, regenerate it with
//! `UPDATE_SCHEMA=1 cargo test --test native schema`.

use rm_format::codegen::{build_catalog, data_files};
use rm_format::model::{Domain, Offering, Qualifier, Status};
use serde_json::Value;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/schema.json");

/// The schema as `data/schema.json` holds it: pretty-printed, trailing newline.
fn generated() -> String {
    let schema = schemars::schema_for!(Offering);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

fn schema() -> Value {
    serde_json::from_str(&generated()).expect("the schema is JSON")
}

#[test]
fn committed_schema_matches_the_model() {
    let fresh = generated();
    let update = std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| !v.is_empty() && v != "0");
    let committed = match std::fs::read_to_string(SCHEMA_PATH) {
        Ok(text) => text,
        Err(e) if update => {
            eprintln!("creating {SCHEMA_PATH} ({e})");
            String::new()
        }
        Err(e) => panic!(
            "cannot read data/schema.json ({e}).\n\
             Run `UPDATE_SCHEMA=1 cargo test --test native schema` to generate it."
        ),
    };
    if update {
        if committed != fresh {
            std::fs::write(SCHEMA_PATH, &fresh).expect("write data/schema.json");
            eprintln!("updated {SCHEMA_PATH}");
        }
        return;
    }
    if committed != fresh {
        let first_difference = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(fresh.lines().count()));
        panic!(
            "data/schema.json is out of date with crates/rm-format/src/model.rs (first difference at line {}).\n\
             Run `UPDATE_SCHEMA=1 cargo test --test native schema` to regenerate it, then review and commit it.",
            first_difference + 1
        );
    }
}

fn def<'a>(schema: &'a Value, name: &str) -> &'a Value {
    schema["$defs"]
        .get(name)
        .unwrap_or_else(|| panic!("no $defs.{name} in the schema"))
}

/// The string values a definition allows: `enum` lists and `const`s, through
/// `oneOf`/`anyOf` and an internally tagged enum's `kind` property.
fn values(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(list) = schema["enum"].as_array() {
        out.extend(list.iter().filter_map(|v| v.as_str().map(String::from)));
    }
    if let Some(c) = schema["const"].as_str() {
        out.push(c.to_string());
    }
    for key in ["oneOf", "anyOf"] {
        for alternative in schema[key].as_array().into_iter().flatten() {
            out.extend(values(alternative));
        }
    }
    if schema["properties"]["kind"].is_object() {
        out.extend(values(&schema["properties"]["kind"]));
    }
    out
}

fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn assert_values(schema: &Value, name: &str, expected: &[&str]) {
    let found = values(def(schema, name));
    assert_eq!(found, expected, "values of $defs.{name}");
    for v in &found {
        assert!(is_kebab_case(v), "$defs.{name}: `{v}` is not kebab-case");
    }
}

#[test]
fn cells_are_an_object_of_cells() {
    let schema = schema();
    let cells = &def(&schema, "Row")["properties"]["cells"];
    assert_eq!(cells["type"], "object", "Row.cells: {cells:#}");
    assert_eq!(
        cells["additionalProperties"]["$ref"], "#/$defs/Cell",
        "Row.cells: {cells:#}"
    );
    let required = def(&schema, "Row")["required"]
        .as_array()
        .expect("Row.required");
    assert!(required.iter().any(|r| r == "cells"), "cells is required");
    // The in-memory `CellEntry` list must not leak into the file format.
    assert!(schema["$defs"].get("CellEntry").is_none());
}

#[test]
fn enums_list_their_kebab_case_values() {
    let schema = schema();
    let domains: Vec<&str> = Domain::ALL.iter().map(|d| d.id()).collect();
    assert_values(&schema, "Domain", &domains);
    let qualifiers: Vec<&str> = Qualifier::ALL.iter().map(|q| q.id()).collect();
    assert_values(&schema, "Qualifier", &qualifiers);
    let statuses: Vec<&str> = [
        Status::NotApplicable,
        Status::No,
        Status::Depends { on: None },
        Status::SameAs {
            columns: Cow::Borrowed(&[]),
        },
        Status::CustomerSpecific,
        Status::NotSpecified,
    ]
    .iter()
    .map(Status::id)
    .collect();
    assert_values(&schema, "Status", &statuses);
    assert_values(
        &schema,
        "PartyKind",
        &["provider", "customer", "third-party"],
    );
    assert_values(&schema, "ColumnKind", &["responsibility", "detail"]);
    assert_values(&schema, "NoteKind", &["note", "reading"]);

    // The fields that use them point at them.
    assert_eq!(
        def(&schema, "Row")["properties"]["domain"]["$ref"],
        "#/$defs/Domain"
    );
    assert_eq!(
        def(&schema, "Assignment")["properties"]["qualifiers"]["items"]["$ref"],
        "#/$defs/Qualifier"
    );
}

/// `deny_unknown_fields` shows as `additionalProperties: false`, including
/// on unit statuses such as `{"kind": "no"}` (which `load.rs` enforces too).
#[test]
fn objects_reject_unknown_fields() {
    let schema = schema();
    assert_eq!(schema["additionalProperties"], false, "Offering");
    for name in [
        "Source",
        "Party",
        "Role",
        "Column",
        "VariantDimension",
        "Variant",
        "Section",
        "Row",
        "Cell",
        "Assignment",
        "Definition",
        "ReferenceTable",
        "Note",
    ] {
        assert_eq!(def(&schema, name)["additionalProperties"], false, "{name}");
    }
    for status in def(&schema, "Status")["oneOf"]
        .as_array()
        .expect("Status.oneOf")
    {
        assert_eq!(status["additionalProperties"], false, "{status:#}");
    }
}

/// `build.rs` reads every `data/*.json` except `schema.json`.
#[test]
fn the_build_does_not_read_the_schema_as_an_offering() {
    let data = Path::new(MANIFEST_DIR).join("data");
    let files = data_files(&data).expect("data/ is readable");
    assert!(!files.is_empty());
    assert!(
        files
            .iter()
            .all(|f| f.file_name().unwrap() != "schema.json"),
        "{files:?}"
    );

    // A directory holding an offering and a schema builds.
    let dir: PathBuf = std::env::temp_dir().join(format!("rm-schema-skip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a temporary directory");
    std::fs::copy(
        Path::new(MANIFEST_DIR).join("tests/fixtures/valid/minimal.json"),
        dir.join("minimal.json"),
    )
    .expect("copy minimal.json");
    std::fs::write(dir.join("schema.json"), generated()).expect("write schema.json");
    let listed = data_files(&dir).expect("readable");
    let result = build_catalog(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(listed, [dir.join("minimal.json")]);
    if let Err(errors) = result {
        panic!(
            "errors: {:?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
    }
}
