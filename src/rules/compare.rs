//! Comparing two variants of one offering: which services change hands.
//!
//! Plain Rust over the model, for the compare view (issue 5). A row's
//! responsibility under a variant is what its visible cells say once that
//! variant is chosen (other variants' columns hidden, "Same as" resolved), so
//! the comparison follows exactly what the table would show for each variant.

use crate::rules::filter::{applicable_rows, visible_columns, ViewState};
use crate::rules::present::cell_text;
use crate::rules::shared::{effective_cell, holders as cell_holders};
use rm_format::model::{ColumnKind, Offering, Party, PartyKind, Row, Variant};
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
            c.emphasised || matches!(cell.status, Some(rm_format::model::Status::SameAs { .. }))
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

/// One service under two variants, for the side-by-side compare view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantRow {
    /// The row's section id.
    pub section_id: String,
    /// Under `a` and `b` (`before`/`after` are `None` where the row does not apply).
    pub change: RowChange,
    /// Whether the responsibility differs (the row is one of [`variant_changes`]).
    pub changed: bool,
}

/// Every service that applies to variant `a` or `b`, in source order, each
/// with what it says under both and whether that differs.
pub fn variant_rows(o: &Offering, a: &str, b: &str) -> Vec<VariantRow> {
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
        .filter(|(_, r)| in_a.contains(&*r.id) || in_b.contains(&*r.id))
        .map(|(s, r)| {
            let under_a = in_a.contains(&*r.id).then(|| row_under(o, &va, r));
            let under_b = in_b.contains(&*r.id).then(|| row_under(o, &vb, r));
            let same = match (&under_a, &under_b) {
                (Some(x), Some(y)) => strip_labels(&x.0) == strip_labels(&y.0),
                _ => false,
            };
            VariantRow {
                section_id: s.id.to_string(),
                changed: !same,
                change: RowChange {
                    row_id: r.id.to_string(),
                    holders_before: under_a.as_ref().map(|x| x.1.clone()).unwrap_or_default(),
                    holders_after: under_b.as_ref().map(|x| x.1.clone()).unwrap_or_default(),
                    before: under_a.map(|x| x.0),
                    after: under_b.map(|x| x.0),
                },
            }
        })
        .collect()
}

/// Every service whose responsibility differs between variants `a` and `b`, in
/// source order: rows that apply to only one of them, and rows whose visible
/// cells say something different.
pub fn variant_changes(o: &Offering, a: &str, b: &str) -> Vec<RowChange> {
    variant_rows(o, a, b)
        .into_iter()
        .filter(|r| r.changed)
        .map(|r| r.change)
        .collect()
}

/// The customer party of an offering (the first party of kind customer).
pub fn customer_party(o: &Offering) -> Option<&Party> {
    o.parties.iter().find(|p| p.kind == PartyKind::Customer)
}

fn services(n: usize) -> String {
    match n {
        1 => "1 service".to_string(),
        n => format!("{n} services"),
    }
}

/// The compare view's summary sentence for variants `a` → `b`, e.g. "14
/// services change from Supported guest OS to Unsupported guest OS; 11 move
/// from Rackspace to Customer." Party names and variant labels come from the
/// data. Rows that apply to one variant only are counted as such, and moves
/// the other way are named when there are any.
pub fn variant_summary(o: &Offering, a: &str, b: &str, changes: &[RowChange]) -> String {
    let label = |v: &str| {
        o.variant(v)
            .map(|x| x.label.to_string())
            .unwrap_or_else(|| v.to_string())
    };
    let (la, lb) = (label(a), label(b));
    if changes.is_empty() {
        return format!("No service changes hands between {la} and {lb}.");
    }
    let verb = if changes.len() == 1 {
        "changes"
    } else {
        "change"
    };
    let mut s = format!("{} {verb} from {la} to {lb}", services(changes.len()));
    let only_a = changes.iter().filter(|c| c.after.is_none()).count();
    let only_b = changes.iter().filter(|c| c.before.is_none()).count();
    if only_a + only_b > 0 {
        s.push_str(&format!(
            " ({only_a} apply only to {la}, {only_b} only to {lb})"
        ));
    }
    if let (Some(provider), Some(customer)) = (o.provider_party(), customer_party(o)) {
        let to_customer = changes
            .iter()
            .filter(|c| c.moves(&provider.id, &customer.id))
            .count();
        let to_provider = changes
            .iter()
            .filter(|c| c.moves(&customer.id, &provider.id))
            .count();
        let moved = |n: usize| match n {
            0 => "none move".to_string(),
            1 => "1 moves".to_string(),
            n => format!("{n} move"),
        };
        s.push_str(&format!(
            "; {} from {} to {}",
            moved(to_customer),
            provider.name,
            customer.name
        ));
        if to_provider > 0 {
            s.push_str(&format!(
                ", {} from {} to {}",
                moved(to_provider),
                customer.name,
                provider.name
            ));
        }
    }
    s.push('.');
    s
}

