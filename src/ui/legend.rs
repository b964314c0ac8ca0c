//! The legends, only those the offering uses: the marks key (ticks, shared
//! with the customer, split between providers), the RACI legend where cells
//! carry RACI letters, and the qualifier legend with the qualifiers, statuses,
//! source readings and inferences the offering has. Collapsible legends open by click or
//! keyboard (native `<button aria-expanded>`), state kept in the URL;
//! collapsed bodies stay in the DOM (`hidden`) so the print stylesheet can show them.

use crate::i18n::{Lang, Texts};
use crate::rules::present::INFERENCE_MARK;
use crate::rules::shared::{cell_sharing, SharedWith};
use crate::rules::state::ViewState;
use crate::ui::common::heading;
use crate::ui::context::{Headings, ViewCtx};
use leptos::prelude::*;
use rm_format::model::{Offering, Qualifier, Status};

/// What an offering's cells use, and so which legend entries it needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LegendsInUse {
    /// Some assignment is a plain tick (no RACI letters).
    pub ticks: bool,
    /// RACI letters used, in R, A, C, I order.
    pub raci: Vec<char>,
    /// With whom cells are shared, in [`SharedWith`] order (split first).
    pub sharing: Vec<SharedWith>,
    /// Qualifiers used, in the legend's fixed order.
    pub qualifiers: Vec<Qualifier>,
    /// Statuses used (by kind), in the legend's fixed order.
    pub statuses: Vec<Status>,
    /// Some cell or row records how the source was read.
    pub readings: bool,
    /// Some cell is our inference rather than the source's words.
    pub inferences: bool,
}

impl LegendsInUse {
    pub fn of(o: &Offering) -> LegendsInUse {
        let cells = || o.rows().flat_map(|(_, r)| r.cells.iter().map(|c| &c.cell));
        let assignments = || cells().flat_map(|c| c.assign.iter());
        let letters: String = assignments().filter_map(|a| a.raci.as_deref()).collect();
        let mut sharing: Vec<SharedWith> = cells()
            .filter_map(|c| cell_sharing(o, c).map(|s| s.with))
            .collect();
        sharing.sort();
        sharing.dedup();
        LegendsInUse {
            ticks: assignments().any(|a| a.raci.is_none()),
            raci: ['R', 'A', 'C', 'I']
                .into_iter()
                .filter(|ch| letters.contains(*ch))
                .collect(),
            sharing,
            qualifiers: Qualifier::ALL
                .into_iter()
                .filter(|q| assignments().any(|a| a.qualifiers.contains(q)))
                .collect(),
            statuses: STATUSES
                .into_iter()
                .filter(|st| cells().any(|c| c.status.as_ref().is_some_and(|x| x.id() == st.id())))
                .collect(),
            readings: cells().any(|c| c.reading.is_some())
                || o.rows().any(|(_, r)| {
                    r.notes
                        .iter()
                        .any(|n| n.kind == rm_format::model::NoteKind::Reading)
                }),
            inferences: cells().any(|c| c.inference.is_some()),
        }
    }

    /// The qualifier legend has something to explain.
    pub fn has_qualifier_legend(&self) -> bool {
        !self.qualifiers.is_empty() || !self.statuses.is_empty() || self.readings || self.inferences
    }
}

#[component]
pub fn Legends() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let used = Memo::new(move |_| LegendsInUse::of(ctx.offering()));
    let lang = crate::i18n::lang();
    let t = lang.texts();
    view! {
        <div class="rm-legends">
            {move || used.with(|u| marks_key(lang, u))}
            <Show when=move || used.with(|u| !u.raci.is_empty())>
                <Legend name="raci" title=t.legend_raci is_open=|s| s.legend_raci toggle=ViewState::toggle_raci_legend>
                    <dl class="rm-legend__list">
                        {move || used.with(|u| u.raci.clone())
                            .into_iter()
                            .map(|ch| view! {
                                <div class="rm-legend__item">
                                    <dt><abbr class=format!("rm-raci rm-raci--{ch}") part="badge">{ch.to_string()}</abbr></dt>
                                    <dd><strong>{lang.raci_name(ch)}</strong>{t.colon}{lang.raci_meaning(ch)}</dd>
                                </div>
                            })
                            .collect_view()}
                    </dl>
                    <p class="rm-legend__aside">{t.raci_aside}</p>
                </Legend>
            </Show>
            <Show when=move || used.with(LegendsInUse::has_qualifier_legend)>
                <Legend name="qualifiers" title=t.legend_qualifiers is_open=|s| s.legend_qualifiers toggle=ViewState::toggle_qualifier_legend>
                    {move || used.with(|u| qualifier_items(lang, u))}
                </Legend>
            </Show>
        </div>
    }
}

