//! Robustness of everything that reads untrusted text: a matrix file
//! (`load::parse_offering`, which the bring-your-own loader will use) and the
//! URL hash (`url_state::decode`, which reads whatever link a user clicked).
//!
//! The promise under test: **no panic, ever**, and every error is readable:
//! a non-empty reason of bounded length, naming a JSON path that exists in the
//! document (or is empty for "the whole file"). For the URL: decoding never
//! fails, the decoded view only names ids that exist, and a link the widget
//! wrote reads back exactly.
//!
//! Randomised properties run a fixed number of cases (`CASES`, fast enough for
//! CI in a debug build); the heavy single inputs (10 MB strings, 10,000-deep
//! nesting, adversarial sizes) are plain tests. A proptest failure prints the
//! shrunk input; `PROPTEST_CASES=5000 cargo test --test fuzz` digs deeper.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::io::url_state::{decode, encode, percent_decode, percent_encode};
use responsibility_matrix::rules::filter::ViewState;
use rm_format::load::parse_offering;
use rm_format::model::{Domain, Offering};
use rm_format::validate::{join_key, ValidationError};
use serde_json::Value;
use std::time::{Duration, Instant};

const MINIMAL: &str = include_str!("../fixtures/valid/minimal.json");
const GOSS: &str = include_str!("../../data/goss.json");
const FILE: &str = "fuzz.json";

/// Upper bound on a reason or a path, in characters: an error quoting a
/// 10 MB value must still fit on a screen.
const MAX_REASON: usize = 400;
const MAX_PATH: usize = 300;

/// Cases per property; the environment (`PROPTEST_CASES`) overrides it.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// Checks shared by every matrix property.
// ---------------------------------------------------------------------------

/// One step of a JSON path as `load` writes it: `sections[0].rows[1].id`.
#[derive(Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Splits a path into steps; `None` when it is not of the documented form.
fn steps(path: &str) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if rest.starts_with("[\"") {
            // A quoted key: `["a.b"]`, a JSON string.
            let r = &rest[1..];
            let mut strings = serde_json::Deserializer::from_str(r).into_iter::<String>();
            let key = strings.next()?.ok()?;
            let end = strings.byte_offset();
            out.push(Step::Key(key));
            rest = r[end..].strip_prefix(']')?;
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            out.push(Step::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
        } else {
            let r = if out.is_empty() {
                rest
            } else {
                rest.strip_prefix('.')?
            };
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return None;
            }
            out.push(Step::Key(r[..end].to_string()));
            rest = &r[end..];
        }
    }
    Some(out)
}

/// The value a path names, if it exists in `doc`.
fn resolve<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    let mut at = doc;
    for step in steps(path)? {
        at = match step {
            Step::Key(k) => at.as_object()?.get(&k)?,
            Step::Index(i) => at.as_array()?.get(i)?,
        };
    }
    Some(at)
}

/// `a` and `b` are the same place, or one contains the other.
fn related(a: &str, b: &str) -> bool {
    let inside = |inner: &str, outer: &str| {
        outer.is_empty()
            || inner == outer
            || (inner.starts_with(outer) && matches!(inner.as_bytes()[outer.len()], b'.' | b'['))
    };
    inside(a, b) || inside(b, a)
}

/// Every error names the file, has a short, non-empty reason and a bounded path.
fn assert_readable(errors: &[ValidationError], input: &str) {
    assert!(!errors.is_empty(), "an Err must carry at least one error");
    for e in errors {
        assert_eq!(e.file, FILE, "{e:?}");
        assert!(!e.reason.trim().is_empty(), "empty reason: {e:?}");
        let reason_len = e.reason.chars().count();
        assert!(
            reason_len <= MAX_REASON,
            "reason of {reason_len} characters for a {}-byte input: {}…",
            input.len(),
            e.reason.chars().take(120).collect::<String>()
        );
        let path_len = e.path.chars().count();
        assert!(
            path_len <= MAX_PATH,
            "path of {path_len} characters: {}…",
            e.path.chars().take(120).collect::<String>()
        );
        assert!(
            !e.to_string().is_empty() && e.to_string().contains(&e.reason),
            "Display shows the reason: {e:?}"
        );
    }
}

