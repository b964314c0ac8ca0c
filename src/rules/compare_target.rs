//! What the compare view compares with, and two offerings aligned by domain.
//!
//! Plain Rust over the model: the target picker's rule ([`resolve_target`])
//! and the cross-offering alignment ([`align_by_domain`]), with the filters
//! the compare view shows applied to each side ([`offering_lines`]).

use crate::rules::filter::{visible_rows, ViewState};
use rm_format::model::{Domain, Offering, Variant};
use std::collections::BTreeSet;

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
    let domains = |x: &Offering| -> BTreeSet<Domain> { x.rows().map(|(_, r)| r.domain).collect() };
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

/// Rows of two offerings that share a domain, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRows {
    pub domain: Domain,
    /// Row ids of the left offering in this domain (empty: no counterpart).
    pub left: Vec<String>,
    pub right: Vec<String>,
}

/// Aligns every row of two offerings by its domain tag, in the fixed domain
/// order; a domain that only one offering covers keeps its rows against an
/// empty side rather than dropping them.
pub fn align_by_domain(left: &Offering, right: &Offering) -> Vec<DomainRows> {
    let rows_in = |o: &Offering, d: Domain| -> Vec<String> {
        o.rows()
            .filter(|(_, r)| r.domain == d)
            .map(|(_, r)| r.id.to_string())
            .collect()
    };
    Domain::ALL
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
pub fn offering_summary(
    lang: crate::i18n::Lang,
    left: &Offering,
    right: &Offering,
    aligned: &[DomainRows],
) -> String {
    let both = aligned
        .iter()
        .filter(|d| !d.left.is_empty() && !d.right.is_empty())
        .count();
    let only_left = aligned.iter().filter(|d| d.right.is_empty()).count();
    let only_right = aligned.iter().filter(|d| d.left.is_empty()).count();
    lang.offering_summary(
        aligned.len(),
        both,
        (only_left, &left.title),
        (only_right, &right.title),
    )
}

/// One domain line of an offering comparison after the filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainLine {
    pub domain: Domain,
    /// Row ids each side shows under the filters, in source order.
    pub left: Vec<String>,
    pub right: Vec<String>,
    /// Whether each side has rows in this domain at all (`false`: no counterpart).
    pub left_has_rows: bool,
    pub right_has_rows: bool,
}

/// The filters the right-hand offering is shown with: the search, domain and
/// "shared only" as chosen, the party filter as the right's party of the same
/// kind (its provider for the left's provider), and no section or variant,
/// which belong to the left offering.
pub fn right_state(left: &Offering, right: &Offering, state: &ViewState) -> ViewState {
    let kind = state
        .party
        .as_deref()
        .and_then(|p| left.party(p))
        .map(|p| p.kind);
    ViewState {
        query: state.query.clone(),
        domain: state.domain,
        shared_only: state.shared_only,
        // A party without a counterpart of its kind leaves the right side empty.
        party: state.party.as_ref().map(|p| {
            kind.and_then(|k| right.parties.iter().find(|x| x.kind == k))
                .map(|x| x.id.to_string())
                .unwrap_or_else(|| p.clone())
        }),
        ..ViewState::for_offering(&right.id)
    }
}

/// [`align_by_domain`] with the compare view's filters applied: each side keeps
/// the rows its table would show ([`visible_rows`]; the right side with
/// [`right_state`]), and a domain line neither side shows anything in is left out.
pub fn offering_lines(left: &Offering, right: &Offering, state: &ViewState) -> Vec<DomainLine> {
    let shown = |o: &Offering, s: &ViewState| -> BTreeSet<String> {
        visible_rows(o, s)
            .iter()
            .map(|r| r.row.id.to_string())
            .collect()
    };
    let (on_left, on_right) = (
        shown(left, state),
        shown(right, &right_state(left, right, state)),
    );
    align_by_domain(left, right)
        .into_iter()
        .map(|d| DomainLine {
            domain: d.domain,
            left_has_rows: !d.left.is_empty(),
            right_has_rows: !d.right.is_empty(),
            left: d
                .left
                .into_iter()
                .filter(|id| on_left.contains(id))
                .collect(),
            right: d
                .right
                .into_iter()
                .filter(|id| on_right.contains(id))
                .collect(),
        })
        .filter(|d| !d.left.is_empty() || !d.right.is_empty())
        .collect()
}
