//! The wide shape: a grid of text (from CSV, Markdown or a spreadsheet), one
//! row per activity, read into an offering. Header names say which columns
//! are sections, ids, activities, domains and notes; the other columns are
//! scopes (cells name parties) or parties (cells hold ticks or RACI letters).
//! A grid with party and role columns is the long shape ([`super::long`]).

use super::cells::{read_cell, read_mark, ColumnName, Mark};
use super::header::{classify, CellHeader, Field, Header};
use super::offering::Builder;
use super::words::norm;
use super::{ImportOptions, PartyBook};
use crate::model::{Cell, CellEntry, Column, ColumnKind, ReferenceTable, Status};
use crate::validate::ValidationError;
use std::borrow::Cow;

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
}

/// One responsibility or detail column of the grid, or a group of party columns.
enum Source {
    Scope { index: usize, kind: ColumnKind },
    Parties { columns: Vec<(usize, String)> },
}

struct OutColumn {
    column: Column,
    source: Source,
    companions: [Option<usize>; 5],
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

struct Indexes {
    section: Option<usize>,
    section_id: Option<usize>,
    section_number: Option<usize>,
    section_variants: Option<usize>,
    row_id: Option<usize>,
    domain: Option<usize>,
    variants: Option<usize>,
    owner_role: Option<usize>,
    notes: Option<usize>,
}

struct HeaderRow {
    cells: Vec<String>,
    rows_used: usize,
}

/// The header: the first row, or the first two combined ("Top: Sub") when
/// the second fills in under a merged or blank first row.
fn header_of(grid: &Grid, first: usize) -> HeaderRow {
    let top = &grid.rows[first];
    let second = grid.rows.get(first + 1);
    let two = match (grid.header_rows, second) {
        (2, Some(_)) => true,
        (0, Some(sub)) => {
            sub.first().is_none_or(|c| c.trim().is_empty())
                && sub.iter().filter(|c| !c.trim().is_empty()).count() >= 2
                && (0..sub.len()).any(|i| {
                    !sub[i].trim().is_empty() && top.get(i).is_none_or(|t| t.trim().is_empty())
                })
        }
        _ => false,
    };
    if !two {
        return HeaderRow {
            cells: top.iter().map(|c| c.trim().to_string()).collect(),
            rows_used: 1,
        };
    }
    let sub = second.map(Vec::as_slice).unwrap_or(&[]);
    let width = top.len().max(sub.len());
    let mut cells = Vec::with_capacity(width);
    let mut carried = String::new();
    for i in 0..width {
        let t = top.get(i).map_or("", |s| s.trim());
        let s = sub.get(i).map_or("", |s| s.trim());
        if !t.is_empty() {
            carried = t.to_string();
        }
        cells.push(
            match (
                s.is_empty(),
                carried.is_empty() || (t.is_empty() && s.is_empty()),
            ) {
                (true, _) => t.to_string(),
                (false, true) => s.to_string(),
                (false, false) if carried == s => s.to_string(),
                (false, false) => format!("{carried}: {s}"),
            },
        );
    }
    HeaderRow {
        cells,
        rows_used: 2,
    }
}

/// Decides what each cell column is: a scope, a detail column or a party of a
/// split column; registers header parties in header order.
#[allow(clippy::too_many_arguments)]
fn plan_columns(
    headers: &[Header],
    activity: usize,
    grid: &Grid,
    body: usize,
    book: &mut PartyBook,
    notes: &mut Vec<String>,
    file: &str,
    at: &dyn Fn(usize, Option<usize>) -> String,
) -> Result<Vec<OutColumn>, Vec<ValidationError>> {
    let values = |i: usize| {
        grid.rows[body..]
            .iter()
            .map(move |r| r.get(i).map_or("", |s| s.as_str()))
    };
    let mut out: Vec<OutColumn> = Vec::new();
    let mut groups: Vec<(String, CellHeader, Vec<(usize, String)>)> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let Field::Cell(ch) = &h.field else { continue };
        if i == activity {
            continue;
        }
        let party_column = ch.group.is_some()
            || (!ch.detail
                && values(i).all(is_mark)
                && values(i).any(|v| {
                    !norm(v).is_empty()
                        && super::words::tick(v)
                            .or(super::words::raci(v).map(|_| false))
                            .is_some()
                }));
        if party_column {
            let label = ch.group.clone().unwrap_or_else(|| "Responsibility".into());
            let party_name = ch.party.clone().unwrap_or_else(|| ch.label.clone());
            let (party, reading) = book.find_or_add(&party_name, false);
            notes.extend(reading);
            match groups.iter_mut().find(|g| g.0 == label) {
                Some(g) => g.2.push((i, party)),
                None => {
                    groups.push((label.clone(), ch.clone(), vec![(i, party)]));
                    out.push(OutColumn {
                        column: column(ch, &label, true),
                        source: Source::Parties {
                            columns: Vec::new(),
                        },
                        companions: [None; 5],
                    });
                }
            }
            continue;
        }
        let mut kind = if ch.detail {
            ColumnKind::Detail
        } else {
            ColumnKind::Responsibility
        };
        if kind == ColumnKind::Responsibility {
            let mut probe = book.clone();
            let mut failures = Vec::new();
            let mut read = 0;
            for (k, v) in values(i).enumerate() {
                if norm(v).is_empty() {
                    continue;
                }
                match read_cell(v, kind, &[], &mut probe, &mut Vec::new()) {
                    Ok(_) => read += 1,
                    Err(e) => failures.push((body + k, e)),
                }
            }
            if read == 0 && !failures.is_empty() {
                notes.push(format!(
                    "Column “{}” holds text, not parties: read as a detail column.",
                    ch.label
                ));
                kind = ColumnKind::Detail;
            } else if !failures.is_empty() && failures.len() * 2 > read {
                return Err(failures
                    .into_iter()
                    .take(20)
                    .map(|(r, reason)| ValidationError {
                        file: file.into(),
                        path: at(r, Some(i)),
                        reason,
                    })
                    .collect());
            }
        }
        let mut c = column(ch, &ch.label, false);
        c.kind = kind;
        out.push(OutColumn {
            column: c,
            source: Source::Scope { index: i, kind },
            companions: [None; 5],
        });
    }
    for (label, _, parties) in groups {
        if let Some(c) = out
            .iter_mut()
            .find(|c| c.column.split_by_party && c.column.label == label)
        {
            c.source = Source::Parties { columns: parties };
        }
    }
    // Companion columns ("RACI source", "Who reading", "When note").
    for (i, h) in headers.iter().enumerate() {
        if let Field::Companion { of, what } = &h.field {
            if let Some(c) = out.iter_mut().find(|c| norm(&c.column.label) == *of) {
                c.companions[*what as usize] = Some(i);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for c in out.iter_mut() {
        let base = c.column.id.to_string();
        let mut n = 2;
        while !seen.insert(c.column.id.to_string()) {
            c.column.id = Cow::Owned(format!("{base}-{n}"));
            n += 1;
        }
    }
    Ok(out)
}

fn column(ch: &CellHeader, label: &str, split: bool) -> Column {
    Column {
        inference: None,
        id: Cow::Owned(ch.id.clone().unwrap_or_else(|| super::slug(label))),
        label: Cow::Owned(label.to_string()),
        source_label: None,
        description: None,
        kind: ColumnKind::Responsibility,
        split_by_party: split,
        variants: Cow::Owned(ch.variants.iter().cloned().map(Cow::Owned).collect()),
    }
}

/// A value a party's own column can hold.
fn is_mark(v: &str) -> bool {
    let (head, _) = super::cells::split_annotations(v);
    let n = norm(&head);
    n.is_empty()
        || super::words::tick(&head).is_some()
        || super::words::raci(&head).is_some()
        || super::words::raci(head.split_whitespace().next().unwrap_or("")).is_some()
        || super::words::tick(head.split_whitespace().next().unwrap_or("")).is_some()
        || matches!(
            n.as_str(),
            "n/a" | "na" | "no" | "-" | "—" | "–" | "not applicable"
        )
}

/// The cell of a split column from its parties' own columns.
fn party_cell(
    row: &[String],
    parties: &[(usize, String)],
    names: &[ColumnName],
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) -> Result<Cell, (Option<usize>, String)> {
    let mut assign = Vec::new();
    let mut statuses: Vec<(String, Status)> = Vec::new();
    let mut parts = Vec::new();
    for (i, party) in parties {
        let text = row.get(*i).map_or("", |s| s.as_str());
        let name = book.name_of(party).unwrap_or(party).to_string();
        parts.push(format!(
            "{name}: {}",
            if text.trim().is_empty() {
                "(blank)"
            } else {
                text.trim()
            }
        ));
        match read_mark(text, party, names, book, readings).map_err(|e| (Some(*i), e))? {
            Mark::Unassigned => {}
            Mark::Assign(a) => assign.push(a),
            Mark::Status(s) => statuses.push((name, s)),
        }
    }
    let all_blank = assign.is_empty() && statuses.is_empty();
    let mut cell = Cell {
        inference: None,
        assign: Cow::Owned(Vec::new()),
        status: None,
        text: None,
        source_text: Cow::Owned(if all_blank {
            String::new()
        } else {
            parts.join("; ")
        }),
        reading: None,
        note: None,
    };
    if !assign.is_empty() {
        for (name, s) in &statuses {
            readings.push(format!(
                "“{}” under {name} read as: not {name}'s.",
                s.label()
            ));
        }
        cell.assign = Cow::Owned(assign);
    } else if let Some((_, s)) = statuses.first() {
        if statuses.len() > 1 && statuses.iter().any(|(_, t)| t != s) {
            readings.push(format!(
                "The parties' columns give different statuses; the first, “{}”, is kept.",
                s.label()
            ));
        }
        cell.status = Some(s.clone());
    } else {
        cell.status = Some(Status::NotSpecified);
    }
    Ok(cell)
}

/// Source text, reading and note from the column's companion columns.
fn apply_companions(cell: &mut Cell, c: &OutColumn, row: &[String], readings: Vec<String>) {
    let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(|s| s.as_str());
    if let Some(source) = get(c.companions[0]) {
        cell.source_text = Cow::Owned(source.to_string());
    }
    let mut all: Vec<String> = get(c.companions[1])
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .into_iter()
        .collect();
    all.extend(readings);
    if !all.is_empty() {
        cell.reading = Some(Cow::Owned(all.join(" ")));
    }
    if let Some(note) = get(c.companions[2]).filter(|s| !s.is_empty()) {
        cell.note = Some(Cow::Owned(note.to_string()));
    }
    if let Some(from) = get(c.companions[3]).filter(|s| !s.is_empty()) {
        cell.inference = Some(crate::model::Inference {
            from: Cow::Owned(from.to_string()),
            reasoning: Cow::Owned(get(c.companions[4]).unwrap_or("").to_string()),
        });
    }
}
