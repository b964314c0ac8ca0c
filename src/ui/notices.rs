//! What went wrong with the widget's input, shown inside it: an embedder's
//! rejected matrix as a compact notice in the widget's place (never another
//! matrix under the page's heading), ignored link or attribute values as a
//! dismissible notice while the rest keeps working.

use crate::io::embed::{MatrixRejected, Presentation};
use leptos::prelude::*;

/// What a page shows in the widget's place when its own matrix was refused:
/// one line for the reader, and every problem for the page's editor behind a
/// disclosure. No built-in matrix is shown instead: it would read as the
/// page's provider's.
#[component]
pub fn MatrixRefused(
    rejected: MatrixRejected,
    #[prop(into)] presentation: Signal<Presentation>,
    /// Ignored attribute values, said as in the widget.
    notices: RwSignal<Vec<String>>,
) -> impl IntoView {
    const SHOWN: usize = 50;
    let theme = move || presentation.with(|p| p.theme.data_value());
    let n = rejected.problems.len();
    let more = n.saturating_sub(SHOWN);
    let lang = crate::i18n::lang();
    let t = lang.texts();
    view! {
        <div class="rm rm--refused" data-rm="matrix-refused" data-theme=theme>
            <div class="rm-notice rm-notice--error" part="notice error" data-rm="matrix-errors" role="alert">
                <div>
                    <p class="rm-notice__lead">{t.matrix_refused}</p>
                    <details class="rm-notice__details">
                        <summary>{t.refused_details}</summary>
                        <p class="rm-notice__title">
                            {lang.matrix_not_loaded(&rejected.source, n)}
                        </p>
                        <ul>
                            {rejected
                                .problems
                                .iter()
                                .take(SHOWN)
                                .map(|p| view! { <li data-rm="matrix-error">{p.clone()}</li> })
                                .collect_view()}
                        </ul>
                        {(more > 0).then(|| view! { <p>{lang.and_more(more)}</p> })}
                    </details>
                </div>
            </div>
            <Notices notices />
        </div>
    }
}

/// Dismissible notices, e.g. values from the link that were ignored.
#[component]
pub fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    let t = crate::i18n::t();
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="rm-notice" part="notice" data-rm="notice" role="status">
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <button type="button" class="rm-button rm-button--quiet" on:click=move |_| notices.set(Vec::new())>
                    {t.dismiss}
                </button>
            </div>
        </Show>
    }
}
