//! The matrix `<table>`: caption, column headers with `scope`, a header row per
//! section, a row per service, and a details row when a service is expanded.
//!
//! Rows are a keyed `<For>` over the mounted rows (see [`crate::rules::table_rows`]):
//! a filter parks the rows it hides instead of unmounting them, and large
//! results render a page at a time with "Show more". [`lines`] keeps the
//! mounted lines up to date in one pass; [`row`], [`cell`] and [`details`]
//! render them, from the same decomposition every export writes
//! ([`crate::rules::present`]). [`grid`] makes the table a keyboard grid.

mod cell;
mod details;
mod grid;
mod lines;
mod row;

use crate::rules::present;
use crate::rules::state::ViewState;
use crate::rules::table_rows::{self, Line};
use crate::rules::text::Query;
use crate::ui::active_filters::RemoveFilterButtons;
use crate::ui::context::{TableCtx, ViewCtx};
use grid::Grid;
use leptos::prelude::*;
use lines::Lines;
use wasm_bindgen::JsCast;
// The RACI vocabulary, used by the legend as well as the cells.
pub use cell::{raci_meaning, raci_name};
use row::{column_span, header_cells, section_row, ServiceRow};
use std::collections::HashSet;

/// The table, with "Show more" under it and an empty state when nothing matches.
#[component]
pub fn Matrix() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let table = TableCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let query = Memo::new(move |_| ctx.read(|s| Query::new(&s.query)));
    let expanded_row = Memo::new(move |_| ctx.read(|s| s.expanded_row.clone()));
    // Pages shown beyond the first; a new result starts again at one page.
    let extra_pages = RwSignal::new(0usize);
    Effect::watch(
        move || table.rows.track(),
        move |_, _, _| extra_pages.set(0),
        false,
    );
    let page = Memo::new(move |_| table_rows::page_size(table.total.get()));
    let limit = move || page.get() * (1 + extra_pages.get());
    // The rows to show now: the first `limit` matches.
    let shown = Memo::new(move |_| {
        let limit = limit();
        table.rows.with(|rows| {
            table_rows::shown(rows, limit)
                .iter()
                .copied()
                .collect::<HashSet<(usize, usize)>>()
        })
    });
    let shown_sections =
        Memo::new(move |_| shown.with(|s| s.iter().map(|(si, _)| *si).collect::<HashSet<usize>>()));
    let lines = Lines::install(ctx, query, expanded_row, shown, shown_sections);
    let keys = lines::mounted_lines(ctx, table, page, limit);
    let grid = Grid::new();
    grid.keep_tab_stop(table, keys);
    let width = Memo::new(move |_| {
        let o = ctx.offering();
        1 + table
            .columns
            .get()
            .iter()
            .map(|c| column_span(o, &o.columns[c.0]))
            .sum::<usize>()
    });

    view! {
        <div class="rm-scroll" role="region" aria-label=t.matrix_label tabindex="0">
            <table
                class="rm-matrix"
                class:rm-matrix--steady=move || table.total.get() <= table_rows::PAGE
                part="table"
                data-rm="matrix"
                role="grid"
                node_ref=grid.table
                on:keydown=move |ev| grid.on_keydown(ctx, ev)
                on:focusin=move |ev| {
                    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    grid.on_focusin(ctx, table, target)
                }
            >
                <caption>{move || ctx.read(|s| present::caption(lang, ctx.offering(), s))}</caption>
                <thead>
                    <tr>
                        // The grid's tab stop until focus moves (see `grid`).
                        <th scope="col" class="rm-col-service" part="header-cell" tabindex="0">{t.service}</th>
                        {move || {
                            let o = ctx.offering();
                            table.columns.get().into_iter().map(|(ci, emphasised)| header_cells(o, &o.columns[ci], emphasised)).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || keys.get()
                        key=|line| *line
                        children=move |(_, line)| {
                            let o = ctx.offering_untracked();
                            let signals = lines.register(line);
                            match line {
                                Line::Section { section } => section_row(o, section, width, signals).into_any(),
                                Line::Service { section, row } => {
                                    view! { <ServiceRow section row width signals=signals /> }.into_any()
                                }
                            }
                        }
                    />
                </tbody>
            </table>
            <p hidden id=grid.description_id.get_value() node_ref=grid.description data-rm="grid-description"></p>
        </div>
        {move || show_more(lang, table, limit(), page.get(), extra_pages)}
        <Show when=move || table.rows.with(|r| r.is_empty())>
            <div class="rm-empty" data-rm="empty">
                <p>{t.no_match}</p>
                <RemoveFilterButtons />
                <button type="button" class="rm-button" data-rm="empty-reset" on:click=move |_| ctx.change(ViewState::reset_filters)>
                    {t.reset_filters}
                </button>
            </div>
        </Show>
    }
}

/// "Showing n of m" and a button for the next page, while rows are held back.
fn show_more(
    lang: crate::i18n::Lang,
    table: TableCtx,
    limit: usize,
    page: usize,
    extra_pages: RwSignal<usize>,
) -> Option<impl IntoView> {
    let total = table.rows.with(Vec::len);
    let shown = total.min(limit);
    (shown < total).then(|| {
        let next = page.min(total - shown);
        view! {
            <div class="rm-more" data-rm="more-rows">
                <span>{lang.showing(shown, total)}</span>
                <button type="button" class="rm-button" on:click=move |_| extra_pages.update(|n| *n += 1)>
                    {lang.show_more(next)}
                </button>
            </div>
        }
    })
}
