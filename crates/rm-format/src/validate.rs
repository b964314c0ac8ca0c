//! Every rule a matrix must satisfy beyond its JSON shape, stated once.
//!
//! `build.rs` runs these on `data/*.json` (a failure stops the build); the app
//! will run the same rules on a bring-your-own matrix at run time. Each error
//! names the file, the JSON path and the reason, so a data author can fix it
//! without reading code.

use crate::model::{Column, ColumnKind, Offering, Party, Status};
use std::collections::{HashMap, HashSet};
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
struct Report<'a> {
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
const MAX_KNOWN: usize = 12;

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

/// Checks one offering; returns every problem found, not just the first.
pub fn validate_offering(file: &str, o: &Offering) -> Result<(), Vec<ValidationError>> {
    let mut r = Report {
        file,
        errors: Vec::new(),
    };

    check_id(&mut r, "id", &o.id);
    for (field, value) in [
        ("title", &o.title),
        ("provider", &o.provider),
        ("summary", &o.summary),
    ] {
        if value.trim().is_empty() {
            r.err(field, "must not be empty");
        }
    }
    if o.source.title.trim().is_empty() {
        r.err("source.title", "must not be empty");
    }

    // Parties and their roles.
    if o.parties.len() < 2 {
        r.err(
            "parties",
            "an offering needs at least two parties (provider and customer)",
        );
    }
    let mut party_ids = HashSet::new();
    for (i, p) in o.parties.iter().enumerate() {
        let path = format!("parties[{i}]");
        check_id(&mut r, format!("{path}.id"), &p.id);
        if !party_ids.insert(&*p.id) {
            r.err(
                format!("{path}.id"),
                format!("duplicate party id `{}`", p.id),
            );
        }
        let mut role_ids = HashSet::new();
        for (j, role) in p.roles.iter().enumerate() {
            check_id(&mut r, format!("{path}.roles[{j}].id"), &role.id);
            if !role_ids.insert(&*role.id) {
                r.err(
                    format!("{path}.roles[{j}].id"),
                    format!("duplicate role id `{}`", role.id),
                );
            }
        }
    }

    // Variants.
    let mut variant_ids = HashSet::new();
    if let Some(dim) = &o.variants {
        if dim.options.is_empty() {
            r.err(
                "variants.options",
                "a variant dimension needs at least one option",
            );
        }
        for (i, v) in dim.options.iter().enumerate() {
            check_id(&mut r, format!("variants.options[{i}].id"), &v.id);
            if !variant_ids.insert(&*v.id) {
                r.err(
                    format!("variants.options[{i}].id"),
                    format!("duplicate variant id `{}`", v.id),
                );
            }
        }
    }
    let check_variants = |r: &mut Report, path: String, list: &[crate::model::Text]| {
        for (k, v) in list.iter().enumerate() {
            if !variant_ids.contains(&**v) {
                r.err(
                    format!("{path}[{k}]"),
                    format!("unknown variant `{v}`{}", known(&variant_ids)),
                );
            }
        }
    };

    // Columns.
    if o.columns.is_empty() {
        r.err("columns", "an offering needs at least one column");
    }
    let mut column_ids = HashSet::new();
    for (i, c) in o.columns.iter().enumerate() {
        let path = format!("columns[{i}]");
        check_id(&mut r, format!("{path}.id"), &c.id);
        if !column_ids.insert(&*c.id) {
            r.err(
                format!("{path}.id"),
                format!("duplicate column id `{}`", c.id),
            );
        }
        check_variants(&mut r, format!("{path}.variants"), &c.variants);
        if c.split_by_party && c.kind == ColumnKind::Detail {
            r.err(
                format!("{path}.split_by_party"),
                "only responsibility columns can be split by party",
            );
        }
    }
    if o.columns.iter().filter(|c| c.split_by_party).count() > 1 {
        r.err("columns", "at most one column can be split by party");
    }

    // The first column of each id, as `Offering::column` finds it.
    let mut columns_by_id: HashMap<&str, &Column> = HashMap::new();
    for c in o.columns.iter() {
        columns_by_id.entry(&*c.id).or_insert(c);
    }
    let known_columns = known(&column_ids);
    let parties = Parties::new(o);

    // Sections and rows.
    let mut section_ids = HashSet::new();
    let mut row_ids = HashSet::new();
    for (si, s) in o.sections.iter().enumerate() {
        let spath = format!("sections[{si}]");
        check_id(&mut r, format!("{spath}.id"), &s.id);
        if !section_ids.insert(&*s.id) {
            r.err(
                format!("{spath}.id"),
                format!("duplicate section id `{}`", s.id),
            );
        }
        check_variants(&mut r, format!("{spath}.variants"), &s.variants);
        if s.rows.is_empty() {
            r.err(format!("{spath}.rows"), "a section needs at least one row");
        }
        for (ri, row) in s.rows.iter().enumerate() {
            let rpath = format!("{spath}.rows[{ri}]");
            check_id(&mut r, format!("{rpath}.id"), &row.id);
            if !row_ids.insert(&*row.id) {
                r.err(
                    format!("{rpath}.id"),
                    format!("duplicate row id `{}`", row.id),
                );
            }
            if row.activity.trim().is_empty() {
                r.err(format!("{rpath}.activity"), "must not be empty");
            }
            check_variants(&mut r, format!("{rpath}.variants"), &row.variants);
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
                check_role_ref(&mut r, &parties, format!("{rpath}.owner_role"), owner);
            }

            // Exactly one cell per column, in no particular order. Sets and
            // maps keep this linear for wide bring-your-own files.
            let cell_columns: HashSet<&str> = row.cells.iter().map(|e| &*e.column).collect();
            for c in o.columns.iter() {
                if !cell_columns.contains(&*c.id) {
                    r.err(
                        format!("{rpath}.cells"),
                        format!("missing a cell for column `{}`", c.id),
                    );
                }
            }
            for entry in row.cells.iter() {
                let cpath = join_key(&format!("{rpath}.cells"), &entry.column);
                let Some(column) = columns_by_id.get(&*entry.column) else {
                    r.err(
                        cpath,
                        format!("unknown column `{}`{known_columns}", entry.column),
                    );
                    continue;
                };
                check_cell(
                    &mut r,
                    &cpath,
                    column.kind,
                    &entry.cell,
                    &column_ids,
                    &known_columns,
                    &parties,
                );
            }
        }
    }
    if o.sections.is_empty() {
        r.err("sections", "an offering needs at least one section");
    }

    // Reference tables.
    let mut table_ids = HashSet::new();
    for (ti, t) in o.reference_tables.iter().enumerate() {
        let tpath = format!("reference_tables[{ti}]");
        check_id(&mut r, format!("{tpath}.id"), &t.id);
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

    if r.errors.is_empty() {
        Ok(())
    } else {
        Err(r.errors)
    }
}

