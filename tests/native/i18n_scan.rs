//! No interface string is written in a UI file instead of the catalog
//! (`src/i18n`): a scan of every file under `src/ui` for literals a reader
//! would see or hear, and tests of the scan itself.

use crate::ui_imports::rust_files;
use std::path::{Path, PathBuf};

/// Attributes whose value a reader sees or hears (`data-label` is shown as a
/// cell's label on narrow screens).
const READ_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "title",
    "placeholder",
    "alt",
    "label",
    "empty_label",
    "data-label",
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

/// Whether a `format!` or status literal reads as a sentence: words once its
/// `{…}` holes are gone, with a space or a capital (not a hook such as
/// `legend-{name}` or a class such as `rm-qual--{}`).
fn is_sentence(s: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let text = text.trim();
    has_words(text)
        && !is_class_list(text)
        && (text.contains(' ') || text.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The string literal at the start of `s` (after its opening quote), if closed on the line.
fn literal(s: &str) -> Option<&str> {
    s.find('"').map(|end| &s[..end])
}

/// Calls whose first argument is a string the reader gets: `format!` and a
/// status signal's `.set`.
const SENTENCE_CALLS: &[&str] = &["format!(\"", ".set(\""];

/// Interface strings written in `text` (a UI source file), as `line: literal`:
/// text nodes (a line that is only a literal, or a literal right after `>`),
/// the values of [`READ_ATTRIBUTES`], and sentences given to `format!` or
/// `.set` (on the call's line or, for a call that ends its line, the next).
pub fn interface_literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut call_ends_line = false;
    for (n, line) in text.lines().enumerate() {
        let code = line.trim();
        if code.starts_with("//") {
            continue;
        }
        let mut words: Vec<&str> = Vec::new();
        let mut sentences: Vec<&str> = Vec::new();
        if let Some(rest) = code.strip_prefix('"') {
            if let Some(lit) = literal(rest) {
                let after = rest[lit.len() + 1..].trim();
                if call_ends_line {
                    sentences.push(lit);
                } else if after.is_empty() || after.starts_with('<') {
                    // A lone literal (a text node), not an argument such as `"x",`.
                    words.push(lit);
                }
            }
        }
        call_ends_line = code.ends_with("format!(") || code.ends_with(".set(");
        for (at, _) in code.match_indices(">\"") {
            words.extend(literal(&code[at + 2..]));
        }
        for attr in READ_ATTRIBUTES {
            let open = format!("{attr}=\"");
            for (at, _) in code.match_indices(&open) {
                let before = code[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
                    continue;
                }
                words.extend(literal(&code[at + open.len()..]));
            }
        }
        for call in SENTENCE_CALLS {
            for (at, _) in code.match_indices(call) {
                sentences.extend(literal(&code[at + call.len()..]));
            }
        }
        let hits = words
            .into_iter()
            .filter(|l| has_words(l) && !is_class_list(l))
            .chain(sentences.into_iter().filter(|l| is_sentence(l)));
        found.extend(hits.map(|l| format!("{}: {l}", n + 1)));
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

/// The literals the scan finds in `sample`, without their line numbers.
fn found_in(sample: &str) -> Vec<String> {
    interface_literals(sample)
        .into_iter()
        .map(|h| {
            h.split_once(": ")
                .map(|(_, l)| l.to_string())
                .unwrap_or_default()
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
        <td data-label="Change">{words}</td>
        call("argument", 2)
        let class = if on {
            "rm-col rm-col--emphasised"
        } else {
            "rm-col"
        };
    "#;
    assert_eq!(
        found_in(sample),
        [
            "Close the dialog",
            "Reset filters",
            "Offering",
            "Domain",
            "Change"
        ]
    );
}

#[test]
fn the_scan_finds_sentences_given_to_format_and_set() {
    let sample = r#"
        let shown = format!("Showing {shown} of {total} matching services.");
        status.set("Nothing to clear.".into());
        let lead = format!(
            "Your matrix “{}” was not loaded:",
            source,
        );
        status.set(
            "Restored what Clear removed.".to_string(),
        );
        let class = format!("rm-qual rm-qual--{}", q.id());
        let hook = format!("legend-{name}");
        let pair = format!("{} ({a})", name);
        let key = format!("{k}={}", value);
        status.set(String::new());
    "#;
    assert_eq!(
        found_in(sample),
        [
            "Showing {shown} of {total} matching services.",
            "Nothing to clear.",
            "Your matrix “{}” was not loaded:",
            "Restored what Clear removed.",
        ]
    );
}

#[test]
fn no_interface_string_escapes_the_catalog() {
    let files = ui_files();
    // The scan cannot pass by reading nothing: the UI has some forty files.
    assert!(files.len() >= 30, "only {} files under src/ui", files.len());
    let mut escaped = Vec::new();
    let mut lines = 0;
    for (rel, path) in &files {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{rel}: {e}"));
        lines += text.lines().count();
        let hits = interface_literals(&text);
        escaped.extend(hits.iter().map(|h| format!("src/ui/{rel}:{h}")));
        // The same file with a planted string is caught: the scan reads this file.
        let planted = format!("{text}\n<p>\"A planted sentence\"</p>\n");
        assert_eq!(
            interface_literals(&planted).len(),
            hits.len() + 1,
            "{rel}: a planted literal was not found"
        );
    }
    assert!(lines > 3000, "only {lines} lines scanned");
    assert!(
        escaped.is_empty(),
        "interface strings outside src/i18n:\n{}",
        escaped.join("\n")
    );
}
