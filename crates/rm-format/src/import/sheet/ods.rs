//! ODS through calamine. An ODS sheet says "this cell, repeated 16,384
//! times" and "this row, repeated a million times" in a few bytes, and
//! calamine expands what it reads, so `content.xml` is walked first
//! ([`survey`]) to count what expanding would make; that walk also finds
//! the merged cells (`number-columns-spanned`), which calamine does not report.

use super::guard::{self, too_many_cells, MAX_CELLS, MAX_SLOTS};
use super::xlsx::number;
use super::{address, choose_sheet, formula_notes, Merge, Sheet, SheetCell};
use crate::import::error;
use crate::validate::ValidationError;
use calamine::{Data, Ods, Reader};
use quick_xml::events::{BytesStart, Event};
use std::io::Cursor;

pub(crate) fn read(
    file: &str,
    bytes: &[u8],
    wanted: Option<&str>,
) -> Result<Sheet, Vec<ValidationError>> {
    let content = guard::part(file, bytes, "content.xml")?;
    let tables = survey(file, &content)?;
    let unreadable =
        |e: calamine::OdsError| error(file, "", format!("not a readable ODS spreadsheet: {e}"));
    let mut book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(unreadable)?;
    let sheets: Vec<(String, bool)> = book.sheet_names().into_iter().map(|n| (n, true)).collect();
    let mut sheet = Sheet::default();
    let name = choose_sheet(file, &sheets, wanted, &mut sheet.notes)?;
    sheet.format = format!("ODS (sheet “{name}”)");
    sheet.merges = tables
        .into_iter()
        .find(|t| t.name == name)
        .map(|t| t.merges)
        .unwrap_or_default();
    let values = book.worksheet_range(&name).map_err(unreadable)?;
    let formulas = book.worksheet_formula(&name).map_err(unreadable)?;
    let mut found = Vec::new();
    let (r0, c0) = values.start().unwrap_or((0, 0));
    for (r, c, value) in values.used_cells() {
        let (row, col) = (r0 + r as u32, c0 + c as u32);
        let value = text_of(value);
        let formula = formulas
            .get_value((row, col))
            .map(|f| f.trim_start_matches("of:").trim_start_matches('='))
            .filter(|f| !f.trim().is_empty())
            .map(|f| format!("={f}"));
        let text = match formula {
            Some(f) => {
                let saved = (!value.is_empty()).then(|| value.clone());
                found.push((address(row, col), f.clone(), saved));
                if value.is_empty() {
                    f
                } else {
                    value
                }
            }
            None => value,
        };
        if !text.is_empty() {
            sheet.cells.push(SheetCell { row, col, text });
        }
    }
    // A formula whose saved value is empty has no value cell: keep its words too.
    for (r, c, f) in formulas.used_cells() {
        let (row, col) = match formulas.start() {
            Some((fr, fc)) => (fr + r as u32, fc + c as u32),
            None => continue,
        };
        let has_value = values
            .get_value((row, col))
            .is_some_and(|v| *v != Data::Empty);
        let f = f.trim_start_matches("of:").trim_start_matches('=');
        if !has_value && !f.trim().is_empty() {
            let f = format!("={f}");
            found.push((address(row, col), f.clone(), None));
            sheet.cells.push(SheetCell { row, col, text: f });
        }
    }
    formula_notes(&found, &mut sheet.notes);
    Ok(sheet)
}

fn text_of(value: &Data) -> String {
    match value {
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        other => other.to_string(),
    }
}

/// One table of `content.xml`: its name and merged areas.
struct Table {
    name: String,
    merges: Vec<Merge>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.to_string())
}

fn count(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name)
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

/// Walks every table, counting the cells and places expanding its repeats
/// would make; refuses a table over the limits. Returns the tables' merges.
fn survey(file: &str, content: &[u8]) -> Result<Vec<Table>, Vec<ValidationError>> {
    let mut xml = quick_xml::Reader::from_reader(content);
    let mut buf = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    // Per table: filled cells and the area up to the last filled row, expanded.
    let (mut filled, mut rows, mut width, mut last_filled_row) = (0u64, 0u64, 0u64, 0u64);
    // Per row: its repeat, column position, and position after its last filled cell.
    let (mut row_repeat, mut col, mut row_width, mut row_filled) = (1u64, 0u64, 0u64, 0u64);
    let mut in_cell: Option<(u64, bool)> = None;
    let over = |what: String| Err(too_many_cells(file, what));
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| {
            error(
                file,
                "content.xml",
                format!("the sheet's XML is broken: {e}"),
            )
        })?;
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e.clone().into_owned()), false),
            Event::Empty(e) => (Some(e.clone().into_owned()), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.local_name().as_ref() {
                "table" => {
                    tables.push(Table {
                        name: attr(&e, "table:name").unwrap_or_default(),
                        merges: Vec::new(),
                    });
                    (filled, rows, width, last_filled_row) = (0, 0, 0, 0);
                }
                "table-row" => {
                    row_repeat = count(&e, "table:number-rows-repeated");
                    (col, row_width, row_filled) = (0, 0, 0);
                }
                "table-cell" | "covered-table-cell" => {
                    let repeat = count(&e, "table:number-columns-repeated");
                    let has_value = attr(&e, "office:value-type").is_some();
                    let cols = count(&e, "table:number-columns-spanned");
                    let down = count(&e, "table:number-rows-spanned");
                    if let Some(t) = tables.last_mut().filter(|_| cols > 1 || down > 1) {
                        let at = |n: u64| n.min(u32::MAX as u64) as u32;
                        if t.merges.len() < MAX_CELLS {
                            t.merges.push(Merge {
                                first_row: at(rows),
                                first_col: at(col),
                                last_row: at(rows + down - 1),
                                last_col: at(col + cols - 1),
                            });
                        }
                    }
                    if empty {
                        if has_value {
                            row_filled = row_filled.saturating_add(repeat);
                            row_width = col.saturating_add(repeat);
                        }
                        col = col.saturating_add(repeat);
                    } else {
                        in_cell = Some((repeat, has_value));
                    }
                }
                _ => {}
            }
        }
        match &event {
            Event::Text(t) if in_cell.is_some() && !AsRef::<str>::as_ref(t).trim().is_empty() => {
                if let Some((_, seen)) = in_cell.as_mut() {
                    *seen = true;
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "table-cell" | "covered-table-cell" => {
                    if let Some((repeat, seen)) = in_cell.take() {
                        if seen {
                            row_filled = row_filled.saturating_add(repeat);
                            row_width = col.saturating_add(repeat);
                        }
                        col = col.saturating_add(repeat);
                    }
                }
                "table-row" => {
                    rows = rows.saturating_add(row_repeat);
                    if row_filled > 0 {
                        filled = filled.saturating_add(row_filled.saturating_mul(row_repeat));
                        width = width.max(row_width);
                        last_filled_row = rows;
                    }
                    let name = tables.last().map_or("", |t| t.name.as_str());
                    if filled > MAX_CELLS as u64 {
                        return over(format!("the sheet “{name}” repeats cells to more than {MAX_CELLS} filled cells"));
                    }
                    if last_filled_row.saturating_mul(width) > MAX_SLOTS as u64 {
                        return over(format!(
                            "the sheet “{name}” spans {last_filled_row} rows × {width} columns"
                        ));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(tables)
}
