//! Comparing two variants of one offering: which services change hands.
//!
//! Plain Rust over the model, for the compare view (issue 5). A row's
//! responsibility under a variant is what its visible cells say once that
//! variant is chosen (other variants' columns hidden, "Same as" resolved), so
//! the comparison follows exactly what the table would show for each variant.

use crate::filter::{applicable_rows, visible_columns, ViewState};
use crate::model::{ColumnKind, Offering, Row};
use crate::present::cell_text;
use crate::shared::{effective_cell, holders as cell_holders};
use std::collections::BTreeSet;

/// How one service differs between variant `a` and variant `b`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    pub row_id: String,
    /// What the variant-specific cells say under `a` (`None`: the row does not apply).
    pub before: Option<String>,
    /// The same under `b`.
    pub after: Option<String>,
    /// Parties holding a tick, R or A under `a` and under `b`.
    pub holders_before: BTreeSet<String>,
    pub holders_after: BTreeSet<String>,
}

impl RowChange {
    /// `from` held it under `a` and no longer does under `b`, where `to` holds it:
    /// "moves from Rackspace to you" (shared-then-customer-alone counts: Rackspace's part moved).
    pub fn moves(&self, from: &str, to: &str) -> bool {
        self.holders_before.contains(from)
            && !self.holders_after.contains(from)
            && self.holders_after.contains(to)
    }
}

/// The text and holders of the cells a variant decides, under a view.
///
/// Where the offering has variant-specific columns (VMware's guest-OS columns,
/// GOSS's protocol columns) those decide, together with "Same as" cells that
/// point at them; elsewhere (Hyper-V, Kubernetes) the variant selects rows and
/// every responsibility cell counts.
fn row_under(o: &Offering, state: &ViewState, row: &Row) -> (String, BTreeSet<String>) {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let has_variant_columns = o.columns.iter().any(|c| !c.variants.is_empty());
    let mut parts = Vec::new();
    let mut holders = BTreeSet::new();
    for c in cols.iter() {
        let Some(cell) = row.cell(&c.column.id) else {
            continue;
        };
        let decided_by_variant = if has_variant_columns {
            c.emphasised || matches!(cell.status, Some(crate::model::Status::SameAs { .. }))
        } else {
            c.column.kind == ColumnKind::Responsibility
        };
        if !decided_by_variant {
            continue;
        }
        let effective = effective_cell(row, cell, is_visible);
        parts.push(format!("{}: {}", c.column.label, cell_text(o, effective)));
        if c.column.kind == ColumnKind::Responsibility {
            holders.extend(cell_holders(effective).map(str::to_string));
        }
    }
    (parts.join("; "), holders)
}

/// Every service whose responsibility differs between variants `a` and `b`, in
/// source order: rows that apply to only one of them, and rows whose visible
/// cells say something different.
pub fn variant_changes(o: &Offering, a: &str, b: &str) -> Vec<RowChange> {
    let view = |v: &str| ViewState {
        variant: Some(v.to_string()),
        ..ViewState::for_offering(&o.id)
    };
    let (va, vb) = (view(a), view(b));
    let in_a: BTreeSet<&str> = applicable_rows(o, &va)
        .iter()
        .map(|(_, _, _, r)| &*r.id)
        .collect();
    let in_b: BTreeSet<&str> = applicable_rows(o, &vb)
        .iter()
        .map(|(_, _, _, r)| &*r.id)
        .collect();
    o.rows()
        .map(|(_, r)| r)
        .filter(|r| in_a.contains(&*r.id) || in_b.contains(&*r.id))
        .filter_map(|r| {
            let under_a = in_a.contains(&*r.id).then(|| row_under(o, &va, r));
            let under_b = in_b.contains(&*r.id).then(|| row_under(o, &vb, r));
            let same = match (&under_a, &under_b) {
                (Some(x), Some(y)) => strip_labels(&x.0) == strip_labels(&y.0),
                _ => false,
            };
            (!same).then(|| RowChange {
                row_id: r.id.to_string(),
                holders_before: under_a.as_ref().map(|x| x.1.clone()).unwrap_or_default(),
                holders_after: under_b.as_ref().map(|x| x.1.clone()).unwrap_or_default(),
                before: under_a.map(|x| x.0),
                after: under_b.map(|x| x.0),
            })
        })
        .collect()
}

/// Column labels differ between variants (the chosen guest-OS column); compare values only.
fn strip_labels(text: &str) -> Vec<&str> {
    text.split("; ")
        .map(|part| part.split_once(": ").map(|(_, v)| v).unwrap_or(part))
        .collect()
}

/// Rows of two offerings that share a domain, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRows {
    pub domain: crate::model::Domain,
    /// Row ids of the left offering in this domain (empty: no counterpart).
    pub left: Vec<String>,
    pub right: Vec<String>,
}

/// Aligns every row of two offerings by its domain tag, in the fixed domain
/// order; a domain that only one offering covers keeps its rows against an
/// empty side rather than dropping them.
pub fn align_by_domain(left: &Offering, right: &Offering) -> Vec<DomainRows> {
    let rows_in = |o: &Offering, d: crate::model::Domain| -> Vec<String> {
        o.rows()
            .filter(|(_, r)| r.domain == d)
            .map(|(_, r)| r.id.to_string())
            .collect()
    };
    crate::model::Domain::ALL
        .into_iter()
        .map(|domain| DomainRows {
            domain,
            left: rows_in(left, domain),
            right: rows_in(right, domain),
        })
        .filter(|d| !d.left.is_empty() || !d.right.is_empty())
        .collect()
}
