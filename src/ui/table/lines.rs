//! The table's mounted lines: which rows are mounted, the signals each
//! mounted line reads, and the one update pass that sets them.
//!
//! Why one pass instead of a memo per row: with a memo per row reading the
//! shared "shown" set and the query, every keystroke re-ran all of them and
//! each re-subscription cost time proportional to the number of rows. Each
//! mounted line registers a few signals of its own, and one effect sets only
//! the ones whose value changes: a keystroke touches the rows that appear,
//! disappear or change highlighting.

use crate::rules::present::cell_text;
use crate::rules::state::ColumnSet;
use crate::rules::table_rows::{self, Line};
use crate::rules::text::{fold, Query};
use crate::ui::context::{TableCtx, ViewCtx};
use leptos::prelude::*;
use rm_format::model::{Offering, Row};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The mounted rows of one table: which offering and columns they belong to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Mounted {
    /// Tells tables apart: a new offering, variant or column choice starts a
    /// new set of rows (the `<For>` keys include it).
    generation: u64,
    key: TableKey,
    rows: BTreeSet<(usize, usize)>,
}

/// What a set of mounted rows depends on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct TableKey {
    /// The offering's address, so that a supplied matrix replacing another
    /// with the same id counts as new.
    offering: usize,
    columns: ColumnSet,
}

/// The signals one mounted line reads, set by the table's one update pass.
#[derive(Clone, Copy)]
pub(super) struct LineSignals {
    /// Hidden by the filter (kept mounted).
    pub(super) parked: RwSignal<bool>,
    /// Its details row is open.
    pub(super) expanded: RwSignal<bool>,
    /// The query while it matches the activity (highlighting), else `None`.
    pub(super) activity: RwSignal<Option<Query>>,
    /// The query while it matches some cell's words, else `None`.
    pub(super) cells: RwSignal<Option<Query>>,
}

/// A mounted line as the update pass sees it.
struct Registered {
    /// Tells a line from a later one with the same key (a new `<For>` child
    /// registers before the old one is cleaned up).
    id: u64,
    signals: LineSignals,
    /// The row's folded activity, and its cells' folded words once needed.
    activity: String,
    cell_words: Option<Vec<String>>,
    offering: &'static Offering,
    row: Option<&'static Row>,
}

/// Every mounted line of the table, by line.
type Registry = StoredValue<HashMap<Line, Registered>>;

/// What the mounted lines follow (the query, the open row, the shown rows
/// and sections) and their registry: handed to each line as one value.
#[derive(Clone, Copy)]
pub(super) struct Lines {
    ctx: ViewCtx,
    query: Memo<Query>,
    expanded_row: Memo<Option<String>>,
    shown: Memo<HashSet<(usize, usize)>>,
    shown_sections: Memo<HashSet<usize>>,
    registry: Registry,
}

impl Lines {
    /// Creates the registry and starts the update pass over it.
    pub(super) fn install(
        ctx: ViewCtx,
        query: Memo<Query>,
        expanded_row: Memo<Option<String>>,
        shown: Memo<HashSet<(usize, usize)>>,
        shown_sections: Memo<HashSet<usize>>,
    ) -> Lines {
        let registry: Registry = StoredValue::new(HashMap::new());
        // The update pass: park and unpark, and move the highlighting, touching
        // only the signals whose value changes.
        Effect::new(move |_| {
            let q = query.get();
            shown.with(|shown| {
                shown_sections.with(|sections| {
                    registry.update_value(|lines| {
                        for (line, entry) in lines.iter_mut() {
                            let show = match *line {
                                Line::Section { section } => sections.contains(&section),
                                Line::Service { section, row } => shown.contains(&(section, row)),
                            };
                            set_if_changed(entry.signals.parked, !show);
                            // A parked row keeps stale highlighting until shown again.
                            if show && entry.row.is_some() {
                                let (activity, cells) = highlights(entry, &q);
                                set_if_changed(entry.signals.activity, activity);
                                set_if_changed(entry.signals.cells, cells);
                            }
                        }
                    })
                })
            })
        });
        Effect::new(move |previous: Option<Option<String>>| {
            let now = expanded_row.get();
            registry.with_value(|lines| {
                for entry in lines.values() {
                    let Some(row) = entry.row else { continue };
                    let open = now.as_deref() == Some(&*row.id);
                    let was = previous.as_ref().and_then(|p| p.as_deref()) == Some(&*row.id);
                    if open || was {
                        set_if_changed(entry.signals.expanded, open);
                    }
                }
            });
            now
        });
        Lines {
            ctx,
            query,
            expanded_row,
            shown,
            shown_sections,
            registry,
        }
    }

