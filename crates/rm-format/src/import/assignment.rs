//! One assignment's words: a party name (known, a provider/customer word,
//! or a new party), its RACI letters or role, qualifiers in words and the
//! annotation form, with a reading for every word that had to be interpreted.

use super::cells::{read_mark, Mark};
use super::split::*;
use super::words::{qualifier_at, raci, tick, words_of};
use super::PartyBook;
use crate::model::{Assignment, Qualifier};
use std::borrow::Cow;

pub(super) fn plain(party: &str) -> Assignment {
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
pub(super) fn split_assignments(text: &str, book: &PartyBook) -> Vec<String> {
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

pub(super) fn read_assignment(
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
pub(super) fn read_qualifier_words(
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

/// One item of a `(…)` annotation: a qualifier, "coordinated with X",
/// "role: id", "note: \"…\"", or anything else (kept as the note).
pub(super) fn read_annotation(
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

/// `lower` (a lower-cased run of `source`'s words) as `source` writes it.
fn as_written(source: &str, lower: &str) -> String {
    let folded = source.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; then keep `lower`.
    match folded.rfind(lower) {
        Some(at) if folded.len() == source.len() => source[at..at + lower.len()].to_string(),
        _ => lower.to_string(),
    }
}
