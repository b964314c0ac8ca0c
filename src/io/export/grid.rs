//! The view as a grid of text (what CSV and Markdown write), and the view as
//! an offering (what JSON writes).
//!
//! # The rule: exported text equals what the table shows
//!
//! - **Columns** are the table's visible columns, in order, with the table's
//!   header labels ([`column_heads`]): a column split by party becomes one
//!   column per party, named by the party; a column that is our inference
//!   is named "<label> (inferred)", as its head carries the inference mark
//!   ([`ColumnHead::text`](crate::rules::present::ColumnHead::text)). The grid starts with a "Section"
//!   column (the sections are flattened into one grid, so each row keeps its
//!   section) and a "Service" column.
//! - **Rows** are exactly [`visible_rows`], in order: search, section, domain,
//!   party and "shared only" apply.
//! - **Cells** are the table's sub-cells ([`cell_parts`]) in words
//!   ([`SubCell::text`](crate::rules::present::SubCell::text)): badges become
//!   words ("Rackspace, reactive only"), the wording search and the badges'
//!   tooltips use; a note follows in parentheses; a resolved "Same as" is
//!   followed by "→ …"; an unassigned party is an empty field. The marks (⇄,
//!   ※), the screen-reader-only words and the header's "(chosen)" are not text.

use crate::rules::filter::{visible_columns, visible_rows, ViewState, VisibleColumn};
use crate::rules::present::{cell_parts, column_heads, section_label};
use rm_format::model::{Cell, CellEntry, Offering, Row, Section, Status};
use std::borrow::Cow;

/// One column of the exported grid (after "Section" and "Service").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridColumn {
    /// The `data-rm-col` of the table's cells: the column id, or the party id
    /// for a column split by party.
    pub id: String,
    /// The header label: the column's label, or the party's name.
    pub label: String,
}

/// One exported row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// The row id (`data-rm-row`).
    pub id: String,
    /// The section as its header row shows it ("3.1 Title" when numbered).
    pub section: String,
    /// The service (activity) as the source writes it.
    pub service: String,
    /// One text per [`GridColumn`], in order.
    pub cells: Vec<String>,
}

/// The view as a grid of text: what CSV and Markdown write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<GridColumn>,
    pub rows: Vec<GridRow>,
}

impl Grid {
    /// The header row: "Section", "Service", then the columns' labels.
    pub fn header(&self) -> Vec<String> {
        ["Section", "Service"]
            .into_iter()
            .map(String::from)
            .chain(self.columns.iter().map(|c| c.label.clone()))
            .collect()
    }

    /// A row as a record: section, service, then the cells.
    pub fn record(row: &GridRow) -> Vec<String> {
        [row.section.clone(), row.service.clone()]
            .into_iter()
            .chain(row.cells.iter().cloned())
            .collect()
    }
}

/// The grid of the current view (see the module's rule).
pub fn grid(o: &Offering, state: &ViewState) -> Grid {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let columns = cols
        .iter()
        .flat_map(|c| column_heads(o, c.column, c.emphasised))
        .map(|head| GridColumn {
            id: head.col.to_string(),
            label: head.text(),
        })
        .collect();
    let rows = visible_rows(o, state)
        .iter()
        .map(|vr| GridRow {
            id: vr.row.id.to_string(),
            section: section_label(vr.section),
            service: vr.row.activity.to_string(),
            cells: cols
                .iter()
                .flat_map(|c| cell_parts(o, vr.row, c.column, is_visible))
                .map(|sub| sub.text())
                .collect(),
        })
        .collect();
    Grid { columns, rows }
}

/// The offering cut down to the view, in the data format (`data/schema.json`):
/// only the visible columns, the sections with visible rows, the visible rows,
/// and in each row only the visible columns' cells. A "Same as" cell keeps
/// only the visible columns it points to (all of them if none is visible), so
/// it refers to columns the file still has. Parties, variants, definitions,
/// reference tables and notes are kept whole.
pub fn filtered_offering(o: &Offering, state: &ViewState) -> Offering {
    let cols: Vec<VisibleColumn> = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let mut sections: Vec<Section> = Vec::new();
    for vr in &visible_rows(o, state) {
        let row = Row {
            cells: Cow::Owned(
                cols.iter()
                    .filter_map(|c| {
                        let cell = vr.row.cell(&c.column.id)?;
                        Some(CellEntry {
                            column: c.column.id.clone(),
                            cell: cell_in_view(cell, &is_visible),
                        })
                    })
                    .collect(),
            ),
            ..vr.row.clone()
        };
        match sections.last_mut() {
            Some(s) if s.id == vr.section.id => s.rows.to_mut().push(row),
            _ => sections.push(Section {
                rows: Cow::Owned(vec![row]),
                ..vr.section.clone()
            }),
        }
    }
    Offering {
        columns: Cow::Owned(cols.iter().map(|c| c.column.clone()).collect()),
        sections: Cow::Owned(sections),
        ..o.clone()
    }
}

/// A cell with a "Same as" narrowed to the visible columns it points to.
fn cell_in_view(cell: &Cell, is_visible: &dyn Fn(&str) -> bool) -> Cell {
    match &cell.status {
        Some(Status::SameAs { columns }) if columns.iter().any(|c| is_visible(c)) => Cell {
            status: Some(Status::SameAs {
                columns: Cow::Owned(columns.iter().filter(|c| is_visible(c)).cloned().collect()),
            }),
            ..cell.clone()
        },
        _ => cell.clone(),
    }
}
