//! What the matrix says, in words and in parts: one place for the table, search
//! and every export, so the text a user searches and exports is the text they see.
//!
//! - [`cell_parts`] decomposes one row × column into the sub-cells the table
//!   shows (one per party for a column split by party); the table renders the
//!   parts, the export grid joins them into words ([`SubCell::text`]).
//! - [`column_heads`] does the same for the header: the table's `<th>`s and the
//!   export grid's columns.
//! - [`cell_meaning`] and [`cell_description`] say a sub-cell in words, for
//!   the keyboard grid's announcement of the focused cell.
//! - [`caption`], [`section_label`], [`source_credit`], [`party_kind_modifier`]
//!   and [`owner_role`] are the rest of the table's wording, each built once.
//! - The functions below are the cell wording used for search and summaries.

mod cell;
mod credit;
mod labels;
mod meaning;
mod parts;

pub use cell::{cell_parts, inference_title, Body, SubCell, INFERENCE_MARK};
pub use credit::{source_credit, CreditPart, SourceCredit};
pub use labels::{
    caption, column_heads, owner_role, party_kind_modifier, section_label, variant_picker_label,
    ColumnHead,
};
pub use meaning::{cell_description, cell_meaning};
pub use parts::{raci_meaning, raci_name, AssignmentPart, QualifierPart, RaciLetter, RoleChip};

use rm_format::model::{Assignment, Cell, Offering, Qualifier, Status};

/// "Rackspace", "Rackspace (Reactive only)", "RA", "Customer (Provides prerequisite)".
///
/// `with_party` includes the party name (scope columns); split-by-party
/// columns already name the party in their header and omit it. The same
/// words as [`AssignmentPart::words`], which builds them.
pub fn assignment_text(o: &Offering, a: &Assignment, with_party: bool) -> String {
    AssignmentPart::new(o, a, with_party).words()
}

/// A qualifier's label; "Coordinated" names the party it is coordinated with.
pub fn qualifier_text(o: &Offering, a: &Assignment, q: Qualifier) -> String {
    if q != Qualifier::Coordinated {
        return q.label().to_string();
    }
    let with = a
        .with
        .as_deref()
        .and_then(|w| o.party(w))
        .map(|p| &*p.name)
        .unwrap_or("the other party");
    format!("Coordinated with {with}")
}

/// A status in words, with what it depends on or points to.
pub fn status_text(o: &Offering, status: &Status) -> String {
    match status {
        Status::Depends { on: Some(on) } => format!("Depends on {on}"),
        Status::SameAs { columns } => {
            let labels: Vec<&str> = columns
                .iter()
                .map(|c| o.column(c).map(|c| &*c.label).unwrap_or(c))
                .collect();
            format!("Same as {}", labels.join(" / "))
        }
        other => other.label().to_string(),
    }
}

/// The whole cell in words, as shown in a scope column (without notes and
/// without resolving "Same as": search and summaries read the cell itself).
pub fn cell_text(o: &Offering, cell: &Cell) -> String {
    if let Some(t) = &cell.text {
        return t.to_string();
    }
    if let Some(st) = &cell.status {
        return status_text(o, st);
    }
    let parts: Vec<String> = cell
        .assign
        .iter()
        .map(|a| assignment_text(o, a, true))
        .collect();
    parts.join(" and ")
}
