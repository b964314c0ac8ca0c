//! Who owns what: the "What do I own?" checklist and the coverage summary
//! (logic for issue 5's views; plain Rust over the same filter as the table).

use crate::rules::filter::{applicable_rows, visible_columns, visible_rows, ViewState};
use crate::rules::shared::{effective_cell, holders as cell_holders, shared_reason_in_view};
use rm_format::model::{ColumnKind, Offering, Row, Status};

/// One section of a party's checklist: the rows where the party holds a tick, R or A.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistSection {
    pub section_id: String,
    pub title: String,
    pub row_ids: Vec<String>,
}

/// The rows of the current view where `party` holds a responsibility (shared
/// included), grouped by section in source order: exactly the table's rows
/// with the party filter set to `party`.
pub fn checklist(o: &Offering, state: &ViewState, party: &str) -> Vec<ChecklistSection> {
    let view = ViewState {
        party: Some(party.to_string()),
        ..state.clone()
    };
    let mut out: Vec<ChecklistSection> = Vec::new();
    for r in visible_rows(o, &view) {
        match out.last_mut() {
            Some(s) if s.section_id == *r.section.id => s.row_ids.push(r.row.id.to_string()),
            _ => out.push(ChecklistSection {
                section_id: r.section.id.to_string(),
                title: r.section.title.to_string(),
                row_ids: vec![r.row.id.to_string()],
            }),
        }
    }
    out
}

/// One line of a party's checklist: a service and what the party holds in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub row_id: String,
    pub activity: String,
    /// One entry per visible responsibility column the party holds, e.g.
    /// "VM: Customer" or "RACI: A" (the column label, then the cell's words).
    pub holds: Vec<String>,
    /// The row is shared (the party holds it together with another party).
    pub shared: bool,
}

/// [`checklist`] with each row's details, for the checklist view and its exports.
pub fn checklist_items(
    o: &Offering,
    state: &ViewState,
    party: &str,
) -> Vec<(ChecklistSection, Vec<ChecklistItem>)> {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    checklist(o, state, party)
        .into_iter()
        .map(|section| {
            let items = section
                .row_ids
                .iter()
                .filter_map(|id| o.rows().map(|(_, r)| r).find(|r| r.id == *id))
                .map(|r| {
                    let mut holds = Vec::new();
                    let mut shared = false;
                    for c in cols
                        .iter()
                        .filter(|c| c.column.kind == ColumnKind::Responsibility)
                    {
                        let Some(cell) = r.cell(&c.column.id) else {
                            continue;
                        };
                        shared |= shared_reason_in_view(r, cell, is_visible).is_some();
                        let effective = effective_cell(r, cell, is_visible);
                        if cell_holders(effective).any(|h| h == party) {
                            let words = if c.column.split_by_party {
                                effective
                                    .assign
                                    .iter()
                                    .filter(|a| a.party == party)
                                    .map(|a| crate::rules::present::assignment_text(o, a, false))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            } else {
                                crate::rules::present::cell_text(o, effective)
                            };
                            holds.push(format!("{}: {words}", c.column.label));
                        }
                    }
                    ChecklistItem {
                        row_id: r.id.to_string(),
                        activity: r.activity.to_string(),
                        holds,
                        shared,
                    }
                })
                .collect();
            (section, items)
        })
        .collect()
}

/// The checklist's party when the link names none: the customer (the first
/// party of kind customer), else the first party.
pub fn default_own_party(o: &Offering) -> Option<&rm_format::model::Party> {
    crate::rules::compare::customer_party(o).or_else(|| o.parties.first())
}

/// How one row is held under a view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holding {
    /// Exactly one party holds it (its id).
    Owned(String),
    /// The shared rule applies to a visible cell.
    Shared,
    /// Every visible responsibility cell is N/A.
    NotApplicable,
    /// Nobody holds it for another reason: No, Depends, Customer-specific, not specified, C/I only.
    Unassigned,
}

/// Classifies a row under a view (other variants' columns hidden, "Same as" resolved).
pub fn holding(o: &Offering, state: &ViewState, row: &Row) -> Holding {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let mut holders = std::collections::BTreeSet::new();
    let mut all_na = true;
    for c in cols
        .iter()
        .filter(|c| c.column.kind == ColumnKind::Responsibility)
    {
        let Some(cell) = row.cell(&c.column.id) else {
            continue;
        };
        if shared_reason_in_view(row, cell, is_visible).is_some() {
            return Holding::Shared;
        }
        let effective = effective_cell(row, cell, is_visible);
        all_na &= matches!(effective.status, Some(Status::NotApplicable));
        holders.extend(cell_holders(effective).map(str::to_string));
    }
    match (holders.len(), holders.into_iter().next()) {
        (1, Some(p)) => Holding::Owned(p),
        (0, _) if all_na => Holding::NotApplicable,
        (0, _) => Holding::Unassigned,
        // Two holders in different cells of one row (e.g. different layers).
        _ => Holding::Shared,
    }
}

/// Counts for one section (or the whole offering).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub title: String,
    /// (party id, rows it owns alone), in the offering's party order.
    pub owned: Vec<(String, usize)>,
    pub shared: usize,
    pub not_applicable: usize,
    pub unassigned: usize,
}

/// A holding in words: the party's name, "Shared", "N/A" or "Unassigned".
pub fn holding_label(o: &Offering, h: &Holding) -> String {
    match h {
        Holding::Owned(p) => o
            .party(p)
            .map(|p| p.name.to_string())
            .unwrap_or_else(|| p.clone()),
        Holding::Shared => "Shared".to_string(),
        Holding::NotApplicable => "N/A".to_string(),
        Holding::Unassigned => "Unassigned".to_string(),
    }
}

impl Coverage {
    fn add(&mut self, h: &Holding) {
        match h {
            Holding::Owned(p) => {
                if let Some(entry) = self.owned.iter_mut().find(|(id, _)| id == p) {
                    entry.1 += 1;
                }
            }
            Holding::Shared => self.shared += 1,
            Holding::NotApplicable => self.not_applicable += 1,
            Holding::Unassigned => self.unassigned += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.owned.iter().map(|(_, n)| n).sum::<usize>()
            + self.shared
            + self.not_applicable
            + self.unassigned
    }
}

/// Coverage of the rows the chosen variant applies to: the whole offering first, then per section.
pub fn coverage(o: &Offering, state: &ViewState) -> Vec<Coverage> {
    let empty = |title: &str| Coverage {
        title: title.to_string(),
        owned: o.parties.iter().map(|p| (p.id.to_string(), 0)).collect(),
        ..Coverage::default()
    };
    let mut total = empty("All sections");
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
