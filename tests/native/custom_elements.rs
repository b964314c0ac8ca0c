//! `site/custom-elements.json` (shipped in dist/) is generated from the
//! element's attribute list, events, parts and the stylesheet's tokens; this
//! test keeps the committed file in step, and docs/embedding.md's token
//! table and parts list complete.
//!
//! After changing attributes, parts, events or tokens, regenerate with
//! `UPDATE_MANIFEST=1 cargo test --test custom_elements`.

use responsibility_matrix::io::embed::observed_attributes;
use responsibility_matrix::io::manifest::{self, tokens, PARTS};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn css() -> String {
    read("style/main.css")
}

#[test]
fn committed_manifest_matches_the_element() {
    let fresh = manifest::generate_text(&css()).unwrap_or_else(|e| panic!("{e}"));
    let path = format!("{ROOT}/site/custom-elements.json");
    if std::env::var_os("UPDATE_MANIFEST").is_some_and(|v| !v.is_empty() && v != "0") {
        std::fs::write(&path, &fresh).expect("write site/custom-elements.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "site/custom-elements.json is out of date; run `UPDATE_MANIFEST=1 cargo test --test custom_elements`"
    );
}

#[test]
fn manifest_lists_every_observed_attribute_and_token() {
    let m = manifest::generate(&css()).unwrap();
    let decl = &m["modules"][0]["declarations"][0];
    let names = |key: &str| -> Vec<String> {
        decl[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_string())
            .collect()
    };
    let attrs: Vec<String> = observed_attributes()
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(names("attributes"), attrs);
    assert!(attrs.contains(&"sync-url".to_string()));
    let css = css();
    let declared: Vec<String> = tokens(&css).into_iter().map(|t| t.name).collect();
    assert!(declared.len() >= 20, "{declared:?}");
    assert_eq!(names("cssProperties"), declared);
    assert_eq!(names("events"), ["rm-ready", "rm-change", "rm-error"]);
    assert_eq!(decl["tagName"], Value::from("responsibility-matrix"));
}

#[test]
fn every_token_used_by_the_stylesheet_is_declared() {
    let css = css();
    let declared: Vec<String> = tokens(&css).into_iter().map(|t| t.name).collect();
    let mut rest = css.as_str();
    while let Some(i) = rest.find("var(--rm-") {
        let name: String = rest[i + 4..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        assert!(
            declared.contains(&name) || name == "--rm-host-scheme" || name == "--rm-scheme-guard",
            "{name} is used but not a declared token"
        );
        rest = &rest[i + 4..];
    }
}

#[test]
fn docs_table_gives_every_token_with_its_light_and_dark_values() {
    let docs = read("docs/embedding.md");
    for t in tokens(&css()) {
        let row = docs
            .lines()
            .find(|l| l.starts_with(&format!("| `{}`", t.name)))
            .unwrap_or_else(|| panic!("docs/embedding.md: no token table row for {}", t.name));
        match &t.light_dark {
            Some((light, dark)) => assert!(
                row.contains(&format!("`{light}`")) && row.contains(&format!("`{dark}`")),
                "{} row lacks its pair {light} / {dark}: {row}",
                t.name
            ),
            None => assert!(row.contains(&format!("`{}`", t.default)), "{row}"),
        }
    }
    for (part, _) in PARTS {
        assert!(
            docs.contains(&format!("`::part({part})`")),
            "docs/embedding.md does not list ::part({part})"
        );
    }
}

#[test]
fn token_parser_splits_light_dark_pairs() {
    let t = tokens(":root, :host {\n  --rm-bg: light-dark(#fff, #000);\n  --rm-gap: 1rem;\n}\n.x { --rm-no: 1 }");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].light_dark, Some(("#fff".into(), "#000".into())));
    assert_eq!(t[1].light_dark, None);
    assert_eq!(t[1].default, "1rem");
}
