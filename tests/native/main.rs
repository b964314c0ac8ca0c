//! The plain-Rust rules, tested natively: one test binary for every rule and
//! input/output module, so `cargo test` links it once instead of once per file.
//!
//! Run one part with a name filter, e.g. `cargo test --test native -- embed::`.

mod catalog;
mod compare;
mod embed;
mod export;
mod filter;
mod json_path;
mod schema;
mod shared_rule;
mod summary;
mod table_rows;
mod url_state;
mod validation;
mod view_rules;
mod xss_corpus;
