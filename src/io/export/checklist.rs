//! "What do I own?" exported: one party's checklist
//! ([`crate::rules::checklist::checklist_items`]) with the reader's ticks,
//! owners and notes ([`Marks`]), as CSV or as a Markdown task list (OSCAL:
//! [`super::checklist_oscal`]). Each item carries its row id, so
//! [`super::checklist_restore`] reads the file back.

use super::csv::{csv_record, source_block};
use super::markdown::{filters_text, markdown_escape, push_filter_line, push_source_credit};
use super::{file_stem, Format};
use crate::i18n::Lang;
use crate::rules::checklist::checklist_items;
use crate::rules::checklist_marks::Marks;
use crate::rules::state::ViewState;
use rm_format::model::Offering;

/// The file name of a checklist export: `<offering>-<variant or all>-<party>-checklist.<csv|md>`.
pub fn checklist_file_name(o: &Offering, state: &ViewState, party: &str, format: Format) -> String {
    format!(
        "{}-{party}-checklist.{}",
        file_stem(o, state),
        format.extension()
    )
}

/// The checklist's title: "What Customer owns: <offering> (<variant>)".
pub fn checklist_title(
    lang: crate::i18n::Lang,
    o: &Offering,
    state: &ViewState,
    party: &str,
) -> String {
    let name = o.party(party).map(|p| &*p.name).unwrap_or(party);
    let variant = state.variant.as_deref().and_then(|v| o.variant(v));
    lang.checklist_title(name, &o.title, variant.map(|v| &*v.label))
}

/// The CSV header of a checklist export ([`checklist_csv`]).
pub const CSV_HEADER: [&str; 8] = [
    "Section", "Service", "Holds", "Shared", "Ticked", "Owner", "Note", "Row id",
];

/// A party's checklist as CSV ([`CSV_HEADER`]): Section, Service, Holds (the
/// party's part, "; "-separated), Shared (yes/no), Ticked (yes/no), Owner,
/// Note ([`formula_guard`]ed) and the row id; then the [`source_block`].
pub fn checklist_csv(o: &Offering, state: &ViewState, party: &str, marks: &Marks) -> String {
    let mut out = String::new();
    csv_record(&mut out, CSV_HEADER);
    for (section, items) in checklist_items(o, state, party) {
        for item in items {
            let holds = item.holds.join("; ");
            let mark = marks.get(&item.row_id);
            let (owner, note) = (formula_guard(&mark.owner), formula_guard(&mark.note));
            csv_record(
                &mut out,
                [
                    section.title.as_str(),
                    item.activity.as_str(),
                    holds.as_str(),
                    yes_no(item.shared),
                    yes_no(mark.ticked),
                    owner.as_str(),
                    note.as_str(),
                    item.row_id.as_str(),
                ],
            );
        }
    }
    source_block(&mut out, &o.source);
    out
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A reader's text as a CSV field: one `'` before text a spreadsheet would
/// run as a formula (`=`, `+`, `-`, `@`) or that starts with `'` itself, so
/// the reader strips exactly one back ([`super::checklist_restore`]).
pub fn formula_guard(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\'']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A reader's text in Markdown, read back exactly by
/// [`super::checklist_restore::markdown_unescape`]: ASCII punctuation that
/// Markdown may read as markup gets a backslash, a line break becomes
/// `<br>`, a leading or trailing space `&#32;`.
pub fn markdown_field(text: &str) -> String {
    super::markdown::escape_with(text, &['&', '#', '!', '~'])
}

/// The comment that ends an item's line with its row id.
pub fn row_id_comment(row_id: &str) -> String {
    format!("<!-- rm-row: {row_id} -->")
}

/// A party's checklist as Markdown: a title line, the count, one `##` heading
/// per section with its count, a task-list line per service (`- [x]` when
/// ticked) with what the party holds and its row id in a comment, the owner
/// and the note as sub-items, and the source credit.
pub fn checklist_markdown(o: &Offering, state: &ViewState, party: &str, marks: &Marks) -> String {
    let sections = checklist_items(o, state, party);
    let total: usize = sections.iter().map(|(_, items)| items.len()).sum();
    let mut md = format!(
        "# {}\n\n",
        // Exports are written in English, the data format's language.
        markdown_escape(&checklist_title(Lang::En, o, state, party))
    );
    // The party is the checklist's subject, not a filter.
    let filters = filters_text(
        o,
        &ViewState {
            party: None,
            ..state.clone()
        },
    );
    let count = format!(
        "{total} service{} in {} section{}",
        if total == 1 { "" } else { "s" },
        sections.len(),
        if sections.len() == 1 { "" } else { "s" }
    );
    push_filter_line(&mut md, &filters, &count);
    for (section, items) in &sections {
        md.push_str(&format!(
            "## {} ({})\n\n",
            markdown_escape(&section.title),
            items.len()
        ));
        for item in items {
            let mark = marks.get(&item.row_id);
            let tick = if mark.ticked { 'x' } else { ' ' };
            let mut line = format!("- [{tick}] {}", markdown_escape(&item.activity));
            if !item.holds.is_empty() {
                line.push_str(&format!(" — {}", markdown_escape(&item.holds.join("; "))));
            }
            if item.shared {
                line.push_str(" (shared)");
            }
            md.push_str(&line);
            md.push(' ');
            md.push_str(&row_id_comment(&item.row_id));
            md.push('\n');
            if !mark.owner.is_empty() {
                md.push_str(&format!("  - Owner: {}\n", markdown_field(&mark.owner)));
            }
            if !mark.note.is_empty() {
                md.push_str(&format!("  - Note: {}\n", markdown_field(&mark.note)));
            }
        }
        md.push('\n');
    }
    push_source_credit(&mut md, o);
    md
}
