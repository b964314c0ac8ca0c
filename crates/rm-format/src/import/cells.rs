//! The shared cell vocabulary reader: one cell's words → assignments,
//! RACI letters, qualifiers or a status, with a reading for every word that
//! had to be interpreted.
//!
//! The vocabulary is the seeds' (party names, "X and Y", "Shared", RACI
//! letters in any common spelling, ticks ✔ ✓ x yes, N/A, No, blank,
//! "Depends…", "Same as…", qualifiers in words) plus the annotation form the
//! writers use for what words cannot carry: `Rackspace (coordinated with
//! Customer, role: em, note: "…")`.

use super::assignment::{
    plain, read_annotation, read_assignment, read_qualifier_words, split_assignments,
};
pub use super::split::split_annotations;
use super::words::{norm, qualifier_at, raci, tick, words_of};
use super::PartyBook;
use crate::model::{Assignment, Cell, ColumnKind, Status};
use std::borrow::Cow;

/// A column as "Same as …" can name it.
#[derive(Debug, Clone)]
pub struct ColumnName {
    pub id: String,
    pub label: String,
}

/// What one party's own cell says (a per-party column, or a long-shape line).
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Blank: this party is not assigned.
    Unassigned,
    Assign(Assignment),
    /// A status word (N/A, No, Depends…) in this party's cell.
    Status(Status),
}

/// Reads a whole cell of `kind`. Readings are appended to `readings`.
pub fn read_cell(
    text: &str,
    kind: ColumnKind,
    columns: &[ColumnName],
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) -> Result<Cell, String> {
    let mut cell = Cell {
        inference: None,
        assign: Cow::Owned(Vec::new()),
        status: None,
        text: None,
        source_text: Cow::Owned(text.to_string()),
        reading: None,
        note: None,
    };
    if kind == ColumnKind::Detail {
        match norm(text).as_str() {
            "" => cell.status = Some(Status::NotSpecified),
            "n/a" => cell.status = Some(Status::NotApplicable),
            _ => cell.text = Some(Cow::Owned(text.to_string())),
        }
        return Ok(cell);
    }
    if let Some(status) = read_status(text, columns, readings) {
        cell.status = Some(status);
        return Ok(cell);
    }
    let n = norm(text);
    if matches!(n.as_str(), "shared" | "both" | "shared responsibility") {
        let (p, c) = book.provider_and_customer();
        readings.push(format!(
            "“{}” read as both the provider ({}) and the customer ({}).",
            text.trim(),
            book.name_of(&p).unwrap_or(&p),
            book.name_of(&c).unwrap_or(&c)
        ));
        cell.assign = Cow::Owned(vec![plain(&p), plain(&c)]);
        return Ok(cell);
    }
    let mut assign: Vec<Assignment> = Vec::new();
    for segment in split_assignments(text, book) {
        let a = read_assignment(&segment, book, readings)?;
        if assign.iter().any(|x| x.party == a.party) {
            return Err(format!("names the party of “{}” twice", segment.trim()));
        }
        assign.push(a);
    }
    if assign.is_empty() {
        return Err(format!(
            "cannot read “{}” as a party, a tick, RACI letters or a status",
            text.trim()
        ));
    }
    cell.assign = Cow::Owned(assign);
    Ok(cell)
}

/// Reads one party's own cell (its column of a split matrix, or a long-shape line).
pub fn read_mark(
    text: &str,
    party: &str,
    columns: &[ColumnName],
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) -> Result<Mark, String> {
    let n = norm(text);
    if n.is_empty() {
        return Ok(Mark::Unassigned);
    }
    let mut probe = Vec::new();
    if let Some(status) = read_status(text, columns, &mut probe) {
        readings.append(&mut probe);
        return Ok(Mark::Status(status));
    }
    let (head, items) = split_annotations(text);
    let mut a = plain(party);
    let head_words = words_of(&head);
    let mut rest: &[String] = &head_words;
    if let Some(first) = head.split_whitespace().next() {
        let whole = raci(&head);
        if let Some((letters, changed)) = whole.clone().or_else(|| raci(first)) {
            let whole = whole.is_some();
            if changed {
                let shown = if whole { head.trim() } else { first };
                readings.push(format!("“{shown}” read as the RACI letters {letters}."));
            }
            a.raci = Some(Cow::Owned(letters));
            rest = if whole { &[] } else { &head_words[1..] };
        } else if let Some(changed) = tick(first) {
            if changed {
                readings.push(format!("“{first}” read as a tick."));
            }
            rest = &head_words[1..];
        } else if qualifier_at(&head_words).is_some() {
            readings.push(format!(
                "“{}” under {} read as {} doing it, with that qualifier.",
                head.trim(),
                book.name_of(party).unwrap_or(party),
                book.name_of(party).unwrap_or(party)
            ));
        } else {
            return Err(format!(
                "cannot read “{}” as a tick, RACI letters, a qualifier or a status",
                text.trim()
            ));
        }
    }
    read_qualifier_words(rest, &head, &mut a, book, readings)?;
    for item in items {
        read_annotation(&item, &mut a, book, readings);
    }
    Ok(Mark::Assign(a))
}