/// The marks every matrix shows, always in view: the tick and the sharing marks in use.
fn marks_key(lang: Lang, u: &LegendsInUse) -> impl IntoView {
    let t = lang.texts();
    let tick = u.ticks.then(|| {
        view! {
            <div class="rm-legend__item">
                <dt><span class="rm-badge rm-badge--provider rm-tick" part="badge">"✓"</span></dt>
                <dd>{t.legend_tick}</dd>
            </div>
        }
    });
    let sharing = u
        .sharing
        .iter()
        .rev()
        .map(|with| {
            view! {
                <div class="rm-legend__item" data-rm-legend-mark=with.css_modifier()>
                    <dt><span class=with.mark_class()>{with.mark()}</span></dt>
                    <dd><strong>{lang.shared_with(*with)}</strong>{t.colon}{sharing_meaning(t, *with)}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="rm-legend rm-legend--marks" data-rm="legend-marks" aria-label=t.legend_marks>
            <dl class="rm-legend__list">{tick}{sharing}</dl>
            <p class="rm-legend__aside">{t.shared_rule}</p>
        </section>
    }
}

fn qualifier_items(lang: Lang, u: &LegendsInUse) -> impl IntoView {
    let t = lang.texts();
    let quals = u
        .qualifiers
        .iter()
        .map(|q| {
            view! {
                <div class="rm-legend__item">
                    <dt><span class=format!("rm-qual rm-qual--{}", q.id())>{q.label()}</span></dt>
                    <dd>{lang.qualifier_explanation(*q)}</dd>
                </div>
            }
        })
        .collect_view();
    let statuses = u
        .statuses
        .iter()
        .map(|st| {
            view! {
                <div class="rm-legend__item">
                    <dt><span class=format!("rm-status rm-status--{}", st.id())>{st.label()}</span></dt>
                    <dd>{lang.status_explanation(st)}</dd>
                </div>
            }
        })
        .collect_view();
    let reading = u.readings.then(|| {
        view! {
            <div class="rm-legend__item">
                <dt><span class="rm-chip rm-chip--reading">{t.source_reading_chip}</span></dt>
                <dd>{t.legend_reading}</dd>
            </div>
        }
    });
    let inference = u.inferences.then(|| {
        view! {
            <div class="rm-legend__item" data-rm-legend-mark="inference">
                <dt><span class="rm-inference-mark">{INFERENCE_MARK}</span></dt>
                <dd>{t.inference_meaning}</dd>
            </div>
        }
    });
    view! { <dl class="rm-legend__list">{quals}{statuses}{reading}{inference}</dl> }
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
    children: ChildrenFn,
) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let open = Memo::new(move |_| ctx.read(is_open));
    let body_id = format!("rm-legend-{name}-body");
    let body_id_ref = body_id.clone();
    let headings = Headings::get();
    view! {
        <section class="rm-legend" part="legend" data-rm=format!("legend-{name}")>
            {move || heading(headings.sub(), "rm-legend__heading", view! {
                <button
                    type="button"
                    class="rm-legend__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=body_id_ref.clone()
                    on:click=move |_| ctx.change(toggle)
                >
                    {title}
                </button>
            }.into_any())}
            <div class="rm-legend__body" id=body_id hidden=move || !open.get()>
                {children()}
            </div>
        </section>
    }
}

/// What each sharing mark means, in one sentence.
pub fn sharing_meaning(t: &'static Texts, with: SharedWith) -> &'static str {
    match with {
        SharedWith::Customer => t.shared_customer_meaning,
        SharedWith::Providers => t.shared_providers_meaning,
    }
}

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
