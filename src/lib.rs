//! Responsibility Matrix: shared-responsibility matrices of managed hosting
//! offerings as an interactive, embeddable Leptos widget.
//!
//! Data flows one way: `data/*.json` → `build.rs` (parse, validate, generate)
//! → [`catalog`] (validated, compiled-in JSON, parsed per offering on first
//! use) → filter state → view.
// Leptos views are nested types; the server-side (prerender) build computes
// the layout of the whole widget's view, which goes deeper than the default.
#![recursion_limit = "256"]

// The layers, each imported only by the ones above it:
// ui (Leptos) → io (URL, attributes, exports) → rules (view state, filter,
// shared rule, wording) → rm_format (the data file format, its own crate).
pub mod io;
pub mod rules;
pub mod ui;

// Entry points and the compiled-in data.
pub mod catalog;
pub mod element;
pub mod i18n;
pub mod panic_box;
/// Static HTML of the widget for the build (Leptos ssr, native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod takeover;

/// Mounts the standalone widget into the page's `#app` element, with its view
/// read from and kept in the URL hash. A page without `#app` (an embedding
/// page, `embed.html`) gets nothing here: it uses `<responsibility-matrix>`.
pub fn mount_app() {
    use leptos::prelude::*;
    panic_box::install();
    let Some(default) = catalog::default_offering() else {
        return;
    };
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let lang = i18n::Lang::from_preferences(&browser_languages());
    let (initial, problems) = io::url_state::decode_in(lang, &hash, &default.id, catalog::offering);
    // The signals belong to the mounted view's owner.
    let app = move || {
        let state = RwSignal::new(initial);
        let notices = RwSignal::new(problems);
        view! { <ui::widget::Widget state notices lang /> }
    };
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    if let Some(el) = target {
        panic_box::register(&el);
        // Take-over: the prerendered matrix stays until the live one is built
        // after it, then goes in the same task (no paint in between).
        let prerendered = takeover::StaticContent::record(&el);
        leptos::mount::mount_to(el.clone(), app).forget();
        prerendered.replace(&el);
    }
}

/// The reader's preferred languages, most preferred first
/// (`navigator.languages`, else `navigator.language`).
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
