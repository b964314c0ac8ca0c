//! A row's cells: badges or ticks with RACI letters, role chips and
//! qualifiers, statuses with what "same as" resolves to, and the shared and
//! reading marks. The words come from [`crate::rules::present`].

use crate::rules::present::{assignment_text, cell_text, qualifier_text, status_text};
use crate::rules::shared::{cell_sharing_in_view, resolve_same_as, SharedWith};
use crate::rules::text::Query;
use crate::ui::common::{highlighted, party_badge_class, static_option};
use leptos::prelude::*;
use rm_format::model::{Assignment, Cell, Column, Offering, Party, PartyKind, Role, Row, Status};

/// The `<td>`s of one column for one row.
pub(super) fn cells_for(
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
    let sharing = cell_sharing_in_view(o, r, cell, is_visible);
    let shared = sharing.is_some_and(|s| s.with == SharedWith::Customer);
    let mut class = String::from("rm-cell");
    if emphasised {
        class.push_str(" rm-cell--emphasised");
    }
    if let Some(s) = sharing {
        class.push(' ');
        class.push_str(s.with.css_modifier());
    }
    let mark = move || {
        sharing.map(|s| {
            view! {
                <span class=s.with.mark_class() role="img" aria-label=s.with.label() title=s.explanation()>{s.with.mark()}</span>
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
                    <td class=class.clone() part="cell" data-rm-col=p.id.to_string() data-rm-shared=shared.to_string() data-label=format!("{}: {}", c.label, p.name)>
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
        <td class=class part="cell" data-rm-col=c.id.to_string() data-rm-shared=shared.to_string() data-label=c.label.to_string()>
            {static_option(mark())}
            {body}
            {static_option(reading())}
        </td>
    }
    .into_any()
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
                    <abbr class=format!("rm-raci rm-raci--{ch}") part="badge" title=format!("{}: {}", raci_name(ch), raci_meaning(ch))>{ch.to_string()}</abbr>
                }
            })
            .collect_view()
    });
    let who = if with_party {
        Some(
            view! { <span class=party_badge_class(kind) part="badge">{highlighted(&name, q)}</span> },
        )
    } else {
        None
    };
    let tick = (a.raci.is_none() && !with_party).then(|| {
        view! {
            <span class=format!("{} rm-tick", party_badge_class(kind)) part="badge" role="img" aria-label="Yes">"✓"</span>
        }
    });
    let role = a
        .role
        .as_deref()
        .and_then(|role| party?.roles.iter().find(|r| r.id == role))
        .map(role_chip);
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

/// A role's chip: its abbreviation (or name), the full name on hover.
pub(super) fn role_chip(role: &'static Role) -> impl IntoView {
    view! {
        <span class="rm-chip rm-chip--role" title=role.name.to_string()>
            {role.abbreviation.as_ref().unwrap_or(&role.name).to_string()}
        </span>
    }
}

/// The party and role a `party/role` reference names.
pub(super) fn role_of<'a>(o: &'a Offering, reference: &str) -> Option<(&'a Party, &'a Role)> {
    let (party, role) = reference.split_once('/')?;
    let p = o.party(party)?;
    Some((p, p.roles.iter().find(|r| r.id == role)?))
}

/// The RACI letters' words live with the data format's vocabulary.
pub use rm_format::vocab::{raci_meaning, raci_name};
