//! Leptos components. They only wire signals to the plain-Rust logic in
//! [`crate::filter`], [`crate::shared`], [`crate::present`] and [`crate::url_state`].
//!
//! - [`widget::Widget`]: the whole widget, owning the [`crate::filter::ViewState`] signal.
//! - [`controls`]: offering and variant pickers, search and filters, the count.
//! - [`matrix`]: the `<table>` with its section rows, rows and cells.
//! - [`legend`]: the RACI and qualifier legends.
//! - [`about`]: source credit, readings, definitions and reference tables.

pub mod about;
pub mod controls;
pub mod export;
pub mod legend;
pub mod matrix;
pub mod widget;

use crate::text::Query;
use leptos::prelude::*;

/// Text with the query's matches wrapped in `<mark>` (always rendered as text).
pub fn highlighted(text: &str, query: &Query) -> AnyView {
    if query.is_empty() {
        return text.to_string().into_any();
    }
    query
        .highlight(text)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}
