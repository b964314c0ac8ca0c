//! The rows and columns a [`ViewState`] shows: the variant's columns, the
//! applicable rows, and search and filters over a prepared [`SearchIndex`].
//!
//! Plain Rust, no Leptos: the UI keeps the state in a signal and calls
//! [`visible_columns`] and [`Filtered::compute`].

use crate::rules::present::cell_text;
use crate::rules::shared::{effective_cell, holders, row_shared_with_customer};
use crate::rules::text::{fold, Query};
use rm_format::model::{Column, ColumnKind, Offering, Row, Section};

// The state's old home: kept so `filter::ViewState` still resolves while callers move.
pub use crate::rules::state::{View, ViewState};

fn applies(variants: &[rm_format::model::Text], chosen: Option<&str>) -> bool {
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
    /// Shared with the customer ([`crate::rules::shared::row_sharing`]).
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

/// Each row's searchable text (activity, section title, notes, the visible
/// cells' words, their source text and notes), folded for search once per
/// offering and column set, so typing does not rebuild it on every keystroke.
///
/// The texts sit end to end in one string: a search over every row is one
/// substring scan of it, not one searcher set up per row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchIndex {
    /// `[section][row]` → what typing and filtering need of the row.
    rows: Vec<Vec<IndexedRow>>,
    /// Every row's folded text in table order, each followed by [`ROW_END`].
    text: String,
    /// Where each row's text ends in `text`, in the same order (for the
    /// search: which row a match lies in).
    ends: Vec<usize>,
    /// Tells indexes apart: a [`Filtered`] narrows only results of its own index.
    generation: u32,
}

/// Numbers the indexes built (see [`SearchIndex::generation`]).
static INDEX_GENERATION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// Ends each row's text in [`SearchIndex::text`]: a character no one types,
/// so a match never spans two rows (a query holding it is searched row by row).
const ROW_END: char = '\u{1e}';

/// One row in a [`SearchIndex`]: where its folded text is and the verdicts
/// that depend only on the shown columns, not on what is typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct IndexedRow {
    /// Position among all rows (table order), and the text's byte range.
    flat: usize,
    start: usize,
    end: usize,
    /// Some visible responsibility cell is shared.
    shared: bool,
    /// Party ids holding a tick, R or A in a visible responsibility cell.
    holders: Vec<String>,
}

impl SearchIndex {
    /// Indexes every row of `o` for the columns `state` shows.
    pub fn build(o: &Offering, state: &ViewState) -> SearchIndex {
        let cols = visible_columns(o, state);
        let mut text = String::new();
        let mut ends = Vec::new();
        let rows = o
            .sections
            .iter()
            .map(|s| {
                s.rows
                    .iter()
                    .map(|r| {
                        let (shared, holders) = verdicts(o, r, &cols);
                        let start = text.len();
                        text.push_str(&fold(&search_text(o, s, r, &cols)));
                        let end = text.len();
                        text.push(ROW_END);
                        ends.push(end);
                        IndexedRow {
                            flat: ends.len() - 1,
                            start,
                            end,
                            shared,
                            holders,
                        }
                    })
                    .collect()
            })
            .collect();
        let generation = INDEX_GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        SearchIndex {
            rows,
            text,
            ends,
            generation,
        }
    }

    fn get(&self, section: usize, row: usize) -> Option<&IndexedRow> {
        self.rows.get(section)?.get(row)
    }

    fn text_of(&self, row: &IndexedRow) -> &str {
        self.text.get(row.start..row.end).unwrap_or_default()
    }

    /// Which rows (by position in table order) contain `query`: one scan of
    /// the joined text. `None` when the query holds [`ROW_END`].
    fn hits(&self, query: &Query) -> Option<Vec<bool>> {
        let needle = query.folded_str();
        if needle.contains(ROW_END) {
            return None;
        }
        let mut hit = vec![false; self.ends.len()];
        let mut from = 0;
        while let Some(at) = self.text.get(from..).and_then(|rest| rest.find(needle)) {
            let at = from + at;
            let flat = self.ends.partition_point(|&end| end <= at);
            let Some(slot) = hit.get_mut(flat) else { break };
            *slot = true;
            // The rest of this row cannot add anything: go on at the next row.
            from = self.ends[flat] + ROW_END.len_utf8();
        }
        Some(hit)
    }
}

/// The rows one view state shows, kept so that the next keystroke can narrow
/// them instead of searching every row again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filtered {
    /// The state these rows are for, and the index they were searched in.
    state: ViewState,
    index: u32,
    /// (section index, row index) of each shown row, in table order.
    pub rows: Vec<(usize, usize)>,
    /// How many rows were searched: all of them, or only the previous result.
    pub searched: Searched,
}

/// What [`Filtered::compute`] searched (the narrowing is observable in tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Searched {
    /// Every row of the offering.
    #[default]
    All,
    /// Only the previous result's rows, this many.
    Previous(usize),
}

