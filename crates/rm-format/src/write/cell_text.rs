//! A cell in the words the importers read back to the same cell: party
//! names, RACI letters, qualifier phrases, statuses, and a `( … )`
//! annotation for what words cannot carry (role, note). The one place the
//! writers' cell vocabulary is defined, so CSV, Markdown and XLSX agree.

use crate::import::words::qualifier_phrase;
use crate::model::{Assignment, Offering, Qualifier, Status};

/// Party name by id (the id itself if unknown).
fn name<'a>(o: &'a Offering, id: &'a str) -> &'a str {
    o.party(id).map_or(id, |p| &p.name)
}

/// The `( … )` annotation of an assignment, or "".
pub fn annotations(o: &Offering, a: &Assignment) -> String {
    let mut items: Vec<String> = Vec::new();
    for q in a.qualifiers.iter() {
        if *q == Qualifier::Coordinated {
            let with = a.with.as_deref().unwrap_or("");
            items.push(format!("coordinated with {}", name(o, with)));
        } else {
            items.push(qualifier_phrase(*q));
        }
    }
    if let Some(role) = &a.role {
        items.push(format!("role: {role}"));
    }
    if let Some(note) = &a.note {
        items.push(format!(
            "note: {}",
            serde_json::to_string(&**note).unwrap_or_default()
        ));
    }
    if items.is_empty() {
        String::new()
    } else {
        format!(" ({})", items.join(", "))
    }
}

/// One party's own cell of a split column: its mark (RACI letters or ✔) and annotation.
pub fn mark(o: &Offering, a: &Assignment) -> String {
    format!("{}{}", a.raci.as_deref().unwrap_or("✔"), annotations(o, a))
}

/// A status as a word.
pub fn status(o: &Offering, s: &Status) -> String {
    match s {
        Status::NotApplicable => "N/A".into(),
        Status::No => "No".into(),
        Status::Depends { on: None } => "Depends".into(),
        Status::Depends { on: Some(on) } => format!("Depends on {on}"),
        Status::CustomerSpecific => "Customer-specific".into(),
        Status::NotSpecified => String::new(),
        Status::SameAs { columns } => {
            let labels: Vec<&str> = columns
                .iter()
                .map(|c| o.column(c).map_or(&**c, |c| &c.label))
                .collect();
            let by_label = labels.iter().all(|l| !l.contains(" and "));
            if by_label {
                format!("Same as {}", labels.join(" and "))
            } else {
                format!("Same as {}", columns.join(" and "))
            }
        }
    }
}

/// A whole cell of a column that is not split by party.
pub fn cell(o: &Offering, c: &crate::model::Cell) -> String {
    if let Some(text) = &c.text {
        return text.to_string();
    }
    if let Some(s) = &c.status {
        return status(o, s);
    }
    c.assign
        .iter()
        .map(|a| match &a.raci {
            Some(letters) => format!("{}: {letters}{}", name(o, &a.party), annotations(o, a)),
            None => format!("{}{}", name(o, &a.party), annotations(o, a)),
        })
        .collect::<Vec<_>>()
        .join(" and ")
}