/// What the compare view compares the current offering and variant with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CompareTarget<'a> {
    /// Two variants of the current offering: `a` (the chosen one) and `b`.
    Variants { a: &'a Variant, b: &'a Variant },
    /// The current offering against another one.
    Offering(&'a Offering),
    /// Nothing to compare with (an offering without variants and no other offering).
    Nothing,
}

/// The default `cmp`: another variant of the offering when it has at least two
/// (the next one after the chosen variant), otherwise the other offering that
/// shares the most domains with it (first in `others`' order on a tie).
pub fn default_target(o: &Offering, state: &ViewState, others: &[&Offering]) -> Option<String> {
    let options = o.variant_options();
    if options.len() >= 2 {
        let a = state
            .variant
            .as_deref()
            .and_then(|v| options.iter().position(|x| x.id == v))
            .unwrap_or(0);
        return options
            .get((a + 1) % options.len())
            .map(|v| v.id.to_string());
    }
    let domains = |x: &Offering| -> BTreeSet<rm_format::model::Domain> {
        x.rows().map(|(_, r)| r.domain).collect()
    };
    let mine = domains(o);
    others
        .iter()
        .copied()
        .filter(|x| x.id != o.id)
        .map(|x| (domains(x).intersection(&mine).count(), x))
        .fold(None::<(usize, &Offering)>, |best, (n, x)| match best {
            Some((m, _)) if m >= n => best,
            _ => Some((n, x)),
        })
        .map(|(_, x)| x.id.to_string())
}

/// Resolves the view's compare target: `state.compare_with` as a variant of
/// `o`, else as another offering found by `find`; when it is neither (or
/// absent), the [`default_target`]. Side `a` of a variant comparison is the
/// chosen variant, or the first other variant when none is chosen (or the
/// chosen one is `b`).
pub fn resolve_target<'a>(
    o: &'a Offering,
    state: &ViewState,
    others: &[&'a Offering],
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> CompareTarget<'a> {
    let requested = state
        .compare_with
        .as_deref()
        .map(|with| target_for(o, state, with, &find))
        .filter(|t| *t != CompareTarget::Nothing);
    match requested {
        Some(t) => t,
        None => default_target(o, state, others)
            .map(|with| target_for(o, state, &with, &find))
            .unwrap_or(CompareTarget::Nothing),
    }
}

fn target_for<'a>(
    o: &'a Offering,
    state: &ViewState,
    with: &str,
    find: &impl Fn(&str) -> Option<&'a Offering>,
) -> CompareTarget<'a> {
    if let Some(b) = o.variant_options().iter().find(|v| v.id == with) {
        let chosen = state
            .variant
            .as_deref()
            .and_then(|v| o.variant(v))
            .filter(|v| v.id != b.id);
        let a = chosen.or_else(|| o.variant_options().iter().find(|v| v.id != b.id));
        return match a {
            Some(a) => CompareTarget::Variants { a, b },
            None => CompareTarget::Nothing,
        };
    }
    match find(with).filter(|x| x.id != o.id) {
        Some(x) => CompareTarget::Offering(x),
        None => CompareTarget::Nothing,
    }
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
    pub domain: rm_format::model::Domain,
    /// Row ids of the left offering in this domain (empty: no counterpart).
    pub left: Vec<String>,
    pub right: Vec<String>,
}

/// Aligns every row of two offerings by its domain tag, in the fixed domain
/// order; a domain that only one offering covers keeps its rows against an
/// empty side rather than dropping them.
pub fn align_by_domain(left: &Offering, right: &Offering) -> Vec<DomainRows> {
    let rows_in = |o: &Offering, d: rm_format::model::Domain| -> Vec<String> {
        o.rows()
            .filter(|(_, r)| r.domain == d)
            .map(|(_, r)| r.id.to_string())
            .collect()
    };
    rm_format::model::Domain::ALL
        .into_iter()
        .map(|domain| DomainRows {
            domain,
            left: rows_in(left, domain),
            right: rows_in(right, domain),
        })
        .filter(|d| !d.left.is_empty() || !d.right.is_empty())
        .collect()
}

/// The offering-compare summary sentence, e.g. "12 domains: 10 covered by
/// both, 2 only by VMware Server Virtualization, none only by Microsoft Hyper-V."
pub fn offering_summary(left: &Offering, right: &Offering, aligned: &[DomainRows]) -> String {
    let both = aligned
        .iter()
        .filter(|d| !d.left.is_empty() && !d.right.is_empty())
        .count();
    let only_left = aligned.iter().filter(|d| d.right.is_empty()).count();
    let only_right = aligned.iter().filter(|d| d.left.is_empty()).count();
    let n = |k: usize| match k {
        0 => "none".to_string(),
        k => k.to_string(),
    };
    format!(
        "{} domain{}: {} covered by both, {} only by {}, {} only by {}.",
        aligned.len(),
        if aligned.len() == 1 { "" } else { "s" },
        n(both),
        n(only_left),
        left.title,
        n(only_right),
        right.title
    )
}
