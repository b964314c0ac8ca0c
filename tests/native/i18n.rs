//! The interface's catalog: French is complete, language tags resolve, and no
//! interface string is written in a UI file instead of the catalog.

use crate::ui_imports::rust_files;
use responsibility_matrix::i18n::{strings, Lang};
use std::path::{Path, PathBuf};

/// French words spelled as in English (proper names, shared technical terms).
const SAME_IN_FRENCH: &[&str] = &[
    "section",
    "service",
    "note",
    "format_oscal",
    "source_heading",
    "sections",
    "parties",
    "total",
    "filter_section",
];

#[test]
fn french_translates_every_string() {
    let en = strings::EN.entries();
    let fr = strings::FR.entries();
    assert_eq!(en.len(), fr.len());
    assert!(en.len() >= 30, "{}", en.len());
    for ((name, e), (_, f)) in en.iter().zip(&fr) {
        assert!(!f.trim().is_empty(), "{name} has no French");
        if !SAME_IN_FRENCH.contains(name) {
            assert_ne!(e, f, "{name} is still English in French");
        }
    }
}

#[test]
fn french_typography_puts_a_non_breaking_space_before_high_punctuation() {
    for (name, text) in strings::FR.entries() {
        for mark in [':', '?', '!', ';'] {
            for (i, _) in text.match_indices(mark) {
                let before = text[..i].chars().last();
                assert!(
                    before.is_none() || before == Some('\u{a0}'),
                    "{name}: “{text}” needs a non-breaking space before {mark}"
                );
            }
        }
    }
}

#[test]
fn language_tags_resolve_to_a_language_the_widget_speaks() {
    assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
    assert_eq!(Lang::parse(" FR-ca "), Some(Lang::Fr));
    assert_eq!(Lang::parse("fr_BE"), Some(Lang::Fr));
    assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
    assert_eq!(Lang::parse("fry"), None);
    assert_eq!(Lang::parse(""), None);
    assert_eq!(Lang::from_preferences(&["de-DE", "fr-FR", "en"]), Lang::Fr);
    assert_eq!(Lang::from_preferences(&["de", "nl"]), Lang::En);
    assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::En);
    assert_eq!(Lang::Fr.code(), "fr");
}

#[test]
fn an_unknown_lang_attribute_shows_english_with_a_notice() {
    assert_eq!(Lang::from_attribute(None), (Lang::En, None));
    assert_eq!(Lang::from_attribute(Some(" ")), (Lang::En, None));
    assert_eq!(Lang::from_attribute(Some("fr")), (Lang::Fr, None));
    let (lang, notice) = Lang::from_attribute(Some("klingon"));
    assert_eq!(lang, Lang::En);
    assert!(notice.is_some_and(|n| n.contains("“klingon”")));
}

#[test]
fn strings_with_arguments_read_naturally_in_each_language() {
    assert_eq!(Lang::En.count(3, 12), "3 of 12 services");
    assert_eq!(Lang::Fr.count(3, 12), "3 services sur 12");
    assert_eq!(
        Lang::En.more_filters_active("More filters", 2),
        "More filters (2 active)"
    );
    assert_eq!(
        Lang::Fr.more_filters_active("Plus de filtres", 1),
        "Plus de filtres (1 actif)"
    );
    assert_eq!(
        Lang::Fr.more_filters_active("Plus de filtres", 2),
        "Plus de filtres (2 actifs)"
    );
    assert_eq!(
        Lang::Fr.where_responsible("OVHcloud"),
        "Là où OVHcloud est responsable"
    );
    assert_eq!(
        Lang::Fr.copy_this_link("https://x/#a"),
        "Copiez ce lien\u{a0}: https://x/#a"
    );
}

/// Attributes whose value a reader sees or hears.
const READ_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "title",
    "placeholder",
    "alt",
    "label",
    "empty_label",
];

/// Whether `s` reads as words (two letters in a row), not a symbol such as `?`.
fn has_words(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic())
}

/// Whether `s` is a list of the widget's CSS classes (`rm-…`), not words.
fn is_class_list(s: &str) -> bool {
    s.split_whitespace().all(|c| c.starts_with("rm-"))
}

/// The string literal at the start of `s` (after its opening quote), if closed on the line.
fn literal(s: &str) -> Option<&str> {
    s.find('"').map(|end| &s[..end])
}

/// Interface strings written in `text` (a UI source file): text nodes (a
/// line that is only a literal, or a literal right after `>`) and the values
/// of [`READ_ATTRIBUTES`], as `line: literal`.
pub fn interface_literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim();
        if code.starts_with("//") {
            continue;
        }
        let mut hits: Vec<&str> = Vec::new();
        if let Some(rest) = code.strip_prefix('"') {
            if let Some(lit) = literal(rest) {
                let after = rest[lit.len() + 1..].trim();
                // A lone literal (a text node), not an argument such as `"x",`.
                if after.is_empty() || after.starts_with('<') {
                    hits.push(lit);
                }
            }
        }
        for (at, _) in code.match_indices(">\"") {
            hits.extend(literal(&code[at + 2..]));
        }
        for attr in READ_ATTRIBUTES {
            let open = format!("{attr}=\"");
            for (at, _) in code.match_indices(&open) {
                let before = code[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
                    continue;
                }
                hits.extend(literal(&code[at + open.len()..]));
            }
        }
        found.extend(
            hits.into_iter()
                .filter(|l| has_words(l) && !is_class_list(l))
                .map(|l| format!("{}: {l}", n + 1)),
        );
    }
    found
}

fn ui_files() -> Vec<(String, PathBuf)> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&ui, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&ui)
                .expect("under src/ui")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, p)
        })
        .collect()
}

#[test]
fn the_scan_finds_interface_strings() {
    let sample = r#"
        // "A comment" is not read
        <button aria-label="Close the dialog" class="rm-button" data-rm="x">
            "Reset filters"
        </button>
        <span>"Offering"</span><kbd>"?"</kbd>
        <FilterSelect label="Domain" data_rm="domain-filter" />
        <input placeholder=t.search_placeholder />
        call("argument", 2)
    "#;
    let found: Vec<String> = interface_literals(sample)
        .into_iter()
        .map(|h| {
            h.split_once(": ")
                .map(|(_, l)| l.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        found,
        ["Close the dialog", "Reset filters", "Offering", "Domain"]
    );
}

#[test]
fn no_interface_string_escapes_the_catalog() {
    let mut escaped = Vec::new();
    for (rel, path) in ui_files() {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let hits = interface_literals(&text);
        escaped.extend(hits.iter().map(|h| format!("src/ui/{rel}:{h}")));
    }
    assert!(
        escaped.is_empty(),
        "interface strings outside src/i18n:\n{}",
        escaped.join("\n")
    );
}
