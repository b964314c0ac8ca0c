//! What changed between two matrices, by activity: rows added and removed,
//! and cells whose meaning changed (who, letters, qualifiers or status),
//! with one summary sentence. Rows match by id, else by activity text.

use crate::model::{Cell, Offering, Row};
use std::collections::HashMap;

/// One changed cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellChange {
    pub column: String,
    pub before: String,
    pub after: String,
}

/// A row present in both, with its changed cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowDiff {
    pub row_id: String,
    pub activity: String,
    pub cells: Vec<CellChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diff {
    /// Activities only in the second matrix.
    pub added: Vec<String>,
    /// Activities only in the first matrix.
    pub removed: Vec<String>,
    pub changed: Vec<RowDiff>,
}

/// What a cell means, ignoring its wording (source text, reading, note).
fn meaning(o: &Offering, cell: &Cell) -> String {
    crate::write::cell_text::cell(
        o,
        &Cell {
            note: None,
            reading: None,
            ..cell.clone()
        },
    ) + if cell.status == Some(crate::model::Status::NotSpecified) {
        "(blank)"
    } else {
        ""
    }
}

pub fn diff(a: &Offering, b: &Offering) -> Diff {
    let by_id: HashMap<&str, &Row> = b.rows().map(|(_, r)| (&*r.id, r)).collect();
    let by_activity: HashMap<&str, &Row> = b.rows().map(|(_, r)| (&*r.activity, r)).collect();
    let mut matched = std::collections::HashSet::new();
    let mut d = Diff::default();
    for (_, r) in a.rows() {
        let Some(other) = by_id.get(&*r.id).or_else(|| by_activity.get(&*r.activity)) else {
            d.removed.push(r.activity.to_string());
            continue;
        };
        matched.insert(&*other.id);
        let mut cells = Vec::new();
        for column in a.columns.iter() {
            let label = column.label.to_string();
            let before = r
                .cell(&column.id)
                .map(|c| meaning(a, c))
                .unwrap_or_default();
            let after = other
                .cell(&column.id)
                .map(|c| meaning(b, c))
                .unwrap_or_default();
            if before != after {
                cells.push(CellChange {
                    column: label,
                    before,
                    after,
                });
            }
        }
        for column in b.columns.iter().filter(|c| a.column(&c.id).is_none()) {
            let after = other
                .cell(&column.id)
                .map(|c| meaning(b, c))
                .unwrap_or_default();
            cells.push(CellChange {
                column: column.label.to_string(),
                before: String::new(),
                after,
            });
        }
        if !cells.is_empty() {
            d.changed.push(RowDiff {
                row_id: r.id.to_string(),
                activity: r.activity.to_string(),
                cells,
            });
        }
    }
    d.added = b
        .rows()
        .filter(|(_, r)| !matched.contains(&*r.id))
        .map(|(_, r)| r.activity.to_string())
        .collect();
    d
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// One sentence: "2 activities added, 1 removed and 3 changed (4 cells)."
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "No activity changed.".into();
        }
        let cells: usize = self.changed.iter().map(|r| r.cells.len()).sum();
        let mut parts = Vec::new();
        if !self.added.is_empty() {
            parts.push(format!(
                "{} added",
                count(self.added.len(), "activity", "activities")
            ));
        }
        if !self.removed.is_empty() {
            parts.push(format!(
                "{} removed",
                count(self.removed.len(), "activity", "activities")
            ));
        }
        if !self.changed.is_empty() {
            parts.push(format!(
                "{} changed ({})",
                count(self.changed.len(), "activity", "activities"),
                count(cells, "cell", "cells")
            ));
        }
        let last = parts.pop().unwrap_or_default();
        if parts.is_empty() {
            format!("{last}.")
        } else {
            format!("{} and {last}.", parts.join(", "))
        }
    }
}
