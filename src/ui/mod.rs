//! The widget's Leptos components. They only wire signals to the plain-Rust
//! rules in [`crate::rules`] and the edges in [`crate::io`].
//!
//! - [`widget::Widget`]: the whole widget, owning the view-state signal.
//! - [`controls`]: offering and variant pickers, search and filters, the count.
//! - [`active_filters`]: the search and filters in force, as removable chips.
//! - [`table`]: the `<table>` with its section rows, rows and cells.
//! - [`legend`]: the RACI and qualifier legends.
//! - [`about`]: source credit, readings, definitions and reference tables.
//! - [`view_bar`]: the view switch (table, compare, checklist, coverage), call mode, help.
//! - [`views`]: compare, "What do I own?" and coverage.
//! - [`export_bar`]: the export buttons.
//! - [`open`]: "Open a matrix…": a file or pasted table, reviewed, then shown.
//! - [`keyboard`] and [`help_overlay`]: keyboard shortcuts and their help dialog.

pub mod about;
pub mod active_filters;
pub mod common;
pub mod context;
pub mod controls;
pub mod export_bar;
pub mod help_overlay;
pub mod history;
pub mod keyboard;
pub mod legend;
pub mod local_store;
pub mod notices;
pub mod on_demand;
pub mod open;
pub mod print_header;
pub mod table;
pub mod view_bar;
pub mod views;
pub mod widget;
