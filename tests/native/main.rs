//! The plain-Rust rules, tested natively: one test binary for every rule and
//! input/output module, so `cargo test` links it once instead of once per file.
//!
//! Run one part with a name filter, e.g. `cargo test --test native -- embed::`.

mod active_filters;
mod agreement;
mod catalog;
mod cell_parts;
mod changelog;
mod checklist_export;
mod checklist_marks;
mod compare;
mod custom_elements;
mod dom_hooks;
mod embed;
mod embed_events;
mod export;
mod filter;
mod grid_nav;
mod i18n;
mod i18n_rules;
mod i18n_scan;
mod json_path;
mod open;
mod prerender;
mod print_summary;
mod schema;
mod shared_rule;
mod summary;
mod table_rows;
mod ui_imports;
mod url_state;
mod validation;
mod view_rules;
mod view_state;
mod xss_corpus;
