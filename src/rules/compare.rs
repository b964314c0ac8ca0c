//! Comparing two variants of one offering: which services change hands.
//!
//! A row's responsibility under a variant is what its visible cells say once
//! that variant is chosen (other variants' columns hidden, "Same as"
//! resolved), so the comparison follows exactly what the table would show for
//! each variant. Where the variants have rows of their own (Hyper-V's managed
//! and unmanaged VM tables), rows are lined up by activity and domain, so
//! "OS patching" is one line that answers "who patches my OS if I switch?".

pub use crate::rules::compare_target::*;

use crate::i18n::Lang;
use crate::rules::filter::{applicable_rows, visible_columns, visible_rows, ViewState};
use crate::rules::present::cell_text;
use crate::rules::shared::{effective_cell, holders as cell_holders, row_sharing, SharedWith};
use crate::rules::text::fold;
use rm_format::model::{ColumnKind, Offering, Party, PartyKind, Row, Section, Status};
use std::collections::BTreeSet;

/// How one service differs between variant `a` and variant `b`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    /// The line's id: the row under `a`, or under `b` when only `b` has it.
    pub row_id: String,
    /// The row under `a` and the row under `b` (different ids when lined up by activity).
    pub row_a: Option<String>,
    pub row_b: Option<String>,
    /// What the variant-specific cells say under `a` (`None`: the row does not apply).
    pub before: Option<String>,
    /// The same under `b`.
    pub after: Option<String>,
    /// Parties holding a tick, R or A under `a` and under `b`.
    pub holders_before: BTreeSet<String>,
    pub holders_after: BTreeSet<String>,
    /// With whom the row is shared under `a` and under `b` ([`row_sharing`]).
    pub sharing_before: Option<SharedWith>,
    pub sharing_after: Option<SharedWith>,
}

impl RowChange {
    /// `from` held it under `a` and no longer does under `b`, where `to` holds it:
    /// "moves from Rackspace to you" (shared-then-customer-alone counts: Rackspace's part moved).
    pub fn moves(&self, from: &str, to: &str) -> bool {
        self.holders_before.contains(from)
            && !self.holders_after.contains(from)
            && self.holders_after.contains(to)
    }

    /// Both variants have the service (it can change hands, not just appear).
    pub fn in_both(&self) -> bool {
        self.before.is_some() && self.after.is_some()
    }
}

/// What one side of a line says: its text, holders and sharing.
type Side = (String, BTreeSet<String>, Option<SharedWith>);

/// The text, holders and sharing of the cells a variant decides, under a view.
///
/// Where the offering has variant-specific columns (VMware's guest-OS columns,
/// GOSS's protocol columns) those decide, together with "Same as" cells that
/// point at them; elsewhere (Hyper-V, Kubernetes) the variant selects rows and
/// every responsibility cell counts.
fn row_under(o: &Offering, state: &ViewState, row: &Row) -> Side {
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
            c.emphasised || matches!(cell.status, Some(Status::SameAs { .. }))
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
    (parts.join("; "), holders, row_sharing(o, row, is_visible))
}

/// How a line of the comparison differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    /// Both variants have it and say the same.
    Same,
    /// Both variants have it and say something different: a real change.
    Changed,
    /// Only variant `a` has it.
    OnlyInA,
    /// Only variant `b` has it.
    OnlyInB,
}

/// One service under two variants, for the side-by-side compare view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantRow {
    /// The section of the line's row (under `a` when it has one).
    pub section_id: String,
    /// The service as the source writes it (under `a` when it has one).
    pub activity: String,
    /// Under `a` and `b` (`before`/`after` are `None` where the row does not apply).
    pub change: RowChange,
    pub difference: Difference,
    /// Whether the line differs at all (a change, or a row of one variant only).
    pub changed: bool,
}

/// The key rows are lined up by: the domain and the activity, folded.
fn activity_key(r: &Row) -> String {
    fold(r.activity.trim())
}

