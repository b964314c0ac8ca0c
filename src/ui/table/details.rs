//! A row's details, shown when the row is expanded: domain, owner role,
//! notes and readings, what each mark in the row means, and the source's own
//! words for every cell, with our inferences marked apart from the readings.

use super::cell::{raci_meaning, raci_name};
use crate::rules::present::{owner_role, INFERENCE_MARK, INFERENCE_MEANING};
use leptos::prelude::*;
use rm_format::model::{NoteKind, Offering, Row};

/// Notes, readings, owner role and the source's own words for every cell.
pub(super) fn row_details(o: &'static Offering, r: &'static Row) -> impl IntoView {
    let owner = owner_role(o, r).map(|(p, role)| {
        view! {
            <p class="rm-details__owner">
                <strong>"Owned by: "</strong>
                {format!("{} — {}", p.name, role.name)}
                {role.abbreviation.as_ref().map(|a| format!(" ({a})"))}
                ": "
                {role.description.to_string()}
            </p>
        }
    });
    let notes = r
        .notes
        .iter()
        .map(|n| {
            let label = if n.kind == NoteKind::Reading { "Source reading: " } else { "Note: " };
            view! { <li class=format!("rm-note rm-note--{}", if n.kind == NoteKind::Reading { "reading" } else { "note" })><strong>{label}</strong>{n.text.to_string()}</li> }
        })
        .collect_view();
    let source_cells = r
        .cells
        .iter()
        .map(|entry| {
            let label = o.column(&entry.column).map(|c| c.label.to_string()).unwrap_or_else(|| entry.column.to_string());
            let said = if entry.cell.source_text.trim().is_empty() {
                "(blank in the source)".to_string()
            } else {
                format!("“{}”", entry.cell.source_text)
            };
            view! {
                <div class="rm-details__cell">
                    <dt>{label}</dt>
                    <dd>
                        <span class="rm-source-text">{said}</span>
                        {entry.cell.reading.as_ref().map(|t| view! { <span class="rm-note rm-note--reading"><strong>" Reading: "</strong>{t.to_string()}</span> })}
                        {entry.cell.inference.as_ref().map(|i| view! {
                            <span class="rm-note rm-note--inference" data-rm="inference">
                                " "<span class="rm-inference-mark">{INFERENCE_MARK}</span>
                                <strong>" Our inference, not the source's words: "</strong>{i.reasoning.to_string()}
                                <strong>" Inferred from: "</strong>
                                <q class="rm-inference__from">{i.from.to_string()}</q>
                            </span>
                        })}
                        {entry.cell.note.as_ref().map(|t| view! { <span class="rm-note"><strong>" Note: "</strong>{t.to_string()}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let meanings = badge_meanings(o, r);
    let badges = (!meanings.is_empty()).then(|| {
        let items = meanings
            .into_iter()
            .map(|(term, meaning)| view! { <div class="rm-details__cell"><dt>{term}</dt><dd>{meaning}</dd></div> })
            .collect_view();
        view! {
            <p class="rm-details__heading">"What the marks in this row mean"</p>
            <dl class="rm-details__cells" data-rm="badge-meanings">{items}</dl>
        }
    });
    view! {
        <div class="rm-details__body">
            <p class="rm-details__domain"><strong>"Domain: "</strong>{r.domain.label()}</p>
            {owner}
            <ul class="rm-details__notes">{notes}</ul>
            {badges}
            <p class="rm-details__heading">"What the source says"</p>
            <dl class="rm-details__cells">{source_cells}</dl>
        </div>
    }
}

/// Every qualifier, status, RACI letter and the shared mark used in a row, with
/// its meaning: the keyboard-reachable counterpart of the badges' tooltips.
fn badge_meanings(o: &Offering, r: &Row) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |term: String, meaning: String| {
        if !out.iter().any(|(t, _)| *t == term) {
            out.push((term, meaning));
        }
    };
    for entry in r.cells.iter() {
        let cell = &entry.cell;
        if let Some(st) = &cell.status {
            push(st.label().to_string(), st.explanation().to_string());
        }
        for a in cell.assign.iter() {
            for ch in a.raci.as_deref().unwrap_or_default().chars() {
                push(
                    format!("{ch} ({})", raci_name(ch)),
                    raci_meaning(ch).to_string(),
                );
            }
            for q in a.qualifiers.iter() {
                push(q.label().to_string(), q.explanation().to_string());
            }
        }
        if cell.inference.is_some() {
            push(INFERENCE_MARK.to_string(), INFERENCE_MEANING.to_string());
        }
        if let Some(s) = crate::rules::shared::cell_sharing(o, cell) {
            push(
                format!("{} {}", s.with.mark(), s.with.label()),
                s.explanation().to_string(),
            );
        }
    }
    out
}
