//! The whole widget: owns the view state and keeps it in the URL hash.

use super::about::About;
use super::controls::{Controls, ResultCount};
use super::legend::Legends;
use crate::catalog::{self, Choice};
use crate::io::embed::{MatrixRejected, Presentation};
use crate::io::url_state;
use crate::rules::filter::{applicable_rows, visible_columns, Filtered, SearchIndex, ViewState};
use crate::ui::table::Matrix;
use leptos::prelude::*;
use rm_format::model::Offering;

/// Shared handles every part of the widget reads.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// What the user has picked and typed.
    pub state: RwSignal<ViewState>,
    /// The offerings to choose from: the built-in ones, then any the embedder supplied.
    pub offerings: Signal<Vec<Choice>>,
    /// Index of the current offering in `offerings`.
    pub offering_index: Memo<usize>,
    /// Visible columns: (index in `Offering::columns`, emphasised by the variant).
    pub columns: Memo<Vec<(usize, bool)>>,
    /// Visible rows after every filter: (section index, row index).
    pub rows: Memo<Vec<(usize, usize)>>,
    /// Rows the chosen variant applies to, before filters (the "M" of "N of M").
    pub total: Memo<usize>,
    /// What the shown rows and columns depend on besides filters and search:
    /// (offering, variant, other variants' columns shown). Unchanged while typing.
    pub column_key: Memo<(String, Option<String>, bool)>,
    /// Theme, density and whether the controls are shown.
    pub presentation: Signal<Presentation>,
    /// Where "Copy link" points (the widget's own page when embedded); `None`: this page.
    pub link_base: StoredValue<Option<String>>,
}

impl Ctx {
    /// The current offering.
    pub fn offering(&self) -> &'static Offering {
        let i = self.offering_index.get();
        self.offerings.with(|all| pick(all, i))
    }
    /// Same, without subscribing (for event handlers).
    pub fn offering_untracked(&self) -> &'static Offering {
        let i = self.offering_index.get_untracked();
        self.offerings.with_untracked(|all| pick(all, i))
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

/// The Responsibility Matrix widget.
///
/// - `initial`: the first view (or pass `state` to drive the view from outside,
///   as the custom element does; then `initial` is not used);
/// - `sync_url`: keep the view in the page's URL hash (the standalone page;
///   embeds leave it off);
/// - `notices`: problems found while reading the initial input, shown quietly;
/// - `offerings`: what the offering picker lists (default: the built-in ones);
/// - `presentation`: theme, compact density, read-only (default: auto, full);
/// - `matrix_errors`: why an embedder's own matrix was not loaded, shown as an alert;
/// - `link_base`: the page "Copy link" points at (default: this page).
#[component]
pub fn Widget(
    #[prop(optional)] initial: ViewState,
    #[prop(optional)] state: Option<RwSignal<ViewState>>,
    #[prop(default = true)] sync_url: bool,
    #[prop(default = Vec::new())] notices: Vec<String>,
    #[prop(optional)] notice_signal: Option<RwSignal<Vec<String>>>,
    #[prop(optional, into)] offerings: Option<Signal<Vec<Choice>>>,
    #[prop(optional, into)] presentation: Option<Signal<Presentation>>,
    #[prop(optional, into)] matrix_errors: Option<Signal<Option<MatrixRejected>>>,
    #[prop(optional)] link_base: Option<String>,
) -> impl IntoView {
    let state = state.unwrap_or_else(|| RwSignal::new(initial));
    let notices = match notice_signal {
        Some(signal) => {
            signal.update(|n| n.extend(notices));
            signal
        }
        None => RwSignal::new(notices),
    };
    let offerings = offerings.unwrap_or_else(|| Signal::stored(catalog::choices()));
    let presentation = presentation.unwrap_or_else(|| Signal::stored(Presentation::default()));
    let matrix_errors = matrix_errors.unwrap_or_else(|| Signal::stored(None));
    let offering_index = Memo::new(move |_| {
        state.with(|s| {
            offerings.with(|all| all.iter().position(|c| c.id() == s.offering).unwrap_or(0))
        })
    });
    let current = move || offerings.with(|all| pick(all, offering_index.get()));
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
    // Each keystroke that extends the search narrows the previous result.
    let filtered = Memo::new(move |previous: Option<&Filtered>| {
        let o = current();
        search_index.with(|index| state.with(|s| Filtered::compute(o, s, index, previous)))
    });
    let rows = Memo::new(move |_| filtered.with(|f| f.rows.clone()));
    // Depends on the offering and variant only, so typing does not recount it.
    let total = Memo::new(move |_| {
        let (offering, variant, _) = column_key.get();
        let view = ViewState {
            variant,
            ..ViewState::for_offering(&offering)
        };
        applicable_rows(current(), &view).len()
    });
    let ctx = Ctx {
        state,
        offerings,
        offering_index,
        columns,
        rows,
        total,
        column_key,
        presentation,
        link_base: StoredValue::new(link_base),
    };
    provide_context(ctx);

    if sync_url {
        sync_with_hash(state, notices);
    }

    let theme = move || presentation.with(|p| p.theme.data_value());
    let density = move || presentation.with(|p| p.compact.then_some("compact"));
    let read_only = move || presentation.with(|p| p.hide_controls);
    // Views, call mode and keyboard shortcuts (issue 5).
    let root = NodeRef::<leptos::html::Div>::new();
    let ui = crate::ui::keyboard::ViewUi::provide();
    super::keyboard::install(root, ctx, ui, sync_url);
    let call_mode = Memo::new(move |_| state.with(|s| s.call_mode));
    let table_view =
        Memo::new(move |_| state.with(|s| s.view == crate::rules::filter::View::Table));

    view! {
        <div
            class="rm"
            class:rm--call=move || call_mode.get()
            data-rm="widget"
            data-rm-call=move || call_mode.get().then_some("true")
            data-theme=theme
            data-density=density
            data-rm-read-only=move || read_only().then_some("")
            node_ref=root
        >
            <header class="rm-header">
                <h2 class="rm-title">{move || ctx.offering().title.to_string()}</h2>
                <p class="rm-summary">
                    {move || ctx.offering().summary.to_string()}
                </p>
            </header>
            <super::print_header::PrintHeader />
            <MatrixErrors matrix_errors />
            <Notices notices />
            <Show when=move || !read_only()>
                <Controls />
                <super::view_bar::ViewBar />
            </Show>
            <Show when=move || table_view.get() fallback=super::view_bar::ActiveView>
                <Show when=move || !read_only()>
                    <super::export_bar::Export />
                </Show>
                <ResultCount />
                <Legends />
                <Matrix />
            </Show>
            <About />
            <super::help_overlay::HelpOverlay />
        </div>
    }
}

