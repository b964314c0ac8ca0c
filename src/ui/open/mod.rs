//! "Open a matrix…": the reader's own matrix from a file (picked or dropped
//! onto the widget) or a pasted table, reviewed, then shown with every
//! feature a built-in offering has. Nothing leaves the browser.
//!
//! - [`state`]: what is open, the review under way, errors, opened matrices;
//! - [`files`]: reading picked and dropped files;
//! - [`sheet`]: XLSX and ODS through the spreadsheet module, loaded on first use;
//! - [`dialog`]: the dialog shell (focus, Escape), with the [`paste`] and
//!   [`review`] steps;
//! - [`readers`] and [`chunk`]: the importers with the review, and the
//!   steps: the "open" chunk, loaded on first use.

mod chunk;
pub mod dialog;
pub mod files;
pub mod paste;
mod readers;
pub mod review;
pub mod sheet;
pub mod state;

use crate::io::open::ACCEPT;
use leptos::html::Input;
use leptos::prelude::*;
use state::OpenUi;
use wasm_bindgen::JsCast;

/// The "Open a matrix…" and {t.paste_table_button} buttons, the hidden file input,
/// the reading status and why the last file could not be opened.
#[component]
pub fn OpenMatrix() -> impl IntoView {
    let ui = OpenUi::expect();
    let input = NodeRef::<Input>::new();
    let from = |ev: &web_sys::MouseEvent| {
        ev.current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let t = crate::i18n::t();
    view! {
        <div class="rm-open" data-rm="open">
            <button
                type="button"
                class="rm-button"
                data-rm="open-file"
                aria-haspopup="dialog"
                on:click=move |ev| {
                    ui.remember_focus(from(&ev));
                    if let Some(input) = input.get_untracked() {
                        input.click();
                    }
                }
            >
                {t.open_matrix_title}
            </button>
            <input
                type="file"
                class="rm-open__input"
                data-rm="open-input"
                accept=ACCEPT
                tabindex="-1"
                aria-hidden="true"
                node_ref=input
                on:change=move |_| {
                    let Some(el) = input.get_untracked() else { return };
                    if let Some(file) = el.files().and_then(|f| f.get(0)) {
                        files::read_file(ui, file);
                    }
                    // The same file can be picked again after a fix.
                    el.set_value("");
                }
            />
            <button
                type="button"
                class="rm-button rm-button--quiet"
                data-rm="open-paste"
                aria-haspopup="dialog"
                on:click=move |ev| ui.start_paste(from(&ev))
            >
                {t.paste_table_button}
            </button>
            <span class="rm-open__hint">{t.open_hint}</span>
            <span class="rm-open__status" data-rm="open-status" role="status">
                {move || ui.busy.get().then_some(t.reading_file)}
            </span>
        </div>
        <Show when=move || !ui.pasting.get()>
            <OpenError />
        </Show>
    }
}

/// Why a file could not be opened, as an alert; the matrix shown stays.
#[component]
pub fn OpenError() -> impl IntoView {
    const SHOWN: usize = 20;
    let ui = OpenUi::expect();
    let lang = crate::i18n::lang();
    move || {
        ui.error.get().map(|e| {
            let more = e.problems.len().saturating_sub(SHOWN);
            view! {
                <div class="rm-notice rm-notice--error" data-rm="open-error" role="alert">
                    <p class="rm-notice__title">
                        {lang.file_not_opened(&e.source, e.problems.len())}
                    </p>
                    <ul>
                        {e.problems
                            .iter()
                            .take(SHOWN)
                            .map(|p| view! { <li data-rm="open-error-line">{p.clone()}</li> })
                            .collect_view()}
                    </ul>
                    {(more > 0).then(|| view! { <p>{lang.and_more(more)}</p> })}
                </div>
            }
        })
    }
}

/// Shown over the widget while a file is dragged onto it.
#[component]
pub fn DropTarget() -> impl IntoView {
    let ui = OpenUi::expect();
    let t = crate::i18n::t();
    view! {
        <Show when=move || ui.dragging.get()>
            <div class="rm-drop" data-rm="open-drop" aria-hidden="true">
                <p class="rm-drop__label">{t.drop_here}</p>
            </div>
        </Show>
    }
}
