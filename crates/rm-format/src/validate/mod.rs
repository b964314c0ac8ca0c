//! Every rule a matrix must satisfy beyond its JSON shape, stated once.
//!
//! `build.rs` runs these on `data/*.json` (a failure stops the build) and the
//! widget runs them on a bring-your-own matrix when it loads one; built-in
//! matrices are also held to a complete provenance ([`Origin`]). Each error
//! names the file, the JSON path and the reason, so a data author can fix it
//! without reading code, and every problem of a file is reported at once.

mod cell;
mod refs;
mod source;

pub use cell::check_raci_letters;
use refs::{check_id, check_role_ref, known, Parties};
pub use source::is_iso_date;

use crate::model::{ColumnKind, Offering, Row, Section, Text};
use std::collections::HashSet;
use std::fmt;

/// One problem found in one data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The file (or other source) the offering came from.
    pub file: String,
    /// JSON path to the offending value, e.g. `sections[1].rows[0].cells.esxi`.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: at {}: {}", self.file, self.path, self.reason)
        }
    }
}

/// Collects errors with the file name filled in.
pub(crate) struct Report<'a> {
    file: &'a str,
    errors: Vec<ValidationError>,
}

impl Report<'_> {
    fn err(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.errors.push(ValidationError {
            file: self.file.to_string(),
            path: shorten(&path.into(), MAX_PATH_CHARS),
            reason: shorten(&reason.into(), MAX_REASON_CHARS),
        });
    }
}

/// Longest reason an error carries, in characters: a reason quoting a huge
/// value (a 10 MB id, an unknown key) must still be readable.
pub const MAX_REASON_CHARS: usize = 300;
/// Longest JSON path an error carries, in characters.
pub const MAX_PATH_CHARS: usize = 200;
/// At most this many ids are listed after "(known: …".
pub(crate) const MAX_KNOWN: usize = 12;

/// `path` followed by the object key `key`: `.key` (just `key` at the top),
/// or `["key"]` (a JSON string) when the key is not plain letters, digits,
/// `_` and `-`, so a key holding `.` or `[` cannot make a path ambiguous.
pub fn join_key(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !plain {
        let quoted = serde_json::to_string(key).unwrap_or_else(|_| format!("{key:?}"));
        format!("{path}[{quoted}]")
    } else if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `text` if it has at most `max` characters, else its start and end around
/// " … " (so both the quoted value's start and the sentence's end stay).
pub fn shorten(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let keep = max.saturating_sub(3);
    let head = keep * 3 / 5;
    let tail = keep - head;
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{start} … {end}")
}

/// Lower-case letters, digits and single hyphens: safe in URLs and attributes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Which rules a matrix is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A matrix of `data/`, compiled into the widget: its provenance must be complete.
    BuiltIn,
    /// A matrix an embedder supplies: provenance fields are optional.
    Supplied,
}

/// Checks one supplied offering; returns every problem found, not just the first.
pub fn validate_offering(file: &str, o: &Offering) -> Result<(), Vec<ValidationError>> {
    validate_as(file, o, Origin::Supplied)
}

/// Checks one offering under the rules of its origin; returns every problem found.
pub fn validate_as(file: &str, o: &Offering, origin: Origin) -> Result<(), Vec<ValidationError>> {
    let mut r = Report {
        file,
        errors: Vec::new(),
    };
    check_header(&mut r, o);
    source::check_source(&mut r, &o.source, origin);
    check_parties(&mut r, o);
    let variant_ids = check_variant_dimension(&mut r, o);
    let column_ids = check_columns(&mut r, o, &variant_ids);
    check_sections(&mut r, o, &variant_ids, &column_ids);
    check_reference_tables(&mut r, o);
    if r.errors.is_empty() {
        Ok(())
    } else {
        Err(r.errors)
    }
}

fn check_header(r: &mut Report, o: &Offering) {
    check_id(r, "id", &o.id);
    for (field, value) in [
        ("title", &o.title),
        ("provider", &o.provider),
        ("summary", &o.summary),
    ] {
        if value.trim().is_empty() {
            r.err(field, "must not be empty");
        }
    }
}

fn check_parties(r: &mut Report, o: &Offering) {
    if o.parties.len() < 2 {
        r.err(
            "parties",
            "an offering needs at least two parties (provider and customer)",
        );
    }
    let mut party_ids = HashSet::new();
    for (i, p) in o.parties.iter().enumerate() {
        let path = format!("parties[{i}]");
        check_id(r, format!("{path}.id"), &p.id);
        if !party_ids.insert(&*p.id) {
            r.err(
                format!("{path}.id"),
                format!("duplicate party id `{}`", p.id),
            );
        }
        let mut role_ids = HashSet::new();
        for (j, role) in p.roles.iter().enumerate() {
            check_id(r, format!("{path}.roles[{j}].id"), &role.id);
            if !role_ids.insert(&*role.id) {
                r.err(
                    format!("{path}.roles[{j}].id"),
                    format!("duplicate role id `{}`", role.id),
                );
            }
        }
    }
}

/// The variant ids, after checking the dimension.
fn check_variant_dimension<'a>(r: &mut Report, o: &'a Offering) -> HashSet<&'a str> {
    let mut variant_ids = HashSet::new();
    let Some(dim) = &o.variants else {
        return variant_ids;
    };
    if dim.options.is_empty() {
        r.err(
            "variants.options",
            "a variant dimension needs at least one option",
        );
    }
    for (i, v) in dim.options.iter().enumerate() {
        check_id(r, format!("variants.options[{i}].id"), &v.id);
        if !variant_ids.insert(&*v.id) {
            r.err(
                format!("variants.options[{i}].id"),
                format!("duplicate variant id `{}`", v.id),
            );
        }
    }
    if let Some(inference) = &dim.inference {
        cell::check_inference(r, "variants.inference", inference);
    }
    variant_ids
}

