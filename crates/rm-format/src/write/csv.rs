//! The whole matrix as one wide CSV (RFC 4180, comma, UTF-8 with BOM so
//! spreadsheet programs read it as UTF-8), re-importable to the same rows
//! and cells. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
//! `@` first) is written with a leading `'`, which the importer removes.
//! After the table, one blank line and a `Source` block: the source's
//! provenance as (label, value) rows, in the Markdown list's words
//! ([`crate::source::Source::provenance`]); the importer reads it back
//! into `source`, not as rows.

use super::table::build;
use crate::model::Offering;

pub fn write(o: &Offering) -> String {
    let t = build(o);
    let mut out = String::from("\u{feff}");
    line(&mut out, &t.headers);
    for row in &t.rows {
        line(&mut out, row);
    }
    out.push_str("\r\n");
    line(&mut out, &[crate::source::PROVENANCE_HEADING.to_string()]);
    for (label, value) in o.source.provenance() {
        line(&mut out, &[label.to_string(), value]);
    }
    out
}

fn line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(out, f);
    }
    out.push_str("\r\n");
}

/// One field, quoted when it holds a delimiter, quote, line break or edge space.
pub fn field(out: &mut String, f: &str) {
    let guarded;
    let f = if f.len() > 1 && f.starts_with(['=', '+', '-', '@']) {
        guarded = format!("'{f}");
        guarded.as_str()
    } else {
        f
    };
    if f.contains([',', '"', '\n', '\r', ';', '\t']) || f.starts_with(' ') || f.ends_with(' ') {
        out.push('"');
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(f);
    }
}
