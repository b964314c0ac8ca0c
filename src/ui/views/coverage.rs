//! The coverage summary (`view=coverage`): how many services each party owns
//! alone, how many are shared with the customer, split between providers,
//! divided by column, N/A or unassigned, per section plus the total
//! ([`crate::rules::coverage::coverage`]). "Shared" counts exactly the rows the
//! table's "Shared with customer only" filter keeps.
//!
//! Each line of the table carries its numbers as text and a bar drawn as
//! inline SVG by the widget (no chart library). The strict CSP
//! (`style-src 'self'`) forbids inline styles, so bars use SVG geometry
//! attributes (`x`, `width`) and CSS classes for colour; every bar has an
//! `aria-label` spelling out its numbers, which the table also shows.

use crate::rules::coverage::{coverage, Coverage};
use crate::rules::shared::SharedWith;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::{Offering, PartyKind};

/// One segment of a bar: its class, its name and its count. "Split between
/// providers" and "Divided by column" appear only where `whole` (the offering's
/// total) has such rows, so every line has the same segments.
fn segments(o: &Offering, c: &Coverage, whole: &Coverage) -> Vec<(&'static str, String, usize)> {
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let mut out: Vec<(&'static str, String, usize)> = c
        .owned
        .iter()
        .map(|(id, n)| {
            let party = o.party(id);
            let class = match party.map(|p| p.kind) {
                Some(PartyKind::Customer) => "rm-seg rm-seg--customer",
                Some(PartyKind::ThirdParty) => "rm-seg rm-seg--third",
                _ => "rm-seg rm-seg--provider",
            };
            let name = party
                .map(|p| lang.alone(&p.name))
                .unwrap_or_else(|| id.clone());
            (class, name, *n)
        })
        .collect();
    out.push((
        "rm-seg rm-seg--shared",
        lang.shared_with(SharedWith::Customer).into(),
        c.shared,
    ));
    if whole.split > 0 {
        let label = lang.shared_with(SharedWith::Providers);
        out.push(("rm-seg rm-seg--split", label.into(), c.split));
    }
    if whole.divided > 0 {
        out.push(("rm-seg rm-seg--divided", t.divided.into(), c.divided));
    }
    out.push((
        "rm-seg rm-seg--na",
        t.not_applicable.into(),
        c.not_applicable,
    ));
    out.push((
        "rm-seg rm-seg--unassigned",
        t.unassigned.into(),
        c.unassigned,
    ));
    out
}

/// A horizontal stacked bar in a 1000 × 10 viewBox, stretched by CSS.
fn bar(o: &Offering, c: &Coverage, whole: &Coverage) -> impl IntoView {
    let parts = segments(o, c, whole);
    let named = parts
        .iter()
        .map(|(_, name, n)| format!("{name} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let label = crate::i18n::lang().bar_label(&c.title, &named, c.total());
    // Integer geometry in a 1000-unit-wide viewBox: each segment runs from the
    // rounded start of its share to the rounded start of the next, so the bar
    // has no gaps and no float formatting is compiled in.
    let total = c.total().max(1);
    let mut before = 0;
    let rects = parts
        .into_iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(class, _, n)| {
            let at = (before * 1000 + total / 2) / total;
            before += n;
            let end = (before * 1000 + total / 2) / total;
            view! {
                <rect class=class x=at.to_string() y="0" width=(end - at).to_string() height="10"></rect>
            }
        })
        .collect_view();
    view! {
        <svg class="rm-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label=label>
            <rect class="rm-seg rm-seg--track" x="0" y="0" width="1000" height="10"></rect>
            {rects}
        </svg>
    }
}

/// The coverage view: a key, then a table with one line per section and the total first.
#[component]
pub fn CoverageChart() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let data = Memo::new(move |_| {
        let o = ctx.offering();
        ctx.read(|s| coverage(lang, o, s))
    });
    let caption = move || {
        let o = ctx.offering();
        match ctx.read(|s| s.variant.clone()).and_then(|v| o.variant(&v)) {
            Some(v) => lang.who_holds(&o.title, Some(&v.label)),
            None => lang.who_holds(&o.title, None),
        }
    };
    view! {
        <section class="rm-coverage" data-rm="coverage" aria-label=t.view_coverage>
            {move || {
                let o = ctx.offering();
                let rows = data.get();
                let whole = rows.first().cloned().unwrap_or_default();
                let key = rows
                    .first()
                    .map(|c| segments(o, c, &whole))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(class, name, _)| {
                        view! {
                            <li>
                                <svg class="rm-swatch" viewBox="0 0 10 10" aria-hidden="true">
                                    <rect class=class x="0" y="0" width="10" height="10"></rect>
                                </svg>
                                {name}
                            </li>
                        }
                    })
                    .collect_view();
                let headers = rows
                    .first()
                    .map(|c| segments(o, c, &whole))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(_, name, _)| view! { <th scope="col" class="rm-coverage__num">{name}</th> })
                    .collect_view();
                let body = rows
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let cells = segments(o, c, &whole)
                            .into_iter()
                            .map(|(_, _, n)| view! { <td class="rm-coverage__num">{n.to_string()}</td> })
                            .collect_view();
                        view! {
                            <tr class:rm-coverage__total=i == 0 data-rm-coverage-row=i.to_string()>
                                <th scope="row">{c.title.clone()}</th>
                                {cells}
                                <td class="rm-coverage__num" data-rm="coverage-total">{c.total().to_string()}</td>
                                <td class="rm-coverage__bar">{bar(o, c, &whole)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <ul class="rm-coverage__key" aria-label=t.key>{key}</ul>
                    <div class="rm-scroll" role="region" aria-label=t.coverage_table tabindex="0">
                        <table class="rm-matrix rm-coverage__table" data-rm="coverage-table">
                            <caption>{caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t.section}</th>
                                    {headers}
                                    <th scope="col" class="rm-coverage__num">{t.total}</th>
                                    <th scope="col">{t.chart}</th>
                                </tr>
                            </thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                }
            }}
        </section>
    }
}
