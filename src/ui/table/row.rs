//! The table's rows: the column headers, a header row per section, and a
//! row per service (a toggle for its details, then its cells). A parked row
//! stays mounted but hidden, without its `data-rm-row`.

use super::cell::{cells_for, role_chip};
use super::details::row_details;
use super::lines::LineSignals;
use crate::rules::present::{
    column_heads, inference_title, owner_role, section_label, RoleChip, INFERENCE_MARK,
};
use crate::ui::common::{highlighted, static_option};
use crate::ui::context::{TableCtx, ViewCtx};
use leptos::prelude::*;
use rm_format::model::{Column, NoteKind, Offering, Row};

/// How many `<td>`s a column takes: one per party when split.
pub(super) fn column_span(o: &Offering, c: &Column) -> usize {
    if c.split_by_party {
        o.parties.len()
    } else {
        1
    }
}

/// A column's `<th>`s, as [`column_heads`] describes them; each a grid cell.
pub(super) fn header_cells(o: &'static Offering, c: &'static Column, emphasised: bool) -> AnyView {
    let lang = crate::i18n::lang();
    let t = lang.texts();
    column_heads(o, c, emphasised)
        .into_iter()
        .map(|head| {
            let class = if head.emphasised {
                "rm-col rm-col--emphasised"
            } else {
                "rm-col"
            };
            let title = head.title(lang);
            // The inference mark as an inferred cell shows it; the head's title says why.
            let inferred = head.inference.map(|i| {
                view! { <span class="rm-inference-mark" data-rm="column-inference" title=inference_title(lang, i)>{INFERENCE_MARK}</span> }
            });
            view! {
                <th scope="col" class=class part="header-cell" tabindex="-1" data-rm-col=head.col title=title>
                    {head.label}
                    {head.chosen.then(|| view! { <span class="rm-chosen">{t.chosen}</span> })}
                    {inferred}
                </th>
            }
        })
        .collect_view()
        .into_any()
}

pub(super) fn section_row(
    o: &'static Offering,
    si: usize,
    width: Memo<usize>,
    signals: LineSignals,
) -> impl IntoView {
    let parked = signals.parked;
    let s = &o.sections[si];
    let title = section_label(s);
    view! {
        <tr
            class="rm-section"
            data-rm-section=move || (!parked.get()).then(|| s.id.to_string())
            data-rm-parked-section=move || parked.get().then(|| s.id.to_string())
            hidden=move || parked.get()
        >
            <th scope="colgroup" colspan=move || width.get().to_string()>
                <span class="rm-section__title">{title}</span>
                {s.description.as_ref().map(|d| view! { <span class="rm-section__desc">{d.to_string()}</span> })}
            </th>
        </tr>
    }
}

/// One service: its row header (a toggle for details) and its cells.
#[component]
pub(super) fn ServiceRow(
    section: usize,
    row: usize,
    width: Memo<usize>,
    signals: LineSignals,
) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let table = TableCtx::expect();
    let t = crate::i18n::t();
    let o = ctx.offering_untracked();
    let r: &'static Row = &o.sections[section].rows[row];
    let LineSignals {
        parked,
        expanded,
        activity: activity_query,
        cells: cell_query,
    } = signals;
    // Opened by the reader (not by a link): its details are scrolled into view.
    let scroll_on_open = StoredValue::new(false);
    let toggle = move || {
        scroll_on_open.set_value(true);
        ctx.change(|s| s.toggle_row(&r.id));
    };
    let details_ref = NodeRef::<leptos::html::Tr>::new();
    Effect::new(move |_| {
        if let Some(tr) = details_ref.get() {
            if scroll_on_open.get_value() {
                scroll_on_open.set_value(false);
                scroll_into_view(&tr);
            }
        }
    });
    let has_reading = r.notes.iter().any(|n| n.kind == NoteKind::Reading)
        || r.cells.iter().any(|c| c.cell.reading.is_some());
    let details_id = format!("rm-details-{}-{}", o.id, r.id);
    // aria-controls may only name an element that exists: the details row, once open.
    let details_id_ref = details_id.clone();
    let owner = owner_role(o, r).map(|(_, role)| RoleChip::of(role));

    view! {
        <tr
            data-rm-row=move || (!parked.get()).then(|| r.id.to_string())
            data-rm-parked=move || parked.get().then(|| r.id.to_string())
            hidden=move || parked.get()
            class="rm-row"
            class:rm-row--expanded=move || expanded.get()
            on:click=move |ev| {
                // The toggle button handles its own click; avoid toggling twice.
                if !is_from_button(&ev) {
                    toggle();
                }
            }
        >
            <th scope="row" class="rm-activity">
                <button
                    type="button"
                    class="rm-row-toggle"
                    tabindex="-1"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=move || expanded.get().then(|| details_id_ref.clone())
                    on:click=move |_| toggle()
                >
                    <span class="rm-row-toggle__icon" aria-hidden="true"></span>
                    <span>{move || highlighted(&r.activity, &activity_query.get().unwrap_or_default())}</span>
                </button>
                {static_option(owner.map(role_chip))}
                {static_option(has_reading.then(|| view! {
                    <span class="rm-chip rm-chip--reading" title=t.reading_chip_title>
                        {t.source_reading_chip}
                    </span>
                }))}
            </th>
            {move || {
                // The columns are fixed for a mounted row: a new column set remounts the table.
                let cols = table.columns.get_untracked();
                let q = cell_query.get().unwrap_or_default();
                cols.iter().map(|(ci, emphasised)| cells_for(o, r, &o.columns[*ci], *emphasised, &cols, &q)).collect_view()
            }}
        </tr>
        <Show when=move || expanded.get() && !parked.get()>
            <tr class="rm-details" id=details_id.clone() data-rm-details=r.id.to_string() node_ref=details_ref>
                // Focused by Enter on one of the row's cells; Escape returns.
                <td colspan=move || width.get().to_string() tabindex="-1">{row_details(o, r)}</td>
            </tr>
        </Show>
    }
}

/// Scrolls the least needed to show `el` whole (or its top, if taller than the screen).
fn scroll_into_view(el: &web_sys::Element) {
    use wasm_bindgen::{JsCast, JsValue};
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
    let scroll = js_sys::Reflect::get(el, &"scrollIntoView".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(scroll) = scroll {
        let _ = scroll.call1(&JsValue::from(el), &options);
    }
}

fn is_from_button(ev: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button, a, input, select").ok().flatten())
        .is_some()
}