#[allow(clippy::too_many_arguments)]
fn check_cell(
    r: &mut Report,
    path: &str,
    kind: ColumnKind,
    cell: &crate::model::Cell,
    column_ids: &HashSet<&str>,
    known_columns: &str,
    parties: &Parties,
) {
    let forms = [
        !cell.assign.is_empty(),
        cell.status.is_some(),
        cell.text.is_some(),
    ];
    match forms.iter().filter(|f| **f).count() {
        0 => r.err(path, "a cell needs one of `assign`, `status` or `text` (a blank source cell is status `not-specified`)"),
        1 => {}
        _ => r.err(path, "a cell has exactly one of `assign`, `status` or `text`"),
    }
    match kind {
        ColumnKind::Responsibility if cell.text.is_some() => r.err(
            format!("{path}.text"),
            "responsibility columns take `assign` or `status`, not `text`",
        ),
        ColumnKind::Detail if !cell.assign.is_empty() => r.err(
            format!("{path}.assign"),
            "detail columns take `text` or `status`, not `assign`",
        ),
        _ => {}
    }
    match &cell.status {
        Some(Status::NotSpecified) if !cell.source_text.trim().is_empty() => r.err(
            format!("{path}.source_text"),
            "status `not-specified` is for blank source cells, but source_text is not blank",
        ),
        Some(Status::SameAs { columns }) => {
            if columns.is_empty() {
                r.err(
                    format!("{path}.status.columns"),
                    "`same-as` needs at least one column",
                );
            }
            for (k, c) in columns.iter().enumerate() {
                if !column_ids.contains(&**c) {
                    r.err(
                        format!("{path}.status.columns[{k}]"),
                        format!("unknown column `{c}`{known_columns}"),
                    );
                }
            }
        }
        _ => {}
    }
    let mut seen = HashSet::new();
    for (ai, a) in cell.assign.iter().enumerate() {
        let apath = format!("{path}.assign[{ai}]");
        if parties.get(&a.party).is_none() {
            r.err(
                format!("{apath}.party"),
                format!("unknown party `{}`{}", a.party, parties.known),
            );
        }
        if !seen.insert(&*a.party) {
            r.err(
                format!("{apath}.party"),
                format!("party `{}` is assigned twice in one cell", a.party),
            );
        }
        if let Some(letters) = &a.raci {
            check_raci(r, format!("{apath}.raci"), letters);
        }
        if let Some(role) = &a.role {
            match parties.get(&a.party) {
                Some(p) if p.roles.iter().any(|x| x.id == *role) => {}
                Some(_) => r.err(
                    format!("{apath}.role"),
                    format!("party `{}` has no role `{role}`", a.party),
                ),
                None => {}
            }
        }
        let coordinated = a.qualifiers.contains(&crate::model::Qualifier::Coordinated);
        match (&a.with, coordinated) {
            (Some(w), true) => {
                if parties.get(w).is_none() {
                    r.err(
                        format!("{apath}.with"),
                        format!("unknown party `{w}`{}", parties.known),
                    );
                } else if *w == a.party {
                    r.err(
                        format!("{apath}.with"),
                        "a party cannot coordinate with itself",
                    );
                }
            }
            (Some(_), false) => r.err(
                format!("{apath}.with"),
                "`with` needs the qualifier `coordinated`",
            ),
            (None, true) => r.err(
                format!("{apath}.qualifiers"),
                "`coordinated` needs `with` (the other party)",
            ),
            (None, false) => {}
        }
        let mut quals = HashSet::new();
        for (qi, q) in a.qualifiers.iter().enumerate() {
            if !quals.insert(*q) {
                r.err(
                    format!("{apath}.qualifiers[{qi}]"),
                    format!("qualifier `{}` repeated", q.id()),
                );
            }
        }
    }
}

