//! The wide shape: a grid of text (from CSV, Markdown or a spreadsheet), one
//! row per activity, read into an offering. Header names say which columns
//! are sections, ids, activities, domains and notes; the other columns are
//! scopes (cells name parties) or parties (cells hold ticks or RACI letters).
//! A grid with party and role columns is the long shape ([`super::long`]).

use super::cells::{read_cell, ColumnName};
use super::header::{classify, Field};
use super::offering::Builder;
use super::wide_columns::{apply_companions, header_of, party_cell, plan_columns, Indexes, Source};
use super::{ImportOptions, PartyBook};
use crate::model::{CellEntry, ReferenceTable};
use crate::validate::ValidationError;

/// Text in rows and columns, with where each row came from.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Grid {
    pub rows: Vec<Vec<String>>,
    /// For errors: each row's line (CSV, Markdown) or sheet row, 1-based.
    pub lines: Vec<usize>,
    /// How many rows form the header (0: one, or two when the second row
    /// fills in under a merged or blank first row).
    pub header_rows: usize,
    /// The shape of the source, for `source.format`.
    pub format: String,
    /// Readings the format reader made (delimiter, encoding…).
    pub notes: Vec<String>,
    /// Tables kept as text (Markdown tables that are no matrix).
    pub reference_tables: Vec<ReferenceTable>,
    /// The source's provenance, when the file lists it after the table
    /// ([`take_source_block`]).
    pub source: Option<crate::source::Source>,
}

/// Takes the provenance block our writers put after the table off the end of
/// the grid and reads it: a blank row, a row of only `Source`, then rows of a
/// provenance label and its value (`Title,…`, `Licence,…`; blank rows
/// allowed). The rows are removed only when every one of them is such a row,
/// so a table whose last rows merely look alike keeps them.
pub fn take_source_block(grid: &mut Grid) -> Option<crate::source::Source> {
    use crate::source::{Source, PROVENANCE_HEADING};
    let filled = |row: &[String]| -> Vec<usize> {
        (0..row.len())
            .filter(|i| !row[*i].trim().is_empty())
            .collect()
    };
    let heading = grid.rows.iter().rposition(|row| {
        let f = filled(row);
        f == [0] && row[0].trim() == PROVENANCE_HEADING
    })?;
    if heading == 0 || !filled(&grid.rows[heading - 1]).is_empty() {
        return None;
    }
    let lines: Option<Vec<(&str, &str)>> = grid.rows[heading + 1..]
        .iter()
        .filter(|row| !filled(row).is_empty())
        .map(|row| {
            let f = filled(row);
            (f[0] == 0 && f.len() <= 2 && f.last().is_some_and(|i| *i <= 1))
                .then(|| (row[0].as_str(), row.get(1).map_or("", |v| v.as_str())))
        })
        .collect();
    let source = Source::from_provenance(lines?)?;
    grid.rows.truncate(heading - 1);
    grid.lines.truncate(heading - 1);
    grid.notes.push(format!(
        "The “{PROVENANCE_HEADING}” rows after the table are read as the matrix's source (its title, date, licence…), not as rows."
    ));
    Some(source)
}

