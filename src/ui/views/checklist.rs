//! "What do I own?": the current offering and variant as one party's
//! checklist — only the services where the party holds a tick, R or A (shared
//! included, marked with whom), grouped by section with per-section counts. A party switch
//! shows the provider's side; the checklist prints (print CSS) and exports as
//! Markdown or CSV ([`crate::io::export::checklist_markdown`], [`crate::io::export::checklist_csv`]).

use crate::io::export::{
    checklist_csv, checklist_file_name, checklist_markdown, checklist_title, Format,
};
use crate::rules::checklist::{checklist_items, default_own_party};
use crate::rules::shared::SharedWith;
use crate::ui::common;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;

/// The checklist view (`view=own`, `own=<party>`).
#[component]
pub fn Checklist() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let party = Memo::new(move |_| {
        let o = ctx.offering();
        ctx.read(|s| s.own_party.clone())
            .filter(|p| o.party(p).is_some())
            .or_else(|| default_own_party(o).map(|p| p.id.to_string()))
            .unwrap_or_default()
    });
    let sections = Memo::new(move |_| {
        let o = ctx.offering();
        let p = party.get();
        ctx.read(|s| checklist_items(o, s, &p))
    });
    let status = RwSignal::new(String::new());
    let save = move |format: Format| {
        let o = ctx.offering_untracked();
        let p = party.get_untracked();
        let (name, text) = ctx.read_untracked(|s| {
            let text = match format {
                Format::Csv => Ok(checklist_csv(o, s, &p)),
                _ => Ok(checklist_markdown(o, s, &p)),
            };
            (checklist_file_name(o, s, &p, format), text)
        });
        status.set(common::save(&name, format.mime_type(), text));
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let title = move || {
        let o = ctx.offering();
        let p = party.get();
        ctx.read(|s| checklist_title(o, s, &p))
    };
    let count = move || {
        sections.with(|list| {
            let n: usize = list.iter().map(|(_, items)| items.len()).sum();
            format!(
                "{n} service{} in {} section{}",
                if n == 1 { "" } else { "s" },
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            )
        })
    };
    view! {
        <section class="rm-own" data-rm="checklist" aria-label="What do I own?">
            <div class="rm-own__bar">
                <label class="rm-field">
                    <span class="rm-field__label">"Whose responsibilities"</span>
                    <select
                        data-rm="own-party"
                        prop:value=move || party.get()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.change(|s| s.pick_own_party(&v));
                        }
                    >
                        {move || {
                            ctx.offering()
                                .parties
                                .iter()
                                .map(|p| {
                                    let id = p.id.to_string();
                                    let selected = move || party.with(|x| *x == id);
                                    view! {
                                        <option value=p.id.to_string() selected=selected>
                                            {p.name.to_string()}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <div class="rm-export__buttons">
                    <button type="button" class="rm-button" data-rm="own-export-md" on:click=move |_| save(Format::Markdown)>
                        "Markdown"
                    </button>
                    <button type="button" class="rm-button" data-rm="own-export-csv" on:click=move |_| save(Format::Csv)>
                        "CSV"
                    </button>
                    <button type="button" class="rm-button" data-rm="own-print" on:click=print>
                        "Print"
                    </button>
                    <span class="rm-export__status" role="status" data-rm="own-export-status">
                        {move || status.get()}
                    </span>
                </div>
            </div>
            <h3 class="rm-own__title" data-rm="own-title">{title}</h3>
            <p class="rm-count" data-rm="own-count" role="status" aria-live="polite">{count}</p>
            {move || {
                let o = ctx.offering();
                let list = sections.get();
                if list.is_empty() {
                    let name = o.party(&party.get()).map(|p| p.name.to_string()).unwrap_or_default();
                    return view! {
                        <p class="rm-empty" data-rm="own-empty">
                            {format!("{name} holds none of the services in this view.")}
                        </p>
                    }
                    .into_any();
                }
                list.into_iter()
                    .map(|(section, items)| {
                        let n = items.len();
                        view! {
                            <section class="rm-own__section" data-rm-own-section=section.section_id.clone()>
                                <h4 class="rm-own__heading">
                                    {section.title.clone()}
                                    " "
                                    <span class="rm-own__n" data-rm="own-section-count">{format!("({n})")}</span>
                                </h4>
                                <ul class="rm-own__list">
                                    {items
                                        .into_iter()
                                        .map(|item| {
                                            view! {
                                                <li class="rm-own__item" data-rm-own-row=item.row_id.clone()>
                                                    <label class="rm-check">
                                                        <input type="checkbox" />
                                                        <span class="rm-own__activity">{item.activity.clone()}</span>
                                                    </label>
                                                    <span class="rm-own__holds">{item.holds.join("; ")}</span>
                                                    {item.sharing.map(|with| view! {
                                                        <span class="rm-own__shared" class:rm-own__shared--split=with == SharedWith::Providers>
                                                            <span aria-hidden="true">{format!("{} ", with.mark())}</span>
                                                            {with.label()}
                                                        </span>
                                                    })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}