/// Parses `json`; checks readability of errors and, when `json` is valid JSON,
/// that every error path exists in it. An accepted file must survive its own
/// round trip (serialise, parse again, same offering).
fn check(json: &str) -> Result<Offering, Vec<ValidationError>> {
    let result = parse_offering(FILE, json);
    let doc = serde_json::from_str::<Value>(json).ok();
    match &result {
        Ok(o) => {
            assert!(doc.is_some(), "accepted text that is not JSON: {json:?}");
            let again = serde_json::to_string(o).expect("an Offering serialises");
            assert_eq!(
                parse_offering(FILE, &again).as_ref(),
                Ok(o),
                "an accepted offering must read back as itself"
            );
        }
        Err(errors) => {
            assert_readable(errors, json);
            if let Some(doc) = &doc {
                for e in errors {
                    // Paths of keys longer than the cap are shortened with "…":
                    // only whole paths can be looked up.
                    if e.path.contains('…') {
                        continue;
                    }
                    assert!(
                        resolve(doc, &e.path).is_some(),
                        "error path `{}` does not exist in the document ({})",
                        e.path,
                        e.reason
                    );
                }
            }
        }
    }
    result
}

fn valid_files() -> [(&'static str, &'static str); 2] {
    [("minimal", MINIMAL), ("goss", GOSS)]
}

/// Every path in a document (objects' keys and arrays' indices), root excluded.
fn all_paths(v: &Value, prefix: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = join_key(prefix, k);
                out.push(p.clone());
                all_paths(child, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = format!("{prefix}[{i}]");
                out.push(p.clone());
                all_paths(child, &p, out);
            }
        }
        _ => {}
    }
}

fn replace_at(doc: &mut Value, path: &str, with: Value) {
    let mut at = doc;
    for step in steps(path).expect("paths from all_paths parse") {
        at = match step {
            Step::Key(k) => at.get_mut(&k).expect("key exists"),
            Step::Index(i) => at.get_mut(i).expect("index exists"),
        };
    }
    *at = with;
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A value of some other JSON type than the data ever holds at a given place.
fn wrong_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        // Arrays start with a number: no field of the model is a number, so
        // serde's "struct from a sequence" cannot accept them by chance.
        prop::collection::vec(
            prop_oneof![Just(Value::Null), any::<bool>().prop_map(Value::Bool)],
            0..3
        )
        .prop_map(|rest| {
            let mut a = vec![Value::from(7)];
            a.extend(rest);
            Value::Array(a)
        }),
        Just(serde_json::json!({ "zz-unknown": 1 })),
        (10_000usize..200_000).prop_map(|n| Value::String("x".repeat(n))),
    ]
}