pub fn import(
    file: &str,
    grid: Grid,
    options: &ImportOptions,
) -> Result<crate::model::Offering, Vec<ValidationError>> {
    let first = grid
        .rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()));
    let Some(first) = first else {
        return Err(super::error(file, "", "the file holds no table"));
    };
    let header = header_of(&grid, first);
    let body = first + header.rows_used;
    let headers = classify(&header.cells);
    if headers.iter().any(|h| matches!(h.field, Field::Party))
        && headers.iter().any(|h| matches!(h.field, Field::Role))
    {
        return super::long::import(file, &grid, body, &headers, options);
    }
    let mut book = PartyBook::new(options);
    let mut b = Builder::new(file, options, &grid);
    let at = |row: usize, col: Option<usize>| match col {
        Some(c) => format!(
            "row {}, column “{}”",
            grid.lines.get(row).copied().unwrap_or(row + 1),
            header.cells.get(c).map_or("", |s| s.as_str())
        ),
        None => format!("row {}", grid.lines.get(row).copied().unwrap_or(row + 1)),
    };

    let activity = headers
        .iter()
        .position(|h| matches!(h.field, Field::Activity))
        .or_else(|| {
            headers
                .iter()
                .position(|h| matches!(h.field, Field::Cell(_)))
        });
    let Some(activity) = activity else {
        return Err(super::error(
            file,
            at(first, None),
            "no activity column: name one “Activity”",
        ));
    };
    let has_section_field = headers.iter().any(|h| matches!(h.field, Field::Section));
    let mut default_section = "Responsibilities".to_string();
    if !matches!(headers[activity].field, Field::Activity) {
        let title = header.cells[activity].trim();
        if !title.is_empty() && !has_section_field {
            b.reading(format!("The first column's header “{title}” is read as the section title; its cells as the activities."));
            default_section = title.to_string();
        }
    }

    let columns = plan_columns(
        &headers,
        activity,
        &grid,
        body,
        &mut book,
        &mut b.notes,
        file,
        &at,
    )?;
    for c in &columns {
        b.register_variants(&c.column.variants);
    }
    let names: Vec<ColumnName> = columns
        .iter()
        .map(|c| ColumnName {
            id: c.column.id.to_string(),
            label: c.column.label.to_string(),
        })
        .collect();

    let field = |f: fn(&Field) -> bool| headers.iter().position(|h| f(&h.field));
    let idx = Indexes {
        section: field(|f| matches!(f, Field::Section)),
        section_id: field(|f| matches!(f, Field::SectionId)),
        section_number: field(|f| matches!(f, Field::SectionNumber)),
        section_variants: field(|f| matches!(f, Field::SectionVariants)),
        row_id: field(|f| matches!(f, Field::RowId)),
        domain: field(|f| matches!(f, Field::Domain)),
        variants: field(|f| matches!(f, Field::Variants)),
        owner_role: field(|f| matches!(f, Field::OwnerRole)),
        notes: field(|f| matches!(f, Field::Notes)),
    };
    let mut errors = Vec::new();
    let mut section_title = default_section.clone();
    for r in body..grid.rows.len() {
        let row = &grid.rows[r];
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map_or("", |s| s.as_str());
        let filled: Vec<usize> = (0..row.len())
            .filter(|i| !row[*i].trim().is_empty())
            .collect();
        if filled.is_empty() {
            continue;
        }
        if !has_section_field
            && filled.len() == 1
            && (filled[0] == 0 || filled[0] == activity)
            && headers.len() > 2
        {
            section_title = row[filled[0]].trim().to_string();
            continue;
        }
        let act = get(Some(activity)).trim();
        if act.is_empty() {
            errors.push(ValidationError {
                file: file.into(),
                path: at(r, Some(activity)),
                reason: "the activity is blank".into(),
            });
            continue;
        }
        let mut cells = Vec::with_capacity(columns.len());
        let mut row_failed = false;
        for c in &columns {
            let mut readings = Vec::new();
            let result = match &c.source {
                Source::Scope { index, kind } => {
                    read_cell(get(Some(*index)), *kind, &names, &mut book, &mut readings)
                        .map_err(|e| (Some(*index), e))
                }
                Source::Parties { columns: parties } => {
                    party_cell(row, parties, &names, &mut book, &mut readings)
                }
            };
            match result {
                Ok(mut cell) => {
                    apply_companions(&mut cell, c, row, readings);
                    cells.push(CellEntry {
                        column: c.column.id.clone(),
                        cell,
                    });
                }
                Err((col, reason)) => {
                    row_failed = true;
                    if errors.len() < 50 {
                        errors.push(ValidationError {
                            file: file.into(),
                            path: at(r, col),
                            reason,
                        });
                    }
                }
            }
        }
        if row_failed {
            continue;
        }
        let title = if idx.section.is_some() {
            get(idx.section).trim()
        } else {
            section_title.as_str()
        };
        let title = if title.is_empty() {
            default_section.as_str()
        } else {
            title
        };
        let section = b.section(
            title,
            get(idx.section_id),
            get(idx.section_number),
            get(idx.section_variants),
        );
        if let Err(reason) = b.row(
            section,
            get(idx.row_id),
            act,
            get(idx.domain),
            get(idx.variants),
            get(idx.owner_role),
            get(idx.notes),
            cells,
            &mut book,
        ) {
            errors.push(ValidationError {
                file: file.into(),
                path: at(r, None),
                reason,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    b.finish(book, columns.into_iter().map(|c| c.column).collect())
        .map_err(|reason| super::error(file, "", reason))
}
