//! The dialog's steps, the view entry of the "open" chunk (with
//! [`super::readers`]): they load the first time a reader opens or pastes a
//! matrix.

use super::paste::PasteStep;
use super::review::ReviewStep;
use super::state::OpenUi;
use crate::ui::common::focusable;
use crate::ui::on_demand::on_demand;
use leptos::html::Div;
use leptos::prelude::*;

on_demand!(
    open,
    /// The paste or review step, inside the dialog `dialog`; focus moves to
    /// the first field of each step as it opens.
    pub fn steps(dialog: NodeRef<Div>) -> AnyView {
        // Nothing when the dialog closed before the chunk arrived.
        let Some(ui) = use_context::<OpenUi>() else {
            return Ok(().into_any());
        };
        // Each step, as it is built, moves focus to its first field once it
        // is mounted (after the frame: the chunk's view is mounted after it
        // is built).
        let focus_first = move || {
            request_animation_frame(move || {
                if let Some(d) = dialog.try_get_untracked().flatten() {
                    if let Some(first) = focusable(&d).into_iter().next() {
                        let _ = first.focus();
                    }
                }
            })
        };
        let review = move || {
            focus_first();
            view! { <ReviewStep /> }
        };
        view! {
            <Show when=move || ui.pasting.get() fallback=review>
                {focus_first();
                view! { <PasteStep /> }}
            </Show>
        }
        .into_any()
    }
);
