//! The rules for a row's cells: one per column, one form each (who, why
//! nobody, or a detail's text), references to parties, roles and columns,
//! RACI letters, and the two-way rule between a blank source and "not
//! specified".

use super::{join_key, known, Parties, Report};
use crate::model::{
    Assignment, Cell, Column, ColumnKind, Inference, Offering, Qualifier, Row, Status,
};
use std::collections::{HashMap, HashSet};

/// What the cell rules need from the offering, built once per offering: a
/// file with many rows and columns stays linear.
pub(super) struct CellRules<'a> {
    columns: &'a [Column],
    /// The first column of each id, as `Offering::column` finds it.
    columns_by_id: HashMap<&'a str, &'a Column>,
    column_ids: &'a HashSet<&'a str>,
    known_columns: String,
    pub(super) parties: Parties<'a>,
}

impl<'a> CellRules<'a> {
    pub(super) fn new(o: &'a Offering, column_ids: &'a HashSet<&'a str>) -> Self {
        let mut columns_by_id = HashMap::new();
        for c in o.columns.iter() {
            columns_by_id.entry(&*c.id).or_insert(c);
        }
        CellRules {
            columns: &o.columns,
            columns_by_id,
            column_ids,
            known_columns: known(column_ids),
            parties: Parties::new(o),
        }
    }

    /// Exactly one cell per column, in no particular order, each valid.
    pub(super) fn check_row_cells(&self, r: &mut Report, rpath: &str, row: &Row) {
        let cell_columns: HashSet<&str> = row.cells.iter().map(|e| &*e.column).collect();
        for c in self.columns.iter() {
            if !cell_columns.contains(&*c.id) {
                r.err(
                    format!("{rpath}.cells"),
                    format!("missing a cell for column `{}`", c.id),
                );
            }
        }
        for entry in row.cells.iter() {
            let cpath = join_key(&format!("{rpath}.cells"), &entry.column);
            match self.columns_by_id.get(&*entry.column) {
                Some(column) => self.check_cell(r, &cpath, column.kind, &entry.cell),
                None => r.err(
                    cpath,
                    format!("unknown column `{}`{}", entry.column, self.known_columns),
                ),
            }
        }
    }

    fn check_cell(&self, r: &mut Report, path: &str, kind: ColumnKind, cell: &Cell) {
        check_form(r, path, kind, cell);
        check_blank_source(r, path, cell);
        if let Some(Status::SameAs { columns }) = &cell.status {
            if columns.is_empty() {
                r.err(
                    format!("{path}.status.columns"),
                    "`same-as` needs at least one column",
                );
            }
            for (k, c) in columns.iter().enumerate() {
                if !self.column_ids.contains(&**c) {
                    r.err(
                        format!("{path}.status.columns[{k}]"),
                        format!("unknown column `{c}`{}", self.known_columns),
                    );
                }
            }
        }
        if let Some(inference) = &cell.inference {
            check_inference(r, &format!("{path}.inference"), inference);
        }
        let mut seen = HashSet::new();
        for (ai, a) in cell.assign.iter().enumerate() {
            let apath = format!("{path}.assign[{ai}]");
            if !seen.insert(&*a.party) {
                r.err(
                    format!("{apath}.party"),
                    format!("party `{}` is assigned twice in one cell", a.party),
                );
            }
            self.check_assignment(r, &apath, a);
        }
    }

