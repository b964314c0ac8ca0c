//! The compare view: two variants of the offering side by side (every row
//! whose responsibility changes marked, with a summary sentence and a
//! "changes only" toggle), or two offerings aligned by domain (rows without a
//! counterpart shown as such).
//!
//! The logic is [`crate::rules::compare`]; two offerings are in
//! [`super::compare_offerings`]. Search, section, domain, party and
//! "Shared with customer only" narrow the lines as they narrow the table; the
//! count says how many are shown. Parties wear the table's badges.

use super::compare_offerings::OfferingCompare;
use crate::catalog::Choice;
use crate::rules::compare::{
    customer_party, resolve_target, shown_variant_rows, variant_rows, variant_summary,
    CompareTarget, Difference, RowChange, VariantRow,
};
use crate::rules::shared::SharedWith;
use crate::rules::text::Query;
use crate::ui::common::{party_badge_class, FlagCheckbox};
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::{Offering, PartyKind, Variant};

/// The compare view (`view=compare`): the "Compare with" picker and the comparison.
#[component]
pub fn CompareView() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let target = Memo::new(move |_| {
        let o = ctx.offering();
        let others: Vec<&'static Offering> = ctx
            .offerings()
            .iter()
            .filter_map(|c| c.offering())
            .collect();
        ctx.read(|s| resolve_target(o, s, &others, |id| ctx.find_untracked(id)))
    });
    let selected = Memo::new(move |_| match target.get() {
        CompareTarget::Variants { b, .. } => b.id.to_string(),
        CompareTarget::Offering(x) => x.id.to_string(),
        CompareTarget::Nothing => String::new(),
    });
    let is_variants = move || matches!(target.get(), CompareTarget::Variants { .. });
    let lang = crate::i18n::lang();
    let t = lang.texts();
    view! {
        <section class="rm-compare" data-rm="compare" aria-label=t.view_compare>
            <div class="rm-compare__bar">
                <label class="rm-field">
                    <span class="rm-field__label">{t.compare_with}</span>
                    <select
                        data-rm="compare-with"
                        prop:value=move || selected.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.change(|s| s.compare_with(&v));
                        }
                    >
                        {move || compare_options(lang, ctx.offering(), &ctx.offerings(), selected)}
                    </select>
                </label>
                <Show when=is_variants>
                    <FlagCheckbox label=t.changes_only data_rm="changes-only" get=|s| s.changes_only set=|s, on| s.changes_only = on />
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
                        {t.nothing_to_compare}
                    </p>
                }
                .into_any(),
            }}}
        </section>
    }
}

/// The picker's options: the offering's other types, then every other
/// offering of this widget (built in, supplied or opened).
fn compare_options(
    lang: crate::i18n::Lang,
    o: &'static Offering,
    choices: &[Choice],
    selected: Memo<String>,
) -> AnyView {
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
            let label = lang.dimension_of(&dim.label, &o.title);
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
    let others = choices
        .iter()
        .filter(|x| x.id() != o.id)
        .map(|x| option(x.id().to_string(), x.title().to_string()))
        .collect_view();
    view! {
        {variants}
        <optgroup label=lang.texts().other_offerings>{others}</optgroup>
    }
    .into_any()
}

/// The sharing mark as the table shows it.
fn sharing_mark(lang: crate::i18n::Lang, with: Option<SharedWith>) -> Option<AnyView> {
    with.map(|w| {
        view! { <span class=w.mark_class() role="img" aria-label=lang.shared_with(w) title=lang.shared_with(w)>{w.mark()}</span> }
            .into_any()
    })
}

