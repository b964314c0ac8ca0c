//! The widget's contexts: small handles each part of the UI asks for by name.
//!
//! Three narrow contexts instead of one bag of signals, so what a component
//! may touch is visible in its first line: every part reads the view
//! ([`ViewCtx`]), only the table and its controls see the filtered rows
//! ([`TableCtx`]), and only the keyboard, the view bar and the help dialog
//! see the help dialog's state ([`HelpUi`]). The view state changes only
//! through its own methods ([`ViewState::toggle_call_mode`] and so on),
//! handed to [`ViewCtx::change`].

use crate::catalog::{self, Choice};
use crate::rules::filter::{applicable_rows, visible_columns, Filtered, SearchIndex};
use crate::rules::state::{ColumnSet, ViewState};
use leptos::prelude::*;
use rm_format::model::Offering;
use web_sys::HtmlElement;

/// What the reader picked, and the offering it names: every part of the
/// widget reads it; writes go through the state's named operations.
#[derive(Clone, Copy)]
pub struct ViewCtx {
    state: RwSignal<ViewState>,
    /// The offerings to choose from: the built-in ones, then any the embedder supplied.
    offerings: Signal<Vec<Choice>>,
    /// Index of the current offering in `offerings`.
    index: Memo<usize>,
}

impl ViewCtx {
    /// The widget's view context (provided by [`provide`]).
    pub fn expect() -> ViewCtx {
        expect_context()
    }

    /// Reads the state, subscribing to it.
    pub fn read<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.state.with(f)
    }

    /// Reads the state without subscribing (for event handlers).
    pub fn read_untracked<T>(&self, f: impl FnOnce(&ViewState) -> T) -> T {
        self.state.with_untracked(f)
    }

    /// Subscribes to every change of the state.
    pub fn track(&self) {
        self.state.track();
    }

    /// Changes the state through one of its operations, e.g.
    /// `ctx.change(ViewState::toggle_call_mode)`.
    pub fn change(&self, f: impl FnOnce(&mut ViewState)) {
        self.state.update(f);
    }

    /// Sets the search text, notifying only when it differs. Safe after the
    /// widget is gone (a deferred keystroke may arrive then).
    pub fn set_query(&self, query: String) {
        self.state.maybe_update(|s| s.set_query(query));
    }

    /// Switches to the offering `id` (built-in or supplied), keeping what
    /// still applies; an unknown id changes nothing.
    pub fn switch_offering(&self, id: &str) {
        if let Some(next) = self.find_untracked(id) {
            let ctx = *self;
            self.change(|s| s.switch_offering(next, |id| ctx.find_untracked(id).is_some()));
        }
    }

    /// The current offering.
    pub fn offering(&self) -> &'static Offering {
        let i = self.index.get();
        self.offerings.with(|all| pick(all, i))
    }

    /// Same, without subscribing (for event handlers).
    pub fn offering_untracked(&self) -> &'static Offering {
        let i = self.index.get_untracked();
        self.offerings.with_untracked(|all| pick(all, i))
    }

    /// Subscribes to a change of the current offering (also to another one
    /// with the same id).
    pub fn track_offering(&self) {
        self.index.track();
    }

    /// The offerings the picker lists.
    pub fn offerings(&self) -> Vec<Choice> {
        self.offerings.get()
    }

    /// An offering of this widget by id (built-in or supplied), without subscribing.
    pub fn find_untracked(&self, id: &str) -> Option<&'static Offering> {
        self.offerings
            .with_untracked(|all| catalog::find_choice(all, id))
    }
}

/// `all[i]`, else the default built-in offering (the build guarantees there is one).
fn pick(all: &[Choice], i: usize) -> &'static Offering {
    all.get(i)
        .and_then(|c| c.offering())
        .or_else(catalog::default_offering)
        .unwrap_or(&catalog::UNREADABLE)
}

/// The table's rows and columns under the current filters: only the matrix,
/// the count and the search box (which defers typing on large tables) need them.
#[derive(Clone, Copy)]
pub struct TableCtx {
    /// Visible columns: (index in `Offering::columns`, emphasised by the variant).
    pub columns: Memo<Vec<(usize, bool)>>,
    /// Visible rows after every filter: (section index, row index).
    pub rows: Memo<Vec<(usize, usize)>>,
    /// Rows the chosen variant applies to, before filters (the "M" of "N of M").
    pub total: Memo<usize>,
    /// What the shown rows and columns depend on besides filters and search.
    pub column_set: Memo<ColumnSet>,
}

