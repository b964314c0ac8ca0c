//! The compare view: two variants of the offering side by side (every row
//! whose responsibility changes marked, with a summary sentence and a
//! "changes only" toggle), or two offerings aligned by domain (rows without a
//! counterpart shown as such).
//!
//! The logic is [`crate::rules::compare`]; search narrows the rows by service name.

use crate::catalog;
use crate::rules::compare::{
    align_by_domain, customer_party, offering_summary, resolve_target, variant_rows,
    variant_summary, CompareTarget, RowChange,
};
use crate::rules::state::ViewState;
use crate::rules::summary::{holding, holding_label, Holding};
use crate::rules::text::Query;
use crate::ui::common::FlagCheckbox;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::{Offering, Variant};

/// The compare view (`view=compare`): the "Compare with" picker and the comparison.
#[component]
pub fn CompareView() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let target = Memo::new(move |_| {
        let o = ctx.offering();
        ctx.read(|s| resolve_target(o, s, &catalog::offerings(), catalog::offering))
    });
    let selected = Memo::new(move |_| match target.get() {
        CompareTarget::Variants { b, .. } => b.id.to_string(),
        CompareTarget::Offering(x) => x.id.to_string(),
        CompareTarget::Nothing => String::new(),
    });
    let is_variants = move || matches!(target.get(), CompareTarget::Variants { .. });
    view! {
        <section class="rm-compare" data-rm="compare" aria-label="Compare">
            <div class="rm-compare__bar">
                <label class="rm-field">
                    <span class="rm-field__label">"Compare with"</span>
                    <select
                        data-rm="compare-with"
                        prop:value=move || selected.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.change(|s| s.compare_with(&v));
                        }
                    >
                        {move || compare_options(ctx.offering(), selected)}
                    </select>
                </label>
                <Show when=is_variants>
                    <FlagCheckbox label="Changes only" data_rm="changes-only" get=|s| s.changes_only set=|s, on| s.changes_only = on />
                </Show>
            </div>
            {move || {
                // A new offering re-renders even when the target stays the same.
                ctx.track_offering();
                match target.get() {
                CompareTarget::Variants { a, b } => view! { <VariantCompare a b /> }.into_any(),
                CompareTarget::Offering(right) => view! { <OfferingCompare right /> }.into_any(),
                CompareTarget::Nothing => view! {
                    <p class="rm-compare__summary" data-rm="compare-summary">
                        "There is nothing to compare this offering with."
                    </p>
                }
                .into_any(),
            }}}
        </section>
    }
}

/// The picker's options: the offering's other types, then every other offering.
fn compare_options(o: &'static Offering, selected: Memo<String>) -> AnyView {
    let option = move |id: String, label: String| {
        let value = id.clone();
        view! {
            <option value=value selected=move || selected.with(|s| *s == id)>{label}</option>
        }
    };
    let variants = o
        .variants
        .as_ref()
        .filter(|d| d.options.len() >= 2)
        .map(|dim| {
            let label = format!("{} of {}", dim.label, o.title);
            view! {
                <optgroup label=label>
                    {dim
                        .options
                        .iter()
                        .map(|v| option(v.id.to_string(), v.label.to_string()))
                        .collect_view()}
                </optgroup>
            }
        });
    let others = catalog::built_in()
        .iter()
        .filter(|x| x.id() != o.id)
        .map(|x| option(x.id().to_string(), x.title().to_string()))
        .collect_view();
    view! {
        {variants}
        <optgroup label="Other offerings">{others}</optgroup>
    }
    .into_any()
}

/// "Rackspace: ✓; Customer: " style text of one side, or "Does not apply".
fn side_text(text: &Option<String>) -> AnyView {
    match text {
        Some(t) if !t.is_empty() => view! { <span>{t.clone()}</span> }.into_any(),
        Some(_) => view! { <span class="rm-none">"Nobody"</span> }.into_any(),
        None => view! { <span class="rm-none">"Does not apply"</span> }.into_any(),
    }
}

/// What changed in a row, in words: "Moves from Rackspace to Customer", "Changed", "Same".
fn change_words(o: &Offering, change: &RowChange, changed: bool) -> String {
    if !changed {
        return "Same".to_string();
    }
    if let (Some(p), Some(c)) = (o.provider_party(), customer_party(o)) {
        if change.moves(&p.id, &c.id) {
            return format!("Moves from {} to {}", p.name, c.name);
        }
        if change.moves(&c.id, &p.id) {
            return format!("Moves from {} to {}", c.name, p.name);
        }
    }
    match (&change.before, &change.after) {
        (Some(_), None) => "Only in the first type".to_string(),
        (None, Some(_)) => "Only in the second type".to_string(),
        _ => "Changed".to_string(),
    }
}

