//! One cell of the matrix taken apart: the sub-cells a row shows under one
//! column, with everything the table renders and the export writes.
//!
//! The table renders [`cell_parts`] to DOM and the export grid joins the same
//! parts into words ([`SubCell::text`]), so the export is what the table shows
//! by construction.

use super::parts::AssignmentPart;
use super::{cell_text, status_text};
use crate::rules::shared::{cell_sharing_in_view, resolve_same_as, SharedWith, Sharing};
use rm_format::model::{Cell, Column, Inference, Offering, Party, Row, Status};

/// What a sub-cell shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Body<'a> {
    /// The row has no cell for the column (validation forbids it): an honest
    /// gap, "—".
    Missing,
    /// A detail column's free text: a `rm-text` span.
    Text(&'a str),
    /// A status ("N/A", "Same as OS"): a `rm-status rm-status--{status.id()}`
    /// span with `text`, titled `status.explanation()`; then, when a "Same as"
    /// resolves to a visible column, a `rm-resolved` span "→ {resolved}".
    Status {
        status: &'a Status,
        text: String,
        resolved: Option<String>,
    },
    /// The assignments, each a `rm-assign` group titled [`AssignmentPart::title`]
    /// holding, in order: the party badge (`rm-badge rm-badge--{modifier}`
    /// with `name`) or the tick (`rm-badge rm-badge--{modifier} rm-tick`,
    /// "✓" read "Yes"), one `rm-raci rm-raci--{letter}` `<abbr>` per RACI
    /// letter titled [`super::RaciLetter::title`], the role chip, one
    /// `rm-qual rm-qual--{id}` badge per qualifier, and the note
    /// (`rm-cell-note`). Several assignments are separated by a `rm-and`
    /// span " and ". A split column's sub-cell holds one.
    Assignments(Vec<AssignmentPart<'a>>),
    /// A split column's party with no assignment in the cell: "–", read
    /// "Not assigned"; exported as an empty field.
    NotAssigned,
}

impl Body<'_> {
    /// The body in words, as exported.
    pub fn text(&self) -> String {
        match self {
            Body::Missing => "—".to_string(),
            Body::Text(text) => text.to_string(),
            Body::Status { text, resolved, .. } => match resolved {
                Some(target) => format!("{text} → {target}"),
                None => text.clone(),
            },
            Body::Assignments(parts) => parts
                .iter()
                .map(AssignmentPart::text)
                .collect::<Vec<_>>()
                .join(" and "),
            Body::NotAssigned => String::new(),
        }
    }
}

/// One `<td>` of the table, one field of the export grid.
///
/// The table renders it as `<td class="rm-cell" part="cell" data-rm-col={col}
/// data-rm-shared={shared_with_customer()} data-label={label}>`, its class
/// followed by `rm-cell--emphasised` for the chosen variant's column and then
/// the sharing's [`SharedWith::css_modifier`] when shared. A [`Body::Missing`]
/// cell is a bare `<td part="cell" data-rm-col={col} data-rm-shared="false">`
/// with "—". Inside, in order: the sharing mark when `shared_mark` (a
/// `role="img"` span of class [`SharedWith::mark_class`], text
/// [`SharedWith::mark`], read [`SharedWith::label`], titled
/// [`Sharing::explanation`]), the [`Body`], the ※ mark when `reading` is set
/// (`rm-reading-mark`, read "Has a source reading", titled "Source reading:
/// {reading}"), and the inference mark when `inference` is set
/// (`rm-inference-mark`, the word [`INFERENCE_MARK`] titled
/// [`inference_title`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SubCell<'a> {
    /// The `data-rm-col`: the column id, or the party id in a split column.
    pub col: &'a str,
    /// The party a split column's sub-cell is for.
    pub party: Option<&'a Party>,
    pub body: Body<'a>,
    /// The source cell's sharing verdict under this view (with whom and why;
    /// a "Same as" takes its target's verdict): [`cell_sharing_in_view`]. The
    /// same on every sub-cell of a split cell.
    pub shared: Option<Sharing>,
    /// Whether this sub-cell carries the ⇄ mark: shared, and it says something
    /// (a split cell's unassigned party gets no mark).
    pub shared_mark: bool,
    /// The source cell's reading, on the one sub-cell that carries its ※
    /// mark: the first party that says something in a split cell.
    pub reading: Option<&'a str>,
    /// The source cell's inference (the value is ours, not the source's
    /// words), on the one sub-cell that carries its mark, as `reading`.
    pub inference: Option<&'a Inference>,
    /// The cell's `data-label` (the column's label; "{column}: {party}" in a
    /// split column): what a phone's card layout prints before the value.
    pub label: String,
}

