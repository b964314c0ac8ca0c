//! A sheet's cells laid out as the table reader's [`Grid`]: rows by sheet
//! row, columns from the first used one, merged cells resolved.
//!
//! Merges: a merged area in the header's first row that spans columns makes
//! the header two rows ("Responsibility" over "Customer", "Provider" reads
//! as "Responsibility: Customer"…). Below the header, a cell merged down
//! several rows (a section or domain written once beside its rows) counts
//! for each row it covers, with a reading. A merge across columns below the
//! header (a section title over the whole width) stays one cell, so the row
//! reads as a section row.

use super::guard::{too_many_cells, MAX_CELLS, MAX_SLOTS};
use super::{address, Sheet};
use crate::import::Grid;
use crate::validate::ValidationError;

pub(crate) fn build(file: &str, sheet: Sheet) -> Result<Grid, Vec<ValidationError>> {
    let mut grid = Grid {
        format: sheet.format,
        notes: sheet.notes,
        ..Grid::default()
    };
    let mut cells = sheet.cells;
    if cells.is_empty() {
        return Ok(grid);
    }
    cells.sort_by_key(|c| (c.row, c.col));
    let first_row = cells[0].row;
    let first_col = cells.iter().map(|c| c.col).min().unwrap_or(0);
    let last_row = cells[cells.len() - 1].row;

    let wide_header = sheet
        .merges
        .iter()
        .find(|m| m.first_row == first_row && m.last_col > m.first_col);
    if let Some(m) = wide_header {
        grid.header_rows = 2;
        grid.notes.push(format!(
            "The header cell {} is merged across {} columns: the first two rows are read together as the header.",
            address(m.first_row, m.first_col),
            m.last_col - m.first_col + 1
        ));
    }
    let wide_header = wide_header.is_some();
    let body = first_row + if wide_header { 2 } else { 1 };
    // Merged down below the header: the value fills the covered rows of its column.
    let mut fills = Vec::new();
    for m in &sheet.merges {
        if m.first_row < body || m.last_row <= m.first_row || m.first_col < first_col {
            continue;
        }
        let Some(value) = cells
            .iter()
            .find(|c| c.row == m.first_row && c.col == m.first_col)
            .map(|c| c.text.clone())
        else {
            continue;
        };
        let last = m.last_row.min(last_row);
        if fills.len() + (last.saturating_sub(m.first_row) as usize) + cells.len() > MAX_CELLS {
            return Err(too_many_cells(
                file,
                "the sheet's merged cells cover too many rows".to_string(),
            ));
        }
        for row in m.first_row + 1..=last {
            fills.push((row, m.first_col, value.clone()));
        }
        if last > m.first_row {
            grid.notes.push(format!(
                "Cell {} is merged down to row {}: its text “{}” is read for each of those rows.",
                address(m.first_row, m.first_col),
                last + 1,
                crate::validate::shorten(&value, 60)
            ));
        }
    }
    let height = (last_row - first_row + 1) as usize;
    let mut widths = vec![0usize; height];
    for c in &cells {
        let w = &mut widths[(c.row - first_row) as usize];
        *w = (*w).max((c.col - first_col) as usize + 1);
    }
    for (row, col, _) in &fills {
        let w = &mut widths[(row - first_row) as usize];
        *w = (*w).max((col - first_col) as usize + 1);
    }
    let slots: usize = widths.iter().sum();
    if slots > MAX_SLOTS {
        let width = widths.iter().max().copied().unwrap_or(0);
        return Err(too_many_cells(
            file,
            format!("the sheet spans {height} rows × {width} columns"),
        ));
    }
    if first_col > 0 {
        grid.notes.push(format!(
            "The table starts at cell {}; the columns before it are empty.",
            address(first_row, first_col)
        ));
    }
    grid.rows = widths.iter().map(|w| vec![String::new(); *w]).collect();
    grid.lines = (first_row..=last_row).map(|r| r as usize + 1).collect();
    for c in cells {
        grid.rows[(c.row - first_row) as usize][(c.col - first_col) as usize] = c.text;
    }
    for (row, col, text) in fills {
        let slot = &mut grid.rows[(row - first_row) as usize][(col - first_col) as usize];
        if slot.is_empty() {
            *slot = text;
        }
    }
    Ok(grid)
}