    /// Creates a mounted line's signals from the current state and registers
    /// them for the update pass (and unregisters them when the line goes).
    pub(super) fn register(&self, line: Line) -> LineSignals {
        let Lines {
            ctx,
            query,
            expanded_row,
            shown,
            shown_sections,
            registry,
        } = *self;
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let o = ctx.offering_untracked();
        let row = match line {
            Line::Service { section, row } => o.sections.get(section).and_then(|s| s.rows.get(row)),
            Line::Section { .. } => None,
        };
        let show = match line {
            Line::Section { section } => shown_sections.with_untracked(|s| s.contains(&section)),
            Line::Service { section, row } => shown.with_untracked(|s| s.contains(&(section, row))),
        };
        let mut entry = Registered {
            id,
            signals: LineSignals {
                parked: RwSignal::new(!show),
                expanded: RwSignal::new(row.is_some_and(|r| {
                    expanded_row.with_untracked(|e| e.as_deref() == Some(&*r.id))
                })),
                activity: RwSignal::new(None),
                cells: RwSignal::new(None),
            },
            activity: row.map(|r| fold(&r.activity)).unwrap_or_default(),
            cell_words: None,
            offering: o,
            row,
        };
        if show && row.is_some() {
            let (activity, cells) = query.with_untracked(|q| highlights(&mut entry, q));
            entry.signals.activity.set(activity);
            entry.signals.cells.set(cells);
        }
        let signals = entry.signals;
        registry.update_value(|lines| {
            lines.insert(line, entry);
        });
        on_cleanup(move || {
            registry.update_value(|lines| {
                if lines.get(&line).is_some_and(|e| e.id == id) {
                    lines.remove(&line);
                }
            })
        });
        signals
    }
}

/// The lines to mount, as `<For>` keys: (table generation, line). A new
/// offering or column set starts a new generation; within one, rows a
/// filter hides stay mounted (parked) and a longer result mounts more.
pub(super) fn mounted_lines(
    ctx: ViewCtx,
    table: TableCtx,
    page: Memo<usize>,
    limit: impl Fn() -> usize + Copy + Send + Sync + 'static,
) -> Memo<Vec<(u64, Line)>> {
    let table_key = Memo::new(move |_| {
        let o: *const Offering = ctx.offering();
        TableKey {
            offering: o as usize,
            columns: table.column_set.get(),
        }
    });
    let mounted = Memo::new(move |previous: Option<&Mounted>| {
        let key = table_key.get();
        let limit = limit();
        let (generation, rows) = match previous {
            Some(p) if p.key == key => table.rows.with(|rows| {
                (
                    p.generation,
                    table_rows::next_mounted(&p.rows, table_rows::shown(rows, limit), page.get()),
                )
            }),
            _ => table.rows.with(|rows| {
                let generation = previous.map_or(0, |p| p.generation + 1);
                (
                    generation,
                    table_rows::shown(rows, limit).iter().copied().collect(),
                )
            }),
        };
        Mounted {
            generation,
            key,
            rows,
        }
    });
    Memo::new(move |_| {
        mounted.with(|m| {
            table_rows::lines(&m.rows)
                .into_iter()
                .map(|line| (m.generation, line))
                .collect::<Vec<_>>()
        })
    })
}

/// Sets `signal` only when the value differs, so unchanged lines do no work.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.try_with_untracked(|now| *now != value) == Some(true) {
        signal.try_set(value);
    }
}

/// What a shown service row highlights for query `q`: the query for its
/// activity and for its cells, each only while it matches there.
fn highlights(entry: &mut Registered, q: &Query) -> (Option<Query>, Option<Query>) {
    if q.is_empty() {
        return (None, None);
    }
    let activity = q.matches_folded_str(&entry.activity).then(|| q.clone());
    let Some(row) = entry.row else {
        return (activity, None);
    };
    let o = entry.offering;
    let words = entry
        .cell_words
        .get_or_insert_with(|| folded_cell_words(o, row));
    let cells = words
        .iter()
        .any(|w| q.matches_folded_str(w))
        .then(|| q.clone());
    (activity, cells)
}

/// Each cell's highlightable words (its text and its assignments' notes), folded.
fn folded_cell_words(o: &Offering, r: &Row) -> Vec<String> {
    r.cells
        .iter()
        .map(|c| {
            let notes = c
                .cell
                .assign
                .iter()
                .filter_map(|a| a.note.as_deref())
                .collect::<Vec<_>>()
                .join(" ");
            fold(&format!("{}\u{1f}{notes}", cell_text(o, &c.cell)))
        })
        .collect()
}
