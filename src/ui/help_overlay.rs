//! The help overlay: a modal dialog listing every keyboard shortcut.
//!
//! Opened with `?` or the "Shortcuts" button; focus moves to its Close button
//! and stays inside it (Tab cycles there), Escape, Close or a click outside
//! close it, and focus returns to where it was.

use crate::rules::grid_nav::grid_keys;
use crate::rules::keys::shortcuts;
use crate::ui::context::HelpUi;
use leptos::html::Button;
use leptos::prelude::*;

/// The dialog, rendered only while open.
#[component]
pub fn HelpOverlay() -> impl IntoView {
    let ui = HelpUi::expect();
    let close_button = NodeRef::<Button>::new();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    // Focus moves into the dialog as soon as it is mounted.
    Effect::new(move |_| {
        if let Some(button) = close_button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <Show when=move || ui.open.get()>
            <div
                class="rm-help-backdrop"
                on:click=move |ev| {
                    // A click on the backdrop itself (outside the dialog) closes it.
                    if ev.target() == ev.current_target() {
                        ui.close_help();
                    }
                }
            >
                <div
                    class="rm-help"
                    role="dialog"
                    aria-modal="true"
                    aria-label=t.help_title
                    data-rm="help"
                    on:keydown=move |ev| {
                        // The Close button is the dialog's one control: Tab stays on it.
                        if ev.key() == "Tab" {
                            ev.prevent_default();
                            if let Some(b) = close_button.get_untracked() {
                                let _ = b.focus();
                            }
                        }
                    }
                >
                    <h3 class="rm-help__title">{t.help_title}</h3>
                    <dl class="rm-help__list">
                        {key_items(shortcuts(lang))}
                    </dl>
                    <p class="rm-help__note">
                        {t.help_note}
                    </p>
                    <h4 class="rm-help__title">{t.help_in_table}</h4>
                    <dl class="rm-help__list" data-rm="help-grid-keys">
                        {key_items(grid_keys(lang))}
                    </dl>
                    <button
                        type="button"
                        class="rm-button"
                        data-rm="help-close"
                        node_ref=close_button
                        on:click=move |_| ui.close_help()
                    >
                        {t.close}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// One `<dt>`/`<dd>` pair per key and what it does.
fn key_items<const N: usize>(keys: [(&'static str, &'static str); N]) -> impl IntoView {
    keys.into_iter()
        .map(|(key, what)| {
            view! {
                <div class="rm-help__item">
                    <dt><kbd>{key}</kbd></dt>
                    <dd>{what}</dd>
                </div>
            }
        })
        .collect_view()
}
