//! Matrix-level writers: the whole offering, losslessly where the format can
//! carry it, in CSV (wide, re-importable), Markdown, our JSON, OSCAL JSON and
//! a styled XLSX. (The widget's view exports, which follow filters, are
//! elsewhere; these write the matrix itself.)

pub mod cell_text;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod oscal;
mod table;
#[cfg(feature = "xlsx-write")]
pub mod xlsx;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
    Json,
    Oscal,
    Xlsx,
}

impl Format {
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name.to_ascii_lowercase().as_str() {
            "csv" => Format::Csv,
            "md" | "markdown" => Format::Markdown,
            "json" => Format::Json,
            "oscal" => Format::Oscal,
            "xlsx" => Format::Xlsx,
            _ => return None,
        })
    }
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Oscal => "oscal.json",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The offering in `format`, as bytes.
pub fn write(o: &crate::model::Offering, format: Format) -> Result<Vec<u8>, String> {
    match format {
        Format::Csv => Ok(csv::write(o).into_bytes()),
        Format::Markdown => markdown::write(o).map(String::into_bytes),
        Format::Json => json::write(o).map(String::into_bytes),
        Format::Oscal => oscal::write(o).map(String::into_bytes),
        #[cfg(feature = "xlsx-write")]
        Format::Xlsx => xlsx::write(o),
        #[cfg(not(feature = "xlsx-write"))]
        Format::Xlsx => Err(
            "XLSX output is not part of this build (rm-format's `xlsx-write` feature); write CSV and open it in a spreadsheet"
                .into(),
        ),
    }
}