/// Why an embedder's own matrix was not loaded: every problem with its JSON
/// path, as an alert. The built-in offerings stay available meanwhile.
#[component]
fn MatrixErrors(matrix_errors: Signal<Option<MatrixRejected>>) -> impl IntoView {
    const SHOWN: usize = 20;
    move || {
        matrix_errors.get().map(|rejected| {
            let more = rejected.problems.len().saturating_sub(SHOWN);
            view! {
                <div class="rm-notice rm-notice--error" part="notice error" data-rm="matrix-errors" role="alert">
                    <p class="rm-notice__title">
                        {format!(
                            "Your matrix “{}” was not loaded ({} problem{}); the built-in offerings are shown instead.",
                            rejected.source,
                            rejected.problems.len(),
                            if rejected.problems.len() == 1 { "" } else { "s" },
                        )}
                    </p>
                    <ul>
                        {rejected
                            .problems
                            .iter()
                            .take(SHOWN)
                            .map(|p| view! { <li data-rm="matrix-error">{p.clone()}</li> })
                            .collect_view()}
                    </ul>
                    {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
                </div>
            }
        })
    }
}

/// Dismissible notices, e.g. values from the link that were ignored.
#[component]
fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="rm-notice" part="notice" data-rm="notice" role="status">
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
    // Set while a state change comes from the history (Back, Forward, an edited
    // hash): the entry is already there, so its canonical form replaces it
    // instead of pushing a second entry Back would have to step over.
    let from_history = StoredValue::new(false);
    let listener = EventListener::new(&window, "popstate", move |_| {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let (next, problems) = url_state::decode(&hash, &default_id, catalog::offering);
        if !problems.is_empty() {
            notices.set(problems);
        }
        if state.get_untracked() != next {
            from_history.set_value(true);
            state.set(next);
        }
    });
    // The listener lives as long as the page: the standalone widget is never unmounted.
    listener.forget();

    let previous = StoredValue::new(state.get_untracked());
    // Dropping a pending Timeout cancels it.
    let pending: StoredValue<Option<gloo::timers::callback::Timeout>, LocalStorage> =
        StoredValue::new_local(None);
    Effect::new(move |_| {
        let current = state.get();
        let hash = format!("#{}", url_state::encode(&current));
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let replace_entry = from_history.get_value();
        from_history.set_value(false);
        if location.hash().ok().as_deref() == Some(hash.as_str()) {
            previous.set_value(current);
            return;
        }
        if replace_entry {
            pending.set_value(None);
            if let Ok(history) = window.history() {
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
            previous.set_value(current);
            return;
        }
        let only_typing = previous.with_value(|p| {
            let mut a = p.clone();
            a.query = current.query.clone();
            a == current
        });
        // A keystroke's URL update waits for the next task: `replaceState` costs
        // ~15 ms in Chromium, which would otherwise delay the table's update.
        // Fast typing coalesces into one write; any other change writes at once.
        pending.set_value(None);
        if only_typing {
            pending.set_value(Some(gloo::timers::callback::Timeout::new(0, move || {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&hash),
                    );
                }
            })));
        } else if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
        previous.set_value(current);
    });
}
