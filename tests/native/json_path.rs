//! `json_path::error_path`: the member a serde_json error belongs to, from its
//! position alone. Each case is a real serde_json error on a small type.

use rm_format::json_path::{error_path, path_at, ErrorAt};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Doc {
    name: String,
    items: Vec<Item>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Item {
    kind: Kind,
    #[serde(default)]
    tags: Vec<Kind>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    Small,
    Large,
}

/// (path, error text) of parsing `json` as a `Doc`.
fn fail(json: &str) -> (String, String) {
    match serde_json::from_str::<Doc>(json) {
        Ok(d) => panic!("parsed: {d:?}"),
        Err(e) => (error_path(json, &e), e.to_string()),
    }
}

#[test]
fn a_bad_value_names_its_key_or_index() {
    let (path, e) = fail(r#"{"name": "a", "items": [{"kind": "small"}, {"kind": "huge"}]}"#);
    assert_eq!(path, "items[1].kind", "{e}");
    let (path, e) =
        fail(r#"{"name": "a", "items": [{"kind": "small", "tags": ["large", "tiny"]}]}"#);
    assert_eq!(path, "items[0].tags[1]", "{e}");
    let (path, e) = fail(r#"{"name": 7, "items": []}"#);
    assert_eq!(path, "name", "{e}");
    let (path, e) = fail("{\"name\": \"a\",\n  \"items\": [\n    {\"kind\": 1e400}]}");
    assert_eq!(path, "items[0].kind", "{e}");
}

#[test]
fn a_missing_field_names_the_object() {
    let (path, e) = fail(r#"{"name": "a", "items": [{"kind": "small"}, {"tags": []}]}"#);
    assert!(e.starts_with("missing field `kind`"), "{e}");
    assert_eq!(path, "items[1]");
    let (path, e) = fail(r#"{"items": []}"#);
    assert!(e.starts_with("missing field `name`"), "{e}");
    assert_eq!(path, "");
}

#[test]
fn an_unknown_field_names_the_key_and_a_duplicate_the_object() {
    let (path, e) = fail(r#"{"name": "a", "items": [{"kind": "small", "colour": 1}]}"#);
    assert!(e.starts_with("unknown field `colour`"), "{e}");
    assert_eq!(path, "items[0].colour");
    let (path, e) = fail(r#"{"name": "a", "items": [{"kind": "small", "kind": "large"}]}"#);
    assert!(e.starts_with("duplicate field `kind`"), "{e}");
    assert_eq!(path, "items[0]");
}

#[test]
fn keys_with_dots_escapes_or_brackets_are_quoted() {
    let (path, _) = fail(r#"{"name": "a", "items": [{"kind": "small", "a.b\"c": 1}]}"#);
    assert_eq!(path, r#"items[0]["a.b\"c"]"#);
}

#[test]
fn syntax_errors_name_the_container_and_truncation_the_member_being_read() {
    // A missing comma between members: the object around them.
    let (path, e) = fail(r#"{"name": "a" "items": []}"#);
    assert!(e.starts_with("expected `,` or `}`"), "{e}");
    assert_eq!(path, "");
    let (path, _) = fail(r#"{"name": "a", "items": [{"kind": "small"} {"kind": "large"}]}"#);
    assert_eq!(path, "items");
    // Cut inside a value: that value; inside a key: its object.
    let (path, e) = fail(r#"{"name": "a", "items": [{"kind": "sma"#);
    assert!(e.starts_with("EOF while parsing"), "{e}");
    assert_eq!(path, "items[0].kind");
    let (path, _) = fail(r#"{"name": "a", "items": [{"ki"#);
    assert_eq!(path, "items[0]");
    // Trailing text after the document: the whole file.
    let (path, e) = fail(r#"{"name": "a", "items": []} x"#);
    assert!(e.starts_with("trailing characters"), "{e}");
    assert_eq!(path, "");
}

#[test]
fn the_scan_stops_at_the_given_byte() {
    let json = r#"{"a": [1, {"b": 2}]}"#;
    let at = |text: &str| json.find(text).expect("in the text");
    assert_eq!(path_at(json, at("2"), ErrorAt::Syntax), "a[1].b");
    assert_eq!(path_at(json, at("2") + 1, ErrorAt::Value), "a[1].b");
    assert_eq!(path_at(json, at("1,") + 1, ErrorAt::Value), "a[0]");
    // A token that reaches the end may go on ("1" of "12"): still being read.
    assert_eq!(path_at(json, at("1,") + 1, ErrorAt::Syntax), "a[0]");
    // After its comma: between elements, so the array.
    assert_eq!(path_at(json, at("1,") + 2, ErrorAt::Syntax), "a");
    assert_eq!(path_at(json, 0, ErrorAt::Syntax), "");
    assert_eq!(path_at(json, json.len() + 5, ErrorAt::Value), "");
}

#[test]
fn deep_nesting_is_scanned_without_recursion() {
    let depth = 200_000;
    let json = format!("{}{}", "[".repeat(depth), "x");
    let path = path_at(&json, json.len(), ErrorAt::Syntax);
    assert_eq!(path.len(), "[0]".len() * depth);
}
