//! The whole widget: owns the view state and keeps it in the URL hash.

use super::about::About;
use super::controls::{Controls, ResultCount};
use super::legend::Legends;
use super::matrix::Matrix;
use crate::catalog;
use crate::filter::{
    applicable_rows, visible_columns, visible_rows_indexed, SearchIndex, ViewState,
};
use crate::model::Offering;
use crate::url_state;
use leptos::prelude::*;

/// Shared handles every part of the widget reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// What the user has picked and typed.
    pub state: RwSignal<ViewState>,
    /// Index of the current offering in [`catalog::offerings`].
    pub offering_index: Memo<usize>,
    /// Visible columns: (index in `Offering::columns`, emphasised by the variant).
    pub columns: Memo<Vec<(usize, bool)>>,
    /// Visible rows after every filter: (section index, row index).
    pub rows: Memo<Vec<(usize, usize)>>,
    /// Rows the chosen variant applies to, before filters (the "M" of "N of M").
    pub total: Memo<usize>,
}

impl Ctx {
    /// The current offering (a compiled-in static).
    pub fn offering(&self) -> &'static Offering {
        &catalog::offerings()[self.offering_index.get()]
    }
    /// Same, without subscribing (for event handlers).
    pub fn offering_untracked(&self) -> &'static Offering {
        &catalog::offerings()[self.offering_index.get_untracked()]
    }
}

/// The Responsibility Matrix widget.
///
/// `initial` is the first view; `sync_url` keeps the view in the page's URL hash
/// (the standalone page; embeds turn it off); `notices` are problems found while
/// reading the initial input, shown quietly above the grid.
#[component]
pub fn Widget(
    initial: ViewState,
    #[prop(default = true)] sync_url: bool,
    #[prop(default = Vec::new())] notices: Vec<String>,
) -> impl IntoView {
    let state = RwSignal::new(initial);
    let notices = RwSignal::new(notices);
    let offering_index = Memo::new(move |_| {
        state.with(|s| {
            catalog::offerings()
                .iter()
                .position(|o| o.id == s.offering)
                .unwrap_or(0)
        })
    });
    let current = move || &catalog::offerings()[offering_index.get()];
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
    let column_key = Memo::new(move |_| {
        state.with(|s| (s.offering.clone(), s.variant.clone(), s.show_other_columns))
    });
    let search_index = Memo::new(move |_| {
        let (offering, variant, show_other_columns) = column_key.get();
        let view = ViewState {
            variant,
            show_other_columns,
            ..ViewState::for_offering(&offering)
        };
        SearchIndex::build(current(), &view)
    });
    let rows = Memo::new(move |_| {
        let o = current();
        search_index.with(|index| {
            state.with(|s| {
                visible_rows_indexed(o, s, index)
                    .iter()
                    .map(|r| (r.section_index, r.row_index))
                    .collect()
            })
        })
    });
    let total = Memo::new(move |_| {
        let o = current();
        state.with(|s| applicable_rows(o, s).len())
    });
    let ctx = Ctx {
        state,
        offering_index,
        columns,
        rows,
        total,
    };
    provide_context(ctx);

    if sync_url {
        sync_with_hash(state, notices);
    }

    // Views, call mode and keyboard shortcuts (issue 5).
    let root = NodeRef::<leptos::html::Div>::new();
    let ui = super::shortcuts::ViewUi::provide();
    super::shortcuts::install(root, ctx, ui, sync_url);
    let call_mode = Memo::new(move |_| state.with(|s| s.call_mode));
    let table_view = Memo::new(move |_| state.with(|s| s.view == crate::filter::View::Table));

    view! {
        <div
            class="rm"
            class:rm--call=move || call_mode.get()
            data-rm="widget"
            data-rm-call=move || call_mode.get().then_some("true")
            node_ref=root
        >
            <header class="rm-header">
                <h2 class="rm-title">{move || ctx.offering().title.to_string()}</h2>
                <p class="rm-summary">
                    {move || ctx.offering().summary.to_string()}
                </p>
            </header>
            <Notices notices />
            <Controls />
            <super::view_bar::ViewBar />
            <Show when=move || table_view.get() fallback=super::view_bar::ActiveView>
                <super::export::Export />
                <ResultCount />
                <Legends />
                <Matrix />
            </Show>
            <About />
            <super::help_overlay::HelpOverlay />
        </div>
    }
}

/// Dismissible notices, e.g. values from the link that were ignored.
#[component]
fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="rm-notice" data-rm="notice" role="status">
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <button type="button" class="rm-button rm-button--quiet" on:click=move |_| notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}

/// Reads the view from the hash on back/forward, writes it on every change.
///
/// Typing in the search box replaces the history entry; other changes push a
/// new one, so Back returns to the previous offering or filter.
fn sync_with_hash(state: RwSignal<ViewState>, notices: RwSignal<Vec<String>>) {
    use gloo::events::EventListener;

    let Some(window) = web_sys::window() else {
        return;
    };
    let default_id = catalog::default_offering()
        .map(|o| o.id.to_string())
        .unwrap_or_default();
    let listener = EventListener::new(&window, "popstate", move |_| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let (next, problems) = url_state::decode(&hash, &default_id, catalog::offering);
        if !problems.is_empty() {
            notices.set(problems);
        }
        if state.get_untracked() != next {
            state.set(next);
        }
    });
    // The listener lives as long as the page: the standalone widget is never unmounted.
    listener.forget();

    let previous = StoredValue::new(state.get_untracked());
    Effect::new(move |_| {
        let current = state.get();
        let hash = format!("#{}", url_state::encode(&current));
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        if location.hash().ok().as_deref() == Some(hash.as_str()) {
            previous.set_value(current);
            return;
        }
        let only_typing = previous.with_value(|p| {
            let mut a = p.clone();
            a.query = current.query.clone();
            a == current
        });
        if let Ok(history) = window.history() {
            let _ = if only_typing {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
            };
        }
        previous.set_value(current);
    });
}
