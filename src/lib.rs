//! Responsibility Matrix: shared-responsibility matrices of managed hosting
//! offerings as an interactive, embeddable Leptos widget.
//!
//! Data flows one way: `data/*.json` → `build.rs` (parse, validate, generate)
//! → [`catalog`] (compiled statics) → filter state → view.

pub mod model;
pub mod validate;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;

/// Mounts the widget into the page's `#app` element (or `<body>`).
pub fn mount_app() {
    leptos::mount::mount_to_body(|| leptos::view! { <p>"Responsibility Matrix"</p> });
}
