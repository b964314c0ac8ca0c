//! What went wrong with the widget's input, shown inside it: an embedder's
//! rejected matrix as an alert, ignored link or attribute values as a
//! dismissible notice. The rest of the widget keeps working meanwhile.

use crate::io::embed::MatrixRejected;
use leptos::prelude::*;

/// Why an embedder's own matrix was not loaded: every problem with its JSON
/// path, as an alert. The built-in offerings stay available meanwhile.
#[component]
pub fn MatrixErrors(matrix_errors: Signal<Option<MatrixRejected>>) -> impl IntoView {
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
pub fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
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
