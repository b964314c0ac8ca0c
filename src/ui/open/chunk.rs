//! The entries of the "open" chunk: the importers, the review and the
//! dialog's steps load the first time a reader opens or pastes a matrix.

use super::dialog::focusable;
use super::paste::PasteStep;
use super::review::ReviewStep;
use super::state::OpenUi;
use crate::io::embed::MatrixRejected;
use crate::io::open::{self, Opening};
use crate::ui::on_demand::on_demand;
use leptos::html::Div;
use leptos::prelude::*;
use rm_format::model::Offering;
use rm_format::review::Review;

on_demand!(
    open,
    /// Reads a picked or dropped file.
    pub fn read_file(name: String, bytes: Vec<u8>) -> Result<Opening, MatrixRejected> {
        open::open_file(&name, bytes)
    }
);

on_demand!(
    open,
    /// Reads a pasted table.
    pub fn read_pasted(text: String) -> Result<Review, MatrixRejected> {
        open::open_pasted(&text)
    }
);

on_demand!(
    open,
    /// Reads the spreadsheet module's answer for file `name`.
    pub fn read_sheet_answer(name: String, json: String) -> Result<Review, MatrixRejected> {
        open::review_sheet_answer(&name, &json)
    }
);

on_demand!(
    open,
    /// Applies the review, with an id none of `taken` has.
    pub fn apply(review: Review, taken: Vec<&'static str>) -> Result<Offering, MatrixRejected> {
        open::confirm(&review, |id| taken.contains(&id))
    }
);

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
                if let Some(d) = dialog.get_untracked() {
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
