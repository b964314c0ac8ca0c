//! Features that load on first use.
//!
//! The first view (pickers, search, filters, the table, legends, details,
//! URL state, copy link) is the main WebAssembly module. Every other feature
//! enters through one function declared with [`on_demand!`]: in the release
//! build (feature `split`, run through `wasm-split-cli` by
//! `scripts/post-build.mjs`) the function and everything only it reaches
//! become a chunk, fetched the first time the function is called. Every other
//! build (dev server, tests, the prerender) gets a plain `async fn`, because a
//! `split` build that skips the splitter imports a placeholder module and
//! never starts.
//!
//! A chunk that fails to load is a [`ChunkError`]: the feature shows it with a
//! "Try again" button and the rest of the widget keeps working.

use leptos::prelude::*;
use std::future::Future;

/// A feature's chunk could not be fetched or instantiated (offline, a
/// blocked request, a host that did not copy the file). The browser console
/// has the details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

impl std::fmt::Display for ChunkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The catalog's words, in English: the event detail and messages
        // built outside the widget's language context use this.
        f.write_str(crate::i18n::Lang::En.chunk_not_loaded())
    }
}

/// Declares a function that is the entry of chunk `$chunk`: called as
/// `name(args).await`, it returns `Err(ChunkError)` when the chunk cannot be
/// loaded. Arguments and result are concrete types (no generics, no `impl`).
macro_rules! on_demand {
    ($chunk:ident, $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$attr])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::ui::on_demand::ChunkError> {
            ::core::result::Result::Ok($body)
        }
        $(#[$attr])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::ui::on_demand::ChunkError> {
            ::core::result::Result::Ok($body)
        }
    };
}
pub(crate) use on_demand;

/// A view from a chunk: a short loading line while it arrives, then the
/// view, or the error with a "Try again" button (a failed load is not
/// remembered, so trying again fetches the chunk afresh).
///
/// The view is built once, in this owner, when its chunk has arrived; it is
/// kept aside until the render closure takes it (a view is not `Clone`).
pub fn chunk_view<F, Fut>(what: &'static str, load: F) -> AnyView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    // The prerender (native) has no chunks: the view is ready at once.
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(Ok(view)) = futures::FutureExt::now_or_never(load()) {
        return view;
    }
    let language = crate::i18n::lang();
    let status = RwSignal::new(Status::Loading);
    let loaded = StoredValue::new_local(None::<AnyView>);
    // "Try again" runs in an event handler: the load keeps this owner (and
    // its contexts) all the same.
    let owner = Owner::current().unwrap_or_default();
    let start = move || {
        status.set(Status::Loading);
        owner.with(|| {
            leptos::task::spawn_local_scoped(async move {
                match load().await {
                    Ok(view) => {
                        loaded.try_set_value(Some(view));
                        status.try_set(Status::Ready);
                    }
                    Err(e) => {
                        status.try_set(Status::Failed(e));
                    }
                }
            })
        });
    };
    start();
    (move || match status.get() {
        Status::Loading => view! {
            <p class="rm-chunk-loading" role="status" data-rm="chunk-loading">
                {language.chunk_loading(what)}
            </p>
        }
        .into_any(),
        Status::Ready => loaded
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        Status::Failed(e) => chunk_failed(what, e, start.clone()).into_any(),
    })
    .into_any()
}

/// Where a chunk's view is.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(ChunkError),
}

/// The notice in place of a feature whose chunk did not load. It also
/// dispatches `rm-error` (`kind: "chunk"`), which bubbles out of the
/// element's shadow root to the host page.
fn chunk_failed(
    what: &'static str,
    e: ChunkError,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let notice = NodeRef::<leptos::html::Div>::new();
    let language = crate::i18n::lang();
    let message = language.chunk_failed(what);
    let detail =
        serde_json::json!({ "kind": "chunk", "source": what, "problems": [e.to_string()] });
    notice.on_load(move |el| dispatch_error(&el, &detail.to_string()));
    view! {
        <div class="rm-notice rm-notice--error" role="alert" data-rm="chunk-error" node_ref=notice>
            <p>{message}</p>
            <button
                type="button"
                class="rm-button"
                data-rm="chunk-retry"
                on:click=move |_| retry()
            >
                {language.texts().chunk_retry}
            </button>
        </div>
    }
}

/// `rm-error` with a JSON `detail`, bubbling and composed.
fn dispatch_error(from: &web_sys::HtmlElement, detail_json: &str) {
    let detail = js_sys::JSON::parse(detail_json).unwrap_or(wasm_bindgen::JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("rm-error", &init) {
        let _ = from.dispatch_event(&event);
    }
}
