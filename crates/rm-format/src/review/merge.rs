//! Merging one party into another: every assignment, "coordinated with",
//! owner role and role of the party merged away goes to the one it joins,
//! and a cell that named both keeps one assignment with both parts.

use crate::model::{Assignment, Cell, Offering, Qualifier};
use std::borrow::Cow;

/// Merges party `from` into `into`; returns how many cells changed.
pub(super) fn merge_party(o: &mut Offering, from: &str, into: &str) -> usize {
    let Some(gone) = o.parties.iter().position(|p| p.id == from) else {
        return 0;
    };
    let gone = o.parties.to_mut().remove(gone);
    if let Some(target) = o.parties.to_mut().iter_mut().find(|p| p.id == into) {
        for role in gone.roles.iter() {
            if !target.roles.iter().any(|r| r.id == role.id) {
                target.roles.to_mut().push(role.clone());
            }
        }
    }
    let mut changed = 0;
    for section in o.sections.to_mut() {
        for row in section.rows.to_mut() {
            if let Some(owner) = &row.owner_role {
                if let Some(role) = owner.strip_prefix(&format!("{from}/")) {
                    row.owner_role = Some(Cow::Owned(format!("{into}/{role}")));
                }
            }
            for entry in row.cells.to_mut() {
                if merge_cell(&mut entry.cell, from, into) {
                    changed += 1;
                }
            }
        }
    }
    changed
}

/// Rewrites one cell; `true` when it named `from`.
fn merge_cell(cell: &mut Cell, from: &str, into: &str) -> bool {
    let names = |a: &Assignment| a.party == from || a.with.as_deref() == Some(from);
    if !cell.assign.iter().any(names) {
        return false;
    }
    let mut merged: Vec<Assignment> = Vec::new();
    for mut a in cell.assign.iter().cloned() {
        if a.party == from {
            a.party = Cow::Owned(into.to_string());
        }
        if a.with.as_deref() == Some(from) {
            a.with = Some(Cow::Owned(into.to_string()));
        }
        // Coordinated with itself is no coordination once two parties are one.
        if a.with.as_deref() == Some(&*a.party) {
            a.with = None;
            a.qualifiers
                .to_mut()
                .retain(|q| *q != Qualifier::Coordinated);
        }
        match merged.iter_mut().find(|m| m.party == a.party) {
            Some(m) => join(m, a),
            None => merged.push(a),
        }
    }
    cell.assign = Cow::Owned(merged);
    true
}

/// `a`'s part added to `m` (same party): RACI letters and qualifiers united.
fn join(m: &mut Assignment, a: Assignment) {
    m.raci = match (m.raci.take(), a.raci) {
        (Some(x), Some(y)) => {
            let mut letters = x.to_string();
            letters.extend(y.chars().filter(|ch| !x.contains(*ch)));
            Some(Cow::Owned(letters))
        }
        (x, y) => x.or(y),
    };
    for q in a.qualifiers.iter() {
        if !m.qualifiers.contains(q) {
            m.qualifiers.to_mut().push(*q);
        }
    }
    if m.with.is_none() {
        m.with = a.with;
    }
    if m.role.is_none() {
        m.role = a.role;
    }
    m.note = match (m.note.take(), a.note) {
        (Some(x), Some(y)) if x != y => Some(Cow::Owned(format!("{x}; {y}"))),
        (x, y) => x.or(y),
    };
}
