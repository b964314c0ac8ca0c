//! The one rule that decides whether a cell is **shared**.
//!
//! A cell is shared when either
//! 1. two or more *different* parties hold the work or the accountability in it
//!    (a tick, `R` or `A` — "Rackspace and Customer", OVHcloud `RA` + Customer `A`), or
//! 2. an assignment is *coordinated with* another party ("Rackspace coordinated
//!    with Customer"): one party does it, but not without the other.
//!
//! Consulted (`C`) and Informed (`I`) alone never make a cell shared: they are
//! shown, not highlighted. A status cell (N/A, No, Depends, not specified…) is
//! never shared, except "Same as …", which is exactly as shared as the cell it
//! points to under the chosen variant (see [`resolve_same_as`]).

use rm_format::model::{Cell, Qualifier, Row, Status};
use std::collections::BTreeSet;

/// Why a cell counts as shared, for the tooltip and the docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SharedReason {
    /// Two or more parties hold a tick, R or A.
    SeveralHolders,
    /// A party acts in coordination with another.
    Coordinated,
}

impl SharedReason {
    pub fn explanation(self) -> &'static str {
        match self {
            SharedReason::SeveralHolders => {
                "Shared: more than one party does this or is accountable for it."
            }
            SharedReason::Coordinated => "Shared: one party does this, coordinated with the other.",
        }
    }
}

/// Applies the rule to the cell's own assignments (no `same-as` resolution).
pub fn shared_reason(cell: &Cell) -> Option<SharedReason> {
    if cell.assign.iter().any(|a| {
        a.qualifiers.contains(&Qualifier::Coordinated)
            && a.with.as_ref().is_some_and(|w| *w != a.party)
    }) {
        return Some(SharedReason::Coordinated);
    }
    let holders: BTreeSet<&str> = cell
        .assign
        .iter()
        .filter(|a| a.is_holder())
        .map(|a| &*a.party)
        .collect();
    (holders.len() >= 2).then_some(SharedReason::SeveralHolders)
}

/// `true` when [`shared_reason`] finds a reason.
pub fn is_shared(cell: &Cell) -> bool {
    shared_reason(cell).is_some()
}

/// For a "Same as …" cell, the cell it stands for: the first referenced column
/// that `is_visible` accepts, provided exactly one referenced column is visible
/// (with every guest-OS column showing, "Same as OS" is ambiguous: `None`).
pub fn resolve_same_as<'a>(
    row: &'a Row,
    cell: &'a Cell,
    is_visible: impl Fn(&str) -> bool,
) -> Option<(&'a str, &'a Cell)> {
    let Some(Status::SameAs { columns }) = &cell.status else {
        return None;
    };
    let mut visible = columns.iter().filter(|c| is_visible(c));
    let first = visible.next()?;
    if visible.next().is_some() {
        return None;
    }
    row.cell(first).map(|c| (&**first, c))
}

/// The cell that decides in context: the target of a resolvable "Same as", else the cell itself.
pub fn effective_cell<'a>(
    row: &'a Row,
    cell: &'a Cell,
    is_visible: impl Fn(&str) -> bool,
) -> &'a Cell {
    resolve_same_as(row, cell, is_visible)
        .map(|(_, target)| target)
        .unwrap_or(cell)
}

/// The parties holding a tick, R or A in a cell.
pub fn holders(cell: &Cell) -> impl Iterator<Item = &str> {
    cell.assign
        .iter()
        .filter(|a| a.is_holder())
        .map(|a| &*a.party)
}

/// The rule applied in context: a "Same as" cell takes the verdict of the cell it resolves to.
pub fn shared_reason_in_view(
    row: &Row,
    cell: &Cell,
    is_visible: impl Fn(&str) -> bool,
) -> Option<SharedReason> {
    match resolve_same_as(row, cell, is_visible) {
        Some((_, target)) => shared_reason(target),
        None => shared_reason(cell),
    }
}
