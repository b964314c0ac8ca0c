//! A sub-cell's meaning in one sentence: what a screen reader says when the
//! keyboard grid focuses the cell, with its row and column, so the letters,
//! ticks and marks the eye reads at a glance are spoken in words.

use super::cell::{Body, SubCell};
use super::parts::AssignmentPart;
use crate::i18n::Lang;

/// "Patching, Physical server: Rackspace: Responsible, coordinated with
/// Customer. Shared with the customer." — the row's service, the sub-cell's
/// column label ([`SubCell::label`]) and [`cell_meaning`].
pub fn cell_description(lang: Lang, activity: &str, sub: &SubCell) -> String {
    let colon = lang.texts().colon;
    format!(
        "{activity}, {}{colon}{}",
        sub.label,
        cell_meaning(lang, sub)
    )
}

/// What the sub-cell says, in words: each assignment with its RACI letters
/// named, its role, qualifiers and note; a status with its explanation; then
/// the marks (shared, source reading, inference) as sentences.
pub fn cell_meaning(lang: Lang, sub: &SubCell) -> String {
    let t = lang.texts();
    let party = sub.party.map(|p| &*p.name);
    let mut sentences: Vec<String> = vec![match &sub.body {
        Body::Missing => t.no_value.to_string(),
        Body::Text(text) => sentence(text),
        Body::Status {
            status,
            text,
            resolved,
        } => {
            let mut s = format!("{text}{}{}", t.colon, lang.status_explanation(status));
            if let Some(target) = resolved {
                s = format!("{}, {} {target}", s.trim_end_matches('.'), t.here);
            }
            sentence(&s)
        }
        Body::Assignments(parts) => parts
            .iter()
            .map(|a| assignment_meaning(lang, a, party))
            .collect::<Vec<_>>()
            .join(" "),
        Body::NotAssigned => match party {
            Some(p) => format!("{p}{}{}.", t.colon, t.not_assigned_in_sentence),
            None => format!("{}.", t.not_assigned),
        },
    }];
    if let Some(s) = sub.shared.filter(|_| sub.shared_mark) {
        sentences.push(format!("{}.", lang.shared_with(s.with)));
    }
    if let Some(reading) = sub.reading {
        sentences.push(format!("{}{}", t.source_reading_label, sentence(reading)));
    }
    if let Some(inference) = sub.inference {
        sentences.push(lang.inference_sentence(&inference.from));
    }
    sentences.join(" ")
}

/// One assignment: "Rackspace: Responsible and Accountable (EM), reactive
/// only (note)." A split column's tick reads "Customer: does it."
fn assignment_meaning(lang: Lang, a: &AssignmentPart, split_party: Option<&str>) -> String {
    let t = lang.texts();
    let who = a.name.or(split_party).unwrap_or(a.party);
    let mut what: Vec<String> = Vec::new();
    if !a.raci.is_empty() {
        let names: Vec<&str> = a.raci.iter().map(|l| lang.raci_name(l.letter)).collect();
        what.push(names.join(t.and));
    } else if a.tick || a.name.is_some() {
        what.push(t.does_it.to_string());
    }
    if let Some(role) = &a.role {
        what.push(format!("{} {}", t.as_role, role.title));
    }
    what.extend(a.qualifiers.iter().map(|q| lang.qualifier_in_sentence(q)));
    let mut s = format!("{who}{}{}", t.colon, what.join(", "));
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
