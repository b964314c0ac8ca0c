//! A sub-cell's meaning in one sentence: what a screen reader says when the
//! keyboard grid focuses the cell, with its row and column, so the letters,
//! ticks and marks the eye reads at a glance are spoken in words.

use super::cell::{Body, SubCell};
use super::parts::AssignmentPart;

/// "Patching, Physical server: Rackspace: Responsible, coordinated with
/// Customer. Shared with the customer." — the row's service, the sub-cell's
/// column label ([`SubCell::label`]) and [`cell_meaning`].
pub fn cell_description(activity: &str, sub: &SubCell) -> String {
    format!("{activity}, {}: {}", sub.label, cell_meaning(sub))
}

/// What the sub-cell says, in words: each assignment with its RACI letters
/// named, its role, qualifiers and note; a status with its explanation; then
/// the marks (shared, source reading, inference) as sentences.
pub fn cell_meaning(sub: &SubCell) -> String {
    let party = sub.party.map(|p| &*p.name);
    let mut sentences: Vec<String> = vec![match &sub.body {
        Body::Missing => "No value in the data.".to_string(),
        Body::Text(text) => sentence(text),
        Body::Status {
            status,
            text,
            resolved,
        } => {
            let mut s = format!("{text}: {}", status.explanation());
            if let Some(target) = resolved {
                s = format!("{}, here {target}", s.trim_end_matches('.'));
            }
            sentence(&s)
        }
        Body::Assignments(parts) => parts
            .iter()
            .map(|a| assignment_meaning(a, party))
            .collect::<Vec<_>>()
            .join(" "),
        Body::NotAssigned => match party {
            Some(p) => format!("{p}: not assigned."),
            None => "Not assigned.".to_string(),
        },
    }];
    if let Some(s) = sub.shared.filter(|_| sub.shared_mark) {
        sentences.push(format!("{}.", s.with.label()));
    }
    if let Some(reading) = sub.reading {
        sentences.push(format!("Source reading: {}", sentence(reading)));
    }
    if let Some(inference) = sub.inference {
        sentences.push(format!(
            "Our inference, not the source's words; inferred from “{}”.",
            inference.from
        ));
    }
    sentences.join(" ")
}

/// One assignment: "Rackspace: Responsible and Accountable (EM), reactive
/// only (note)." A split column's tick reads "Customer: does it."
fn assignment_meaning(a: &AssignmentPart, split_party: Option<&str>) -> String {
    let who = a.name.or(split_party).unwrap_or(a.party);
    let mut what: Vec<String> = Vec::new();
    if !a.raci.is_empty() {
        let names: Vec<&str> = a.raci.iter().map(|l| l.name).collect();
        what.push(names.join(" and "));
    } else if a.tick || a.name.is_some() {
        what.push("does it".to_string());
    }
    if let Some(role) = &a.role {
        what.push(format!("as {}", role.title));
    }
    what.extend(a.qualifiers.iter().map(|q| q.in_sentence()));
    let mut s = format!("{who}: {}", what.join(", "));
    if let Some(note) = a.note {
        s.push_str(&format!(" ({note})"));
    }
    sentence(&s)
}

/// `text` ending with a full stop (unless it ends with one already).
fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.ends_with(['.', '!', '?']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}
