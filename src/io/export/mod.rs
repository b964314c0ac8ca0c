//! Export the current view: the rows and columns the table shows, as CSV,
//! Markdown or JSON, and a party's checklist as CSV or Markdown.
//!
//! Plain Rust, no Leptos: [`crate::ui::export_bar`] only turns the text into a
//! download. An export is the view, not the whole offering:
//!
//! - [`grid`] is the view as a grid of text, built from the same decomposition
//!   the table renders ([`crate::rules::present::cell_parts`] and
//!   [`crate::rules::present::column_heads`]), so the exported text is the
//!   table's text by construction. [`csv`] and [`markdown`] write it.
//! - [`json`] writes the offering cut down to the view, in the data format.
//! - [`checklist`] writes "What do I own?" with its ticks, owners and notes
//!   (and [`checklist_oscal`] as OSCAL); [`checklist_restore`] reads them back.

pub mod checklist;
pub mod checklist_oscal;
pub mod checklist_restore;
pub mod csv;
pub mod grid;
pub mod json;
pub mod markdown;

pub use checklist::{checklist_csv, checklist_file_name, checklist_markdown, checklist_title};
pub use checklist_oscal::{checklist_oscal, checklist_oscal_file_name};
pub use checklist_restore::read_checklist_file;
pub use csv::{csv_record, source_block, to_csv};
pub use grid::{filtered_offering, grid, Grid, GridColumn, GridRow};
pub use json::{to_json, view_info, FilterInfo, ViewInfo};
pub use markdown::{filters_text, markdown_escape, to_markdown};

use crate::rules::state::ViewState;
use rm_format::model::Offering;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 CSV (CRLF line ends, quotes only where needed), UTF-8.
    Csv,
    /// A GitHub-flavoured Markdown table with a title line and the source credit.
    Markdown,
    /// The offering filtered to the view, in the data format, plus a `view` object.
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Csv, Format::Markdown, Format::Json];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The MIME type of the downloaded file.
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json;charset=utf-8",
        }
    }

    /// The format's name as shown on its button.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
            Format::Json => "JSON",
        }
    }
}

/// The file name of an export: `<offering>-<variant or all>.<csv|md|json>`.
pub fn file_name(o: &Offering, state: &ViewState, format: Format) -> String {
    format!("{}.{}", file_stem(o, state), format.extension())
}

/// `<offering>-<variant or all>`: the start of every export's file name.
fn file_stem(o: &Offering, state: &ViewState) -> String {
    let variant = state
        .variant
        .as_deref()
        .filter(|v| o.variant(v).is_some())
        .unwrap_or("all");
    format!("{}-{variant}", o.id)
}

/// The current view in `format`; an error is a readable reason (none is
/// expected: everything is written to memory), never a panic.
pub fn export(o: &Offering, state: &ViewState, format: Format) -> Result<String, String> {
    match format {
        Format::Csv => Ok(to_csv(o, state)),
        Format::Markdown => Ok(to_markdown(o, state)),
        Format::Json => to_json(o, state),
    }
}
