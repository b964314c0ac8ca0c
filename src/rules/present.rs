//! What a cell says, in words: one function for the table, search and export,
//! so the text a user searches is the text they see.

use rm_format::model::{Assignment, Cell, Offering, Qualifier, Status};

/// "Rackspace", "Rackspace (Reactive only)", "RA", "Customer (Provides prerequisite)".
///
/// `with_party` includes the party name (scope columns); split-by-party
/// columns already name the party in their header and omit it.
pub fn assignment_text(o: &Offering, a: &Assignment, with_party: bool) -> String {
    let mut s = String::new();
    if with_party {
        s.push_str(o.party(&a.party).map(|p| &*p.name).unwrap_or(&a.party));
    }
    if let Some(letters) = &a.raci {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(letters);
    } else if !with_party {
        s.push('✓');
    }
    if let Some(role) = a.role.as_deref().and_then(|r| role_name(o, &a.party, r)) {
        s.push_str(&format!(" ({role})"));
    }
    for q in a.qualifiers.iter() {
        s.push_str(", ");
        // Lower-case the label's first letter only: party names keep their capitals.
        let text = qualifier_text(o, a, *q);
        let mut chars = text.chars();
        if let Some(first) = chars.next() {
            s.extend(first.to_lowercase());
            s.push_str(chars.as_str());
        }
    }
    s
}

/// A qualifier's label; "Coordinated" names the party it is coordinated with.
pub fn qualifier_text(o: &Offering, a: &Assignment, q: Qualifier) -> String {
    if q != Qualifier::Coordinated {
        return q.label().to_string();
    }
    let with = a
        .with
        .as_deref()
        .and_then(|w| o.party(w))
        .map(|p| &*p.name)
        .unwrap_or("the other party");
    format!("Coordinated with {with}")
}

fn role_name<'a>(o: &'a Offering, party: &str, role: &str) -> Option<&'a str> {
    o.party(party)?
        .roles
        .iter()
        .find(|r| r.id == role)
        .map(|r| r.abbreviation.as_deref().unwrap_or(&r.name))
}

/// A status in words, with what it depends on or points to.
pub fn status_text(o: &Offering, status: &Status) -> String {
    match status {
        Status::Depends { on: Some(on) } => format!("Depends on {on}"),
        Status::SameAs { columns } => {
            let labels: Vec<&str> = columns
                .iter()
                .map(|c| o.column(c).map(|c| &*c.label).unwrap_or(c))
                .collect();
            format!("Same as {}", labels.join(" / "))
        }
        other => other.label().to_string(),
    }
}

/// The whole cell in words, as shown in a scope column.
pub fn cell_text(o: &Offering, cell: &Cell) -> String {
    if let Some(t) = &cell.text {
        return t.to_string();
    }
    if let Some(st) = &cell.status {
        return status_text(o, st);
    }
    let parts: Vec<String> = cell
        .assign
        .iter()
        .map(|a| assignment_text(o, a, true))
        .collect();
    parts.join(" and ")
}
