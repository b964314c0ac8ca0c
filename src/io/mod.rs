//! The view state crossing the widget's edge: the URL hash, element attributes,
//! supplied matrices and export files. Plain Rust, no Leptos.

pub mod embed;
pub mod export;
pub mod url_state;