/// Every entry of `list` must be a variant id.
fn check_variant_refs(r: &mut Report, variant_ids: &HashSet<&str>, path: &str, list: &[Text]) {
    for (k, v) in list.iter().enumerate() {
        if !variant_ids.contains(&**v) {
            r.err(
                format!("{path}[{k}]"),
                format!("unknown variant `{v}`{}", known(variant_ids)),
            );
        }
    }
}

/// The column ids, after checking the columns.
fn check_columns<'a>(
    r: &mut Report,
    o: &'a Offering,
    variant_ids: &HashSet<&str>,
) -> HashSet<&'a str> {
    if o.columns.is_empty() {
        r.err("columns", "an offering needs at least one column");
    }
    let mut column_ids = HashSet::new();
    for (i, c) in o.columns.iter().enumerate() {
        let path = format!("columns[{i}]");
        check_id(r, format!("{path}.id"), &c.id);
        if !column_ids.insert(&*c.id) {
            r.err(
                format!("{path}.id"),
                format!("duplicate column id `{}`", c.id),
            );
        }
        check_variant_refs(r, variant_ids, &format!("{path}.variants"), &c.variants);
        if c.split_by_party && c.kind == ColumnKind::Detail {
            r.err(
                format!("{path}.split_by_party"),
                "only responsibility columns can be split by party",
            );
        }
        if let Some(inference) = &c.inference {
            cell::check_inference(r, &format!("{path}.inference"), inference);
        }
    }
    if o.columns.iter().filter(|c| c.split_by_party).count() > 1 {
        r.err("columns", "at most one column can be split by party");
    }
    column_ids
}

fn check_sections(
    r: &mut Report,
    o: &Offering,
    variant_ids: &HashSet<&str>,
    column_ids: &HashSet<&str>,
) {
    if o.sections.is_empty() {
        r.err("sections", "an offering needs at least one section");
    }
    let cells = cell::CellRules::new(o, column_ids);
    let mut section_ids = HashSet::new();
    let mut row_ids = HashSet::new();
    for (si, s) in o.sections.iter().enumerate() {
        let spath = format!("sections[{si}]");
        check_id(r, format!("{spath}.id"), &s.id);
        if !section_ids.insert(&*s.id) {
            r.err(
                format!("{spath}.id"),
                format!("duplicate section id `{}`", s.id),
            );
        }
        check_variant_refs(r, variant_ids, &format!("{spath}.variants"), &s.variants);
        if s.rows.is_empty() {
            r.err(format!("{spath}.rows"), "a section needs at least one row");
        }
        for (ri, row) in s.rows.iter().enumerate() {
            let rpath = format!("{spath}.rows[{ri}]");
            if !row_ids.insert(&*row.id) {
                r.err(
                    format!("{rpath}.id"),
                    format!("duplicate row id `{}`", row.id),
                );
            }
            check_row(r, &rpath, s, row, variant_ids, &cells);
        }
    }
}

fn check_row(
    r: &mut Report,
    rpath: &str,
    s: &Section,
    row: &Row,
    variant_ids: &HashSet<&str>,
    cells: &cell::CellRules,
) {
    check_id(r, format!("{rpath}.id"), &row.id);
    if row.activity.trim().is_empty() {
        r.err(format!("{rpath}.activity"), "must not be empty");
    }
    check_variant_refs(r, variant_ids, &format!("{rpath}.variants"), &row.variants);
    if !s.variants.is_empty() {
        for (k, v) in row.variants.iter().enumerate() {
            if !s.variants.contains(v) {
                r.err(
                    format!("{rpath}.variants[{k}]"),
                    format!("variant `{v}` is not one of its section's variants"),
                );
            }
        }
    }
    if let Some(owner) = &row.owner_role {
        check_role_ref(r, &cells.parties, format!("{rpath}.owner_role"), owner);
    }
    cells.check_row_cells(r, rpath, row);
}

fn check_reference_tables(r: &mut Report, o: &Offering) {
    let mut table_ids = HashSet::new();
    for (ti, t) in o.reference_tables.iter().enumerate() {
        let tpath = format!("reference_tables[{ti}]");
        check_id(r, format!("{tpath}.id"), &t.id);
        if !table_ids.insert(&*t.id) {
            r.err(
                format!("{tpath}.id"),
                format!("duplicate reference table id `{}`", t.id),
            );
        }
        for (k, row) in t.rows.iter().enumerate() {
            if row.len() != t.headers.len() {
                r.err(
                    format!("{tpath}.rows[{k}]"),
                    format!(
                        "has {} cells but the table has {} headers",
                        row.len(),
                        t.headers.len()
                    ),
                );
            }
        }
    }
}

/// Checks a set of offerings together: each one, plus ids unique across them.
pub fn validate_all<'a>(
    offerings: impl IntoIterator<Item = (&'a str, &'a Offering)>,
) -> Result<(), Vec<ValidationError>> {
    let mut errors = Vec::new();
    let mut ids: Vec<(&str, &str)> = Vec::new();
    for (file, o) in offerings {
        if let Err(mut e) = validate_offering(file, o) {
            errors.append(&mut e);
        }
        if let Some((other, _)) = ids.iter().find(|(_, id)| *id == &*o.id) {
            errors.push(ValidationError {
                file: file.to_string(),
                path: "id".into(),
                reason: format!("duplicate offering id `{}` (also in {other})", o.id),
            });
        }
        ids.push((file, &o.id));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
