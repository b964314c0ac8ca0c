//! Compare two offerings: one line per domain, each side's rows with the
//! table's badges, a side without rows in a domain saying so. The rules are
//! [`crate::rules::compare`]'s domain alignment.

use crate::rules::compare::{align_by_domain, offering_lines, offering_summary, right_state};
use crate::rules::coverage::{holding, holding_label, Holding};
use crate::rules::shared::SharedWith;
use crate::rules::state::ViewState;
use crate::rules::text::Query;
use crate::ui::common::party_badge_class;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::{Offering, PartyKind};

/// Two offerings side by side, one line per domain; a side without rows in
/// a domain says so ("No counterpart in …") rather than disappearing, and a
/// side whose rows the filters hide says that instead.
#[component]
pub(super) fn OfferingCompare(right: &'static Offering) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let left = ctx.offering_untracked();
    let aligned = align_by_domain(left, right);
    let summary = offering_summary(lang, left, right, &aligned);
    let total: usize = aligned.iter().map(|d| d.left.len() + d.right.len()).sum();
    let lines = Memo::new(move |_| ctx.read(|s| offering_lines(left, right, s)));
    let count = move || {
        let n: usize = lines.with(|l| l.iter().map(|d| d.left.len() + d.right.len()).sum());
        lang.services_shown(n, total)
    };
    let list = move |o: &'static Offering,
                     state: &ViewState,
                     ids: Vec<String>,
                     has_rows: bool,
                     side: &'static str| {
        if ids.is_empty() {
            let (hook, words) = if has_rows {
                ("filtered-out", t.none_shown_filters.to_string())
            } else {
                ("no-counterpart", lang.no_counterpart(&o.title))
            };
            return view! { <span class="rm-compare__none" data-rm=hook>{words}</span> }.into_any();
        }
        let query = Query::new(&state.query);
        view! {
            <ul class="rm-compare__list">
                {ids
                    .into_iter()
                    .filter_map(|id| o.rows().find(|(_, r)| r.id == id))
                    .map(|(_, r)| {
                        let h = holding(o, state, r);
                        let class = match &h {
                            Holding::Owned(p) => party_badge_class(o.party(p).map_or(PartyKind::Provider, |p| p.kind)),
                            Holding::Shared(SharedWith::Customer) => "rm-badge rm-compare__shared",
                            Holding::Shared(SharedWith::Providers) => "rm-badge rm-compare__split",
                            _ => "rm-badge rm-compare__nobody",
                        };
                        let (on_left, on_right) = if side == "left" {
                            (Some(r.id.to_string()), None)
                        } else {
                            (None, Some(r.id.to_string()))
                        };
                        view! {
                            <li data-rm-cmp-left=on_left data-rm-cmp-right=on_right>
                                <span>{crate::ui::common::highlighted(&r.activity, &query)}</span>
                                " "
                                <span class=class>{holding_label(lang, o, &h)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let caption = lang.aligned_by_domain(&left.title, &right.title);
    view! {
        <p class="rm-compare__summary" data-rm="compare-summary">{summary}</p>
        <p class="rm-count" data-rm="compare-count" role="status" aria-live="polite">{count}</p>
        <div class="rm-scroll" role="region" aria-label=t.comparison tabindex="0">
            <table class="rm-matrix rm-compare__table" data-rm="compare-offerings">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rm-col-service">{t.domain}</th>
                        <th scope="col">{left.title.to_string()}</th>
                        <th scope="col">{right.title.to_string()}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                    // Holdings follow the chosen variant on the left; filters apply to both sides.
                    let left_view = ctx.read(Clone::clone);
                    let right_view = right_state(left, right, &left_view);
                    lines
                        .get()
                        .into_iter()
                        .map(|d| {
                            let missing = if !d.left_has_rows {
                                Some("left")
                            } else if !d.right_has_rows {
                                Some("right")
                            } else {
                                None
                            };
                            view! {
                                <tr
                                    class="rm-compare__row"
                                    class:rm-compare__row--changed=missing.is_some()
                                    data-rm-domain=d.domain.id()
                                    data-rm-no-counterpart=missing
                                >
                                    <th scope="row" class="rm-activity" data-label=t.domain>{lang.domain(d.domain)}</th>
                                    <td data-label=left.title.to_string()>{list(left, &left_view, d.left, d.left_has_rows, "left")}</td>
                                    <td data-label=right.title.to_string()>{list(right, &right_view, d.right, d.right_has_rows, "right")}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
