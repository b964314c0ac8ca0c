//! The views of an offering besides the table, one file each.

pub mod checklist;
pub mod compare;
pub mod coverage;
