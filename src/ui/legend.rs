//! The RACI and qualifier legends: collapsed by default, expandable by click or
//! keyboard (native `<button aria-expanded>`), state kept in the URL. Collapsed
//! bodies stay in the DOM (`hidden`) so the print stylesheet can show them.

use crate::rules::filter::ViewState;
use crate::ui::table::{raci_meaning, raci_name};
use crate::ui::widget::Ctx;
use leptos::prelude::*;
use rm_format::model::{Qualifier, Status};

#[component]
pub fn Legends() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The RACI letters matter only where the data uses them.
    let uses_raci = move || {
        ctx.offering().rows().any(|(_, r)| {
            r.cells
                .iter()
                .any(|c| c.cell.assign.iter().any(|a| a.raci.is_some()))
        })
    };
    view! {
        <div class="rm-legends">
            <Legend name="raci" title="RACI legend" is_open=|s| s.legend_raci toggle=|s| s.legend_raci = !s.legend_raci>
                <dl class="rm-legend__list">
                    {['R', 'A', 'C', 'I']
                        .into_iter()
                        .map(|ch| view! {
                            <div class="rm-legend__item">
                                <dt><abbr class=format!("rm-raci rm-raci--{ch}")>{ch.to_string()}</abbr></dt>
                                <dd><strong>{raci_name(ch)}</strong>": "{raci_meaning(ch)}</dd>
                            </div>
                        })
                        .collect_view()}
                    <div class="rm-legend__item">
                        <dt><span class="rm-badge rm-badge--provider rm-tick">"✓"</span></dt>
                        <dd>"A tick: the party does it (sources without RACI letters)."</dd>
                    </div>
                    <div class="rm-legend__item">
                        <dt><span class="rm-shared-mark">"⇄"</span></dt>
                        <dd>{SHARED_RULE}</dd>
                    </div>
                </dl>
                <Show when=move || !uses_raci()>
                    <p class="rm-legend__aside">"This offering’s source uses ticks or party names, not RACI letters."</p>
                </Show>
                <p class="rm-legend__aside">"Definitions as the OVHcloud Managed Kubernetes responsibility model words them."</p>
            </Legend>
            <Legend name="qualifiers" title="Qualifier legend" is_open=|s| s.legend_qualifiers toggle=|s| s.legend_qualifiers = !s.legend_qualifiers>
                <dl class="rm-legend__list">
                    {Qualifier::ALL
                        .into_iter()
                        .map(|q| view! {
                            <div class="rm-legend__item">
                                <dt><span class=format!("rm-qual rm-qual--{}", q.id())>{q.label()}</span></dt>
                                <dd>{q.explanation()}</dd>
                            </div>
                        })
                        .collect_view()}
                    {STATUSES
                        .iter()
                        .map(|st| view! {
                            <div class="rm-legend__item">
                                <dt><span class=format!("rm-status rm-status--{}", st.id())>{st.label()}</span></dt>
                                <dd>{st.explanation()}</dd>
                            </div>
                        })
                        .collect_view()}
                    <div class="rm-legend__item">
                        <dt><span class="rm-chip rm-chip--reading">"source reading"</span></dt>
                        <dd>"The source is ambiguous, misspelled or flattened here; open the row to see its own words and the reading we chose."</dd>
                    </div>
                </dl>
            </Legend>
        </div>
    }
}

/// One collapsible legend.
///
/// `name` makes `data-rm="legend-<name>"`; `is_open` reads and `toggle` flips
/// the [`ViewState`] flag that says whether it is expanded.
#[component]
fn Legend(
    name: &'static str,
    title: &'static str,
    is_open: fn(&ViewState) -> bool,
    toggle: fn(&mut ViewState),
    children: Children,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let open = Memo::new(move |_| ctx.state.with(is_open));
    let body_id = format!("rm-legend-{name}-body");
    view! {
        <section class="rm-legend" part="legend" data-rm=format!("legend-{name}")>
            <h3 class="rm-legend__heading">
                <button
                    type="button"
                    class="rm-legend__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=body_id.clone()
                    on:click=move |_| ctx.state.update(toggle)
                >
                    {title}
                </button>
            </h3>
            <div class="rm-legend__body" id=body_id hidden=move || !open.get()>
                {children()}
            </div>
        </section>
    }
}

/// The shared rule in one sentence (kept in step with `crate::rules::shared`).
pub const SHARED_RULE: &str = "Shared: two or more parties hold a tick, R or A in the cell, or one party acts “coordinated with” another. Consulted or Informed alone is not shared.";

const STATUSES: [Status; 6] = [
    Status::NotApplicable,
    Status::No,
    Status::Depends { on: None },
    Status::SameAs {
        columns: std::borrow::Cow::Borrowed(&[]),
    },
    Status::CustomerSpecific,
    Status::NotSpecified,
];
