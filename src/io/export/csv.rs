//! The view as RFC 4180 CSV, and the record writer and source block the
//! checklist shares.

use super::grid::{grid, Grid};
use crate::rules::state::ViewState;
use rm_format::model::Offering;
use rm_format::source::{Source, PROVENANCE_HEADING};

/// The view as RFC 4180 CSV: a header row ([`Grid::header`]) and one record
/// per visible row, then the [`source_block`]; CRLF line ends; fields quoted
/// when they hold a comma, a quote or a line break ([`csv_record`]).
pub fn to_csv(o: &Offering, state: &ViewState) -> String {
    let grid = grid(o, state);
    let mut out = String::new();
    csv_record(&mut out, grid.header().iter().map(String::as_str));
    for row in &grid.rows {
        csv_record(&mut out, Grid::record(row).iter().map(String::as_str));
    }
    source_block(&mut out, &o.source);
    out
}

/// Appends where the matrix comes from, after the table: one blank line, a
/// `Source` record, then one (label, value) record per
/// [`Source::provenance`] line, in the words of the About and the matrix
/// exports. The matrix importer (`rmx import`) reads this block back as the
/// source, and a spreadsheet shows it under the table.
pub fn source_block(out: &mut String, source: &Source) {
    out.push_str("\r\n");
    csv_record(out, [PROVENANCE_HEADING]);
    for (label, value) in source.provenance() {
        csv_record(out, [label, value.as_str()]);
    }
}

/// Appends one RFC 4180 record and its CRLF. A field is quoted (its quotes
/// doubled) only when it holds a comma, a quote or a line break; a record of
/// one empty field is written `""` so that it is not an empty line.
///
/// Written here rather than with the `csv` crate, whose float-formatting
/// tables would grow the shipped wasm; the tests read the output back with
/// that crate.
pub fn csv_record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    let mut fields = fields.into_iter().peekable();
    let mut first = true;
    while let Some(field) = fields.next() {
        if !first {
            out.push(',');
        }
        let lone_empty = first && field.is_empty() && fields.peek().is_none();
        first = false;
        if lone_empty || field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
