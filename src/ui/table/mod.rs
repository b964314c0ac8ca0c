//! The matrix `<table>`: caption, column headers with `scope`, a header row per
//! section, a row per service, and a details row when a service is expanded.
//!
//! Rows are a keyed `<For>` over the mounted rows (see [`crate::rules::table_rows`]):
//! a filter parks the rows it hides instead of unmounting them, and large
//! results render a page at a time with "Show more".
//!
//! Why one pass instead of a memo per row: with a memo per row reading the
//! shared "shown" set and the query, every keystroke re-ran all of them and
//! each re-subscription cost time proportional to the number of rows (a
//! profile at 10,000 rows showed most of a keystroke in the reactive graph's
//! subscriber lists). Now each mounted line registers a few signals of its
//! own, and one effect sets only the ones whose value changes: a keystroke
//! touches the rows that appear, disappear or change highlighting.

use crate::rules::filter::ViewState;
use crate::rules::present::{assignment_text, cell_text, qualifier_text, status_text};
use crate::rules::shared::{resolve_same_as, shared_reason_in_view};
use crate::rules::table_rows::{self, Line};
use crate::rules::text::{fold, Query};
use crate::ui::highlighted;
use crate::ui::widget::Ctx;
use leptos::prelude::*;
use rm_format::model::{
    Assignment, Cell, Column, NoteKind, Offering, Party, PartyKind, Row, Status,
};
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

/// What a set of mounted rows depends on: the offering itself (its address,
/// so that a supplied matrix replacing another with the same id counts as
/// new) and (offering id, variant, other columns shown).
type TableKey = (usize, (String, Option<String>, bool));

