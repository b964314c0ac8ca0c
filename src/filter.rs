//! The view state (what the user picked) and the rows and columns it shows.
//!
//! Plain Rust, no Leptos: components keep a [`ViewState`] in a signal and
//! call [`visible_columns`] and [`visible_rows`]; URL state (de)serialises it.

use crate::model::{Column, ColumnKind, Domain, Offering, Row, Section};
use crate::present::cell_text;
use crate::shared::{effective_cell, holders, shared_reason_in_view};
use crate::text::Query;

/// Everything that decides what the widget shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Offering id.
    pub offering: String,
    /// Chosen variant id; `None` shows every variant.
    pub variant: Option<String>,
    /// Free-text search.
    pub query: String,
    /// Only this section (id).
    pub section: Option<String>,
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only rows where this party holds a tick, R or A.
    pub party: Option<String>,
    /// Only rows with at least one shared cell.
    pub shared_only: bool,
    /// With a variant chosen, also show the other variants' columns (de-emphasised).
    pub show_other_columns: bool,
    /// Expanded legends.
    pub legend_raci: bool,
    pub legend_qualifiers: bool,
    /// Expanded row details (row id).
    pub expanded_row: Option<String>,
}

impl ViewState {
    /// The default view of an offering.
    pub fn for_offering(id: &str) -> ViewState {
        ViewState {
            offering: id.to_string(),
            ..ViewState::default()
        }
    }

    /// Whether any filter narrows the rows (the reset button's condition).
    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty()
            || self.section.is_some()
            || self.domain.is_some()
            || self.party.is_some()
            || self.shared_only
    }

    /// Clears search and filters, keeping offering, variant and legends.
    pub fn reset_filters(&mut self) {
        self.query.clear();
        self.section = None;
        self.domain = None;
        self.party = None;
        self.shared_only = false;
    }
}

fn applies(variants: &[crate::model::Text], chosen: Option<&str>) -> bool {
    match chosen {
        None => true,
        Some(v) => variants.is_empty() || variants.iter().any(|x| x == v),
    }
}

/// A column as displayed: its definition and whether the chosen variant emphasises it.
#[derive(Debug, Clone, Copy)]
pub struct VisibleColumn<'a> {
    /// Position in `Offering::columns`.
    pub index: usize,
    pub column: &'a Column,
    /// The column belongs to the chosen variant (e.g. the chosen guest-OS column).
    pub emphasised: bool,
}

/// Columns to show: all of them, except other variants' columns once a variant
/// is chosen (unless `show_other_columns`).
pub fn visible_columns<'a>(o: &'a Offering, state: &ViewState) -> Vec<VisibleColumn<'a>> {
    let chosen = state.variant.as_deref();
    o.columns
        .iter()
        .enumerate()
        .filter(|(_, c)| state.show_other_columns || applies(&c.variants, chosen))
        .map(|(index, c)| VisibleColumn {
            index,
            column: c,
            emphasised: chosen.is_some_and(|v| c.variants.iter().any(|x| x == v)),
        })
        .collect()
}

/// A row as displayed, with its per-column shared verdicts.
#[derive(Debug, Clone)]
pub struct VisibleRow<'a> {
    /// Positions in `Offering::sections` and `Section::rows`.
    pub section_index: usize,
    pub row_index: usize,
    pub section: &'a Section,
    pub row: &'a Row,
    /// True when any visible responsibility cell is shared.
    pub shared: bool,
}

/// Rows the chosen variant applies to, before search and filters: the "M" of "N of M".
pub fn applicable_rows<'a>(
    o: &'a Offering,
    state: &ViewState,
) -> Vec<(usize, usize, &'a Section, &'a Row)> {
    let chosen = state.variant.as_deref();
    o.sections
        .iter()
        .enumerate()
        .filter(|(_, s)| applies(&s.variants, chosen))
        .flat_map(|(si, s)| {
            s.rows
                .iter()
                .enumerate()
                .filter(move |(_, r)| applies(&r.variants, chosen))
                .map(move |(ri, r)| (si, ri, s, r))
        })
        .collect()
}

/// The rows to show, in source order, after search and every filter.
pub fn visible_rows<'a>(o: &'a Offering, state: &ViewState) -> Vec<VisibleRow<'a>> {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let query = Query::new(&state.query);
    applicable_rows(o, state)
        .into_iter()
        .filter(|(_, _, s, _)| state.section.as_deref().is_none_or(|id| s.id == id))
        .filter(|(_, _, _, r)| state.domain.is_none_or(|d| r.domain == d))
        .filter_map(|(si, ri, s, r)| {
            let responsibility_cells = cols
                .iter()
                .filter(|c| c.column.kind == ColumnKind::Responsibility)
                .filter_map(|c| r.cell(&c.column.id));
            let mut shared = false;
            let mut party_holds = state.party.is_none();
            for cell in responsibility_cells {
                shared |= shared_reason_in_view(r, cell, is_visible).is_some();
                if let Some(p) = &state.party {
                    party_holds |= holders(effective_cell(r, cell, is_visible)).any(|h| h == p);
                }
            }
            (party_holds && (!state.shared_only || shared) && row_matches(o, s, r, &query, &cols))
                .then_some(VisibleRow {
                    section_index: si,
                    row_index: ri,
                    section: s,
                    row: r,
                    shared,
                })
        })
        .collect()
}

/// Search: the activity, its section, its notes and the visible cells' text.
fn row_matches(o: &Offering, s: &Section, r: &Row, q: &Query, cols: &[VisibleColumn]) -> bool {
    if q.is_empty() {
        return true;
    }
    q.matches(&r.activity)
        || q.matches(&s.title)
        || r.notes.iter().any(|n| q.matches(&n.text))
        || cols
            .iter()
            .filter_map(|c| r.cell(&c.column.id))
            .any(|cell| {
                q.matches(&cell_text(o, cell))
                    || q.matches(&cell.source_text)
                    || cell.note.as_deref().is_some_and(|n| q.matches(n))
                    || cell
                        .assign
                        .iter()
                        .any(|a| a.note.as_deref().is_some_and(|n| q.matches(n)))
            })
}
