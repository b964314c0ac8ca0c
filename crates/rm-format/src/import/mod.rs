//! Importers: a provider's own matrix (CSV, Markdown, OSCAL JSON, XLSX/ODS or
//! our JSON) read into the one model, then checked by [`crate::validate`].
//!
//! Every importer keeps each cell's own words as `source_text` and records
//! every interpretation it made as a reading (on the cell, the row or the
//! offering), so nothing is silently guessed or dropped. Errors are
//! [`ValidationError`]s: file, where (row and column, or JSON path) and reason.

mod assignment;
pub mod cells;
pub mod csv;
mod header;
mod long;
pub mod markdown;
mod offering;
pub mod oscal;
mod parties;
#[cfg(feature = "xlsx")]
pub mod sheet;
mod split;
mod table;
mod wide_columns;
pub mod words;

pub use parties::PartyBook;
pub use table::Grid;

use crate::model::Offering;
use crate::validate::{validate_offering, ValidationError};

/// Inputs larger than this are refused before any parsing.
pub const MAX_INPUT_BYTES: usize = 50 * 1024 * 1024;

/// Choices the reader makes (the review step's questions, answered up front).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Which party (by name as the file writes it) is the provider.
    pub provider: Option<String>,
    /// Which party (by name as the file writes it) is the customer.
    pub customer: Option<String>,
    /// The worksheet to read (XLSX/ODS); the first one when `None`.
    pub sheet: Option<String>,
    /// The offering id; derived from the file name when `None`.
    pub id: Option<String>,
    /// The offering title; derived from the file name when `None`.
    pub title: Option<String>,
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
    Oscal,
    /// Our own schema (`data/*.json`).
    Json,
    Xlsx,
    Ods,
}

impl Format {
    /// The format for a `--format` value.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name.to_ascii_lowercase().as_str() {
            "csv" | "tsv" => Format::Csv,
            "md" | "markdown" => Format::Markdown,
            "oscal" => Format::Oscal,
            "json" => Format::Json,
            "xlsx" => Format::Xlsx,
            "ods" => Format::Ods,
            _ => return None,
        })
    }

    /// The format a file most likely has, from its name and first bytes.
    pub fn guess(file: &str, bytes: &[u8]) -> Format {
        let lower = file.to_ascii_lowercase();
        let ext = lower.rsplit('.').next().unwrap_or("");
        match ext {
            "md" | "markdown" => return Format::Markdown,
            "xlsx" | "xlsm" => return Format::Xlsx,
            "ods" => return Format::Ods,
            "csv" | "tsv" | "txt" => return Format::Csv,
            _ => {}
        }
        if bytes.starts_with(b"PK") {
            // An ODS archive starts with its uncompressed `mimetype` part.
            let head = &bytes[..bytes.len().min(128)];
            let ods = b"application/vnd.oasis.opendocument.spreadsheet";
            if head.windows(ods.len()).any(|w| w == ods) {
                return Format::Ods;
            }
            return Format::Xlsx;
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        if head.trim_start().starts_with('{') {
            if head.contains("\"system-security-plan\"")
                || head.contains("\"component-definition\"")
            {
                Format::Oscal
            } else {
                Format::Json
            }
        } else if head.lines().any(|l| l.trim_start().starts_with('|')) {
            Format::Markdown
        } else {
            Format::Csv
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
            Format::Oscal => "OSCAL JSON",
            Format::Json => "JSON",
            Format::Xlsx => "XLSX",
            Format::Ods => "ODS",
        }
    }
}

/// Reads one file in `format` into a validated offering. `file` names it in errors.
pub fn import(
    file: &str,
    bytes: &[u8],
    format: Format,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    check_size(file, bytes.len())?;
    let offering = match format {
        Format::Csv => csv::import(file, decode_text(file, bytes)?, options)?,
        Format::Markdown => markdown::import(file, decode_text(file, bytes)?, options)?,
        Format::Oscal => oscal::import(file, decode_text(file, bytes)?, options)?,
        Format::Json => return crate::load::parse_offering(file, decode_text(file, bytes)?),
        #[cfg(feature = "xlsx")]
        Format::Xlsx | Format::Ods => sheet::import(file, bytes, format, options)?,
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx | Format::Ods => {
            return Err(error(
                file,
                "",
                "XLSX/ODS import is not part of this build (rm-format's `xlsx` feature); save the sheet as CSV and import that",
            ))
        }
    };
    validate_offering(file, &offering)?;
    Ok(offering)
}

/// Reads a grid already taken from a spreadsheet (the browser's sheet
/// module reads XLSX/ODS apart from the core) into a validated offering.
pub fn import_grid(
    file: &str,
    grid: Grid,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    let offering = table::import(file, grid, options)?;
    validate_offering(file, &offering)?;
    Ok(offering)
}

/// Refuses inputs over [`MAX_INPUT_BYTES`].
pub fn check_size(file: &str, len: usize) -> Result<(), Vec<ValidationError>> {
    if len > MAX_INPUT_BYTES {
        return Err(error(
            file,
            "",
            format!(
                "the file is {:.1} MB; at most {} MB can be imported",
                len as f64 / 1_048_576.0,
                MAX_INPUT_BYTES / 1_048_576
            ),
        ));
    }
    Ok(())
}

/// The text of a UTF-8 file (BOM removed), or a clear error naming the encoding problem.
pub fn decode_text<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Vec<ValidationError>> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(error(
            file,
            "",
            "the file is UTF-16 encoded; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        let column = at
            - bytes[..at]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        let bad = bytes.get(at).copied().unwrap_or(0);
        let zeros = bytes.iter().take(64).filter(|b| **b == 0).count();
        let hint = if zeros > 8 {
            "it looks UTF-16 encoded without a byte-order mark"
        } else {
            "it looks Latin-1 or Windows-1252 encoded"
        };
        error(
            file,
            format!("line {line}, column {column}"),
            format!("the file is not UTF-8 (byte 0x{bad:02X}); {hint}: save it as UTF-8"),
        )
    })
}

/// One error as the list the importers return.
pub(crate) fn error(
    file: &str,
    at: impl Into<String>,
    reason: impl Into<String>,
) -> Vec<ValidationError> {
    vec![ValidationError {
        file: file.to_string(),
        path: at.into(),
        reason: reason.into(),
    }]
}

/// A valid id (lower-case letters, digits, single hyphens, at most 64) made from `text`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.len() > 64 {
        out.truncate(64);
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("item");
    }
    out
}

/// The file name without folders and extension, for default ids and titles.
pub(crate) fn file_stem(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
