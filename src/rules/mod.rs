//! What the reader picked and what it shows: plain Rust, no Leptos, tested natively.

pub mod active_filters;
pub mod checklist;
pub mod checklist_marks;
pub mod compare;
pub mod compare_target;
pub mod coverage;
pub mod filter;
pub mod grid_nav;
pub mod keys;
pub mod present;
pub mod print_summary;
pub mod shared;
pub mod state;
pub mod table_rows;
pub mod text;