/// Two variants of the current offering side by side.
#[component]
fn VariantCompare(a: &'static Variant, b: &'static Variant) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let o = ctx.offering_untracked();
    let all = variant_rows(o, &a.id, &b.id);
    let changes: Vec<RowChange> = all
        .iter()
        .filter(|r| r.changed)
        .map(|r| r.change.clone())
        .collect();
    let summary = variant_summary(o, &a.id, &b.id, &changes);
    let total = all.len();
    let changed = changes.len();
    let shown = Memo::new(move |_| {
        ctx.read(|s| {
            let query = Query::new(&s.query);
            all.iter()
                .filter(|r| r.changed || !s.changes_only)
                .filter(|r| {
                    query.is_empty()
                        || o.rows().find(|(_, x)| x.id == r.change.row_id).is_some_and(
                            |(sec, x)| query.matches(&format!("{}\u{1f}{}", x.activity, sec.title)),
                        )
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let body = move || {
        let mut last_section = String::new();
        let mut out = Vec::new();
        for r in shown.get() {
            if r.section_id != last_section {
                last_section = r.section_id.clone();
                let title = o
                    .sections
                    .iter()
                    .find(|s| s.id == r.section_id)
                    .map(|s| s.title.to_string())
                    .unwrap_or_default();
                out.push(
                    view! {
                        <tr class="rm-section" data-rm-cmp-section=r.section_id.clone()>
                            <th scope="colgroup" colspan="4">
                                <span class="rm-section__title">{title}</span>
                            </th>
                        </tr>
                    }
                    .into_any(),
                );
            }
            let activity = o
                .rows()
                .find(|(_, x)| x.id == r.change.row_id)
                .map(|(_, x)| x.activity.to_string())
                .unwrap_or_else(|| r.change.row_id.clone());
            let words = change_words(o, &r.change, r.changed);
            let id = r.change.row_id.clone();
            out.push(
                view! {
                    <tr
                        class="rm-compare__row"
                        class:rm-compare__row--changed=r.changed
                        data-rm-cmp-row=id.clone()
                        data-rm-change=r.changed.then(|| id.clone())
                    >
                        <th scope="row" class="rm-activity">{activity}</th>
                        <td>{side_text(&r.change.before)}</td>
                        <td>{side_text(&r.change.after)}</td>
                        <td class="rm-compare__what">
                            {r.changed.then(|| view! { <span class="rm-compare__mark" aria-hidden="true">"▲ "</span> })}
                            {words}
                        </td>
                    </tr>
                }
                .into_any(),
            );
        }
        out
    };
    let caption = format!("{}: {} compared with {}", o.title, a.label, b.label);
    view! {
        <p class="rm-compare__summary" data-rm="compare-summary">{summary}</p>
        <p class="rm-count" data-rm="compare-count" role="status" aria-live="polite">
            {move || format!("{} of {total} services shown; {changed} change.", shown.with(Vec::len))}
        </p>
        <div class="rm-scroll" role="region" aria-label="Comparison" tabindex="0">
            <table class="rm-matrix rm-compare__table" data-rm="compare-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rm-col-service">"Service"</th>
                        <th scope="col" data-rm-col=a.id.to_string()>{a.label.to_string()}</th>
                        <th scope="col" data-rm-col=b.id.to_string()>{b.label.to_string()}</th>
                        <th scope="col">"Change"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Two offerings side by side, one line per domain; a side without rows in
/// a domain says so ("No counterpart in …") rather than disappearing.
#[component]
fn OfferingCompare(right: &'static Offering) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let left = ctx.offering_untracked();
    let aligned = align_by_domain(left, right);
    let summary = offering_summary(left, right, &aligned);
    let right_view = ViewState::for_offering(&right.id);
    let list = move |o: &'static Offering,
                     state: &ViewState,
                     ids: Vec<String>,
                     side: &'static str| {
        if ids.is_empty() {
            return view! {
                <span class="rm-compare__none" data-rm="no-counterpart">
                    {format!("No counterpart in {}", o.title)}
                </span>
            }
            .into_any();
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
                            Holding::Owned(p) => match o.party(p).map(|p| p.kind) {
                                Some(rm_format::model::PartyKind::Customer) => "rm-badge rm-badge--customer",
                                Some(rm_format::model::PartyKind::ThirdParty) => "rm-badge rm-badge--third",
                                _ => "rm-badge rm-badge--provider",
                            },
                            Holding::Shared => "rm-badge rm-compare__shared",
                            _ => "rm-badge rm-compare__nobody",
                        };
                        let hit = !query.is_empty() && query.matches(&r.activity);
                        let (on_left, on_right) = if side == "left" {
                            (Some(r.id.to_string()), None)
                        } else {
                            (None, Some(r.id.to_string()))
                        };
                        view! {
                            <li class:rm-compare__hit=hit data-rm-cmp-left=on_left data-rm-cmp-right=on_right>
                                <span>{r.activity.to_string()}</span>
                                " "
                                <span class=class>{holding_label(o, &h)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let caption = format!("{} and {}, aligned by domain", left.title, right.title);
    view! {
        <p class="rm-compare__summary" data-rm="compare-summary">{summary}</p>
        <div class="rm-scroll" role="region" aria-label="Comparison" tabindex="0">
            <table class="rm-matrix rm-compare__table" data-rm="compare-offerings">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rm-col-service">"Domain"</th>
                        <th scope="col">{left.title.to_string()}</th>
                        <th scope="col">{right.title.to_string()}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                    // Holdings follow the chosen variant, matches the search.
                    let left_view = ctx.read(Clone::clone);
                    let right_view = ViewState { query: left_view.query.clone(), ..right_view.clone() };
                    aligned
                        .clone()
                        .into_iter()
                        .map(|d| {
                            let missing = if d.left.is_empty() {
                                Some("left")
                            } else if d.right.is_empty() {
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
                                    <th scope="row" class="rm-activity">{d.domain.label()}</th>
                                    <td>{list(left, &left_view, d.left, "left")}</td>
                                    <td>{list(right, &right_view, d.right, "right")}</td>
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
