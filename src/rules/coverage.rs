//! Coverage: how each row of a view is held — by one party alone, shared with
//! the customer, split between providers, divided between columns, N/A or by
//! nobody — counted per section and for the whole offering.
//!
//! "Shared" is [`row_sharing`], the table's own rule, so coverage counts exactly
//! the rows the table's "Shared only" filter keeps.

use crate::i18n::Lang;
use crate::rules::filter::{applicable_rows, visible_columns, ViewState};
use crate::rules::shared::{effective_cell, holders as cell_holders, row_sharing, SharedWith};
use rm_format::model::{ColumnKind, Offering, Row, Status};
use std::collections::BTreeSet;

/// How one row is held under a view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holding {
    /// Exactly one party holds it (its id).
    Owned(String),
    /// A visible cell is shared ([`row_sharing`]).
    Shared(SharedWith),
    /// Each visible cell has at most one holder, but not the same one (VMware:
    /// Rackspace holds the ESXi layer, the customer the guest OS).
    Divided,
    /// Every visible responsibility cell is N/A.
    NotApplicable,
    /// Nobody holds it for another reason: No, Depends, Customer-specific, not specified, C/I only.
    Unassigned,
}

/// Classifies a row under a view (other variants' columns hidden, "Same as" resolved).
pub fn holding(o: &Offering, state: &ViewState, row: &Row) -> Holding {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    if let Some(with) = row_sharing(o, row, is_visible) {
        return Holding::Shared(with);
    }
    let mut holders = BTreeSet::new();
    let mut all_na = true;
    for c in cols
        .iter()
        .filter(|c| c.column.kind == ColumnKind::Responsibility)
    {
        let Some(cell) = row.cell(&c.column.id) else {
            continue;
        };
        let effective = effective_cell(row, cell, is_visible);
        all_na &= matches!(effective.status, Some(Status::NotApplicable));
        holders.extend(cell_holders(effective).map(str::to_string));
    }
    match (holders.len(), holders.into_iter().next()) {
        (1, Some(p)) => Holding::Owned(p),
        (0, _) if all_na => Holding::NotApplicable,
        (0, _) => Holding::Unassigned,
        _ => Holding::Divided,
    }
}

/// A holding in words: the party's name, "Shared with the customer", "N/A"…
pub fn holding_label(lang: Lang, o: &Offering, h: &Holding) -> String {
    let t = lang.texts();
    match h {
        Holding::Owned(p) => o
            .party(p)
            .map(|p| p.name.to_string())
            .unwrap_or_else(|| p.clone()),
        Holding::Shared(with) => lang.shared_with(*with).to_string(),
        Holding::Divided => t.divided.to_string(),
        Holding::NotApplicable => t.not_applicable.to_string(),
        Holding::Unassigned => t.unassigned.to_string(),
    }
}

/// Counts for one section (or the whole offering).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub title: String,
    /// (party id, rows it owns alone), in the offering's party order.
    pub owned: Vec<(String, usize)>,
    /// Rows shared with the customer.
    pub shared: usize,
    /// Rows split between providers (the customer holds no part).
    pub split: usize,
    /// Rows whose cells have different single holders.
    pub divided: usize,
    pub not_applicable: usize,
    pub unassigned: usize,
}

impl Coverage {
    fn add(&mut self, h: &Holding) {
        match h {
            Holding::Owned(p) => {
                if let Some(entry) = self.owned.iter_mut().find(|(id, _)| id == p) {
                    entry.1 += 1;
                }
            }
            Holding::Shared(SharedWith::Customer) => self.shared += 1,
            Holding::Shared(SharedWith::Providers) => self.split += 1,
            Holding::Divided => self.divided += 1,
            Holding::NotApplicable => self.not_applicable += 1,
            Holding::Unassigned => self.unassigned += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.owned.iter().map(|(_, n)| n).sum::<usize>()
            + self.shared
            + self.split
            + self.divided
            + self.not_applicable
            + self.unassigned
    }
}

/// Coverage of the rows the chosen variant applies to: the whole offering first, then per section.
pub fn coverage(lang: Lang, o: &Offering, state: &ViewState) -> Vec<Coverage> {
    let empty = |title: &str| Coverage {
        title: title.to_string(),
        owned: o.parties.iter().map(|p| (p.id.to_string(), 0)).collect(),
        ..Coverage::default()
    };
    let mut total = empty(lang.texts().all_sections);
    let mut sections: Vec<(usize, Coverage)> = Vec::new();
    for (si, _, s, r) in applicable_rows(o, state) {
        if sections.last().is_none_or(|(i, _)| *i != si) {
            sections.push((si, empty(&s.title)));
        }
        let h = holding(o, state, r);
        total.add(&h);
        if let Some((_, cov)) = sections.last_mut() {
            cov.add(&h);
        }
    }
    std::iter::once(total)
        .chain(sections.into_iter().map(|(_, c)| c))
        .collect()
}
