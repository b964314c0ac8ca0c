//! Leptos components. They only wire signals to the plain-Rust logic in
//! [`crate::filter`], [`crate::shared`], [`crate::present`] and [`crate::url_state`].
//!
//! - [`widget::Widget`]: the whole widget, owning the [`crate::filter::ViewState`] signal.
//! - [`controls`]: offering and variant pickers, search and filters, the count.
//! - [`matrix`]: the `<table>` with its section rows, rows and cells.
//! - [`legend`]: the RACI and qualifier legends.
//! - [`about`]: source credit, readings, definitions and reference tables.
//! - [`view_bar`]: the view switch (table, compare, checklist, coverage), call mode, help.
//! - [`compare`], [`checklist`], [`coverage_chart`]: the other views of an offering.
//! - [`shortcuts`] and [`help_overlay`]: keyboard shortcuts and their help dialog.

pub mod about;
pub mod checklist;
pub mod compare;
pub mod controls;
pub mod coverage_chart;
pub mod export;
pub mod help_overlay;
pub mod legend;
pub mod matrix;
pub mod shortcuts;
pub mod view_bar;
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
