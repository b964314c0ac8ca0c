//! The shared cell vocabulary reader: one cell's words → assignments,
//! RACI letters, qualifiers or a status, with a reading for every word that
//! had to be interpreted.
//!
//! The vocabulary is the seeds' (party names, "X and Y", "Shared", RACI
//! letters in any common spelling, ticks ✔ ✓ x yes, N/A, No, blank,
//! "Depends…", "Same as…", qualifiers in words) plus the annotation form the
//! writers use for what words cannot carry: `Rackspace (coordinated with
//! Customer, role: em, note: "…")`.

pub use super::split::split_annotations;
use super::split::*;
use super::words::{norm, qualifier_at, raci, tick, words_of};
use super::PartyBook;
use crate::model::{Assignment, Cell, ColumnKind, Qualifier, Status};
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

fn plain(party: &str) -> Assignment {
    Assignment {
        party: Cow::Owned(party.to_string()),
        raci: None,
        role: None,
        qualifiers: Cow::Owned(Vec::new()),
        with: None,
        note: None,
    }
}

/// Top-level pieces of `text` split at `;` and newlines, then at " and ",
/// "&", "+", "," and "/" where the next piece starts a party of its own.
fn split_assignments(text: &str, book: &PartyBook) -> Vec<String> {
    let mut out = Vec::new();
    for segment in split_top(text, &[";", "\n"]) {
        if segment.trim().is_empty() {
            continue;
        }
        let pieces = split_top(&segment, &[" and ", " & ", " + ", ", ", " / "]);
        let mut current = String::new();
        let mut separators =
            top_separators(&segment, &[" and ", " & ", " + ", ", ", " / "]).into_iter();
        for (i, piece) in pieces.iter().enumerate() {
            let sep = if i == 0 {
                ""
            } else {
                separators.next().unwrap_or(" ")
            };
            if i == 0 || !starts_party(piece, book) {
                current.push_str(sep);
                current.push_str(piece);
            } else {
                out.push(std::mem::take(&mut current));
                current.push_str(piece);
            }
        }
        if !current.trim().is_empty() {
            out.push(current);
        }
    }
    out
}

/// Whether `piece` begins a new assignment: a known party, or a new name
/// that is not cell vocabulary (RACI letters, a tick, a qualifier).
fn starts_party(piece: &str, book: &PartyBook) -> bool {
    let (head, _) = split_annotations(piece);
    let name = head.split(':').next().unwrap_or("");
    if party_prefix(name, book).is_some() {
        return true;
    }
    let words = words_of(name);
    raci(name).is_none()
        && tick(name).is_none()
        && qualifier_at(&words).is_none()
        && words.first().is_some_and(|w| w != "with")
        && looks_like_name(name)
}

/// Short, starts with a letter, no sentence punctuation: plausible as a party name.
fn looks_like_name(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    (1..=4).contains(&words)
        && t.chars().count() <= 40
        && t.chars().next().is_some_and(char::is_alphabetic)
        && t.chars()
            .all(|c| c.is_alphanumeric() || " -.&'’".contains(c))
}

/// The longest known party name (or provider/customer word) `text` begins
/// with, at a word boundary: (party id, words used, reading).
fn party_prefix(text: &str, book: &PartyBook) -> Option<(String, usize, Option<String>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for n in (1..=words.len().min(6)).rev() {
        let candidate = words[..n].join(" ");
        if let Some((id, reading)) = book.find(&candidate) {
            return Some((id, n, reading));
        }
    }
    None
}

fn read_assignment(
    segment: &str,
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) -> Result<Assignment, String> {
    let (head, items) = split_annotations(segment);
    let head = head.trim();
    // "Party: marks" (the seeds' flattened form "Customer: RA; OVHcloud: I").
    if let Some((name, marks)) = head.split_once(':') {
        if looks_like_name(name) {
            let (party, reading) = book.find_or_add(name, true);
            readings.extend(reading);
            let mark_text = match items.is_empty() {
                true => marks.to_string(),
                false => format!("{marks} ({})", items.join(", ")),
            };
            return match read_mark(&mark_text, &party, &[], book, readings)? {
                Mark::Assign(a) => Ok(a),
                _ => Err(format!(
                    "“{}” gives {} no tick or RACI letters",
                    segment.trim(),
                    name.trim()
                )),
            };
        }
    }
    // "Acme, reactive only": the comma parts the name from its qualifier.
    let spaced = head.replace(", ", " ");
    let comma = spaced.len() != head.len();
    let head = spaced.as_str();
    let words: Vec<&str> = head.split_whitespace().collect();
    let (party, used) = match party_prefix(head, book) {
        Some((id, used, reading)) => {
            readings.extend(reading);
            (id, used)
        }
        None => {
            // A name of its own, followed by qualifier words, if any.
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            let cut = (1..=words.len())
                .find(|&k| k == words.len() || qualifier_at(&lower[k..]).is_some())
                .unwrap_or(words.len());
            let name = words[..cut].join(" ");
            if !looks_like_name(&name) {
                return Err(format!(
                    "cannot read “{}” as a party, a tick, RACI letters or a status",
                    segment.trim()
                ));
            }
            (book.find_or_add(&name, true).0, cut)
        }
    };
    let mut a = plain(&party);
    let rest_text = words[used..].join(" ");
    let rest = words_of(&rest_text);
    read_qualifier_words(&rest, &rest_text, &mut a, book, readings)?;
    if comma && !a.qualifiers.is_empty() {
        let labels: Vec<String> = a
            .qualifiers
            .iter()
            .map(|q| format!("“{}”", q.label()))
            .collect();
        readings.push(format!(
            "“{}” read as {} with the qualifier {}.",
            segment.trim(),
            book.name_of(&party).unwrap_or(&party),
            labels.join(" and ")
        ));
    }
    for item in items {
        read_annotation(&item, &mut a, book, readings);
    }
    Ok(a)
}

