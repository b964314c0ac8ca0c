//! XLSX through calamine's streaming cell reader: cells arrive one at a
//! time, so a sheet that declares a huge area but holds few cells costs only
//! its cells, and the cell limit is checked as they come.

use super::guard::{too_many_cells, MAX_CELLS};
use super::{address, choose_sheet, formula_notes, Merge, Sheet, SheetCell};
use crate::import::error;
use crate::validate::ValidationError;
use calamine::{DataRef, Reader, SheetVisible, Xlsx};
use std::io::Cursor;

pub(crate) fn read(
    file: &str,
    bytes: &[u8],
    wanted: Option<&str>,
) -> Result<Sheet, Vec<ValidationError>> {
    let unreadable =
        |e: calamine::XlsxError| error(file, "", format!("not a readable XLSX workbook: {e}"));
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let sheets: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect();
    let mut sheet = Sheet::default();
    let name = choose_sheet(file, &sheets, wanted, &mut sheet.notes)?;
    sheet.format = format!("XLSX (sheet “{name}”)");
    sheet.merges = book
        .merge_cells_by_sheet_name(&name)
        .map_err(unreadable)?
        .into_iter()
        .map(|d| Merge {
            first_row: d.start.0,
            first_col: d.start.1,
            last_row: d.end.0,
            last_col: d.end.1,
        })
        .collect();
    let mut formulas = Vec::new();
    let mut reader = book.worksheet_cells_reader(&name).map_err(unreadable)?;
    while let Some(cell) = reader.next_cell_with_formula().map_err(unreadable)? {
        let (row, col) = cell.pos;
        let value = text_of(&cell.value);
        let text = match cell.formula.filter(|f| !f.trim().is_empty()) {
            Some(formula) => {
                let formula = format!("={}", formula.trim_start_matches('='));
                let saved = (!value.is_empty()).then(|| value.clone());
                formulas.push((address(row, col), formula.clone(), saved));
                if value.is_empty() {
                    formula
                } else {
                    value
                }
            }
            None => value,
        };
        if text.is_empty() {
            continue;
        }
        if sheet.cells.len() >= MAX_CELLS {
            return Err(too_many_cells(
                file,
                format!("the sheet “{name}” has more than {MAX_CELLS} filled cells"),
            ));
        }
        sheet.cells.push(SheetCell { row, col, text });
    }
    formula_notes(&formulas, &mut sheet.notes);
    Ok(sheet)
}

/// A cell's value as the text a spreadsheet shows for it.
pub(crate) fn text_of(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            }
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
    }
}

/// A number as a spreadsheet shows it by default: no trailing ".0".
pub(crate) fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}
