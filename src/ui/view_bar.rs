//! The view switch (table, compare, "What do I own?", coverage), the
//! customer-call mode toggle and the shortcuts button.

use crate::rules::state::{View, ViewState};
use crate::ui::context::{HelpUi, ViewCtx};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A group of toggle buttons (`aria-pressed`), one per view, then call mode and help.
#[component]
pub fn ViewBar() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let ui = HelpUi::expect();
    let current = Memo::new(move |_| ctx.read(|s| s.view));
    let call_mode = Memo::new(move |_| ctx.read(|s| s.call_mode));
    let t = crate::i18n::t();
    view! {
        <div class="rm-viewbar" data-rm="view-switch">
            <div class="rm-viewbar__views" role="group" aria-label=t.views_group>
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        view! {
                            <button
                                type="button"
                                class="rm-button rm-viewbar__view"
                                data-rm-view=v.id()
                                aria-pressed=move || (current.get() == v).to_string()
                                on:click=move |_| ctx.change(|s| s.show(v))
                            >
                                {t.view(v)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="rm-viewbar__tools">
                <button
                    type="button"
                    class="rm-button"
                    data-rm="call-toggle"
                    aria-pressed=move || call_mode.get().to_string()
                    title=t.call_mode_title
                    on:click=move |_| ctx.change(ViewState::toggle_call_mode)
                >
                    {move || if call_mode.get() { t.call_mode_exit } else { t.call_mode }}
                </button>
                <button
                    type="button"
                    class="rm-button rm-button--quiet"
                    data-rm="help-open"
                    aria-haspopup="dialog"
                    on:click=move |ev| {
                        let from = ev
                            .current_target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
                        ui.open_help(from);
                    }
                >
                    {t.shortcuts_button}
                    <kbd>"?"</kbd>
                </button>
            </div>
        </div>
    }
}