/// Qualifier phrases after a party's name or mark ("reactive only",
/// "coordinated with Customer", "per request"); other words become the note.
/// `source` is the text `words` came from, for a new party's name as written.
fn read_qualifier_words(
    words: &[String],
    source: &str,
    a: &mut Assignment,
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) -> Result<(), String> {
    let mut i = 0;
    let mut leftover: Vec<&str> = Vec::new();
    while i < words.len() {
        let w = &words[i..];
        if (w[0] == "coordinated" || w[0] == "together" || w[0] == "jointly")
            && w.get(1).map(String::as_str) == Some("with")
        {
            let name = w[2..].join(" ");
            let (with, used) = match party_prefix(&name, book) {
                Some((id, used, reading)) => {
                    readings.extend(reading);
                    (id, used)
                }
                None if !name.is_empty() && looks_like_name(&name) => (
                    book.find_or_add(&as_written(source, &name), true).0,
                    w.len() - 2,
                ),
                None => return Err(format!("“{} with” names no party", w[0])),
            };
            if w[0] != "coordinated" {
                readings.push(format!("“{} with” read as coordinated with.", w[0]));
            }
            push_qualifier(a, Qualifier::Coordinated, readings);
            a.with = Some(Cow::Owned(with));
            i += 2 + used;
            continue;
        }
        match qualifier_at(w) {
            Some((q, used, changed)) => {
                if changed {
                    readings.push(format!(
                        "“{}” read as the qualifier “{}”.",
                        w[..used].join(" "),
                        q.label()
                    ));
                }
                push_qualifier(a, q, readings);
                i += used;
            }
            None => {
                leftover.push(&words[i]);
                i += 1;
            }
        }
    }
    if !leftover.is_empty() {
        let text = leftover.join(" ");
        readings.push(format!(
            "“{text}” is no qualifier this reader knows; kept as the assignment's note."
        ));
        append_note(a, &text);
    }
    Ok(())
}

fn push_qualifier(a: &mut Assignment, q: Qualifier, readings: &mut Vec<String>) {
    if a.qualifiers.contains(&q) {
        readings.push(format!("“{}” is written twice; kept once.", q.label()));
    } else {
        a.qualifiers.to_mut().push(q);
    }
}

fn append_note(a: &mut Assignment, text: &str) {
    a.note = Some(match a.note.take() {
        Some(old) => Cow::Owned(format!("{old}; {text}")),
        None => Cow::Owned(text.to_string()),
    });
}

/// `lower` (a lower-cased run of `source`'s words) as `source` writes it.
fn as_written(source: &str, lower: &str) -> String {
    let folded = source.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; then keep `lower`.
    match folded.rfind(lower) {
        Some(at) if folded.len() == source.len() => source[at..at + lower.len()].to_string(),
        _ => lower.to_string(),
    }
}

/// One item of a `(…)` annotation: a qualifier, "coordinated with X",
/// "role: id", "note: \"…\"", or anything else (kept as the note).
fn read_annotation(
    item: &str,
    a: &mut Assignment,
    book: &mut PartyBook,
    readings: &mut Vec<String>,
) {
    let t = item.trim();
    if let Some(role) = t.strip_prefix("role: ") {
        a.role = Some(Cow::Owned(role.trim().to_string()));
        book.add_role(&a.party, role.trim());
        return;
    }
    if let Some(note) = t.strip_prefix("note: ") {
        let text = serde_json::from_str::<String>(note).unwrap_or_else(|_| note.to_string());
        append_note(a, &text);
        return;
    }
    let words = words_of(t);
    let before = readings.len();
    let mut probe = a.clone();
    let mut probe_readings = Vec::new();
    let read = read_qualifier_words(&words, t, &mut probe, book, &mut probe_readings);
    if read.is_ok() && probe.note == a.note {
        *a = probe;
        readings.extend(probe_readings);
    } else {
        readings.truncate(before);
        readings.push(format!("“({t})” kept as the assignment's note."));
        append_note(a, t);
    }
}
