//! "What do I own?": the current offering and variant as one party's
//! checklist — only the services where the party holds a tick, R or A (shared
//! included, marked with whom), grouped by section with per-section counts. A party switch
//! shows the provider's side. Each item takes a tick, an owner and a note,
//! kept in this browser per offering, variant and party ([`MarksStore`]);
//! the checklist prints (print CSS), exports with its marks as Markdown, CSV
//! or OSCAL ([`crate::io::export::checklist`]) and is restored from such a file.

use super::checklist_item::ChecklistEntry;
use super::checklist_marks::MarksStore;
use crate::io::checklist_store::{matrix_hash, storage_key};
use crate::io::export::checklist_restore::MAX_RESTORE_BYTES;
use crate::io::export::{
    checklist_csv, checklist_file_name, checklist_markdown, checklist_oscal,
    checklist_oscal_file_name, checklist_title, read_checklist_file, Format,
};
use crate::rules::checklist::{checklist_items, checklist_row_ids, default_own_party};
use crate::rules::checklist_marks::RestoreReport;
use crate::ui::common;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The checklist view (`view=own`, `own=<party>`).
#[component]
pub fn Checklist() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
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
    // A supplied matrix is told apart from another with the same id by its hash.
    let matrix = Memo::new(move |_| {
        let o = ctx.offering();
        let built_in = crate::catalog::offering(&o.id).is_some_and(|b| std::ptr::eq(b, o));
        (!built_in).then(|| matrix_hash(o))
    });
    let key = Memo::new(move |_| {
        let o = ctx.offering();
        let variant = ctx.read(|s| s.variant.clone().filter(|v| o.variant(v).is_some()));
        storage_key(
            &o.id,
            matrix.get().as_deref(),
            variant.as_deref(),
            &party.get(),
        )
    });
    let store = MarksStore::new(key);
    let status = RwSignal::new(String::new());
    let save = move |format: Format| {
        let o = ctx.offering_untracked();
        let p = party.get_untracked();
        let (name, text) = store.marks.with_untracked(|marks| {
            ctx.read_untracked(|s| match format {
                Format::Csv => (
                    checklist_file_name(o, s, &p, format),
                    Ok(checklist_csv(o, s, &p, marks)),
                ),
                Format::Json => (
                    checklist_oscal_file_name(o, s, &p),
                    checklist_oscal(o, s, &p, marks),
                ),
                Format::Markdown => (
                    checklist_file_name(o, s, &p, format),
                    Ok(checklist_markdown(o, s, &p, marks)),
                ),
            })
        });
        status.set(common::save(lang, &name, format.mime_type(), text));
    };
    let clear = move |_| {
        let n = store.marks.with_untracked(|m| m.iter().count());
        store.clear();
        status.set(if n == 0 {
            t.nothing_to_clear.to_string()
        } else {
            lang.cleared(n)
        });
    };
    let restore = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Choosing the same file again must fire `change` again.
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_RESTORE_BYTES as f64 {
            status.set(lang.restore_too_big(&name, MAX_RESTORE_BYTES));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            if store.marks.is_disposed() {
                return;
            }
            let message = match text.ok().and_then(|t| t.as_string()) {
                None => lang.restore_unreadable(&name),
                Some(text) => match read_checklist_file(&text) {
                    Err(why) => lang.restore_failed(&name, &why),
                    Ok(items) => {
                        let o = ctx.offering_untracked();
                        let p = party.get_untracked();
                        let known = ctx.read_untracked(|s| checklist_row_ids(o, s, &p));
                        let mut report = RestoreReport::default();
                        store.change(|m| {
                            report = m.restore(items, |id| known.iter().any(|k| k == id))
                        });
                        report.message(lang, &name)
                    }
                },
            };
            status.set(message);
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    // The view's title sits under the widget's title; its sections under it.
    let headings = crate::ui::context::Headings::get();
    let title = move || {
        let o = ctx.offering();
        let p = party.get();
        ctx.read(|s| checklist_title(lang, o, s, &p))
    };
    let count = move || {
        sections.with(|list| {
            let n: usize = list.iter().map(|(_, items)| items.len()).sum();
            lang.services_in_sections(n, list.len())
        })
    };
    view! {
        <section class="rm-own" data-rm="checklist" aria-label=t.view_own>
            <div class="rm-own__bar">
                <label class="rm-field">
                    <span class="rm-field__label">{t.whose}</span>
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
                        {Format::Markdown.label()}
                    </button>
                    <button type="button" class="rm-button" data-rm="own-export-csv" on:click=move |_| save(Format::Csv)>
                        {Format::Csv.label()}
                    </button>
                    <button type="button" class="rm-button" data-rm="own-export-oscal" on:click=move |_| save(Format::Json)>
                        {t.format_oscal}
                    </button>
                    <button type="button" class="rm-button" data-rm="own-print" on:click=print>
                        {t.print}
                    </button>
                </div>
            </div>
            <div class="rm-own__bar rm-own__store" data-rm="own-store">
                <p class="rm-own__store-note" data-rm="own-store-note">
                    {t.store_note}
                </p>
                <label class="rm-button rm-own__restore">
                    {t.restore_from_file}
                    <input
                        type="file"
                        class="rm-sr"
                        data-rm="own-restore"
                        accept=".md,.csv,.json,text/markdown,text/csv,application/json"
                        on:change=restore
                    />
                </label>
                <button type="button" class="rm-button" data-rm="own-clear" on:click=clear>
                    {t.clear}
                </button>
                <Show when=move || store.undo.with(Option::is_some)>
                    <button type="button" class="rm-button" data-rm="own-undo" on:click=move |_| {
                        store.undo_clear();
                        status.set(t.restored_cleared.into());
                    }>
                        {t.undo_clear}
                    </button>
                </Show>
                <span class="rm-export__status" role="status" data-rm="own-export-status">
                    {move || status.get()}
                </span>
            </div>
            {move || store.notice.get().map(|n| view! {
                <p class="rm-notice" data-rm="own-store-notice" role="status">{n}</p>
            })}
            {move || common::hooked_heading(headings.sub(), "rm-own__title", Some("own-title"), title.into_any())}
            <p class="rm-count" data-rm="own-count" role="status" aria-live="polite">{count}</p>
            {move || {
                let o = ctx.offering();
                let list = sections.get();
                let section_level = (headings.sub() + 1).min(6);
                if list.is_empty() {
                    let name = o.party(&party.get()).map(|p| p.name.to_string()).unwrap_or_default();
                    return view! {
                        <p class="rm-empty" data-rm="own-empty">
                            {lang.holds_none(&name)}
                        </p>
                    }
                    .into_any();
                }
                list.into_iter()
                    .map(|(section, items)| {
                        let n = items.len();
                        view! {
                            <section class="rm-own__section" data-rm-own-section=section.section_id.clone()>
                                {common::heading(section_level, "rm-own__heading", view! {
                                    {section.title.clone()}
                                    " "
                                    <span class="rm-own__n" data-rm="own-section-count">{format!("({n})")}</span>
                                }.into_any())}
                                <ul class="rm-own__list">
                                    {items
                                        .into_iter()
                                        .map(|item| {
                                            view! { <ChecklistEntry item store /> }
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
