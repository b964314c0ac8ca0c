//! OSCAL JSON: a system security plan's `control-implementation` or a
//! component definition's `control-implementations`, read as one row per
//! implemented requirement (or per statement when it has statements). Who
//! holds a row follows from which statements exist: `provided` only → the
//! provider, `responsibilities` only → the customer, both → shared. The
//! OSCAL `description` texts are kept as the cell's source text.
//!
//! Our writer adds `props` in the [`NS`] namespace (activity, section,
//! domain) so a written file reads back to the same rows; files without them
//! get the activity from the control id and the section from its family,
//! and each such naming is listed as a reading.

use super::offering::Builder;
use super::{Grid, ImportOptions, PartyBook};
use crate::model::{Assignment, Cell, CellEntry, Column, ColumnKind, Offering, Status};
use crate::validate::ValidationError;
use serde_json::Value;
use std::borrow::Cow;

/// The namespace of the props our writer adds.
pub const NS: &str = "https://responsibility-matrix.example/ns/oscal";
/// The one column an OSCAL file fills.
pub const COLUMN: &str = "responsibility";
/// JSON deeper than this is refused before parsing (OSCAL needs about 12).
pub const MAX_DEPTH: usize = 64;

pub fn import(
    file: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    if let Some(depth) = too_deep(text) {
        return Err(super::error(file, "", format!("the JSON nests deeper than {MAX_DEPTH} levels (at least {depth}); an OSCAL file needs far fewer")));
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        super::error(
            file,
            format!("line {}, column {}", e.line(), e.column()),
            format!("not valid JSON: {e}"),
        )
    })?;
    let (root, kind) = if let Some(ssp) = doc.get("system-security-plan") {
        (ssp, "system-security-plan")
    } else if let Some(cd) = doc.get("component-definition") {
        (cd, "component-definition")
    } else {
        return Err(super::error(
            file,
            "$",
            "neither “system-security-plan” nor “component-definition” at the top",
        ));
    };
    let mut requirements: Vec<(String, &Value)> = Vec::new();
    if kind == "system-security-plan" {
        let list = root
            .pointer("/control-implementation/implemented-requirements")
            .and_then(Value::as_array);
        let Some(list) = list else {
            return Err(super::error(
                file,
                "$.system-security-plan.control-implementation.implemented-requirements",
                "missing or not a list",
            ));
        };
        for (i, r) in list.iter().enumerate() {
            requirements.push((
                format!(
                    "$.system-security-plan.control-implementation.implemented-requirements[{i}]"
                ),
                r,
            ));
        }
    } else {
        let comps = root
            .get("components")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for (c, comp) in comps.iter().enumerate() {
            let impls = comp
                .get("control-implementations")
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            for (k, ci) in impls.iter().enumerate() {
                let reqs = ci
                    .get("implemented-requirements")
                    .and_then(Value::as_array)
                    .map_or(&[][..], Vec::as_slice);
                for (i, r) in reqs.iter().enumerate() {
                    requirements.push((format!("$.component-definition.components[{c}].control-implementations[{k}].implemented-requirements[{i}]"), r));
                }
            }
        }
    }
    if requirements.is_empty() {
        return Err(super::error(
            file,
            format!("$.{kind}"),
            "no implemented requirements",
        ));
    }
    let grid = Grid {
        format: format!("OSCAL {kind}"),
        ..Grid::default()
    };
    let mut b = Builder::new(file, options, &grid);
    let mut book = PartyBook::new(options);
    // The names the reader chose, as they wrote them (OSCAL names no parties).
    for name in [&options.provider, &options.customer].into_iter().flatten() {
        book.find_or_add(name, false);
    }
    let (provider, customer) = book.provider_and_customer();
    b.reading("OSCAL “provided” statements are read as the provider's part, “responsibilities” as the customer's; both on one row make it shared.".into());
    let mut named_from_control = 0;
    let mut errors = Vec::new();
    for (path, req) in requirements {
        let Some(control) = req
            .get("control-id")
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
        else {
            errors.push(ValidationError {
                file: file.into(),
                path: format!("{path}.control-id"),
                reason: "missing or blank".into(),
            });
            continue;
        };
        let statements = req
            .get("statements")
            .and_then(Value::as_array)
            .filter(|s| !s.is_empty());
        let units: Vec<(Option<&str>, &Value)> = match statements {
            Some(list) => list
                .iter()
                .map(|s| (s.get("statement-id").and_then(Value::as_str), s))
                .collect(),
            None => vec![(None, req)],
        };
        for (statement, unit) in units {
            let prop = |name: &str| prop(unit, name).or_else(|| prop(req, name));
            let (activity, id) = match (prop("activity"), statement) {
                (Some(a), _) => (a.to_string(), prop("row-id").unwrap_or(control).to_string()),
                (None, Some(st)) => {
                    named_from_control += 1;
                    (format!("{} {st}", control.to_uppercase()), st.to_string())
                }
                (None, None) => {
                    named_from_control += 1;
                    (control.to_uppercase(), control.to_string())
                }
            };
            let family: String = control
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_uppercase();
            let section_title = prop("section").map(str::to_string).unwrap_or_else(|| {
                if family.is_empty() {
                    "Controls".into()
                } else {
                    family.clone()
                }
            });
            let section = b.section(&section_title, prop("section-id").unwrap_or(""), "", "");
            let cell = holders(unit, &provider, &customer);
            let domain = prop("domain").unwrap_or("");
            let entry = CellEntry {
                column: Cow::Borrowed(COLUMN),
                cell,
            };
            if let Err(reason) = b.row(
                section,
                &id,
                &activity,
                domain,
                "",
                "",
                "",
                vec![entry],
                &mut book,
            ) {
                errors.push(ValidationError {
                    file: file.into(),
                    path,
                    reason,
                });
                break;
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if named_from_control > 0 {
        b.reading(format!("{named_from_control} rows have no activity text of ours; each is named by its control id (and statement id), its section by the control family."));
    }
    let column = Column {
        inference: None,
        id: Cow::Borrowed(COLUMN),
        label: Cow::Borrowed("Responsibility"),
        source_label: None,
        description: Some(Cow::Borrowed(
            "From the OSCAL provided / responsibility statements",
        )),
        kind: ColumnKind::Responsibility,
        split_by_party: false,
        variants: Cow::Borrowed(&[]),
    };
    b.finish(book, vec![column])
        .map_err(|reason| super::error(file, "", reason))
}

/// Who holds one requirement or statement, from its by-components' exports
/// (or its own `export`, as a component definition may write it).
fn holders(unit: &Value, provider: &str, customer: &str) -> Cell {
    let mut provided = Vec::new();
    let mut responsible = Vec::new();
    let owners: Vec<&Value> = match unit.get("by-components").and_then(Value::as_array) {
        Some(list) => list.iter().collect(),
        None => vec![unit],
    };
    for owner in owners {
        let export = owner.get("export");
        let texts = |key: &str| -> Vec<String> {
            export
                .and_then(|e| e.get(key))
                .and_then(Value::as_array)
                .map_or(Vec::new(), |l| {
                    l.iter()
                        .map(|s| {
                            s.get("description")
                                .and_then(Value::as_str)
                                .unwrap_or("")
                                .to_string()
                        })
                        .collect()
                })
        };
        provided.extend(texts("provided"));
        responsible.extend(texts("responsibilities"));
    }
    let mut source = Vec::new();
    source.extend(
        provided
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!("Provided: {t}")),
    );
    source.extend(
        responsible
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!("Responsibility: {t}")),
    );
    let assign = |party: &str| Assignment {
        party: Cow::Owned(party.to_string()),
        raci: None,
        role: None,
        qualifiers: Cow::Borrowed(&[]),
        with: None,
        note: None,
    };
    let (assign, status, reading) = match (provided.is_empty(), responsible.is_empty()) {
        (false, true) => (
            vec![assign(provider)],
            None,
            "Only “provided” statements: read as the provider's.",
        ),
        (true, false) => (
            vec![assign(customer)],
            None,
            "Only “responsibilities” statements: read as the customer's.",
        ),
        (false, false) => (
            vec![assign(provider), assign(customer)],
            None,
            "Both “provided” and “responsibilities” statements: read as shared.",
        ),
        (true, true) => (
            Vec::new(),
            Some(Status::NotSpecified),
            "No provided or responsibility statement: nobody is named.",
        ),
    };
    Cell {
        inference: None,
        assign: Cow::Owned(assign),
        status,
        text: None,
        source_text: Cow::Owned(source.join("\n")),
        reading: Some(Cow::Borrowed(reading)),
        note: None,
    }
}

/// The value of our prop `name` on `v`.
fn prop<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
    v.get("props")?
        .as_array()?
        .iter()
        .find(|p| {
            p.get("ns").and_then(Value::as_str) == Some(NS)
                && p.get("name").and_then(Value::as_str) == Some(name)
        })
        .and_then(|p| p.get("value"))
        .and_then(Value::as_str)
}

/// The nesting depth reached when it passes [`MAX_DEPTH`], counted outside strings.
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(depth);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}