/// One side of a line: the holders' badges and the sharing mark, then what
/// the variant's cells say (where columns are layers, which layer), or
/// "Nobody" / "Does not apply".
fn side_view(
    t: &'static crate::i18n::Texts,
    o: &'static Offering,
    text: &Option<String>,
    holders: &std::collections::BTreeSet<String>,
    sharing: Option<SharedWith>,
) -> AnyView {
    let Some(text) = text else {
        return view! { <span class="rm-none">{t.does_not_apply}</span> }.into_any();
    };
    let badges = holders
        .iter()
        .map(|id| {
            let party = o.party(id);
            let name = party.map(|p| p.name.to_string()).unwrap_or_else(|| id.clone());
            view! { <span class=party_badge_class(party.map_or(PartyKind::Provider, |p| p.kind)) data-rm-party=id.clone()>{name}</span> " " }
        })
        .collect_view();
    let layered = o.columns.iter().any(|c| !c.variants.is_empty());
    let detail = (layered || holders.is_empty()).then(|| match text.is_empty() {
        true => view! { <span class="rm-none">{t.nobody}</span> }.into_any(),
        false => view! { <span class="rm-compare__detail">{text.clone()}</span> }.into_any(),
    });
    view! { {sharing_mark(crate::i18n::lang(), sharing)} {badges} {detail} }.into_any()
}

/// What changed in a line, in words: "Moves from Rackspace to Customer",
/// "Changed", "Same", "Only with <type>".
fn change_words(
    lang: crate::i18n::Lang,
    o: &Offering,
    line: &VariantRow,
    a: &Variant,
    b: &Variant,
) -> String {
    let change = &line.change;
    match line.difference {
        Difference::Same => return lang.texts().same.to_string(),
        Difference::OnlyInA => return lang.only_with(&a.label),
        Difference::OnlyInB => return lang.only_with(&b.label),
        Difference::Changed => {}
    }
    if let (Some(p), Some(c)) = (o.provider_party(), customer_party(o)) {
        if change.moves(&p.id, &c.id) {
            return lang.moves_from_to(&p.name, &c.name);
        }
        if change.moves(&c.id, &p.id) {
            return lang.moves_from_to(&c.name, &p.name);
        }
    }
    lang.texts().changed.to_string()
}

/// Two variants of the current offering side by side, one line per service.
#[component]
fn VariantCompare(a: &'static Variant, b: &'static Variant) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let o = ctx.offering_untracked();
    let all = variant_rows(o, &a.id, &b.id);
    let changes: Vec<RowChange> = all
        .iter()
        .filter(|r| r.changed)
        .map(|r| r.change.clone())
        .collect();
    let summary = variant_summary(lang, o, &a.id, &b.id, &changes);
    let total = all.len();
    let shown = Memo::new(move |_| ctx.read(|s| shown_variant_rows(o, s, &a.id, &b.id, &all)));
    let count = move || {
        shown.with(|lines| {
            let changed = lines
                .iter()
                .filter(|l| l.difference == Difference::Changed)
                .count();
            lang.variant_count(lines.len(), total, changed)
        })
    };
    let body = move || {
        let query = ctx.read(|s| Query::new(&s.query));
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
            let words = change_words(lang, o, &r, a, b);
            let id = r.change.row_id.clone();
            let c = &r.change;
            out.push(
                view! {
                    <tr
                        class="rm-compare__row"
                        class:rm-compare__row--changed=r.changed
                        data-rm-cmp-row=id.clone()
                        data-rm-change=r.changed.then(|| id.clone())
                    >
                        <th scope="row" class="rm-activity" data-label=t.service>{crate::ui::common::highlighted(&r.activity, &query)}</th>
                        <td data-label=a.label.to_string()>{side_view(t, o, &c.before, &c.holders_before, c.sharing_before)}</td>
                        <td data-label=b.label.to_string()>{side_view(t, o, &c.after, &c.holders_after, c.sharing_after)}</td>
                        <td class="rm-compare__what" data-label=t.change>
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
    let caption = lang.compared_with(&o.title, &a.label, &b.label);
    view! {
        <p class="rm-compare__summary" data-rm="compare-summary">{summary}</p>
        <p class="rm-count" data-rm="compare-count" role="status" aria-live="polite">{count}</p>
        <div class="rm-scroll" role="region" aria-label=t.comparison tabindex="0">
            <table class="rm-matrix rm-compare__table" data-rm="compare-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rm-col-service">{t.service}</th>
                        <th scope="col" data-rm-col=a.id.to_string()>{a.label.to_string()}</th>
                        <th scope="col" data-rm-col=b.id.to_string()>{b.label.to_string()}</th>
                        <th scope="col">{t.change}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