/// The signals one mounted line reads, set by the table's one update pass.
#[derive(Clone, Copy)]
struct LineSignals {
    /// Hidden by the filter (kept mounted).
    parked: RwSignal<bool>,
    /// Its details row is open.
    expanded: RwSignal<bool>,
    /// The query while it matches the activity (highlighting), else `None`.
    activity: RwSignal<Option<Query>>,
    /// The query while it matches some cell's words, else `None`.
    cells: RwSignal<Option<Query>>,
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

#[component]
pub fn Matrix() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let query = Memo::new(move |_| ctx.state.with(|s| Query::new(&s.query)));
    let expanded_row = Memo::new(move |_| ctx.state.with(|s| s.expanded_row.clone()));
    // Pages shown beyond the first; a new result starts again at one page.
    let extra_pages = RwSignal::new(0usize);
    Effect::watch(
        move || ctx.rows.track(),
        move |_, _, _| extra_pages.set(0),
        false,
    );
    let page = Memo::new(move |_| table_rows::page_size(ctx.total.get()));
    let limit = move || page.get() * (1 + extra_pages.get());
    // The rows to show now: the first `limit` matches.
    let shown = Memo::new(move |_| {
        let limit = limit();
        ctx.rows.with(|rows| {
            table_rows::shown(rows, limit)
                .iter()
                .copied()
                .collect::<HashSet<(usize, usize)>>()
        })
    });
    let shown_sections =
        Memo::new(move |_| shown.with(|s| s.iter().map(|(si, _)| *si).collect::<HashSet<usize>>()));
    let table_key = Memo::new(move |_| {
        let o: *const Offering = ctx.offering();
        (o as usize, ctx.column_key.get())
    });
    let mounted = Memo::new(move |previous: Option<&Mounted>| {
        let key = table_key.get();
        let limit = limit();
        let (generation, rows) = match previous {
            Some(p) if p.key == key => ctx.rows.with(|rows| {
                (
                    p.generation,
                    table_rows::next_mounted(&p.rows, table_rows::shown(rows, limit), page.get()),
                )
            }),
            _ => ctx.rows.with(|rows| {
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
    let lines = Memo::new(move |_| {
        mounted.with(|m| {
            table_rows::lines(&m.rows)
                .into_iter()
                .map(|line| (m.generation, line))
                .collect::<Vec<_>>()
        })
    });
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
    let width = Memo::new(move |_| {
        let o = ctx.offering();
        1 + ctx
            .columns
            .get()
            .iter()
            .map(|c| column_span(o, &o.columns[c.0]))
            .sum::<usize>()
    });
    let caption = move || {
        let o = ctx.offering();
        let variant = ctx
            .state
            .with(|s| s.variant.clone())
            .and_then(|v| o.variant(&v))
            .map(|v| v.label.to_string());
        match variant {
            Some(v) => format!("{}: who is responsible for each service ({v})", o.title),
            None => format!("{}: who is responsible for each service", o.title),
        }
    };
    // Creates a mounted line's signals from the current state and registers
    // them for the update pass (and unregisters them when the line goes).
    let register = move |line: Line| -> LineSignals {
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
    };

    view! {
        <div class="rm-scroll" role="region" aria-label="Responsibility matrix" tabindex="0">
            <table class="rm-matrix" part="table" data-rm="matrix">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="rm-col-service" part="header-cell">"Service"</th>
                        {move || {
                            let o = ctx.offering();
                            ctx.columns.get().into_iter().map(|(ci, emphasised)| header_cells(o, &o.columns[ci], emphasised)).collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || lines.get()
                        key=|line| *line
                        children=move |(_, line)| {
                            let o = ctx.offering_untracked();
                            let signals = register(line);
                            match line {
                                Line::Section { section } => section_row(o, section, width, signals).into_any(),
                                Line::Service { section, row } => {
                                    view! { <ServiceRow section row width signals=signals /> }.into_any()
                                }
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
        {move || {
            let total = ctx.rows.with(Vec::len);
            let shown = total.min(limit());
            (shown < total).then(|| {
                let next = page.get().min(total - shown);
                view! {
                    <div class="rm-more" data-rm="more-rows">
                        <span>{format!("Showing {shown} of {total} matching services.")}</span>
                        <button type="button" class="rm-button" on:click=move |_| extra_pages.update(|n| *n += 1)>
                            {format!("Show {next} more")}
                        </button>
                    </div>
                }
            })
        }}
        <Show when=move || ctx.rows.with(|r| r.is_empty())>
            <div class="rm-empty" data-rm="empty">
                <p>"No services match the search and filters."</p>
                <button type="button" class="rm-button" on:click=move |_| ctx.state.update(ViewState::reset_filters)>
                    "Reset filters"
                </button>
            </div>
        </Show>
    }
}

/// `Some(view)` as that view, `None` as no DOM node at all.
///
/// A plain `Option` (or `()`, or an empty list) leaves a placeholder comment
/// where a later `Some` could go. Row content is fixed once built (a new
/// highlight rebuilds with the same shape), so those comments were dead
/// weight: 43 of a row's 87 nodes. Only for views whose `Some`/`None` never
/// changes on a rebuild.
fn static_option<V: IntoView>(view: Option<V>) -> leptos::either::Either<V, [(); 0]> {
    use leptos::either::Either;
    match view {
        Some(view) => Either::Left(view),
        None => Either::Right([]),
    }
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

/// How many `<td>`s a column takes: one per party when split.
fn column_span(o: &Offering, c: &Column) -> usize {
    if c.split_by_party {
        o.parties.len()
    } else {
        1
    }
}

fn header_cells(o: &'static Offering, c: &'static Column, emphasised: bool) -> AnyView {
    let class = if emphasised {
        "rm-col rm-col--emphasised"
    } else {
        "rm-col"
    };
    if c.split_by_party {
        return o
            .parties
            .iter()
            .map(|p| view! { <th scope="col" class=class part="header-cell" data-rm-col=p.id.to_string()>{p.name.to_string()}</th> })
            .collect_view()
            .into_any();
    }
    let title = c
        .source_label
        .as_ref()
        .map(|s| format!("Source header: {s}"));
    view! {
        <th scope="col" class=class part="header-cell" data-rm-col=c.id.to_string() title=title>
            {c.label.to_string()}
            {emphasised.then(|| view! { <span class="rm-chosen">" (chosen)"</span> })}
        </th>
    }
    .into_any()
}

fn section_row(
    o: &'static Offering,
    si: usize,
    width: Memo<usize>,
    signals: LineSignals,
) -> impl IntoView {
    let parked = signals.parked;
    let s = &o.sections[si];
    let title = match &s.number {
        Some(n) => format!("{n} {}", s.title),
        None => s.title.to_string(),
    };
    view! {
        <tr
            class="rm-section"
            data-rm-section=move || (!parked.get()).then(|| s.id.to_string())
            data-rm-parked-section=move || parked.get().then(|| s.id.to_string())
            hidden=move || parked.get()
        >
            <th scope="colgroup" colspan=move || width.get().to_string()>
                <span class="rm-section__title">{title}</span>
                {s.description.as_ref().map(|d| view! { <span class="rm-section__desc">{d.to_string()}</span> })}
            </th>
        </tr>
    }
}

/// One service: its row header (a toggle for details) and its cells.
#[component]
fn ServiceRow(
    section: usize,
    row: usize,
    width: Memo<usize>,
    signals: LineSignals,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let o = ctx.offering_untracked();
    let r: &'static Row = &o.sections[section].rows[row];
    let LineSignals {
        parked,
        expanded,
        activity: activity_query,
        cells: cell_query,
    } = signals;
    let toggle = move || {
        ctx.state.update(|s| {
            s.expanded_row = if s.expanded_row.as_deref() == Some(&*r.id) {
                None
            } else {
                Some(r.id.to_string())
            }
        })
    };
    let has_reading = r.notes.iter().any(|n| n.kind == NoteKind::Reading)
        || r.cells.iter().any(|c| c.cell.reading.is_some());
    let details_id = format!("rm-details-{}-{}", o.id, r.id);
    // aria-controls may only name an element that exists: the details row, once open.
    let details_id_ref = details_id.clone();
    let owner = r.owner_role.as_deref().and_then(|ref_| role_of(o, ref_));

    view! {
        <tr
            data-rm-row=move || (!parked.get()).then(|| r.id.to_string())
            data-rm-parked=move || parked.get().then(|| r.id.to_string())
            hidden=move || parked.get()
            class="rm-row"
            class:rm-row--expanded=move || expanded.get()
            on:click=move |ev| {
                // The toggle button handles its own click; avoid toggling twice.
                if !is_from_button(&ev) {
                    toggle();
                }
            }
        >
            <th scope="row" class="rm-activity">
                <button
                    type="button"
                    class="rm-row-toggle"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=move || expanded.get().then(|| details_id_ref.clone())
                    on:click=move |_| toggle()
                >
                    <span class="rm-row-toggle__icon" aria-hidden="true"></span>
                    <span>{move || highlighted(&r.activity, &activity_query.get().unwrap_or_default())}</span>
                </button>
                {static_option(owner.map(|(_, role)| view! {
                    <span class="rm-chip rm-chip--role" title=role.name.to_string()>
                        {role.abbreviation.as_ref().unwrap_or(&role.name).to_string()}
                    </span>
                }))}
                {static_option(has_reading.then(|| view! {
                    <span class="rm-chip rm-chip--reading" title="The source is ambiguous or misspelled here; open the row to see how it was read.">
                        "source reading"
                    </span>
                }))}
            </th>
            {move || {
                // The columns are fixed for a mounted row: a new column set remounts the table.
                let cols = ctx.columns.get_untracked();
                let q = cell_query.get().unwrap_or_default();
                cols.iter().map(|(ci, emphasised)| cells_for(o, r, &o.columns[*ci], *emphasised, &cols, &q)).collect_view()
            }}
        </tr>
        <Show when=move || expanded.get() && !parked.get()>
            <tr class="rm-details" id=details_id.clone() data-rm-details=r.id.to_string()>
                <td colspan=move || width.get().to_string()>{row_details(o, r)}</td>
            </tr>
        </Show>
    }
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

fn is_from_button(ev: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button, a, input, select").ok().flatten())
        .is_some()
}

fn role_of<'a>(
    o: &'a Offering,
    reference: &str,
) -> Option<(&'a Party, &'a rm_format::model::Role)> {
    let (party, role) = reference.split_once('/')?;
    let p = o.party(party)?;
    Some((p, p.roles.iter().find(|r| r.id == role)?))
}

/// The `<td>`s of one column for one row.
fn cells_for(
    o: &'static Offering,
    r: &'static Row,
    c: &'static Column,
    emphasised: bool,
    cols: &[(usize, bool)],
    q: &Query,
) -> AnyView {
    let Some(cell) = r.cell(&c.id) else {
        // Validation guarantees a cell per column; render an honest gap if not.
        return view! { <td part="cell" data-rm-col=c.id.to_string() data-rm-shared="false">"—"</td> }
            .into_any();
    };
    let is_visible = |id: &str| cols.iter().any(|(ci, _)| o.columns[*ci].id == id);
    let reason = shared_reason_in_view(r, cell, is_visible);
    let shared = reason.is_some();
    let mut class = String::from("rm-cell");
    if emphasised {
        class.push_str(" rm-cell--emphasised");
    }
    if shared {
        class.push_str(" rm-cell--shared");
    }
    let mark = move || {
        reason.map(|why| {
            view! {
                <span class="rm-shared-mark" role="img" aria-label="Shared" title=why.explanation()>"⇄"</span>
            }
        })
    };
    let reading = move || {
        cell.reading.as_ref().map(|text| {
            view! {
                <span class="rm-reading-mark" role="img" aria-label="Has a source reading" title=format!("Source reading: {text}")>"※"</span>
            }
        })
    };

    if c.split_by_party {
        return o
            .parties
            .iter()
            .map(|p| {
                let body = match &cell.status {
                    Some(st) => status_view(o, r, cell, st, cols, q),
                    None => match cell.assign.iter().find(|a| a.party == p.id) {
                        Some(a) => assignment_view(o, a, false, q),
                        None => view! {
                            <span class="rm-none" role="img" aria-label="Not assigned">"–"</span>
                        }
                        .into_any(),
                    },
                };
                // One reading mark per source cell: on the first party's sub-cell that says something.
                let speaks = cell.status.is_some() || cell.assign.iter().any(|a| a.party == p.id);
                let first_speaking = o
                    .parties
                    .iter()
                    .find(|x| cell.status.is_some() || cell.assign.iter().any(|a| a.party == x.id))
                    .is_some_and(|x| x.id == p.id);
                view! {
                    <td class=class.clone() part="cell" data-rm-col=p.id.to_string() data-rm-shared=shared.to_string()>
                        {static_option(speaks.then(mark).flatten())}
                        {body}
                        {static_option(first_speaking.then(reading).flatten())}
                    </td>
                }
            })
            .collect_view()
            .into_any();
    }

    let body = if let Some(text) = &cell.text {
        view! { <span class="rm-text">{highlighted(text, q)}</span> }.into_any()
    } else if let Some(st) = &cell.status {
        status_view(o, r, cell, st, cols, q)
    } else {
        let n = cell.assign.len();
        cell.assign
            .iter()
            .enumerate()
            .map(|(i, a)| {
                view! {
                    {assignment_view(o, a, true, q)}
                    {static_option((i + 1 < n).then_some(view! { <span class="rm-and">" and "</span> }))}
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <td class=class part="cell" data-rm-col=c.id.to_string() data-rm-shared=shared.to_string()>
            {static_option(mark())}
            {body}
            {static_option(reading())}
        </td>
    }
    .into_any()
}

fn party_kind_class(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Provider => "rm-badge rm-badge--provider",
        PartyKind::Customer => "rm-badge rm-badge--customer",
        PartyKind::ThirdParty => "rm-badge rm-badge--third",
    }
}

/// RACI letters: name and the definition exactly as the OVHcloud source words it.
pub fn raci_name(letter: char) -> &'static str {
    match letter {
        'R' => "Responsible",
        'A' => "Accountable",
        'C' => "Consulted",
        'I' => "Informed",
        _ => "",
    }
}

/// The OVHcloud source's definition of a RACI letter, verbatim.
pub fn raci_meaning(letter: char) -> &'static str {
    match letter {
        'R' => "Is in charge of carrying out the process",
        'A' => "Accountable for the successful completion of the process",
        'C' => "Is consulted during the process",
        'I' => "Is informed of the results of the process",
        _ => "",
    }
}

/// A party's badge (or tick / RACI letters) followed by its qualifiers.
fn assignment_view(
    o: &'static Offering,
    a: &'static Assignment,
    with_party: bool,
    q: &Query,
) -> AnyView {
    let party = o.party(&a.party);
    let kind = party.map(|p| p.kind).unwrap_or(PartyKind::ThirdParty);
    let name = party
        .map(|p| p.name.to_string())
        .unwrap_or_else(|| a.party.to_string());
    let letters = a.raci.as_ref().map(|l| {
        l.chars()
            .map(|ch| {
                view! {
                    <abbr class=format!("rm-raci rm-raci--{ch}") title=format!("{}: {}", raci_name(ch), raci_meaning(ch))>{ch.to_string()}</abbr>
                }
            })
            .collect_view()
    });
    let who = if with_party {
        Some(view! { <span class=party_kind_class(kind) part="badge">{highlighted(&name, q)}</span> })
    } else {
        None
    };
    let tick = (a.raci.is_none() && !with_party).then(|| {
        view! {
            <span class=format!("{} rm-tick", party_kind_class(kind)) part="badge" role="img" aria-label="Yes">"✓"</span>
        }
    });
    let role = a
        .role
        .as_deref()
        .and_then(|role| party?.roles.iter().find(|r| r.id == role))
        .map(|role| {
            view! {
                <span class="rm-chip rm-chip--role" title=role.name.to_string()>
                    {role.abbreviation.as_ref().unwrap_or(&role.name).to_string()}
                </span>
            }
        });
    let quals = a
        .qualifiers
        .iter()
        .map(|qual| {
            let label = qualifier_text(o, a, *qual);
            view! {
                <span class=format!("rm-qual rm-qual--{}", qual.id()) title=qual.explanation()>
                    {highlighted(&label, q)}
                </span>
            }
        })
        .collect_view();
    let note = a
        .note
        .as_ref()
        .map(|n| view! { <span class="rm-cell-note">{highlighted(n, q)}</span> });
    view! {
        <span class="rm-assign" title=assignment_text(o, a, true)>
            {static_option(who)}
            {static_option(tick)}
            {static_option(letters)}
            {static_option(role)}
            {static_option((!a.qualifiers.is_empty()).then_some(quals))}
            {static_option(note)}
        </span>
    }
    .into_any()
}

fn status_view(
    o: &'static Offering,
    r: &'static Row,
    cell: &'static Cell,
    st: &'static Status,
    cols: &[(usize, bool)],
    q: &Query,
) -> AnyView {
    let text = status_text(o, st);
    let resolved = resolve_same_as(r, cell, |id| {
        cols.iter().any(|(ci, _)| o.columns[*ci].id == id)
    })
    .map(|(_, target)| format!("→ {}", cell_text(o, target)));
    view! {
        <span class=format!("rm-status rm-status--{}", st.id()) title=st.explanation()>
            {highlighted(&text, q)}
        </span>
        {static_option(resolved.map(|t| view! { <span class="rm-resolved">{t}</span> }))}
    }
    .into_any()
}

/// Notes, readings, owner role and the source's own words for every cell.
fn row_details(o: &'static Offering, r: &'static Row) -> impl IntoView {
    let owner = r
        .owner_role
        .as_deref()
        .and_then(|x| role_of(o, x))
        .map(|(p, role)| {
            view! {
                <p class="rm-details__owner">
                    <strong>"Owned by: "</strong>
                    {format!("{} — {}", p.name, role.name)}
                    {role.abbreviation.as_ref().map(|a| format!(" ({a})"))}
                    ": "
                    {role.description.to_string()}
                </p>
            }
        });
    let notes = r
        .notes
        .iter()
        .map(|n| {
            let label = if n.kind == NoteKind::Reading { "Source reading: " } else { "Note: " };
            view! { <li class=format!("rm-note rm-note--{}", if n.kind == NoteKind::Reading { "reading" } else { "note" })><strong>{label}</strong>{n.text.to_string()}</li> }
        })
        .collect_view();
    let source_cells = r
        .cells
        .iter()
        .map(|entry| {
            let label = o.column(&entry.column).map(|c| c.label.to_string()).unwrap_or_else(|| entry.column.to_string());
            let said = if entry.cell.source_text.trim().is_empty() {
                "(blank in the source)".to_string()
            } else {
                format!("“{}”", entry.cell.source_text)
            };
            view! {
                <div class="rm-details__cell">
                    <dt>{label}</dt>
                    <dd>
                        <span class="rm-source-text">{said}</span>
                        {entry.cell.reading.as_ref().map(|t| view! { <span class="rm-note rm-note--reading"><strong>" Reading: "</strong>{t.to_string()}</span> })}
                        {entry.cell.note.as_ref().map(|t| view! { <span class="rm-note"><strong>" Note: "</strong>{t.to_string()}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let meanings = badge_meanings(r);
    let badges = (!meanings.is_empty()).then(|| {
        let items = meanings
            .into_iter()
            .map(|(term, meaning)| view! { <div class="rm-details__cell"><dt>{term}</dt><dd>{meaning}</dd></div> })
            .collect_view();
        view! {
            <p class="rm-details__heading">"What the marks in this row mean"</p>
            <dl class="rm-details__cells" data-rm="badge-meanings">{items}</dl>
        }
    });
    view! {
        <div class="rm-details__body">
            <p class="rm-details__domain"><strong>"Domain: "</strong>{r.domain.label()}</p>
            {owner}
            <ul class="rm-details__notes">{notes}</ul>
            {badges}
            <p class="rm-details__heading">"What the source says"</p>
            <dl class="rm-details__cells">{source_cells}</dl>
        </div>
    }
}

/// Every qualifier, status, RACI letter and the shared mark used in a row, with
/// its meaning: the keyboard-reachable counterpart of the badges' tooltips.
fn badge_meanings(r: &Row) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |term: String, meaning: String| {
        if !out.iter().any(|(t, _)| *t == term) {
            out.push((term, meaning));
        }
    };
    for entry in r.cells.iter() {
        let cell = &entry.cell;
        if let Some(st) = &cell.status {
            push(st.label().to_string(), st.explanation().to_string());
        }
        for a in cell.assign.iter() {
            for ch in a.raci.as_deref().unwrap_or_default().chars() {
                push(
                    format!("{ch} ({})", raci_name(ch)),
                    raci_meaning(ch).to_string(),
                );
            }
            for q in a.qualifiers.iter() {
                push(q.label().to_string(), q.explanation().to_string());
            }
        }
        if let Some(reason) = crate::rules::shared::shared_reason(cell) {
            push("⇄ Shared".to_string(), reason.explanation().to_string());
        }
    }
    out
}