/// Pairs `a`'s rows with `b`'s: the same row first, then the same domain and
/// activity, then the same activity; each row is used once, in source order.
fn align<'a>(
    rows_a: &[(&'a Section, &'a Row)],
    rows_b: &[(&'a Section, &'a Row)],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut partner: Vec<Option<usize>> = vec![None; rows_a.len()];
    let mut used = vec![false; rows_b.len()];
    let passes: [&dyn Fn(&Row, &Row) -> bool; 3] = [
        &|x, y| x.id == y.id,
        &|x, y| x.domain == y.domain && activity_key(x) == activity_key(y),
        &|x, y| activity_key(x) == activity_key(y),
    ];
    for same in passes {
        for (i, (_, ra)) in rows_a.iter().enumerate() {
            if partner[i].is_some() {
                continue;
            }
            let found = rows_b
                .iter()
                .enumerate()
                .find(|(j, (_, rb))| !used[*j] && same(ra, rb))
                .map(|(j, _)| j);
            if let Some(j) = found {
                partner[i] = Some(j);
                used[j] = true;
            }
        }
    }
    let mut lines: Vec<(Option<usize>, Option<usize>)> = partner
        .into_iter()
        .enumerate()
        .map(|(i, j)| (Some(i), j))
        .collect();
    lines.extend(
        used.iter()
            .enumerate()
            .filter(|(_, u)| !**u)
            .map(|(j, _)| (None, Some(j))),
    );
    lines
}

fn variant_view(o: &Offering, v: &str) -> ViewState {
    ViewState {
        variant: Some(v.to_string()),
        ..ViewState::for_offering(&o.id)
    }
}

/// Every service that applies to variant `a` or `b`, one line per service
/// (rows of the two variants lined up by activity and domain), in source order,
/// each with what it says under both and how that differs.
pub fn variant_rows(o: &Offering, a: &str, b: &str) -> Vec<VariantRow> {
    let (va, vb) = (variant_view(o, a), variant_view(o, b));
    let list = |v: &ViewState| -> Vec<(&Section, &Row)> {
        applicable_rows(o, v)
            .into_iter()
            .map(|(_, _, s, r)| (s, r))
            .collect()
    };
    let (rows_a, rows_b) = (list(&va), list(&vb));
    let position = |r: &Row| o.rows().position(|(_, x)| std::ptr::eq(x, r));
    let mut lines: Vec<(Option<usize>, VariantRow)> = align(&rows_a, &rows_b)
        .into_iter()
        .filter_map(|(i, j)| {
            let on_a = i.and_then(|i| rows_a.get(i)).copied();
            let on_b = j.and_then(|j| rows_b.get(j)).copied();
            let (section, first) = on_a.or(on_b)?;
            let under_a = on_a.map(|(_, r)| row_under(o, &va, r));
            let under_b = on_b.map(|(_, r)| row_under(o, &vb, r));
            let difference = match (&under_a, &under_b) {
                (Some(x), Some(y)) if strip_labels(&x.0) == strip_labels(&y.0) => Difference::Same,
                (Some(_), Some(_)) => Difference::Changed,
                (Some(_), None) => Difference::OnlyInA,
                _ => Difference::OnlyInB,
            };
            let (before, holders_before, sharing_before) = split(under_a);
            let (after, holders_after, sharing_after) = split(under_b);
            let line = VariantRow {
                section_id: section.id.to_string(),
                activity: first.activity.to_string(),
                difference,
                changed: difference != Difference::Same,
                change: RowChange {
                    row_id: first.id.to_string(),
                    row_a: on_a.map(|(_, r)| r.id.to_string()),
                    row_b: on_b.map(|(_, r)| r.id.to_string()),
                    before,
                    after,
                    holders_before,
                    holders_after,
                    sharing_before,
                    sharing_after,
                },
            };
            Some((position(first), line))
        })
        .collect();
    lines.sort_by_key(|(at, _)| *at);
    lines.into_iter().map(|(_, line)| line).collect()
}

fn split(side: Option<Side>) -> (Option<String>, BTreeSet<String>, Option<SharedWith>) {
    match side {
        Some((text, holders, sharing)) => (Some(text), holders, sharing),
        None => (None, BTreeSet::new(), None),
    }
}