/// A status cell: N/A, No, Depends…, Same as…, Customer-specific or blank.
pub fn read_status(
    text: &str,
    columns: &[ColumnName],
    readings: &mut Vec<String>,
) -> Option<Status> {
    let n = norm(text);
    let shown = text.trim();
    let mut read_as = |what: &str| readings.push(format!("“{shown}” read as {what}."));
    match n.as_str() {
        "" => return Some(Status::NotSpecified),
        "n/a" => return Some(Status::NotApplicable),
        "na" | "n.a" | "not applicable" | "not-applicable" | "-" | "—" | "–" => {
            read_as("not applicable");
            return Some(Status::NotApplicable);
        }
        "no" => return Some(Status::No),
        "none" | "nobody" | "no one" => {
            read_as("“No” (nobody)");
            return Some(Status::No);
        }
        "customer-specific" => return Some(Status::CustomerSpecific),
        "customer specific" | "per customer" | "agreed per customer" => {
            read_as("customer-specific");
            return Some(Status::CustomerSpecific);
        }
        "depends" => return Some(Status::Depends { on: None }),
        _ => {}
    }
    if let Some(rest) = n.strip_prefix("depends") {
        let original = &shown[shown.len() - rest.len()..];
        let on = original.trim_start().strip_prefix("on ").map(str::trim);
        if on.is_none() {
            read_as("“Depends”");
        }
        return Some(Status::Depends {
            on: on
                .filter(|s| !s.is_empty())
                .map(|s| Cow::Owned(s.trim_end_matches('.').to_string())),
        });
    }
    let rest = n.strip_prefix("same as ")?;
    let original = shown[shown.len() - rest.len()..].trim();
    match same_as_columns(original, columns) {
        Some((ids, fuzzy)) => {
            if fuzzy {
                let labels: Vec<&str> = ids
                    .iter()
                    .filter_map(|id| {
                        columns
                            .iter()
                            .find(|c| c.id == *id)
                            .map(|c| c.label.as_str())
                    })
                    .collect();
                read_as(&format!("the same as the column(s) {}", labels.join("; ")));
            }
            Some(Status::SameAs {
                columns: Cow::Owned(ids.into_iter().map(Cow::Owned).collect()),
            })
        }
        None => {
            read_as(&format!(
                "depends on {original}: it names no column of this matrix"
            ));
            Some(Status::Depends {
                on: Some(Cow::Owned(original.to_string())),
            })
        }
    }
}

/// The columns "Same as X" names: by label or id (exact), else every column
/// whose label contains X's words (fuzzy).
fn same_as_columns(target: &str, columns: &[ColumnName]) -> Option<(Vec<String>, bool)> {
    let exact = |t: &str| {
        columns
            .iter()
            .find(|c| norm(&c.label) == norm(t) || c.id == t.trim())
            .map(|c| c.id.clone())
    };
    if let Some(id) = exact(target) {
        return Some((vec![id], false));
    }
    let parts: Option<Vec<String>> = target.split(" and ").map(exact).collect();
    if let Some(ids) = parts {
        return Some((ids, false));
    }
    let wanted = words_of(target);
    let ids: Vec<String> = columns
        .iter()
        .filter(|c| {
            let have = words_of(&c.label);
            wanted.iter().all(|w| have.contains(w))
        })
        .map(|c| c.id.clone())
        .collect();
    (!ids.is_empty()).then_some((ids, true))
}
