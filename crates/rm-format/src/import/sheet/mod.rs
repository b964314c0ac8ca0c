//! Spreadsheets (XLSX and ODS, through calamine) read into the same wide or
//! long table the CSV importer reads, so the cell vocabulary, the header
//! names and the readings are shared.
//!
//! What a spreadsheet adds to a CSV: the sheet to read (the first visible
//! one, or the one named), merged cells (a merged header over party columns
//! reads as "Group: Party"; a cell merged down a column counts for each row
//! it covers), and formulas, which are never run: a formula's saved value is
//! its text, and a formula with no saved value is kept as its own words.
//! Limits are checked before anything is unpacked ([`guard`]), so a zip
//! bomb or a sheet of a million sparse cells is refused with a clear error.

mod grid;
pub mod guard;
mod ods;
mod xlsx;

use super::{table, Format, ImportOptions};
use crate::model::Offering;
use crate::validate::ValidationError;

/// One non-empty cell of a sheet, zero-based.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SheetCell {
    pub row: u32,
    pub col: u32,
    pub text: String,
}

/// A merged area, zero-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Merge {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

/// What a sheet reader hands the grid builder.
#[derive(Debug, Default)]
pub(crate) struct Sheet {
    pub cells: Vec<SheetCell>,
    pub merges: Vec<Merge>,
    /// Readings the reader made (which sheet, formulas).
    pub notes: Vec<String>,
    pub format: String,
}

/// Reads an XLSX or ODS file into an offering (not yet validated).
pub fn import(
    file: &str,
    bytes: &[u8],
    format: Format,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    let grid = read_grid(file, bytes, format, options.sheet.as_deref())?;
    table::import(file, grid, options)
}

/// Reads an XLSX or ODS file into the grid the table importer reads.
pub fn read_grid(
    file: &str,
    bytes: &[u8],
    format: Format,
    sheet: Option<&str>,
) -> Result<super::Grid, Vec<ValidationError>> {
    super::check_size(file, bytes.len())?;
    guard::check_archive(file, bytes)?;
    let sheet = match format {
        Format::Ods => ods::read(file, bytes, sheet)?,
        _ => xlsx::read(file, bytes, sheet)?,
    };
    grid::build(file, sheet)
}

/// Picks the sheet: the one named (exactly, else ignoring case), or the first
/// visible one. `sheets` is (name, visible) in workbook order.
pub(crate) fn choose_sheet(
    file: &str,
    sheets: &[(String, bool)],
    wanted: Option<&str>,
    notes: &mut Vec<String>,
) -> Result<String, Vec<ValidationError>> {
    let names = || {
        sheets
            .iter()
            .map(|(n, _)| format!("“{n}”"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(wanted) = wanted {
        let found = sheets
            .iter()
            .find(|(n, _)| n == wanted)
            .or_else(|| sheets.iter().find(|(n, _)| n.eq_ignore_ascii_case(wanted)));
        return match found {
            Some((n, _)) => Ok(n.clone()),
            None => Err(super::error(
                file,
                "",
                format!("there is no sheet “{wanted}”; the sheets are {}", names()),
            )),
        };
    }
    let Some((name, _)) = sheets.iter().find(|(_, v)| *v).or(sheets.first()) else {
        return Err(super::error(file, "", "the workbook has no sheet"));
    };
    if sheets.len() > 1 {
        notes.push(format!(
            "The workbook has {} sheets ({}); the first, “{name}”, is read (choose another with --sheet).",
            sheets.len(),
            names()
        ));
    }
    Ok(name.clone())
}

/// A cell's address as a spreadsheet writes it ("C12"), zero-based input.
pub(crate) fn address(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

/// Shows at most this many formula readings; the rest are counted.
const FORMULA_NOTES: usize = 20;

/// Records the readings for formula cells: (address, formula, saved value).
pub(crate) fn formula_notes(found: &[(String, String, Option<String>)], notes: &mut Vec<String>) {
    for (at, formula, value) in found.iter().take(FORMULA_NOTES) {
        let formula = shorten(formula.trim_start_matches('='), 80);
        notes.push(match value {
            Some(v) => format!(
                "Cell {at} holds the formula ={formula}; its saved value “{}” is read as text (formulas are never run).",
                shorten(v, 80)
            ),
            None => format!(
                "Cell {at} holds the formula ={formula} with no saved value; the formula's own words are kept as text (formulas are never run)."
            ),
        });
    }
    if found.len() > FORMULA_NOTES {
        notes.push(format!(
            "{} more formula cells are read the same way.",
            found.len() - FORMULA_NOTES
        ));
    }
}

fn shorten(text: &str, max: usize) -> String {
    crate::validate::shorten(text, max)
}

#[cfg(test)]
mod tests {
    use super::address;

    #[test]
    fn addresses_are_spreadsheet_letters() {
        assert_eq!(address(0, 0), "A1");
        assert_eq!(address(11, 2), "C12");
        assert_eq!(address(0, 25), "Z1");
        assert_eq!(address(0, 26), "AA1");
        assert_eq!(address(1_048_575, 16_383), "XFD1048576");
    }
}