/// Every line that differs between variants `a` and `b`, in order: services
/// whose visible cells say something different, and services of one variant only.
pub fn variant_changes(o: &Offering, a: &str, b: &str) -> Vec<RowChange> {
    variant_rows(o, a, b)
        .into_iter()
        .filter(|r| r.changed)
        .map(|r| r.change)
        .collect()
}

/// The lines the compare view shows: those whose row under `a` the table
/// would show for `a` with the view's search and filters, or whose row under
/// `b` it would show for `b`; with "changes only", differing lines only.
pub fn shown_variant_rows(
    o: &Offering,
    state: &ViewState,
    a: &str,
    b: &str,
    rows: &[VariantRow],
) -> Vec<VariantRow> {
    let shown = |v: &str| -> BTreeSet<String> {
        let view = ViewState {
            variant: Some(v.to_string()),
            show_other_columns: false,
            ..state.clone()
        };
        visible_rows(o, &view)
            .iter()
            .map(|r| r.row.id.to_string())
            .collect()
    };
    let (in_a, in_b) = (shown(a), shown(b));
    rows.iter()
        .filter(|r| r.changed || !state.changes_only)
        .filter(|r| {
            r.change.row_a.as_ref().is_some_and(|id| in_a.contains(id))
                || r.change.row_b.as_ref().is_some_and(|id| in_b.contains(id))
        })
        .cloned()
        .collect()
}

/// The customer party of an offering (the first party of kind customer).
pub fn customer_party(o: &Offering) -> Option<&Party> {
    o.parties.iter().find(|p| p.kind == PartyKind::Customer)
}

/// What a variant comparison's summary sentence says, in numbers and names
/// (the words are [`Lang::variant_summary`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantSummary {
    pub a: String,
    pub b: String,
    /// Services both variants have whose holders change.
    pub changed: usize,
    /// (provider, customer, moving to the customer, moving to the provider),
    /// when the offering has both and something changes.
    pub moves: Option<(String, String, usize, usize)>,
    /// Services only variant `a` (`b`) has.
    pub only_a: usize,
    pub only_b: usize,
}

/// The compare view's summary for variants `a` → `b`. Only services both
/// variants have count as changes; those of one variant only are counted
/// apart. Party names and variant labels come from the data.
pub fn summarise_variants(o: &Offering, a: &str, b: &str, changes: &[RowChange]) -> VariantSummary {
    let label = |v: &str| {
        o.variant(v)
            .map(|x| x.label.to_string())
            .unwrap_or_else(|| v.to_string())
    };
    let real: Vec<&RowChange> = changes.iter().filter(|c| c.in_both()).collect();
    let moves = match (o.provider_party(), customer_party(o)) {
        (Some(provider), Some(customer)) if !real.is_empty() => {
            let count = |from: &Party, to: &Party| {
                real.iter().filter(|c| c.moves(&from.id, &to.id)).count()
            };
            Some((
                provider.name.to_string(),
                customer.name.to_string(),
                count(provider, customer),
                count(customer, provider),
            ))
        }
        _ => None,
    };
    VariantSummary {
        a: label(a),
        b: label(b),
        changed: real.len(),
        moves,
        only_a: changes.iter().filter(|c| c.after.is_none()).count(),
        only_b: changes.iter().filter(|c| c.before.is_none()).count(),
    }
}

/// The compare view's summary sentence for variants `a` → `b`, e.g. "14
/// services change from Supported guest OS to Unsupported guest OS; 11 move
/// from Rackspace to Customer." ([`summarise_variants`] in words).
pub fn variant_summary(
    lang: Lang,
    o: &Offering,
    a: &str,
    b: &str,
    changes: &[RowChange],
) -> String {
    lang.variant_summary(&summarise_variants(o, a, b, changes))
}

/// Column labels differ between variants (the chosen guest-OS column); compare values only.
fn strip_labels(text: &str) -> Vec<&str> {
    text.split("; ")
        .map(|part| part.split_once(": ").map(|(_, v)| v).unwrap_or(part))
        .collect()
}