/// RACI letters: a non-empty subset of R, A, C, I, each at most once.
pub fn check_raci_letters(letters: &str) -> Result<(), String> {
    if letters.is_empty() {
        return Err("RACI letters must not be empty (omit `raci` for a plain tick)".into());
    }
    let mut seen = String::new();
    for ch in letters.chars() {
        if !matches!(ch, 'R' | 'A' | 'C' | 'I') {
            return Err(format!(
                "RACI letter `{ch}` in `{letters}` is not one of R, A, C, I"
            ));
        }
        if seen.contains(ch) {
            return Err(format!("RACI letter `{ch}` repeated in `{letters}`"));
        }
        seen.push(ch);
    }
    Ok(())
}

fn check_raci(r: &mut Report, path: String, letters: &str) {
    if let Err(reason) = check_raci_letters(letters) {
        r.err(path, reason);
    }
}

fn check_role_ref(r: &mut Report, parties: &Parties, path: String, reference: &str) {
    let Some((party, role)) = reference.split_once('/') else {
        r.err(path, format!("`{reference}` should be `party/role`"));
        return;
    };
    match parties.get(party) {
        None => r.err(path, format!("unknown party `{party}`{}", parties.known)),
        Some(p) if !p.roles.iter().any(|x| x.id == role) => {
            r.err(path, format!("party `{party}` has no role `{role}`"))
        }
        Some(_) => {}
    }
}

fn check_id(r: &mut Report, path: impl Into<String>, id: &str) {
    if !is_valid_id(id) {
        r.err(
            path,
            format!("id `{id}` must be lower-case letters, digits and single hyphens (at most 64)"),
        );
    }
}

fn known(ids: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = ids.iter().copied().collect();
    v.sort_unstable();
    if v.is_empty() {
        " (none are defined)".into()
    } else if v.len() > MAX_KNOWN {
        let more = v.len() - MAX_KNOWN;
        v.truncate(MAX_KNOWN);
        let listed: Vec<String> = v.iter().map(|id| shorten(id, 40)).collect();
        format!(" (known: {} and {more} more)", listed.join(", "))
    } else {
        let listed: Vec<String> = v.iter().map(|id| shorten(id, 40)).collect();
        format!(" (known: {})", listed.join(", "))
    }
}

/// The offering's parties by id (the first of each id, as `Offering::party`
/// finds it) and their "(known: …)" list, built once: a file with many
/// parties and many references stays linear.
struct Parties<'a> {
    by_id: HashMap<&'a str, &'a Party>,
    known: String,
}

impl<'a> Parties<'a> {
    fn new(o: &'a Offering) -> Self {
        let mut by_id = HashMap::new();
        for p in o.parties.iter() {
            by_id.entry(&*p.id).or_insert(p);
        }
        let ids: HashSet<&str> = by_id.keys().copied().collect();
        Parties {
            known: known(&ids),
            by_id,
        }
    }
    fn get(&self, id: &str) -> Option<&'a Party> {
        self.by_id.get(id).copied()
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
