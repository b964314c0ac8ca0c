//! The DOM contract in `docs/reference.md` against the source: every
//! `data-rm` hook the widget renders is documented there, so an embedder's
//! test never depends on an undocumented attribute.
//!
//! Hooks are read from `src/` as written: `data-rm="…"` literals, the
//! `data_rm="…"` prop of the shared form components, `set_attribute("data-rm",
//! "…")`, and every `data-rm-<name>` attribute. A `data-rm` set from an
//! expression is listed in [`COMPUTED`] with the values it can take, and an
//! unlisted one fails, so a new computed hook cannot slip past.

use crate::ui_imports::rust_files;
use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Files that set `data-rm` from an expression, how many times, and the
/// values it takes (each must appear in that file as a string literal).
const COMPUTED: [(&str, usize, &[&str]); 5] = [
    ("ui/legend.rs", 1, &["raci", "qualifiers"]),
    (
        "ui/export_bar.rs",
        1,
        &["export-csv", "export-md", "export-json"],
    ),
    (
        "ui/views/compare_offerings.rs",
        1,
        &["filtered-out", "no-counterpart"],
    ),
    // The form components take the hook as their `data_rm` prop, read below;
    // `hooked_heading` (six levels) as an argument (the checklist's "own-title").
    ("ui/common.rs", 8, &[]),
    // The review's party pickers take it as a prop too.
    ("ui/open/review.rs", 1, &["open-provider", "open-customer"]),
];

fn is_hook_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The quoted values after each `prefix` in `text` that are plain hook names
/// (a value with `<`, `{` or spaces is prose about a hook, not one).
fn quoted_after(text: &str, prefix: &str) -> Vec<String> {
    text.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let end = rest.find('"')?;
            let value = &rest[..end];
            (!value.is_empty() && value.chars().all(is_hook_char)).then(|| value.to_string())
        })
        .collect()
}

/// The `<name>` of every `data-rm-<name>` attribute in `text`.
fn attribute_names(text: &str) -> Vec<String> {
    text.match_indices("data-rm-")
        .map(|(i, _)| {
            let rest = &text[i + "data-rm-".len()..];
            let name: String = rest.chars().take_while(|c| is_hook_char(*c)).collect();
            name.trim_end_matches('-').to_string()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

/// How many times `text` sets `data-rm` from an expression (`data-rm=hook`);
/// a CSS selector (`[data-rm=widget]`) reads a hook, it does not set one.
fn computed_count(text: &str) -> usize {
    text.match_indices("data-rm=")
        .filter(|(i, _)| {
            let after = text[i + "data-rm=".len()..].chars().next();
            let selector = text[..*i].ends_with('[');
            !selector && after.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        })
        .count()
}

struct Hooks {
    /// `data-rm` values.
    values: BTreeSet<String>,
    /// `data-rm-<name>` attribute names.
    attributes: BTreeSet<String>,
}

fn hooks_in_src() -> Hooks {
    let src = Path::new(ROOT).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut hooks = Hooks {
        values: BTreeSet::new(),
        attributes: BTreeSet::new(),
    };
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        let rel = file
            .strip_prefix(&src)
            .expect("under src/")
            .to_string_lossy()
            .replace('\\', "/");
        for prefix in ["data-rm=\"", "data_rm=\"", "set_attribute(\"data-rm\", \""] {
            hooks.values.extend(quoted_after(&text, prefix));
        }
        hooks.attributes.extend(attribute_names(&text));
        let computed = computed_count(&text);
        let listed = COMPUTED.iter().find(|(f, _, _)| *f == rel);
        match listed {
            Some((_, count, values)) => {
                assert_eq!(
                    computed, *count,
                    "src/{rel} sets data-rm from an expression {computed} time(s); COMPUTED says {count}"
                );
                for v in *values {
                    assert!(
                        text.contains(&format!("\"{v}\"")),
                        "src/{rel} no longer holds the hook value \"{v}\" listed in COMPUTED"
                    );
                    let hook = if rel == "ui/legend.rs" {
                        format!("legend-{v}")
                    } else {
                        v.to_string()
                    };
                    hooks.values.insert(hook);
                }
            }
            None => assert_eq!(
                computed, 0,
                "src/{rel} sets data-rm from an expression: list it and its values in COMPUTED"
            ),
        }
    }
    hooks
}

fn reference() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("docs/reference.md")).expect("docs/reference.md")
}

#[test]
fn every_data_rm_hook_in_src_is_in_the_reference() {
    let hooks = hooks_in_src();
    let doc = reference();
    let missing: Vec<String> = hooks
        .values
        .iter()
        .filter(|v| !doc.contains(&format!("data-rm=\"{v}\"")))
        .map(|v| format!("data-rm=\"{v}\""))
        .chain(
            hooks
                .attributes
                .iter()
                .filter(|a| !doc.contains(&format!("data-rm-{a}")))
                .map(|a| format!("data-rm-{a}")),
        )
        .collect();
    assert!(
        missing.is_empty(),
        "hooks rendered by src/ but not in docs/reference.md's DOM contract: {missing:?}"
    );
}

#[test]
fn the_scan_finds_the_hooks_it_is_meant_to_find() {
    // A control: the scanner sees literal, prop, computed and attribute hooks.
    let hooks = hooks_in_src();
    for v in [
        "widget",
        "grid-description",
        "inference",
        "help-grid-keys",
        "shared-only",
        "legend-raci",
        "export-csv",
        "no-counterpart",
        "panic",
    ] {
        assert!(
            hooks.values.contains(v),
            "not found in src/: data-rm=\"{v}\""
        );
    }
    for a in ["row", "col", "legend-mark", "shared", "details"] {
        assert!(
            hooks.attributes.contains(a),
            "not found in src/: data-rm-{a}"
        );
    }
    // Prose about a hook is not a hook.
    assert_eq!(
        quoted_after(
            r#"`data-rm="legend-<name>"` and data-rm="x-1""#,
            "data-rm=\""
        ),
        ["x-1"]
    );
    assert_eq!(
        attribute_names("tr[data-rm-row] data-rm-legend-mark="),
        ["row", "legend-mark"]
    );
    assert_eq!(
        computed_count(r#"data-rm="a" data-rm=hook data-rm=format!("x") [data-rm=widget]"#),
        2
    );
}
