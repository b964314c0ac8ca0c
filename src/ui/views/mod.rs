//! The views of an offering besides the table, one file each.

pub mod checklist;
mod checklist_item;
mod checklist_marks;
pub mod compare;
pub mod coverage;