impl TableCtx {
    /// The widget's table context (provided by [`provide`]).
    pub fn expect() -> TableCtx {
        expect_context()
    }
}

/// The help dialog: UI state that is not in the URL, so it is neither in
/// the view state nor seen by the parts that do not open or show the dialog.
#[derive(Clone, Copy)]
pub struct HelpUi {
    /// The help dialog is open.
    pub open: RwSignal<bool>,
    /// Where focus returns when the help closes.
    return_to: StoredValue<Option<HtmlElement>, LocalStorage>,
}

impl HelpUi {
    /// The widget's help context (provided by [`provide`]).
    pub fn expect() -> HelpUi {
        expect_context()
    }

    /// Opens the help dialog; `from` gets focus back when it closes.
    pub fn open_help(&self, from: Option<HtmlElement>) {
        if !self.open.get_untracked() {
            self.return_to.set_value(from);
            self.open.set(true);
        }
    }

    /// Closes the help dialog and returns focus to where it was.
    pub fn close_help(&self) {
        if self.open.get_untracked() {
            self.open.set(false);
            if let Some(el) = self.return_to.try_update_value(Option::take).flatten() {
                let _ = el.focus();
            }
        }
    }
}

/// Builds the memos over `state` and provides the three contexts.
pub fn provide(
    state: RwSignal<ViewState>,
    offerings: Signal<Vec<Choice>>,
) -> (ViewCtx, TableCtx, HelpUi) {
    let index = Memo::new(move |_| {
        state.with(|s| {
            offerings.with(|all| all.iter().position(|c| c.id() == s.offering).unwrap_or(0))
        })
    });
    let view = ViewCtx {
        state,
        offerings,
        index,
    };
    let current = move || offerings.with(|all| pick(all, index.get()));
    let columns = Memo::new(move |_| {
        let o = current();
        state.with(|s| {
            visible_columns(o, s)
                .iter()
                .map(|c| (c.index, c.emphasised))
                .collect()
        })
    });
    // Rebuilt only when the offering or the shown columns change, not per keystroke.
    let column_set = Memo::new(move |_| state.with(ViewState::column_set));
    let search_index = Memo::new(move |_| {
        let unfiltered = column_set.with(ColumnSet::state);
        SearchIndex::build(current(), &unfiltered)
    });
    // Each keystroke that extends the search narrows the previous result.
    let filtered = Memo::new(move |previous: Option<&Filtered>| {
        let o = current();
        search_index.with(|index| state.with(|s| Filtered::compute(o, s, index, previous)))
    });
    let rows = Memo::new(move |_| filtered.with(|f| f.rows.clone()));
    // Depends on the offering and variant only, so typing does not recount it.
    let total = Memo::new(move |_| {
        let unfiltered = column_set.with(|c| ViewState {
            variant: c.variant.clone(),
            ..ViewState::for_offering(&c.offering)
        });
        applicable_rows(current(), &unfiltered).len()
    });
    let table = TableCtx {
        columns,
        rows,
        total,
        column_set,
    };
    let help = HelpUi {
        open: RwSignal::new(false),
        return_to: StoredValue::new_local(None),
    };
    provide_context(view);
    provide_context(table);
    provide_context(help);
    (view, table, help)
}

/// The widget's heading levels, set by the host (`heading-level`): the title's
/// and its sub-headings' (legends, the source), one below.
#[derive(Clone, Copy)]
pub struct Headings {
    pub title: Signal<u8>,
}

impl Headings {
    /// The provided levels, or the default (title `<h2>`) outside a widget.
    pub fn get() -> Headings {
        use_context().unwrap_or(Headings {
            title: Signal::stored(crate::io::embed::DEFAULT_HEADING_LEVEL),
        })
    }

    /// The level of a heading directly under the title.
    pub fn sub(&self) -> u8 {
        (self.title.get() + 1).min(6)
    }
}
