//! A row's details, shown when the row is expanded: domain, owner role,
//! notes and readings, what each mark in the row means, and the source's own
//! words for every cell, with our inferences marked apart from the readings.

use crate::rules::present::{owner_role, INFERENCE_MARK};
use leptos::prelude::*;
use rm_format::model::{NoteKind, Offering, Row};

/// Notes, readings, owner role and the source's own words for every cell.
pub(super) fn row_details(o: &'static Offering, r: &'static Row) -> impl IntoView {
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let owner = owner_role(o, r).map(|(p, role)| {
        view! {
            <p class="rm-details__owner">
                <strong>{t.owned_by}</strong>
                {format!("{} — {}", p.name, role.name)}
                {role.abbreviation.as_ref().map(|a| format!(" ({a})"))}
                {t.colon}
                {role.description.to_string()}
            </p>
        }
    });
    let notes = r
        .notes
        .iter()
        .map(|n| {
            let label = if n.kind == NoteKind::Reading { t.source_reading_label } else { t.note_label };
            view! { <li class=format!("rm-note rm-note--{}", if n.kind == NoteKind::Reading { "reading" } else { "note" })><strong>{label}</strong>{n.text.to_string()}</li> }
        })
        .collect_view();
    let source_cells = r
        .cells
        .iter()
        .map(|entry| {
            let label = o.column(&entry.column).map(|c| c.label.to_string()).unwrap_or_else(|| entry.column.to_string());
            let said = if entry.cell.source_text.trim().is_empty() {
                t.blank_in_source.to_string()
            } else {
                lang.quoted(&entry.cell.source_text)
            };
            view! {
                <div class="rm-details__cell">
                    <dt>{label}</dt>
                    <dd>
                        <span class="rm-source-text">{said}</span>
                        {entry.cell.reading.as_ref().map(|r| view! { <span class="rm-note rm-note--reading"><strong>{t.reading_label}</strong>{r.to_string()}</span> })}
                        {entry.cell.inference.as_ref().map(|i| view! {
                            <span class="rm-note rm-note--inference" data-rm="inference">
                                " "<span class="rm-inference-mark">{INFERENCE_MARK}</span>
                                <strong>{t.inference_label}</strong>{i.reasoning.to_string()}
                                <strong>{t.inferred_from}</strong>
                                <q class="rm-inference__from">{i.from.to_string()}</q>
                            </span>
                        })}
                        {entry.cell.note.as_ref().map(|n| view! { <span class="rm-note">" "<strong>{t.note_label}</strong>{n.to_string()}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let meanings = badge_meanings(lang, o, r);
    let badges = (!meanings.is_empty()).then(|| {
        let items = meanings
            .into_iter()
            .map(|(term, meaning)| view! { <div class="rm-details__cell"><dt>{term}</dt><dd>{meaning}</dd></div> })
            .collect_view();
        view! {
            <p class="rm-details__heading">{t.row_marks_heading}</p>
            <dl class="rm-details__cells" data-rm="badge-meanings">{items}</dl>
        }
    });
    view! {
        <div class="rm-details__body">
            <p class="rm-details__domain"><strong>{t.domain_label}</strong>{lang.domain(r.domain)}</p>
            {owner}
            <ul class="rm-details__notes">{notes}</ul>
            {badges}
            <p class="rm-details__heading">{t.source_says}</p>
            <dl class="rm-details__cells">{source_cells}</dl>
        </div>
    }
}

/// Every qualifier, status, RACI letter and the shared mark used in a row, with
/// its meaning: the keyboard-reachable counterpart of the badges' tooltips.
fn badge_meanings(lang: crate::i18n::Lang, o: &Offering, r: &Row) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |term: String, meaning: String| {
        if !out.iter().any(|(t, _)| *t == term) {
            out.push((term, meaning));
        }
    };
    for entry in r.cells.iter() {
        let cell = &entry.cell;
        if let Some(st) = &cell.status {
            push(
                st.label().to_string(),
                lang.status_explanation(st).to_string(),
            );
        }
        for a in cell.assign.iter() {
            for ch in a.raci.as_deref().unwrap_or_default().chars() {
                push(
                    format!("{ch} ({})", lang.raci_name(ch)),
                    lang.raci_meaning(ch).to_string(),
                );
            }
            for q in a.qualifiers.iter() {
                push(
                    q.label().to_string(),
                    lang.qualifier_explanation(*q).to_string(),
                );
            }
        }
        if cell.inference.is_some() {
            push(
                INFERENCE_MARK.to_string(),
                lang.texts().inference_meaning.to_string(),
            );
        }
        if let Some(s) = crate::rules::shared::cell_sharing(o, cell) {
            push(
                format!("{} {}", s.with.mark(), lang.shared_with(s.with)),
                lang.sharing_explanation(s).to_string(),
            );
        }
    }
    out
}
