//! Responsibility Matrix: shared-responsibility matrices of managed hosting
//! offerings as an interactive, embeddable Leptos widget.
//!
//! Data flows one way: `data/*.json` → `build.rs` (parse, validate, generate)
//! → [`catalog`] (validated, compiled-in JSON, parsed per offering on first
//! use) → filter state → view.

pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
pub mod compare;
pub mod element;
pub mod embed;
pub mod json_path;
pub mod load;
pub mod model;
pub mod panic_box;
pub mod validate;

pub mod components;
pub mod export;
pub mod filter;
pub mod present;
pub mod shared;
pub mod shortcuts;
pub mod summary;
pub mod table_rows;
pub mod text;
pub mod url_state;

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
    let (initial, notices) = url_state::decode(&hash, &default.id, catalog::offering);
    let app = move || view! { <components::widget::Widget initial notices /> };
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    if let Some(el) = target {
        panic_box::register(&el);
        leptos::mount::mount_to(el, app).forget();
    }
}
