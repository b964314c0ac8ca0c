//! What the reader picked and what it shows: plain Rust, no Leptos, tested natively.

pub mod compare;
pub mod filter;
pub mod keys;
pub mod present;
pub mod shared;
pub mod state;
pub mod summary;
pub mod table_rows;
pub mod text;
