//! A row's cells: [`cell_parts`] rendered to DOM as its docs describe, so
//! what the table shows is what every export writes. This file only maps
//! parts to elements and highlights search matches; the rules and the words
//! live in [`crate::rules::present`].
//!
//! Every cell is a keyboard-grid cell (`tabindex="-1"`): [`super::grid`]
//! moves the one tab stop between them.

use crate::i18n::Lang;
use crate::rules::present::{
    cell_parts, inference_title, party_kind_modifier, AssignmentPart, Body, RoleChip, SubCell,
    INFERENCE_MARK,
};
use crate::rules::text::Query;
use crate::ui::common::{highlighted, static_option};
use leptos::prelude::*;
use rm_format::model::{Column, Offering, Row};

/// The `<td>`s of one column for one row.
pub(super) fn cells_for(
    o: &'static Offering,
    r: &'static Row,
    c: &'static Column,
    emphasised: bool,
    cols: &[(usize, bool)],
    q: &Query,
) -> AnyView {
    let is_visible = |id: &str| cols.iter().any(|(ci, _)| o.columns[*ci].id == id);
    cell_parts(o, r, c, is_visible)
        .into_iter()
        .map(|sub| sub_cell_view(sub, emphasised, q))
        .collect_view()
        .into_any()
}

/// One sub-cell's `<td>`.
fn sub_cell_view(sub: SubCell<'static>, emphasised: bool, q: &Query) -> AnyView {
    let lang = crate::i18n::lang();
    let t = lang.texts();
    if sub.body == Body::Missing {
        // Validation guarantees a cell per column; render an honest gap if not.
        return view! {
            <td part="cell" tabindex="-1" data-rm-col=sub.col data-rm-shared="false">"—"</td>
        }
        .into_any();
    }
    let mut class = String::from("rm-cell");
    if emphasised {
        class.push_str(" rm-cell--emphasised");
    }
    if let Some(s) = sub.shared {
        class.push(' ');
        class.push_str(s.with.css_modifier());
    }
    let mark = sub.shared.filter(|_| sub.shared_mark).map(|s| {
        view! {
            <span class=s.with.mark_class() role="img" aria-label=lang.shared_with(s.with) title=lang.sharing_explanation(s)>{s.with.mark()}</span>
        }
    });
    let reading = sub.reading.map(|text| {
        view! {
            <span class="rm-reading-mark" role="img" aria-label=t.has_reading title=lang.source_reading(text)>"※"</span>
        }
    });
    let inference = sub.inference.map(|inference| {
        view! {
            <span class="rm-inference-mark" title=inference_title(lang, inference)>{INFERENCE_MARK}</span>
        }
    });
    let shared = sub.shared_with_customer().to_string();
    view! {
        <td class=class part="cell" tabindex="-1" data-rm-col=sub.col data-rm-shared=shared data-label=sub.label>
            {static_option(mark)}
            {body_view(lang, sub.body, q)}
            {static_option(reading)}
            {static_option(inference)}
        </td>
    }
    .into_any()
}

/// What a sub-cell shows, as [`Body`]'s docs describe.
fn body_view(lang: Lang, body: Body<'static>, q: &Query) -> AnyView {
    let t = lang.texts();
    match body {
        Body::Missing => "—".into_any(),
        Body::Text(text) => view! { <span class="rm-text">{highlighted(text, q)}</span> }.into_any(),
        Body::Status {
            status,
            text,
            resolved,
        } => view! {
            <span class=format!("rm-status rm-status--{}", status.id()) title=lang.status_explanation(&status)>
                {highlighted(&text, q)}
            </span>
            {static_option(resolved.map(|t| view! { <span class="rm-resolved">{format!("→ {t}")}</span> }))}
        }
        .into_any(),
        Body::Assignments(parts) => {
            let n = parts.len();
            parts
                .into_iter()
                .enumerate()
                .map(|(i, part)| {
                    view! {
                        {assignment_view(lang, part, q)}
                        {static_option((i + 1 < n).then_some(view! { <span class="rm-and">{t.and}</span> }))}
                    }
                })
                .collect_view()
                .into_any()
        }
        Body::NotAssigned => view! {
            <span class="rm-none" role="img" aria-label=t.not_assigned>"–"</span>
        }
        .into_any(),
    }
}

/// A party's badge (or tick) followed by its RACI letters, role chip,
/// qualifiers and note.
fn assignment_view(lang: Lang, part: AssignmentPart<'static>, q: &Query) -> AnyView {
    let t = lang.texts();
    let badge = format!("rm-badge rm-badge--{}", party_kind_modifier(part.kind));
    let tick = part.tick.then(|| {
        view! {
            <span class=format!("{badge} rm-tick") part="badge" role="img" aria-label=t.yes>"✓"</span>
        }
    });
    let who = part
        .name
        .map(|name| view! { <span class=badge part="badge">{highlighted(name, q)}</span> });
    let letters = (!part.raci.is_empty()).then(|| {
        part.raci
            .iter()
            .map(|l| {
                view! {
                    <abbr class=format!("rm-raci rm-raci--{}", l.letter) part="badge" title=l.title(lang)>{l.letter.to_string()}</abbr>
                }
            })
            .collect_view()
    });
    let role = part.role.map(role_chip);
    let quals = (!part.qualifiers.is_empty()).then(|| {
        part.qualifiers
            .iter()
            .map(|qual| {
                view! {
                    <span class=format!("rm-qual rm-qual--{}", qual.qualifier.id()) title=lang.qualifier_explanation(qual.qualifier)>
                        {highlighted(&qual.label, q)}
                    </span>
                }
            })
            .collect_view()
    });
    let note = part
        .note
        .map(|n| view! { <span class="rm-cell-note">{highlighted(n, q)}</span> });
    view! {
        <span class="rm-assign" title=part.title>
            {static_option(who)}
            {static_option(tick)}
            {static_option(letters)}
            {static_option(role)}
            {static_option(quals)}
            {static_option(note)}
        </span>
    }
    .into_any()
}

/// A role's chip: its abbreviation (or name), the full name on hover.
pub(super) fn role_chip(chip: RoleChip<'static>) -> impl IntoView {
    view! {
        <span class="rm-chip rm-chip--role" title=chip.title>
            {chip.label}
        </span>
    }
}

/// The RACI letters' words live with the data format's vocabulary.
pub use rm_format::vocab::{raci_meaning, raci_name};