    fn check_assignment(&self, r: &mut Report, apath: &str, a: &Assignment) {
        let parties = &self.parties;
        let party = parties.get(&a.party);
        if party.is_none() {
            r.err(
                format!("{apath}.party"),
                format!("unknown party `{}`{}", a.party, parties.known),
            );
        }
        if let Some(letters) = &a.raci {
            if let Err(reason) = check_raci_letters(letters) {
                r.err(format!("{apath}.raci"), reason);
            }
        }
        if let (Some(role), Some(p)) = (&a.role, party) {
            if !p.roles.iter().any(|x| x.id == *role) {
                r.err(
                    format!("{apath}.role"),
                    format!("party `{}` has no role `{role}`", a.party),
                );
            }
        }
        let coordinated = a.qualifiers.contains(&Qualifier::Coordinated);
        match (&a.with, coordinated) {
            (Some(w), true) if parties.get(w).is_none() => r.err(
                format!("{apath}.with"),
                format!("unknown party `{w}`{}", parties.known),
            ),
            (Some(w), true) if *w == a.party => r.err(
                format!("{apath}.with"),
                "a party cannot coordinate with itself",
            ),
            (Some(_), false) => r.err(
                format!("{apath}.with"),
                "`with` needs the qualifier `coordinated`",
            ),
            (None, true) => r.err(
                format!("{apath}.qualifiers"),
                "`coordinated` needs `with` (the other party)",
            ),
            _ => {}
        }
        let mut quals = HashSet::new();
        for (qi, q) in a.qualifiers.iter().enumerate() {
            if !quals.insert(*q) {
                r.err(
                    format!("{apath}.qualifiers[{qi}]"),
                    format!("qualifier `{}` repeated", q.id()),
                );
            }
        }
    }
}

/// Exactly one of `assign`, `status`, `text`, and the one its column takes.
fn check_form(r: &mut Report, path: &str, kind: ColumnKind, cell: &Cell) {
    let forms = [
        !cell.assign.is_empty(),
        cell.status.is_some(),
        cell.text.is_some(),
    ];
    match forms.iter().filter(|f| **f).count() {
        0 => r.err(path, "a cell needs one of `assign`, `status` or `text` (a blank source cell is status `not-specified`)"),
        1 => {}
        _ => r.err(path, "a cell has exactly one of `assign`, `status` or `text`"),
    }
    match kind {
        ColumnKind::Responsibility if cell.text.is_some() => r.err(
            format!("{path}.text"),
            "responsibility columns take `assign` or `status`, not `text`",
        ),
        ColumnKind::Detail if !cell.assign.is_empty() => r.err(
            format!("{path}.assign"),
            "detail columns take `text` or `status`, not `assign`",
        ),
        _ => {}
    }
}

/// A blank source cell is "not specified", and "not specified" is a blank
/// source cell: both ways, so nothing reads as stated that the source leaves
/// blank. The one exception is a value marked as our inference, which the
/// source does not print.
fn check_blank_source(r: &mut Report, path: &str, cell: &Cell) {
    let blank = cell.source_text.trim().is_empty();
    let not_specified = matches!(cell.status, Some(Status::NotSpecified));
    if not_specified && !blank {
        r.err(
            format!("{path}.source_text"),
            "status `not-specified` is for blank source cells, but source_text is not blank",
        );
    }
    if blank && !not_specified && cell.inference.is_none() {
        r.err(
            format!("{path}.source_text"),
            "source_text is blank, so the cell must be status `not-specified` (or carry an `inference` saying what it was inferred from)",
        );
    }
}

/// An inference names the source sentence and the reasoning.
pub(super) fn check_inference(r: &mut Report, path: &str, inference: &Inference) {
    if inference.from.trim().is_empty() {
        r.err(
            format!("{path}.from"),
            "an inference must quote the source sentence it was inferred from",
        );
    }
    if inference.reasoning.trim().is_empty() {
        r.err(
            format!("{path}.reasoning"),
            "an inference must say how it follows from the source",
        );
    }
}

/// RACI letters: a non-empty subset of R, A, C, I, each at most once.
pub fn check_raci_letters(letters: &str) -> Result<(), String> {
    if letters.is_empty() {
        return Err("RACI letters must not be empty (omit `raci` for a plain tick)".into());
    }
    let mut seen = String::new();
    for ch in letters.chars() {
        if !matches!(ch, 'R' | 'A' | 'C' | 'I') {
            return Err(format!(
                "RACI letter `{ch}` in `{letters}` is not one of R, A, C, I"
            ));
        }
        if seen.contains(ch) {
            return Err(format!("RACI letter `{ch}` repeated in `{letters}`"));
        }
        seen.push(ch);
    }
    Ok(())
}
