//! The long shape: one line per activity and party ("Activity, Party, Role"),
//! optionally with a scope column naming the matrix column. Lines of the same
//! activity (and section) form one row; each line one party's part.

use super::cells::{read_mark, ColumnName, Mark};
use super::header::{Field, Header};
use super::offering::Builder;
use super::{slug, Grid, ImportOptions, PartyBook};
use crate::model::{Assignment, Cell, CellEntry, Column, ColumnKind, Offering, Status};
use crate::validate::ValidationError;
use std::borrow::Cow;
use std::collections::HashMap;

#[derive(Default)]
struct Pending {
    section: String,
    id: String,
    activity: String,
    domain: String,
    notes: String,
    cells: HashMap<String, (Vec<Assignment>, Option<Status>, Vec<String>, Vec<String>)>,
}

pub fn import(
    file: &str,
    grid: &Grid,
    body: usize,
    headers: &[Header],
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    let field = |f: fn(&Field) -> bool| headers.iter().position(|h| f(&h.field));
    let activity = field(|f| matches!(f, Field::Activity))
        .ok_or_else(|| super::error(file, "row 1", "no activity column: name one “Activity”"))?;
    let party = field(|f| matches!(f, Field::Party)).unwrap_or(0);
    let role = field(|f| matches!(f, Field::Role)).unwrap_or(0);
    let scope = field(|f| matches!(f, Field::Scope));
    let section = field(|f| matches!(f, Field::Section));
    let row_id = field(|f| matches!(f, Field::RowId));
    let domain = field(|f| matches!(f, Field::Domain));
    let notes = field(|f| matches!(f, Field::Notes));
    let mut book = PartyBook::new(options);
    let mut b = Builder::new(file, options, grid);
    let mut order: Vec<String> = Vec::new();
    let mut rows: HashMap<String, Pending> = HashMap::new();
    let mut scopes: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    for r in body..grid.rows.len() {
        let line = &grid.rows[r];
        let get = |i: Option<usize>| i.and_then(|i| line.get(i)).map_or("", |s| s.trim());
        if line.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let at = format!("row {}", grid.lines.get(r).copied().unwrap_or(r + 1));
        let act = get(Some(activity));
        if act.is_empty() {
            errors.push(ValidationError {
                file: file.into(),
                path: at,
                reason: "the activity is blank".into(),
            });
            continue;
        }
        let key = format!("{}\u{0}{}\u{0}{}", get(section), get(row_id), act);
        let scope_name = match get(scope) {
            "" => "Responsibility".to_string(),
            s => s.to_string(),
        };
        if !scopes.contains(&scope_name) {
            scopes.push(scope_name.clone());
        }
        let pending = rows.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            Pending {
                section: get(section).to_string(),
                id: get(row_id).to_string(),
                activity: act.to_string(),
                domain: get(domain).to_string(),
                notes: String::new(),
                cells: HashMap::new(),
            }
        });
        if !get(notes).is_empty() {
            if !pending.notes.is_empty() {
                pending.notes.push('\n');
            }
            pending.notes.push_str(get(notes));
        }
        let entry = pending.cells.entry(scope_name).or_default();
        let who = get(Some(party));
        let what = get(Some(role));
        entry.2.push(format!(
            "{}: {}",
            if who.is_empty() { "(no party)" } else { who },
            if what.is_empty() { "(blank)" } else { what }
        ));
        let mut readings = Vec::new();
        if who.is_empty() {
            match super::cells::read_status(what, &[], &mut readings) {
                Some(s) if what.is_empty() || s != Status::NotSpecified => entry.1 = Some(s),
                _ => errors.push(ValidationError {
                    file: file.into(),
                    path: format!("{at}, column “party”"),
                    reason: format!("no party for “{what}”"),
                }),
            }
            entry.3.extend(readings);
            continue;
        }
        let (id, reading) = book.find_or_add(who, false);
        readings.extend(reading);
        let what_text = if what.is_empty() { "✔" } else { what };
        if what.is_empty() {
            readings.push(format!("No role given for {who}: read as a tick."));
        }
        match read_mark(
            what_text,
            &id,
            &[] as &[ColumnName],
            &mut book,
            &mut readings,
        ) {
            Ok(Mark::Assign(a)) => {
                if entry.0.iter().any(|x| x.party == a.party) {
                    errors.push(ValidationError {
                        file: file.into(),
                        path: at,
                        reason: format!("{who} has two lines for “{act}”"),
                    });
                } else {
                    entry.0.push(a);
                }
            }
            Ok(Mark::Status(s)) => {
                readings.push(format!("“{what}” for {who} read as: not {who}'s."));
                if entry.0.is_empty() {
                    entry.1.get_or_insert(s);
                }
            }
            Ok(Mark::Unassigned) => {}
            Err(reason) => errors.push(ValidationError {
                file: file.into(),
                path: format!("{at}, column “role”"),
                reason,
            }),
        }
        entry.3.extend(readings);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let split = scopes.len() == 1 && scope.is_none();
    let columns: Vec<Column> = scopes
        .iter()
        .map(|s| Column {
            inference: None,
            id: Cow::Owned(slug(s)),
            label: Cow::Owned(s.clone()),
            source_label: None,
            description: None,
            kind: ColumnKind::Responsibility,
            split_by_party: split,
            variants: Cow::Owned(Vec::new()),
        })
        .collect();
    for key in order {
        let Some(mut p) = rows.remove(&key) else {
            continue;
        };
        let mut cells = Vec::new();
        for (s, c) in scopes.iter().zip(&columns) {
            let cell = match p.cells.remove(s) {
                Some((assign, status, parts, readings)) => Cell {
                    inference: None,
                    status: if assign.is_empty() {
                        Some(status.unwrap_or(Status::NotSpecified))
                    } else {
                        None
                    },
                    source_text: Cow::Owned(parts.join("; ")),
                    assign: Cow::Owned(assign),
                    text: None,
                    reading: (!readings.is_empty()).then(|| Cow::Owned(readings.join(" "))),
                    note: None,
                },
                None => Cell {
                    inference: None,
                    assign: Cow::Owned(Vec::new()),
                    status: Some(Status::NotSpecified),
                    text: None,
                    source_text: Cow::Borrowed(""),
                    reading: Some(Cow::Borrowed(
                        "The file has no line for this activity in this column.",
                    )),
                    note: None,
                },
            };
            let cell = match (&cell.status, cell.source_text.trim().is_empty()) {
                // A blank role with no party is a blank source cell.
                (Some(Status::NotSpecified), false) => Cell {
                    source_text: Cow::Borrowed(""),
                    ..cell
                },
                _ => cell,
            };
            cells.push(CellEntry {
                column: c.id.clone(),
                cell,
            });
        }
        let title = if p.section.is_empty() {
            "Responsibilities".to_string()
        } else {
            std::mem::take(&mut p.section)
        };
        let si = b.section(&title, "", "", "");
        b.row(
            si,
            &p.id,
            &p.activity,
            &p.domain,
            "",
            "",
            &p.notes,
            cells,
            &mut book,
        )
        .map_err(|reason| super::error(file, "", reason))?;
    }
    let mut o = b
        .finish(book, columns)
        .map_err(|reason| super::error(file, "", reason))?;
    o.source.format = Some(Cow::Owned(format!(
        "{} (long: one line per party)",
        grid.format
    )));
    Ok(o)
}
