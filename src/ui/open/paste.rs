//! The paste step: a table copied from a spreadsheet (tab-separated), a web
//! page or a Markdown file, pasted into a labelled text box and read as a
//! file would be. A table that cannot be read keeps the text for a fix.

use super::state::OpenUi;
use super::OpenError;
use leptos::html::Textarea;
use leptos::prelude::*;

/// The paste step's heading, text box and buttons.
#[component]
pub fn PasteStep() -> impl IntoView {
    let ui = OpenUi::expect();
    let text = NodeRef::<Textarea>::new();
    let t = crate::i18n::t();
    let read = move || {
        if let Some(t) = text.get_untracked() {
            ui.open_pasted(&t.value());
        }
    };
    view! {
        <h3 class="rm-help__title" id="rm-open-title">{t.paste_title}</h3>
        <p class="rm-help__note">
            {t.paste_note}
        </p>
        <label class="rm-field rm-open__paste">
            <span class="rm-field__label">{t.paste_label}</span>
            <textarea
                data-rm="open-paste-text"
                rows="10"
                spellcheck="false"
                node_ref=text
                prop:value=move || ui.pasted.get()
            ></textarea>
        </label>
        <OpenError />
        <div class="rm-open__actions">
            <button
                type="button"
                class="rm-button"
                data-rm="open-paste-read"
                on:click=move |_| read()
            >
                {t.read_table}
            </button>
            <button
                type="button"
                class="rm-button rm-button--quiet"
                data-rm="open-cancel"
                on:click=move |_| ui.close()
            >
                {t.cancel}
            </button>
        </div>
    }
}
