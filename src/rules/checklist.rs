//! "What do I own?": one party's checklist — the table's rows with the party
//! filter set to that party, grouped by section, each with what the party holds.

use crate::rules::filter::{visible_columns, visible_rows, ViewState};
use crate::rules::present::{assignment_text, cell_text};
use crate::rules::shared::{effective_cell, holders as cell_holders, row_sharing, SharedWith};
use rm_format::model::{ColumnKind, Offering, Party};

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
    /// The row is shared with the customer (the table's "Shared only" keeps it).
    pub shared: bool,
    /// With whom the row is shared, if it is ([`row_sharing`]).
    pub sharing: Option<SharedWith>,
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
                    for c in cols
                        .iter()
                        .filter(|c| c.column.kind == ColumnKind::Responsibility)
                    {
                        let Some(cell) = r.cell(&c.column.id) else {
                            continue;
                        };
                        let effective = effective_cell(r, cell, is_visible);
                        if cell_holders(effective).any(|h| h == party) {
                            let words = if c.column.split_by_party {
                                effective
                                    .assign
                                    .iter()
                                    .filter(|a| a.party == party)
                                    .map(|a| assignment_text(o, a, false))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            } else {
                                cell_text(o, effective)
                            };
                            holds.push(format!("{}: {words}", c.column.label));
                        }
                    }
                    let sharing = row_sharing(o, r, is_visible);
                    ChecklistItem {
                        row_id: r.id.to_string(),
                        activity: r.activity.to_string(),
                        holds,
                        shared: sharing == Some(SharedWith::Customer),
                        sharing,
                    }
                })
                .collect();
            (section, items)
        })
        .collect()
}

/// The checklist's party when the link names none: the customer (the first
/// party of kind customer), else the first party.
pub fn default_own_party(o: &Offering) -> Option<&Party> {
    crate::rules::compare::customer_party(o).or_else(|| o.parties.first())
}

/// Every row on `party`'s checklist for the offering and variant, whatever
/// the search and filters: the rows a restored item may match.
pub fn checklist_row_ids(o: &Offering, state: &ViewState, party: &str) -> Vec<String> {
    let unfiltered = ViewState {
        offering: state.offering.clone(),
        variant: state.variant.clone(),
        show_other_columns: state.show_other_columns,
        ..ViewState::default()
    };
    checklist(o, &unfiltered, party)
        .into_iter()
        .flat_map(|s| s.row_ids)
        .collect()
}
