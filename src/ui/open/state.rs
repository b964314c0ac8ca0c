//! The "Open a matrix…" state: the review under way, the paste step, the
//! last error, the drop target and the matrices opened so far. UI state, not
//! in the URL; the rules are [`crate::io::open`] and [`rm_format::review`].

use super::readers as chunk;
use crate::catalog::Choice;
use crate::io::embed::MatrixRejected;
use crate::io::open::{self, Opening};
use crate::ui::context::ViewCtx;
use crate::ui::on_demand::ChunkError;
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
    /// What the paste step's text box starts with (a table pasted onto the widget).
    pub pasted: RwSignal<String>,
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
    /// The widget's language, for what is said after the frame that built it.
    pub lang: crate::i18n::Lang,
}

impl OpenUi {
    /// Creates and provides the context.
    pub fn provide() -> OpenUi {
        let ui = OpenUi {
            review: RwSignal::new(None),
            generation: RwSignal::new(0),
            pasting: RwSignal::new(false),
            pasted: RwSignal::new(String::new()),
            error: RwSignal::new(None),
            review_error: RwSignal::new(None),
            dragging: RwSignal::new(false),
            busy: RwSignal::new(false),
            opened: RwSignal::new(Vec::new()),
            return_to: StoredValue::new_local(None),
            lang: crate::i18n::lang(),
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

    /// [`OpenUi::dialog_open`] without subscribing.
    pub fn dialog_open_untracked(&self) -> bool {
        self.pasting.get_untracked() || self.review.with_untracked(Option::is_some)
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
        self.pasted.set(String::new());
        self.pasting.set(true);
    }

    /// A table pasted onto the widget: read at once; if it cannot be read,
    /// the paste step opens with the text and the reasons, for a fix.
    pub fn paste_onto_widget(&self, text: String, from: Option<HtmlElement>) {
        self.remember_focus(from);
        self.error.set(None);
        self.busy.set(true);
        let ui = *self;
        leptos::task::spawn_local(async move {
            let read = chunk::read_pasted(text.clone()).await;
            ui.busy.set(false);
            match read {
                Ok(Ok(review)) => ui.show_review(review),
                Ok(Err(e)) => ui.paste_failed(text, e),
                Err(e) => ui.paste_failed(text, not_loaded(open::PASTED, e)),
            }
        });
    }

    fn paste_failed(&self, text: String, e: MatrixRejected) {
        self.pasted.set(text);
        self.pasting.set(true);
        self.error.set(Some(e));
    }

    /// Reads a picked or dropped file; a spreadsheet goes to the sheet module.
    /// The importers are in the "open" chunk, fetched on the first file.
    pub fn open_bytes(&self, name: String, bytes: Vec<u8>) {
        self.error.set(None);
        let ui = *self;
        ui.busy.set(true);
        leptos::task::spawn_local(async move {
            let opened = match chunk::read_file(name.clone(), bytes.clone()).await {
                Ok(opened) => opened,
                Err(e) => Err(not_loaded(&name, e)),
            };
            let review = match opened {
                Ok(Opening::Review(review)) => Ok(*review),
                Ok(Opening::Sheet(_)) => {
                    match super::sheet::read_sheet(ui.lang, &name, &bytes).await {
                        Ok(json) => chunk::read_sheet_answer(name.clone(), json)
                            .await
                            .unwrap_or_else(|e| Err(not_loaded(&name, e))),
                        Err(e) => Err(e),
                    }
                }
                Err(e) => Err(e),
            };
            ui.busy.set(false);
            match review {
                Ok(review) => ui.show_review(review),
                Err(e) => ui.error.set(Some(e)),
            }
        });
    }

    /// Reads pasted text; an error stays in the paste step with the text.
    pub fn open_pasted(&self, text: &str) {
        let ui = *self;
        let text = text.to_string();
        leptos::task::spawn_local(async move {
            match chunk::read_pasted(text).await {
                Ok(Ok(review)) => ui.show_review(review),
                Ok(Err(e)) => ui.error.set(Some(e)),
                Err(e) => ui.error.set(Some(not_loaded(open::PASTED, e))),
            }
        });
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
        let Some(review) = self.review.get_untracked() else {
            return;
        };
        let ui = *self;
        let taken = ctx.offerings().into_iter().map(|c| c.id()).collect();
        let file = review.file().to_string();
        leptos::task::spawn_local(async move {
            let result = chunk::apply(review, taken)
                .await
                .unwrap_or_else(|e| Err(not_loaded(&file, e)));
            ui.applied(result, ctx);
        });
    }

    fn applied(&self, result: Result<rm_format::model::Offering, MatrixRejected>, ctx: ViewCtx) {
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

/// A file that could not be read because the importers did not load.
fn not_loaded(file: &str, e: ChunkError) -> MatrixRejected {
    MatrixRejected {
        source: file.to_string(),
        problems: vec![e.to_string()],
    }
}
