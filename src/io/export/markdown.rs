//! The view as a GitHub-flavoured Markdown table, and the escaping and the
//! filter line the checklist shares.

use super::grid::{grid, Grid};
use crate::i18n::Lang;
use crate::rules::filter::{applicable_rows, ViewState};
use crate::rules::present::{caption, section_label, source_credit};
use rm_format::model::Offering;

/// Escapes text for one cell of a Markdown table: backslash-escapes `|` and
/// the characters that would start inline markup (`\ * _ ` [ ] < >`), turns
/// line breaks into `<br>`, and keeps leading and trailing spaces as `&#32;`
/// (a table cell's own spaces are trimmed by Markdown).
pub fn markdown_escape(text: &str) -> String {
    escape_with(text, &[])
}

/// [`markdown_escape`], also escaping the characters in `extra` (a field
/// that must read back exactly escapes more punctuation).
pub(super) fn escape_with(text: &str, extra: &[char]) -> String {
    let body = text.trim_matches(' ');
    let leading = text.len() - text.trim_start_matches(' ').len();
    let trailing = if body.is_empty() {
        0
    } else {
        text.len() - text.trim_end_matches(' ').len()
    };
    let mut out = "&#32;".repeat(leading);
    let mut chars = body.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(ch);
            }
            c if extra.contains(&c) => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(ch),
        }
    }
    out.push_str(&"&#32;".repeat(trailing));
    out
}

/// What narrows the view, in words ("search “patch”; shared only"); empty when nothing does.
pub fn filters_text(o: &Offering, state: &ViewState) -> String {
    let mut parts = Vec::new();
    if !state.query.trim().is_empty() {
        parts.push(format!("search “{}”", state.query.trim()));
    }
    if let Some(id) = &state.section {
        let label = o
            .sections
            .iter()
            .find(|s| s.id == *id)
            .map(section_label)
            .unwrap_or_else(|| id.clone());
        parts.push(format!("section {label}"));
    }
    if let Some(d) = state.domain {
        parts.push(format!("domain {}", d.label()));
    }
    if let Some(p) = &state.party {
        let name = o
            .party(p)
            .map(|p| p.name.to_string())
            .unwrap_or_else(|| p.clone());
        parts.push(format!("responsible party {name}"));
    }
    if state.shared_only {
        parts.push("shared only".to_string());
    }
    parts.join("; ")
}

/// The view as a Markdown table: the table's caption as a `#` title line, a
/// line with the filters and "N of M services", the table ([`Grid::header`]
/// and one line per visible row, every cell [`markdown_escape`]d), and the
/// source credit as the last line.
pub fn to_markdown(o: &Offering, state: &ViewState) -> String {
    let grid = grid(o, state);
    // Exports are written in English, the data format's language.
    let mut md = format!("# {}\n\n", markdown_escape(&caption(Lang::En, o, state)));
    let count = format!(
        "{} of {} services",
        grid.rows.len(),
        applicable_rows(o, state).len()
    );
    push_filter_line(&mut md, &filters_text(o, state), &count);
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| markdown_escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let header = grid.header();
    md.push_str(&line(header.clone()));
    md.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for row in &grid.rows {
        md.push_str(&line(Grid::record(row)));
    }
    push_source_credit(&mut md, o);
    md
}

/// "Filtered by …: N services." (or just the count) as a Markdown paragraph.
pub(super) fn push_filter_line(md: &mut String, filters: &str, count: &str) {
    if filters.is_empty() {
        md.push_str(&format!("{}.\n\n", markdown_escape(count)));
    } else {
        md.push_str(&format!(
            "Filtered by {}: {}.\n\n",
            markdown_escape(filters),
            markdown_escape(count)
        ));
    }
}

/// The source credit as the file's last line, after a blank line.
pub(super) fn push_source_credit(md: &mut String, o: &Offering) {
    if !md.ends_with("\n\n") {
        md.push('\n');
    }
    md.push_str(&markdown_escape(&source_credit(o).to_string()));
    md.push('\n');
}
