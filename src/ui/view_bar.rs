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
                    on:click=move |ev| {
                        let from = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                        if let Some(root) = from.and_then(|b| b.closest(".rm").ok().flatten()) {
                            toggle_call_mode(ctx, &root);
                        }
                    }
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

/// Turns call mode on or off. The view switch changes place with it (in call
/// mode it sits beside the title, so it comes first in the tab order there),
/// so a focused view-switch button keeps focus in its new place.
pub fn toggle_call_mode(ctx: ViewCtx, root: &web_sys::Element) {
    let focused = root
        .query_selector(".rm-viewbar :focus")
        .ok()
        .flatten()
        .and_then(|b| {
            b.get_attribute("data-rm")
                .map(|v| format!("[data-rm=\"{v}\"]"))
                .or_else(|| {
                    b.get_attribute("data-rm-view")
                        .map(|v| format!("[data-rm-view=\"{v}\"]"))
                })
        });
    ctx.change(ViewState::toggle_call_mode);
    if let Some(selector) = focused {
        let root = root.clone();
        request_animation_frame(move || {
            let button = root
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        });
    }
}
