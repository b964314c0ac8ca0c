//! "What do I own?" exported: one party's checklist
//! ([`crate::rules::checklist::checklist_items`]) as CSV or as a Markdown task list.

use super::csv::{csv_record, source_block};
use super::markdown::{filters_text, markdown_escape, push_filter_line, push_source_credit};
use super::{file_stem, Format};
use crate::rules::checklist::checklist_items;
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
pub fn checklist_title(o: &Offering, state: &ViewState, party: &str) -> String {
    let name = o.party(party).map(|p| &*p.name).unwrap_or(party);
    match state.variant.as_deref().and_then(|v| o.variant(v)) {
        Some(v) => format!("What {name} owns: {} ({})", o.title, v.label),
        None => format!("What {name} owns: {}", o.title),
    }
}

/// A party's checklist as CSV: Section, Service, Holds (the party's part,
/// "; "-separated), Shared (yes/no); then the [`source_block`].
pub fn checklist_csv(o: &Offering, state: &ViewState, party: &str) -> String {
    let mut out = String::new();
    csv_record(&mut out, ["Section", "Service", "Holds", "Shared"]);
    for (section, items) in checklist_items(o, state, party) {
        for item in items {
            let holds = item.holds.join("; ");
            csv_record(
                &mut out,
                [
                    section.title.as_str(),
                    item.activity.as_str(),
                    holds.as_str(),
                    if item.shared { "yes" } else { "no" },
                ],
            );
        }
    }
    source_block(&mut out, &o.source);
    out
}

/// A party's checklist as Markdown: a title line, the count, one `##` heading
/// per section with its count, a task-list line (`- [ ]`) per service with
/// what the party holds, and the source credit.
pub fn checklist_markdown(o: &Offering, state: &ViewState, party: &str) -> String {
    let sections = checklist_items(o, state, party);
    let total: usize = sections.iter().map(|(_, items)| items.len()).sum();
    let mut md = format!(
        "# {}\n\n",
        markdown_escape(&checklist_title(o, state, party))
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
            let mut line = format!("- [ ] {}", markdown_escape(&item.activity));
            if !item.holds.is_empty() {
                line.push_str(&format!(" — {}", markdown_escape(&item.holds.join("; "))));
            }
            if item.shared {
                line.push_str(" (shared)");
            }
            md.push_str(&line);
            md.push('\n');
        }
        md.push('\n');
    }
    push_source_credit(&mut md, o);
    md
}
