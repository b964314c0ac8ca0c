//! The open dialog's shell: modal, labelled by its heading, Escape cancels,
//! Tab stays inside, focus moves in when a step opens and back out when it
//! closes. The steps are [`super::paste`] and [`super::review`].

use super::chunk;
use super::state::OpenUi;
use crate::ui::common::focusable;
use crate::ui::on_demand::chunk_view;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The dialog, rendered only while a step is open.
#[component]
pub fn OpenDialog() -> impl IntoView {
    let ui = OpenUi::expect();
    let dialog = NodeRef::<Div>::new();
    view! {
        <Show when=move || ui.dialog_open()>
            <div class="rm-help-backdrop rm-open-backdrop">
                <div
                    class="rm-help rm-open-dialog"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="rm-open-title"
                    data-rm="open-dialog"
                    node_ref=dialog
                    on:keydown=move |ev| {
                        // The widget's shortcuts do not act behind the dialog.
                        ev.stop_propagation();
                        match ev.key().as_str() {
                            "Escape" => {
                                ev.prevent_default();
                                ui.close();
                            }
                            "Tab" => {
                                if let Some(d) = dialog.get_untracked() {
                                    keep_focus_inside(&d, &ev);
                                }
                            }
                            _ => {}
                        }
                    }
                >
                    {chunk_view(crate::i18n::t().open_matrix_title, move || chunk::steps(dialog))}
                </div>
            </div>
        </Show>
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last.
fn keep_focus_inside(root: &web_sys::HtmlElement, ev: &web_sys::KeyboardEvent) {
    let all = focusable(root);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        ev.prevent_default();
        return;
    };
    let active = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|s| s.active_element())
        .or_else(|| web_sys::window()?.document()?.active_element());
    let at = |el: &web_sys::HtmlElement| active.as_ref() == Some(el.unchecked_ref());
    if ev.shift_key() && at(first) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && at(last) {
        ev.prevent_default();
        let _ = first.focus();
    }
}