/// The inference mark's word, shown in the cell and its details.
pub const INFERENCE_MARK: &str = "inferred";

/// The inference mark's tooltip: what it means and the sentence it rests on.
pub fn inference_title(lang: crate::i18n::Lang, inference: &Inference) -> String {
    lang.inference_title(&inference.from)
}

impl SubCell<'_> {
    /// The sub-cell in words: the exported field. The ⇄ and ※ marks are not
    /// text; an inference is, as " (inferred)" after the words, so an export
    /// never passes our inference off as the source's.
    pub fn text(&self) -> String {
        let text = self.body.text();
        match self.inference {
            Some(_) if text.is_empty() => format!("({INFERENCE_MARK})"),
            Some(_) => format!("{text} ({INFERENCE_MARK})"),
            None => text,
        }
    }

    /// The `data-rm-shared` verdict: shared with the customer (what "Shared
    /// only" keeps); a split between providers is not.
    pub fn shared_with_customer(&self) -> bool {
        self.shared.is_some_and(|s| s.with == SharedWith::Customer)
    }
}

/// The sub-cells of `row` under `column`: one per party (in the offering's
/// party order) for a column split by party, one otherwise. `is_visible` tells
/// which columns the view shows, for resolving "Same as".
pub fn cell_parts<'a>(
    o: &'a Offering,
    row: &'a Row,
    column: &'a Column,
    is_visible: impl Fn(&str) -> bool,
) -> Vec<SubCell<'a>> {
    let Some(cell) = row.cell(&column.id) else {
        return missing(o, column);
    };
    let shared = cell_sharing_in_view(o, row, cell, &is_visible);
    let status = cell
        .status
        .as_ref()
        .map(|st| status_body(o, row, cell, st, &is_visible));
    if !column.split_by_party {
        let body = match (&cell.text, status) {
            (Some(text), _) => Body::Text(text),
            (None, Some(status)) => status,
            (None, None) => Body::Assignments(
                cell.assign
                    .iter()
                    .map(|a| AssignmentPart::new(o, a, true))
                    .collect(),
            ),
        };
        return vec![SubCell {
            col: &column.id,
            party: None,
            body,
            shared,
            shared_mark: shared.is_some(),
            reading: cell.reading.as_deref(),
            inference: cell.inference.as_ref(),
            label: column.label.to_string(),
        }];
    }
    let speaks = |p: &Party| cell.status.is_some() || cell.assign.iter().any(|a| a.party == p.id);
    let first_speaking = o.parties.iter().position(speaks);
    o.parties
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let body = match &status {
                Some(status) => status.clone(),
                None => match cell.assign.iter().find(|a| a.party == p.id) {
                    Some(a) => Body::Assignments(vec![AssignmentPart::new(o, a, false)]),
                    None => Body::NotAssigned,
                },
            };
            SubCell {
                col: &p.id,
                party: Some(p),
                body,
                shared,
                shared_mark: shared.is_some() && speaks(p),
                reading: cell
                    .reading
                    .as_deref()
                    .filter(|_| first_speaking == Some(i)),
                // Never dropped: with no party speaking, the first carries it.
                inference: cell
                    .inference
                    .as_ref()
                    .filter(|_| first_speaking.unwrap_or(0) == i),
                label: format!("{}: {}", column.label, p.name),
            }
        })
        .collect()
}

/// A status with what a "Same as" resolves to in this view.
fn status_body<'a>(
    o: &Offering,
    row: &Row,
    cell: &Cell,
    status: &'a Status,
    is_visible: &dyn Fn(&str) -> bool,
) -> Body<'a> {
    Body::Status {
        status,
        text: status_text(o, status),
        resolved: resolve_same_as(row, cell, is_visible).map(|(_, target)| cell_text(o, target)),
    }
}

/// The gap for a row without a cell: one per party when split, so the row
/// keeps as many fields as the header.
fn missing<'a>(o: &'a Offering, column: &'a Column) -> Vec<SubCell<'a>> {
    let gap = |col, party: Option<&'a Party>| SubCell {
        col,
        party,
        body: Body::Missing,
        shared: None,
        shared_mark: false,
        reading: None,
        inference: None,
        label: match party {
            Some(p) => format!("{}: {}", column.label, p.name),
            None => column.label.to_string(),
        },
    };
    if column.split_by_party {
        o.parties.iter().map(|p| gap(&p.id, Some(p))).collect()
    } else {
        vec![gap(&column.id, None)]
    }
}
