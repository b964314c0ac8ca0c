//! The "Open a matrix…" state: the review under way, the paste step, the
//! last error, the drop target and the matrices opened so far. UI state, not
//! in the URL; the rules are [`crate::io::open`] and [`rm_format::review`].

use crate::catalog::Choice;
use crate::io::embed::MatrixRejected;
use crate::io::open::{self, Opening};
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::review::Review;
use web_sys::HtmlElement;

/// The widget's open-a-matrix context.
#[derive(Clone, Copy)]
pub struct OpenUi {
    /// The file under review; the review dialog is open while it is set.
    pub review: RwSignal<Option<Review>>,
    /// Counts reviews, so the dialog is built once per file.
    pub generation: RwSignal<u32>,
    /// The paste step is open.
    pub pasting: RwSignal<bool>,
    /// Why the last file could not be opened (the matrix shown is unchanged).
    pub error: RwSignal<Option<MatrixRejected>>,
    /// Why the review's choices could not be applied.
    pub review_error: RwSignal<Option<MatrixRejected>>,
    /// A file is dragged over the widget.
    pub dragging: RwSignal<bool>,
    /// A file is being read.
    pub busy: RwSignal<bool>,
    /// The matrices opened so far, in order (the picker lists them).
    pub opened: RwSignal<Vec<Choice>>,
    /// Where focus returns when the dialog closes.
    return_to: StoredValue<Option<HtmlElement>, LocalStorage>,
}

impl OpenUi {
    /// Creates and provides the context.
    pub fn provide() -> OpenUi {
        let ui = OpenUi {
            review: RwSignal::new(None),
            generation: RwSignal::new(0),
            pasting: RwSignal::new(false),
            error: RwSignal::new(None),
            review_error: RwSignal::new(None),
            dragging: RwSignal::new(false),
            busy: RwSignal::new(false),
            opened: RwSignal::new(Vec::new()),
            return_to: StoredValue::new_local(None),
        };
        provide_context(ui);
        ui
    }

    /// The widget's open context.
    pub fn expect() -> OpenUi {
        expect_context()
    }

    /// Whether the dialog (paste or review step) is open.
    pub fn dialog_open(&self) -> bool {
        self.pasting.get() || self.review.with(Option::is_some)
    }

    /// Remembers where focus returns to when the dialog closes.
    pub fn remember_focus(&self, from: Option<HtmlElement>) {
        if !self.pasting.get_untracked() && self.review.with_untracked(Option::is_none) {
            self.return_to.set_value(from);
        }
    }

    /// Opens the paste step.
    pub fn start_paste(&self, from: Option<HtmlElement>) {
        self.remember_focus(from);
        self.error.set(None);
        self.pasting.set(true);
    }

    /// Reads a picked or dropped file; a spreadsheet goes to the sheet module.
    pub fn open_bytes(&self, name: String, bytes: Vec<u8>) {
        self.error.set(None);
        match open::open_file(&name, bytes.clone()) {
            Ok(Opening::Review(review)) => self.show_review(*review),
            Ok(Opening::Sheet(_)) => {
                let ui = *self;
                ui.busy.set(true);
                leptos::task::spawn_local(async move {
                    let answer = super::sheet::read_sheet(&name, &bytes).await;
                    ui.busy.set(false);
                    match answer.and_then(|json| open::review_sheet_answer(&name, &json)) {
                        Ok(review) => ui.show_review(review),
                        Err(e) => ui.error.set(Some(e)),
                    }
                });
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Reads pasted text; an error stays in the paste step with the text.
    pub fn open_pasted(&self, text: &str) {
        match open::open_pasted(text) {
            Ok(review) => self.show_review(review),
            Err(e) => self.error.set(Some(e)),
        }
    }

    fn show_review(&self, review: Review) {
        self.error.set(None);
        self.review_error.set(None);
        self.pasting.set(false);
        self.review.set(Some(review));
        self.generation.update(|g| *g += 1);
    }

    /// Changes the review's choices through one of its operations.
    pub fn choose(&self, f: impl FnOnce(&mut Review)) {
        self.review_error.set(None);
        self.review.update(|r| {
            if let Some(r) = r {
                f(r)
            }
        });
    }

    /// Applies the review and shows the matrix; on an error the dialog stays
    /// open with the reasons and nothing shown changes.
    pub fn confirm(&self, ctx: ViewCtx) {
        let Some(result) = self.review.with_untracked(|r| {
            r.as_ref()
                .map(|r| open::confirm(r, |id| ctx.find_untracked(id).is_some()))
        }) else {
            return;
        };
        match result {
            Ok(offering) => {
                // An opened matrix lives as long as the page, like a supplied one,
                // so every part of the widget can borrow it as it borrows a built-in.
                let offering: &'static _ = Box::leak(Box::new(offering));
                self.opened.update(|all| all.push(Choice::Opened(offering)));
                self.close();
                ctx.switch_offering(&offering.id);
            }
            Err(e) => self.review_error.set(Some(e)),
        }
    }

    /// Closes the dialog without changing what is shown.
    pub fn close(&self) {
        self.pasting.set(false);
        self.review.set(None);
        self.review_error.set(None);
        if let Some(el) = self.return_to.try_update_value(Option::take).flatten() {
            let _ = el.focus();
        }
    }
}
