//! The one rule that decides whether a cell, and a row, is **shared** — and with whom.
//!
//! A cell involves several parties when either
//! 1. two or more *different* parties hold the work or the accountability in it
//!    (a tick, `R` or `A` — "Rackspace and Customer", OVHcloud `RA` + Customer `A`), or
//! 2. an assignment is *coordinated with* another party ("Rackspace coordinated
//!    with Customer"): one party does it, but not without the other.
//!
//! Such a cell is **shared with the customer** when one of those parties is the
//! customer, and **split between providers** when none is ("Red Hat and cloud
//! provider"): the reader asks "what do *I* share?", and only the first answers it.
//!
//! Consulted (`C`) and Informed (`I`) alone never make a cell shared: they are
//! shown, not highlighted. A status cell (N/A, No, Depends, not specified…) is
//! never shared, except "Same as …", which is exactly as shared as the cell it
//! points to under the chosen variant (see [`resolve_same_as`]).
//!
//! A **row** is decided per cell, never across cells: [`row_sharing`] is the
//! strongest verdict among the row's visible responsibility cells. A row where
//! Rackspace holds one layer and the customer another is not shared: each
//! cell has one owner. The table, its "Shared only" filter, coverage, compare,
//! the checklist and every export take their verdict from [`row_sharing`] or
//! [`cell_sharing_in_view`].

use rm_format::model::{Cell, ColumnKind, Offering, PartyKind, Qualifier, Row, Status};
use std::collections::BTreeSet;

/// Why a cell involves several parties, for the tooltip and the docs.
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

/// With whom a cell or row is shared. Ordered: a row with both kinds of cell
/// is shared with the customer (`Customer` is the greater).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SharedWith {
    /// Split between providers or third parties; the customer holds no part.
    Providers,
    /// The customer is one of the parties.
    Customer,
}

impl SharedWith {
    /// The words for it, as the legend, coverage and the mark's label say them.
    pub fn label(self) -> &'static str {
        match self {
            SharedWith::Customer => "Shared with the customer",
            SharedWith::Providers => "Split between providers",
        }
    }

    /// The table cell's CSS modifier class.
    pub fn css_modifier(self) -> &'static str {
        match self {
            SharedWith::Customer => "rm-cell--shared",
            SharedWith::Providers => "rm-cell--split",
        }
    }

    /// The mark the table shows in the cell (its label is [`SharedWith::label`]).
    pub fn mark(self) -> &'static str {
        match self {
            SharedWith::Customer => "⇄",
            SharedWith::Providers => "↔",
        }
    }

    /// The mark's CSS classes.
    pub fn mark_class(self) -> &'static str {
        match self {
            SharedWith::Customer => "rm-shared-mark",
            SharedWith::Providers => "rm-shared-mark rm-shared-mark--split",
        }
    }
}

/// A cell's verdict: with whom, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sharing {
    pub with: SharedWith,
    pub reason: SharedReason,
}

impl Sharing {
    /// One sentence for the mark's tooltip and the row details.
    pub fn explanation(self) -> &'static str {
        match (self.with, self.reason) {
            (SharedWith::Customer, SharedReason::SeveralHolders) => {
                "Shared with the customer: the customer and another party each do this or are accountable for it."
            }
            (SharedWith::Customer, SharedReason::Coordinated) => {
                "Shared with the customer: one party does this, coordinated with the other."
            }
            (SharedWith::Providers, SharedReason::SeveralHolders) => {
                "Split between providers: two providers or third parties hold this; the customer holds no part."
            }
            (SharedWith::Providers, SharedReason::Coordinated) => {
                "Split between providers: one provider does this, coordinated with another; the customer holds no part."
            }
        }
    }
}

/// The parties a cell involves: its holders and both sides of a coordination.
fn involved(cell: &Cell) -> BTreeSet<&str> {
    let mut out: BTreeSet<&str> = holders(cell).collect();
    for a in cell.assign.iter() {
        if let Some(w) = a
            .with
            .as_ref()
            .filter(|_| a.qualifiers.contains(&Qualifier::Coordinated))
        {
            out.insert(&a.party);
            out.insert(w);
        }
    }
    out
}

/// Whether a cell involves several parties, whoever they are (no `same-as` resolution).
pub fn shared_reason(cell: &Cell) -> Option<SharedReason> {
    if cell.assign.iter().any(|a| {
        a.qualifiers.contains(&Qualifier::Coordinated)
            && a.with.as_ref().is_some_and(|w| *w != a.party)
    }) {
        return Some(SharedReason::Coordinated);
    }
    let holders: BTreeSet<&str> = holders(cell).collect();
    (holders.len() >= 2).then_some(SharedReason::SeveralHolders)
}

/// `true` when [`shared_reason`] finds a reason.
pub fn is_shared(cell: &Cell) -> bool {
    shared_reason(cell).is_some()
}

/// The rule on the cell's own assignments: several parties, and whether the customer is one.
pub fn cell_sharing(o: &Offering, cell: &Cell) -> Option<Sharing> {
    let reason = shared_reason(cell)?;
    let customer = involved(cell)
        .into_iter()
        .any(|p| o.party(p).is_some_and(|p| p.kind == PartyKind::Customer));
    Some(Sharing {
        with: if customer {
            SharedWith::Customer
        } else {
            SharedWith::Providers
        },
        reason,
    })
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

/// [`shared_reason`] in context: a "Same as" cell takes the verdict of the cell it resolves to.
pub fn shared_reason_in_view(
    row: &Row,
    cell: &Cell,
    is_visible: impl Fn(&str) -> bool,
) -> Option<SharedReason> {
    shared_reason(effective_cell(row, cell, is_visible))
}

/// The cell's verdict as the table shows it: [`cell_sharing`] of the cell a
/// "Same as" resolves to under the visible columns, else of the cell itself.
pub fn cell_sharing_in_view(
    o: &Offering,
    row: &Row,
    cell: &Cell,
    is_visible: impl Fn(&str) -> bool,
) -> Option<Sharing> {
    cell_sharing(o, effective_cell(row, cell, is_visible))
}

/// **The definition of a shared row**: a row is shared in a view with whom its
/// visible responsibility cells are shared, each decided on its own by
/// [`cell_sharing_in_view`]; with the customer if any cell is, else between
/// providers if any cell is, else not at all.
pub fn row_sharing(
    o: &Offering,
    row: &Row,
    is_visible: impl Fn(&str) -> bool,
) -> Option<SharedWith> {
    o.columns
        .iter()
        .filter(|c| c.kind == ColumnKind::Responsibility && is_visible(&c.id))
        .filter_map(|c| row.cell(&c.id))
        .filter_map(|cell| cell_sharing_in_view(o, row, cell, &is_visible))
        .map(|s| s.with)
        .max()
}

/// Whether a row is shared with the customer in a view: what "Shared only" keeps.
pub fn row_shared_with_customer(
    o: &Offering,
    row: &Row,
    is_visible: impl Fn(&str) -> bool,
) -> bool {
    row_sharing(o, row, is_visible) == Some(SharedWith::Customer)
}
