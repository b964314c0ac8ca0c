//! The whole widget: owns the view state and keeps it in the URL hash.

use super::about::About;
use super::controls::{Controls, ResultCount};
use super::legend::Legends;
use crate::catalog::{self, Choice};
use crate::io::embed::{MatrixRejected, Presentation};
use crate::io::url_state;
use crate::rules::state::{View, ViewState};
use crate::ui::context::{self, ViewCtx};
use crate::ui::table::Matrix;
use leptos::prelude::*;

/// The Responsibility Matrix widget.
///
/// - `state`: the view (the caller creates the signal: the standalone page
///   from the URL, the custom element from its attributes, and may drive it);
/// - `notices`: problems found while reading the input, shown quietly;
/// - `sync_url`: keep the view in the page's URL hash (the standalone page;
///   embeds leave it off);
/// - `offerings`: what the offering picker lists (default: the built-in ones);
/// - `presentation`: theme, compact density, read-only (default: auto, full);
/// - `matrix_errors`: why an embedder's own matrix was not loaded, shown as an alert;
/// - `link_base`: the page "Copy link" points at (default: this page).
#[component]
pub fn Widget(
    state: RwSignal<ViewState>,
    notices: RwSignal<Vec<String>>,
    #[prop(default = true)] sync_url: bool,
    #[prop(optional, into)] offerings: Option<Signal<Vec<Choice>>>,
    #[prop(optional, into)] presentation: Option<Signal<Presentation>>,
    #[prop(optional, into)] matrix_errors: Option<Signal<Option<MatrixRejected>>>,
    #[prop(optional)] link_base: Option<String>,
) -> impl IntoView {
    let offerings = offerings.unwrap_or_else(|| Signal::stored(catalog::choices()));
    let presentation = presentation.unwrap_or_else(|| Signal::stored(Presentation::default()));
    let matrix_errors = matrix_errors.unwrap_or_else(|| Signal::stored(None));
    let (ctx, _, help) = context::provide(state, offerings);

    if sync_url {
        sync_with_hash(state, notices);
    }

    let theme = move || presentation.with(|p| p.theme.data_value());
    let density = move || presentation.with(|p| p.compact.then_some("compact"));
    let read_only = move || presentation.with(|p| p.hide_controls);
    // Keyboard shortcuts listen on the widget's root.
    let root = NodeRef::<leptos::html::Div>::new();
    super::keyboard::install(root, ctx, help, sync_url);
    let call_mode = Memo::new(move |_| ctx.read(|s| s.call_mode));
    let table_view = Memo::new(move |_| ctx.read(|s| s.view == View::Table));

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
            <MatrixErrors matrix_errors />
            <Notices notices />
            <Show when=move || !read_only()>
                <Controls link_base=link_base.clone() />
                <super::view_bar::ViewBar />
            </Show>
            <Show when=move || table_view.get() fallback=ActiveView>
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

/// The view other than the table that the state asks for (the widget shows
/// the table itself).
#[component]
pub fn ActiveView() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let current = Memo::new(move |_| ctx.read(|s| s.view));
    move || match current.get() {
        View::Compare => view! { <super::views::compare::CompareView /> }.into_any(),
        View::Own => view! { <super::views::checklist::Checklist /> }.into_any(),
        View::Coverage => view! { <super::views::coverage::CoverageChart /> }.into_any(),
        View::Table => ().into_any(),
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
                <div class="rm-notice rm-notice--error" data-rm="matrix-errors" role="alert">
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