// ---------------------------------------------------------------------------
// Matrix files: properties.
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        prop_assert!(check(&text).is_err());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(check(&text).is_err());
    }

    /// Text made of JSON's own punctuation reaches deeper into the parser
    /// than uniform random characters.
    #[test]
    fn json_like_text_never_panics(text in r#"[\[\]{}":,0-9a-z\\ \-.eE+tnulfrs]{0,200}"#) {
        let _ = check(&text);
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Every prefix of a valid file is rejected as malformed (end of input),
    /// at a path that exists in the complete file; the whole file is accepted.
    #[test]
    fn truncated_files_are_malformed_json(file in 0usize..2, cut in 0.0f64..1.0) {
        let (name, text) = valid_files()[file];
        let trimmed = text.trim_end().len();
        let mut at = (cut * trimmed as f64) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let prefix = &text[..at];
        let errors = check(prefix).expect_err("a strict prefix cannot be a whole offering");
        let full: Value = serde_json::from_str(text).expect("valid file");
        prop_assert_eq!(errors.len(), 1);
        let e = &errors[0];
        prop_assert!(e.reason.starts_with("malformed JSON"), "{name}[..{at}]: {e}");
        prop_assert!(e.reason.contains("EOF"), "{name}[..{at}]: {e}");
        prop_assert!(resolve(&full, &e.path).is_some(), "{name}[..{at}]: path {:?}", e.path);
    }

    /// One byte changed, inserted or deleted anywhere in a valid file.
    #[test]
    fn single_byte_mutations_never_panic(
        file in 0usize..2,
        op in 0u8..3,
        pos in 0.0f64..1.0,
        byte in prop_oneof![
            any::<u8>(),
            prop::sample::select(b"{}[]\":,\\ 0123456789-.eEtrufalsn".to_vec()),
        ],
    ) {
        let (_, text) = valid_files()[file];
        let mut bytes = text.as_bytes().to_vec();
        let at = ((pos * bytes.len() as f64) as usize).min(bytes.len() - 1);
        match op {
            0 => bytes[at] = byte,
            1 => bytes.insert(at, byte),
            _ => {
                bytes.remove(at);
            }
        }
        let mutated = String::from_utf8_lossy(&bytes);
        // `check` asserts the rest: readable errors at existing paths, or an
        // offering that reads back as itself.
        let _ = check(&mutated);
    }

    /// A value of the wrong JSON type anywhere in a valid file is rejected
    /// at that place (or one containing or inside it), never as malformed JSON.
    #[test]
    fn wrong_types_at_any_path_are_reported_there(
        file in 0usize..2,
        pick in any::<prop::sample::Index>(),
        with in wrong_value(),
    ) {
        let (name, text) = valid_files()[file];
        let mut doc: Value = serde_json::from_str(text).expect("valid file");
        let mut paths = Vec::new();
        all_paths(&doc, "", &mut paths);
        let path = pick.get(&paths).clone();
        let original_kind = kind(resolve(&doc, &path).expect("path exists"));
        let with_kind = kind(&with);
        replace_at(&mut doc, &path, with);
        let json = serde_json::to_string(&doc).expect("serialises");
        let result = check(&json);
        if let Err(errors) = &result {
            for e in errors {
                prop_assert!(!e.reason.starts_with("malformed JSON"), "{name} {path}: {e}");
            }
        }
        // `null` is a legal "absent" for optional fields; same-typed
        // replacements (a longer string, another array) may well be valid.
        if with_kind != original_kind && with_kind != "null" {
            let errors = result.expect_err("a wrong type must be rejected");
            prop_assert!(
                errors.iter().any(|e| related(&e.path, &path)),
                "{name}: {original_kind} at {path} replaced by {with_kind}; errors: {errors:#?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Matrix files: single heavy or hand-picked inputs.
// ---------------------------------------------------------------------------

fn minimal_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(MINIMAL).expect("valid fixture");
    edit(&mut doc);
    serde_json::to_string(&doc).expect("serialises")
}

/// `MINIMAL` with the text of the value at `path` replaced by raw JSON text.
fn minimal_with_raw(path: &str, raw: &str) -> String {
    const MARK: &str = "\"__RAW_MARK__\"";
    let json = minimal_with(|doc| replace_at(doc, path, Value::String("__RAW_MARK__".into())));
    json.replacen(MARK, raw, 1)
}

fn only_error(json: &str) -> ValidationError {
    let errors = check(json).expect_err("must be rejected");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().expect("one error")
}

/// The small fixture is cheap enough to cut at every byte, not just samples.
#[test]
fn every_prefix_of_the_minimal_fixture_is_malformed() {
    let full: Value = serde_json::from_str(MINIMAL).expect("valid fixture");
    let end = MINIMAL.trim_end().len();
    for at in (0..end).filter(|&at| MINIMAL.is_char_boundary(at)) {
        let e = only_error(&MINIMAL[..at]);
        assert!(
            e.reason.starts_with("malformed JSON") && e.reason.contains("EOF"),
            "[..{at}]: {e}"
        );
        assert!(resolve(&full, &e.path).is_some(), "[..{at}]: {e}");
    }
    assert!(check(&MINIMAL[..end]).is_ok());
}

#[test]
fn the_valid_inputs_used_as_seeds_are_valid() {
    for (name, text) in valid_files() {
        assert!(check(text).is_ok(), "{name}");
    }
}

/// serde_json calls a non-string where an enum is expected "expected value",
/// a syntax error; a well-formed file must not be reported as "malformed JSON".
#[test]
fn a_non_string_enum_value_is_a_type_error_not_malformed_json() {
    for (raw, found) in [
        ("null", "null"),
        ("true", "a boolean"),
        ("7", "a number"),
        ("-0", "a number"),
        ("[1]", "an array"),
    ] {
        for path in ["parties[1].kind", "sections[0].rows[0].domain"] {
            let e = only_error(&minimal_with_raw(path, raw));
            assert_eq!(e.path, path, "{raw}: {e}");
            assert!(
                e.reason
                    .starts_with(&format!("invalid type: {found}, expected a string")),
                "{raw} at {path}: {e}"
            );
        }
    }
    // Truly malformed text keeps its label.
    let e = only_error(&MINIMAL.replacen("\"kind\": \"provider\"", "\"kind\": ?", 1));
    assert!(
        e.reason.starts_with("malformed JSON: expected value"),
        "{e}"
    );
}

/// A key holding `.` or `[` would make an error path ambiguous
/// (`columns[0].split.by[0]`), so such keys are quoted.
#[test]
fn odd_keys_are_quoted_in_error_paths() {
    let json = minimal_with(|d| d["columns"][0]["split.by[0]"] = Value::Bool(true));
    let e = only_error(&json);
    assert_eq!(e.path, r#"columns[0]["split.by[0]"]"#, "{e}");
    let json = minimal_with(|d| {
        d["sections"][0]["rows"][0]["cells"]["a.b"] =
            serde_json::json!({"status": {"kind": "no"}, "source_text": "No"})
    });
    let errors = check(&json).expect_err("unknown column");
    assert!(
        errors
            .iter()
            .any(|e| e.path == r#"sections[0].rows[0].cells["a.b"]"#
                && e.reason.contains("unknown column `a.b`")),
        "{errors:#?}"
    );
}

#[test]
fn huge_and_odd_numbers_are_type_errors_at_their_path() {
    for raw in [
        "1e400",
        "-1e400",
        "-0",
        "18446744073709551616",
        "-9223372036854775809",
        "1e-400",
        "123456789012345678901234567890123456789012345678901234567890",
    ] {
        for path in ["title", "parties[0].id", "sections[0].rows[0].domain"] {
            let json = minimal_with_raw(path, raw);
            let e = only_error(&json);
            assert_eq!(e.path, path, "{raw} at {path}: {e}");
            assert!(
                e.reason.contains("number out of range") || e.reason.contains("invalid type"),
                "{raw} at {path}: {e}"
            );
        }
    }
    // As the whole file.
    for raw in ["1e400", "-0", "18446744073709551616"] {
        let e = only_error(raw);
        assert_eq!(e.path, "");
    }
}

/// Runs `f` on a thread with a 1 MiB stack: the default stack of a Rust
/// wasm32 module, where the bring-your-own loader will call `parse_offering`.
/// A debug build's frames are larger than a release wasm build's, so passing
/// here leaves a margin there.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no stack overflow, no panic")
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    const DEPTH: usize = 10_000;
    let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", "{\"a\":".repeat(DEPTH), "}".repeat(DEPTH));
    let unclosed = "[".repeat(DEPTH * 10);
    let cases: Vec<(&str, String)> = vec![
        ("whole file: arrays", arrays.clone()),
        ("whole file: objects", objects.clone()),
        ("whole file: unclosed", unclosed),
        ("a text field", minimal_with_raw("title", &arrays)),
        ("an unknown field", {
            let json = minimal_with(|d| d["zz"] = Value::String("__RAW_MARK__".into()));
            json.replacen("\"__RAW_MARK__\"", &arrays, 1)
        }),
        // Status is internally tagged: serde buffers it whole before reading
        // the tag, so this one really recurses (up to serde_json's limit).
        ("inside a status", {
            let json = minimal_with(|d| {
                d["sections"][0]["rows"][0]["cells"]["raci"] = serde_json::json!({
                    "status": { "kind": "no", "deep": "__RAW_MARK__" },
                    "source_text": "No"
                })
            });
            json.replacen("\"__RAW_MARK__\"", &objects, 1)
        }),
        (
            "a cell",
            minimal_with_raw("sections[0].rows[0].cells.raci", &arrays),
        ),
        (
            "a cell map",
            minimal_with_raw("sections[0].rows[0].cells", &objects),
        ),
    ];
    for (label, json) in cases {
        let errors = on_small_stack(move || parse_offering(FILE, &json))
            .expect_err("deep nesting is rejected");
        assert_readable(&errors, "");
        let text = format!("{errors:?}");
        if label == "inside a status" || label.starts_with("whole file: arrays") {
            // Where the parser itself recurses, its limit stops it.
            assert!(
                text.contains("recursion limit exceeded") || text.contains("invalid type"),
                "{label}: {text}"
            );
        }
        if label == "inside a status" {
            assert!(text.contains("recursion limit exceeded"), "{label}: {text}");
            assert!(
                errors
                    .iter()
                    .any(|e| related(&e.path, "sections[0].rows[0].cells.raci.status")),
                "{label}: {errors:#?}"
            );
        }
    }
}

/// How long a huge input takes; printed (`--nocapture`) and bounded loosely
/// so a quadratic slip shows up as a failure, not as a slow CI.
fn timed<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    eprintln!("{label}: {took:?}");
    assert!(took < Duration::from_secs(30), "{label} took {took:?}");
    out
}

#[test]
fn a_ten_megabyte_text_is_accepted_and_a_huge_value_elsewhere_is_reported_briefly() {
    let big = "é".repeat(5 * 1024 * 1024); // 10 MiB of UTF-8
                                           // In a free-text field: a valid offering.
    let json = minimal_with(|d| d["summary"] = Value::String(big.clone()));
    let o = timed("10 MB summary: parse_offering", || {
        parse_offering(FILE, &json)
    })
    .expect("valid");
    assert_eq!(o.summary.len(), big.len());
    assert_eq!(check(&json).as_ref(), Ok(&o), "and it reads back as itself");

    // As an id, a party reference, an enum value and an unknown key: rejected,
    // each error short and at the right path. 1 MB is enough to show that a
    // reason never quotes a value whole, and keeps this test fast in debug.
    let big = "é".repeat(512 * 1024);
    let cases: Vec<(&str, String)> = vec![
        (
            "sections[0].rows[0].id",
            minimal_with(|d| d["sections"][0]["rows"][0]["id"] = Value::String(big.clone())),
        ),
        (
            "sections[0].rows[0].cells.raci.assign[0].party",
            minimal_with(|d| {
                d["sections"][0]["rows"][0]["cells"]["raci"]["assign"][0]["party"] =
                    Value::String(big.clone())
            }),
        ),
        (
            "sections[0].rows[0].domain",
            minimal_with(|d| d["sections"][0]["rows"][0]["domain"] = Value::String(big.clone())),
        ),
        (
            "columns[0].split_by_party",
            minimal_with(|d| d["columns"][0]["split_by_party"] = Value::String(big.clone())),
        ),
        (
            "sections[0].rows[0].cells",
            minimal_with(|d| {
                d["sections"][0]["rows"][0]["cells"][big.as_str()] =
                    serde_json::json!({"source_text": ""})
            }),
        ),
    ];
    for (path, json) in cases {
        let errors = timed(&format!("1 MB at {path}"), || parse_offering(FILE, &json))
            .expect_err("rejected");
        assert_readable(&errors, &json);
        assert!(
            errors.iter().any(|e| related(&e.path, path)),
            "{path}: {errors:#?}"
        );
    }
}

#[test]
fn duplicate_keys_are_rejected_where_serde_sees_them() {
    let dup = |json: &str, from: &str, to: &str| json.replacen(from, to, 1);
    // A field of a struct, twice.
    let json = dup(
        MINIMAL,
        "\"id\": \"minimal\",",
        "\"id\": \"minimal\", \"id\": \"other\",",
    );
    let e = only_error(&json);
    assert!(e.reason.contains("duplicate field `id`"), "{e}");
    // A cell, twice (the cells map's own rule).
    let json = dup(
        MINIMAL,
        "\"cells\": {",
        "\"cells\": { \"raci\": { \"status\": { \"kind\": \"no\" }, \"source_text\": \"No\" },",
    );
    let e = only_error(&json);
    assert_eq!(e.path, "sections[0].rows[0].cells");
    assert!(e.reason.contains("duplicate cell for column `raci`"), "{e}");
    // The tag of a status, twice.
    let json = minimal_with_raw(
        "sections[0].rows[0].cells.raci",
        r#"{"status": {"kind": "no", "kind": "not-applicable"}, "source_text": "No"}"#,
    );
    let e = only_error(&json);
    assert!(e.reason.contains("duplicate field `kind`"), "{e}");
    assert!(
        related(&e.path, "sections[0].rows[0].cells.raci.status"),
        "{e}"
    );
}

#[test]
fn unknown_fields_are_rejected_at_their_path_everywhere() {
    for (path, object) in [
        ("", "zz"),
        ("source", "zz"),
        ("parties[0]", "zz"),
        ("columns[0]", "zz"),
        ("sections[0]", "zz"),
        ("sections[0].rows[0]", "zz"),
        ("sections[0].rows[0].cells.raci", "zz"),
        ("sections[0].rows[0].cells.raci.assign[0]", "zz"),
    ] {
        let json = minimal_with(|d| {
            let mut at = &mut *d;
            for step in steps(path).expect("path") {
                at = match step {
                    Step::Key(k) => &mut at[k.as_str()],
                    Step::Index(i) => &mut at[i],
                };
            }
            at[object] = Value::from(1);
        });
        let e = only_error(&json);
        let expected = if path.is_empty() {
            object.to_string()
        } else {
            format!("{path}.{object}")
        };
        assert_eq!(e.path, expected, "{e}");
        assert!(e.reason.contains("unknown field `zz`"), "{e}");
    }
    // Unit and struct variants of a status.
    for status in [
        r#"{"kind": "no", "zz": 1}"#,
        r#"{"kind": "depends", "on": "app", "zz": 1}"#,
    ] {
        let json = minimal_with_raw(
            "sections[0].rows[0].cells.raci",
            &format!(r#"{{"status": {status}, "source_text": "x"}}"#),
        );
        let e = only_error(&json);
        assert!(e.reason.contains("unknown field `zz`"), "{status}: {e}");
        assert!(
            related(&e.path, "sections[0].rows[0].cells.raci.status"),
            "{e}"
        );
    }
}

/// Sizes a bring-your-own file can reach: many columns and one row with a
/// cell for each. Every check must stay roughly linear.
#[test]
fn a_wide_adversarial_file_is_checked_in_reasonable_time() {
    const N: usize = 20_000;
    let json = minimal_with(|d| {
        let columns: Vec<Value> = (0..N)
            .map(|i| serde_json::json!({ "id": format!("c{i}"), "label": "c" }))
            .collect();
        d["columns"] = Value::Array(columns);
        let mut cells = serde_json::Map::new();
        for i in 0..N {
            // Every cell names an unknown column: one error each.
            cells.insert(
                format!("x{i}"),
                serde_json::json!({"status": {"kind": "no"}, "source_text": "No"}),
            );
        }
        d["sections"][0]["rows"][0]["cells"] = Value::Object(cells);
    });
    let errors = timed(&format!("{N} columns × {N} cells"), || {
        parse_offering(FILE, &json)
    })
    .expect_err("rejected");
    assert_readable(&errors, &json);
    assert!(
        errors.len() >= N,
        "one error per unknown cell and per missing one"
    );
}

/// Many parties and one cell assigning many of them, half unknown: party
/// lookups and the "(known: …)" lists must not make this quadratic.
#[test]
fn many_parties_and_assignments_are_checked_in_reasonable_time() {
    const N: usize = 20_000;
    let json = minimal_with(|d| {
        let mut parties = vec![
            serde_json::json!({ "id": "provider", "name": "P", "kind": "provider" }),
            serde_json::json!({ "id": "customer", "name": "C", "kind": "customer" }),
        ];
        parties.extend((0..N).map(
            |i| serde_json::json!({ "id": format!("p{i}"), "name": "p", "kind": "third-party" }),
        ));
        d["parties"] = Value::Array(parties);
        let assign: Vec<Value> = (0..N)
            .map(|i| serde_json::json!({ "party": if i % 2 == 0 { format!("p{i}") } else { format!("ghost{i}") } }))
            .collect();
        d["sections"][0]["rows"][0]["cells"]["raci"] =
            serde_json::json!({ "assign": assign, "source_text": "many" });
    });
    let errors = timed(&format!("{N} parties × {N} assignments"), || {
        parse_offering(FILE, &json)
    })
    .expect_err("unknown parties");
    assert_readable(&errors, &json);
    assert_eq!(errors.len(), N / 2, "one error per unknown party");
    assert!(
        errors[0].reason.contains("and 19990 more)"),
        "{}",
        errors[0]
    );
}

// ---------------------------------------------------------------------------
// The URL hash.
// ---------------------------------------------------------------------------

fn parse_hash(hash: &str) -> (ViewState, Vec<String>) {
    decode(hash, "vmware", offering)
}

/// The decoded view only names things that exist, and says so briefly.
fn assert_sane(hash: &str, state: &ViewState, notices: &[String]) {
    let o = offering(&state.offering).unwrap_or_else(|| panic!("{hash:?}: unknown offering"));
    if let Some(v) = &state.variant {
        assert!(o.variant(v).is_some(), "{hash:?}: variant {v}");
    }
    if let Some(s) = &state.section {
        assert!(
            o.sections.iter().any(|x| x.id == *s),
            "{hash:?}: section {s}"
        );
    }
    if let Some(p) = &state.party {
        assert!(o.party(p).is_some(), "{hash:?}: party {p}");
    }
    if let Some(r) = &state.expanded_row {
        assert!(o.rows().any(|(_, x)| x.id == *r), "{hash:?}: row {r}");
    }
    assert!(
        state.query.chars().count() <= 200,
        "{hash:?}: query too long"
    );
    for n in notices {
        assert!(!n.trim().is_empty(), "{hash:?}: empty notice");
        assert!(n.chars().count() <= 160, "{hash:?}: notice too long: {n}");
    }
}

/// Pieces a hostile link is made of.
fn hash_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "o",
            "v",
            "q",
            "sec",
            "dom",
            "party",
            "shared",
            "cols",
            "legend",
            "row",
            "=",
            "&",
            "#",
            "+",
            "%",
            "%2",
            "%FF",
            "%FE",
            "%C3",
            "%A9",
            "%E2%82",
            "%00",
            "%ZZ",
            "%+1",
            "%-1",
            "%25",
            "%26",
            "%3D",
            "vmware",
            "hyper-v",
            "goss",
            "customer",
            "raci,",
            "qualifiers",
            "1",
            "0",
            "all",
            "é",
            "中",
            "\u{0}",
            "<script>",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9%=&#+.,-]{0,8}",
        any::<char>().prop_map(String::from),
    ]
}

/// A view of a real offering, built from its own ids.
fn view_state() -> impl Strategy<Value = ViewState> {
    (0..offerings().len()).prop_flat_map(|oi| {
        let o = offerings()[oi];
        let variants: Vec<Option<String>> = std::iter::once(None)
            .chain(o.variant_options().iter().map(|v| Some(v.id.to_string())))
            .collect();
        let sections: Vec<Option<String>> = std::iter::once(None)
            .chain(o.sections.iter().map(|s| Some(s.id.to_string())))
            .collect();
        let parties: Vec<Option<String>> = std::iter::once(None)
            .chain(o.parties.iter().map(|p| Some(p.id.to_string())))
            .collect();
        let rows: Vec<Option<String>> = std::iter::once(None)
            .chain(o.rows().map(|(_, r)| Some(r.id.to_string())))
            .collect();
        let domains: Vec<Option<Domain>> = std::iter::once(None)
            .chain(Domain::ALL.into_iter().map(Some))
            .collect();
        (
            prop::sample::select(variants),
            prop::collection::vec(any::<char>(), 0..=200).prop_map(String::from_iter),
            prop::sample::select(sections),
            prop::sample::select(domains),
            prop::sample::select(parties),
            any::<[bool; 4]>(),
            prop::sample::select(rows),
        )
            .prop_map(
                move |(variant, query, section, domain, party, flags, row)| ViewState {
                    offering: o.id.to_string(),
                    variant,
                    query,
                    section,
                    domain,
                    party,
                    shared_only: flags[0],
                    show_other_columns: flags[1],
                    legend_raci: flags[2],
                    legend_qualifiers: flags[3],
                    expanded_row: row,
                    ..ViewState::default()
                },
            )
    })
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_hash_decodes_to_a_sane_view(hash in any::<String>()) {
        let (state, notices) = parse_hash(&hash);
        assert_sane(&hash, &state, &notices);
    }

    #[test]
    fn hostile_hashes_decode_to_a_sane_view(pieces in prop::collection::vec(hash_piece(), 0..24)) {
        let hash = pieces.concat();
        let (state, notices) = parse_hash(&hash);
        assert_sane(&hash, &state, &notices);
    }

    #[test]
    fn written_links_read_back_exactly(state in view_state()) {
        let hash = encode(&state);
        prop_assert!(hash.is_ascii(), "{hash}");
        let (back, notices) = parse_hash(&format!("#{hash}"));
        prop_assert_eq!(&back, &state, "{}", hash);
        prop_assert!(notices.is_empty(), "{hash}: {notices:?}");
    }

    #[test]
    fn percent_coding_round_trips_any_text(text in any::<String>()) {
        let encoded = percent_encode(&text);
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
        prop_assert_eq!(percent_decode(&encoded), Some(text));
    }

    /// `%` must be followed by two hex digits; anything else is malformed.
    #[test]
    fn percent_decoding_accepts_only_real_escapes(s in "[%+0-9a-fA-FgG -]{0,12}") {
        let well_formed = {
            let b = s.as_bytes();
            let mut i = 0;
            let mut ok = true;
            while i < b.len() {
                if b[i] == b'%' {
                    if i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit() {
                        i += 3;
                        continue;
                    }
                    ok = false;
                    break;
                }
                i += 1;
            }
            ok
        };
        if !well_formed {
            prop_assert_eq!(percent_decode(&s), None, "{:?}", s);
        }
    }
}

#[test]
fn invalid_escapes_and_huge_values_in_every_key_never_panic() {
    let long = "a".repeat(100_000);
    let long_escaped = "%41".repeat(100_000 / 3);
    for key in [
        "o", "v", "q", "sec", "dom", "party", "shared", "cols", "legend", "row",
    ] {
        for value in [
            "%FF%FE",
            "%E2%82",
            "%C0%80",
            "%ED%A0%80", // an encoded UTF-16 surrogate: not UTF-8
            "%",
            "%G1",
            "%+1",
            long.as_str(),
            long_escaped.as_str(),
        ] {
            let hash = format!("#o=hyper-v&{key}={value}");
            let (state, notices) = parse_hash(&hash);
            assert_sane(&hash, &state, &notices);
        }
    }
    // A broken escape drops that part only, with a notice.
    let (state, notices) = parse_hash("#o=hyper-v&q=%FF%FE&v=managed-vm");
    assert_eq!(state.offering, "hyper-v");
    assert_eq!(state.variant.as_deref(), Some("managed-vm"));
    assert_eq!(notices.len(), 1, "{notices:?}");
    // `%+1` is not an escape (from_str_radix would read "+1" as 1).
    assert_eq!(percent_decode("%+1"), None);
    assert_eq!(percent_decode("%-1"), None);
}
