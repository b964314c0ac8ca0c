//! The view state crossing the widget's edge: the URL hash, element attributes,
//! supplied matrices and export files. Plain Rust, no Leptos.

pub mod checklist_store;
pub mod embed;
pub mod events;
pub mod export;
pub mod hash_keys;
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
pub mod open;
pub mod url_state;