impl Filtered {
    /// The rows `state` shows. When `previous` was computed with the same
    /// filters and `index`, and the new query contains the old one (the user
    /// typed on), only the previous rows can match: they are the only ones
    /// searched.
    pub fn compute(
        o: &Offering,
        state: &ViewState,
        index: &SearchIndex,
        previous: Option<&Filtered>,
    ) -> Filtered {
        let narrowable = |p: &&Filtered| p.index == index.generation && narrows(&p.state, state);
        let mut searched = Searched::All;
        let rows = match previous.filter(narrowable) {
            Some(previous) => {
                searched = Searched::Previous(previous.rows.len());
                let query = Query::new(&state.query);
                let narrowed: Option<Vec<(usize, usize)>> = previous
                    .rows
                    .iter()
                    .filter_map(|&(si, ri)| match index.get(si, ri) {
                        Some(row) => query
                            .matches_folded_str(index.text_of(row))
                            .then_some(Some((si, ri))),
                        None => Some(None),
                    })
                    .collect();
                narrowed
            }
            None => None,
        };
        let rows = rows.unwrap_or_else(|| {
            searched = Searched::All;
            visible_rows_indexed(o, state, index)
                .iter()
                .map(|r| (r.section_index, r.row_index))
                .collect()
        });
        Filtered {
            state: state.clone(),
            index: index.generation,
            rows,
            searched,
        }
    }
}

/// Whether every row `after` shows is among the rows `before` showed: the
/// same offering, columns and filters, and a query that contains the old one.
pub fn narrows(before: &ViewState, after: &ViewState) -> bool {
    before.filters() == after.filters()
        && Query::new(&after.query)
            .folded_str()
            .contains(Query::new(&before.query).folded_str())
}

/// Whether `r` is shared with the customer ([`row_shared_with_customer`]), and who holds a visible cell.
fn verdicts(o: &Offering, r: &Row, cols: &[VisibleColumn]) -> (bool, Vec<String>) {
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let shared = row_shared_with_customer(o, r, is_visible);
    let mut all = Vec::new();
    for cell in cols
        .iter()
        .filter(|c| c.column.kind == ColumnKind::Responsibility)
        .filter_map(|c| r.cell(&c.column.id))
    {
        for h in holders(effective_cell(r, cell, is_visible)) {
            if !all.iter().any(|x: &String| x == h) {
                all.push(h.to_string());
            }
        }
    }
    (shared, all)
}

/// The pieces search looks at, separated by a character no one types, so a
/// query never matches across two pieces.
fn search_text(o: &Offering, s: &Section, r: &Row, cols: &[VisibleColumn]) -> String {
    let mut pieces: Vec<String> = vec![r.activity.to_string(), s.title.to_string()];
    pieces.extend(r.notes.iter().map(|n| n.text.to_string()));
    for cell in cols.iter().filter_map(|c| r.cell(&c.column.id)) {
        pieces.push(cell_text(o, cell));
        pieces.push(cell.source_text.to_string());
        pieces.extend(cell.note.iter().map(|n| n.to_string()));
        pieces.extend(
            cell.assign
                .iter()
                .filter_map(|a| a.note.as_ref())
                .map(|n| n.to_string()),
        );
    }
    pieces.join("\u{1f}")
}

/// The rows to show, in source order, after search and every filter.
pub fn visible_rows<'a>(o: &'a Offering, state: &ViewState) -> Vec<VisibleRow<'a>> {
    visible_rows_indexed(o, state, &SearchIndex::build(o, state))
}

/// [`visible_rows`] with a prepared [`SearchIndex`] (built for the same offering and columns).
pub fn visible_rows_indexed<'a>(
    o: &'a Offering,
    state: &ViewState,
    index: &SearchIndex,
) -> Vec<VisibleRow<'a>> {
    let cols = visible_columns(o, state);
    let query = Query::new(&state.query);
    let hits = if query.is_empty() {
        None
    } else {
        index.hits(&query)
    };
    let holds = |holders: &[String]| {
        state
            .party
            .as_ref()
            .is_none_or(|p| holders.iter().any(|h| h == p))
    };
    applicable_rows(o, state)
        .into_iter()
        .filter(|(_, _, s, _)| state.section.as_deref().is_none_or(|id| s.id == id))
        .filter(|(_, _, _, r)| state.domain.is_none_or(|d| r.domain == d))
        .filter_map(|(si, ri, s, r)| {
            // Search text, shared verdict and holders: from the index, or, for
            // an index built for other data, from the row itself.
            let (matches, shared, party_holds) = match index.get(si, ri) {
                Some(row) => (
                    match &hits {
                        Some(hits) => hits.get(row.flat).copied().unwrap_or(false),
                        None => query.matches_folded_str(index.text_of(row)),
                    },
                    row.shared,
                    holds(&row.holders),
                ),
                None => {
                    let (shared, holders) = verdicts(o, r, &cols);
                    let text = fold(&search_text(o, s, r, &cols));
                    (query.matches_folded_str(&text), shared, holds(&holders))
                }
            };
            (party_holds && (!state.shared_only || shared) && matches).then_some(VisibleRow {
                section_index: si,
                row_index: ri,
                section: s,
                row: r,
                shared,
            })
        })
        .collect()
}
