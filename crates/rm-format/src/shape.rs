//! Every shape problem of a file in one pass, not one per reload.
//!
//! serde stops at the first problem. Once a file is known to be wrong, this
//! finds every value outside the format's vocabulary (a domain, a qualifier, a
//! status kind…) with the values allowed there, then removes each offending
//! value and reads the file again, so the next problem shows too, and the
//! rules of [`crate::validate`] can still run on what remains. A problem that
//! only follows from an earlier removal (a field now missing) is not reported.

use crate::vocab::{
    allowed, Domain, Qualifier, COLUMN_KINDS, NOTE_KINDS, PARTY_KINDS, STATUS_KINDS,
};
use serde_json::{Map, Value};

/// One problem: (JSON path, reason).
pub(crate) type Problem = (String, String);

/// Checks every vocabulary value of `value` and removes the wrong ones (a
/// required one, a party's `kind`, is set to an allowed value instead).
pub(crate) fn check_vocabulary(value: &mut Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let domains: Vec<&'static str> = Domain::ALL.iter().map(|d| d.id()).collect();
    let qualifiers: Vec<&'static str> = Qualifier::ALL.iter().map(|q| q.id()).collect();
    let p = check_enum;
    if let Value::Object(o) = value {
        for (k, note) in each_in(o, "notes") {
            p(
                &mut problems,
                format!("notes[{k}].kind"),
                note,
                "kind",
                &NOTE_KINDS,
                false,
            );
        }
    }
    for (i, party) in each(value, "parties") {
        p(
            &mut problems,
            format!("parties[{i}].kind"),
            party,
            "kind",
            &PARTY_KINDS,
            true,
        );
    }
    for (i, column) in each(value, "columns") {
        p(
            &mut problems,
            format!("columns[{i}].kind"),
            column,
            "kind",
            &COLUMN_KINDS,
            false,
        );
    }
    for (ti, table) in each(value, "reference_tables") {
        let path = format!("reference_tables[{ti}]");
        for (k, note) in each_in(table, "notes") {
            p(
                &mut problems,
                format!("{path}.notes[{k}].kind"),
                note,
                "kind",
                &NOTE_KINDS,
                false,
            );
        }
    }
    for (si, section) in each(value, "sections") {
        let spath = format!("sections[{si}]");
        for (k, note) in each_in(section, "notes") {
            p(
                &mut problems,
                format!("{spath}.notes[{k}].kind"),
                note,
                "kind",
                &NOTE_KINDS,
                false,
            );
        }
        let Some(Value::Array(rows)) = section.get_mut("rows") else {
            continue;
        };
        for (ri, row) in rows.iter_mut().enumerate() {
            let Value::Object(row) = row else { continue };
            let rpath = format!("{spath}.rows[{ri}]");
            p(
                &mut problems,
                format!("{rpath}.domain"),
                row,
                "domain",
                &domains,
                false,
            );
            for (k, note) in each_in(row, "notes") {
                p(
                    &mut problems,
                    format!("{rpath}.notes[{k}].kind"),
                    note,
                    "kind",
                    &NOTE_KINDS,
                    false,
                );
            }
            let Some(Value::Object(cells)) = row.get_mut("cells") else {
                continue;
            };
            for (column, cell) in cells.iter_mut() {
                let Value::Object(cell) = cell else { continue };
                let cpath = crate::validate::join_key(&format!("{rpath}.cells"), column);
                if let Some(Value::Object(status)) = cell.get("status") {
                    let kind = status.get("kind");
                    if let Some(kind) =
                        kind.filter(|k| !k.as_str().is_some_and(|s| STATUS_KINDS.contains(&s)))
                    {
                        problems.push((
                            format!("{cpath}.status.kind"),
                            wrong_value(kind, &STATUS_KINDS),
                        ));
                        cell.remove("status");
                    }
                }
                for (ai, assignment) in each_in(cell, "assign") {
                    let apath = format!("{cpath}.assign[{ai}]");
                    let Some(Value::Array(list)) = assignment.get_mut("qualifiers") else {
                        continue;
                    };
                    let mut keep = Vec::new();
                    for (qi, q) in list.drain(..).enumerate() {
                        if q.as_str().is_some_and(|s| qualifiers.contains(&s)) {
                            keep.push(q);
                        } else {
                            problems.push((
                                format!("{apath}.qualifiers[{qi}]"),
                                wrong_value(&q, &qualifiers),
                            ));
                        }
                    }
                    *list = keep;
                }
            }
        }
    }
    problems
}

/// Checks `parent[key]` against `ok`; a wrong value is removed, or set to the
/// first allowed value when `required`.
fn check_enum(
    problems: &mut Vec<Problem>,
    path: String,
    parent: &mut Map<String, Value>,
    key: &str,
    ok: &[&'static str],
    required: bool,
) {
    let Some(v) = parent.get(key) else { return };
    if v.as_str().is_some_and(|s| ok.contains(&s)) {
        return;
    }
    problems.push((path, wrong_value(v, ok)));
    if required {
        parent.insert(key.to_string(), Value::String(ok[0].to_string()));
    } else {
        parent.remove(key);
    }
}

/// The objects of the array `key` of the top-level object, with their index.
fn each<'a>(value: &'a mut Value, key: &str) -> Vec<(usize, &'a mut Map<String, Value>)> {
    match value {
        Value::Object(o) => each_in(o, key),
        _ => Vec::new(),
    }
}

/// The objects of the array `key` of `object`, with their index.
fn each_in<'a>(
    object: &'a mut Map<String, Value>,
    key: &str,
) -> Vec<(usize, &'a mut Map<String, Value>)> {
    match object.get_mut(key) {
        Some(Value::Array(items)) => items
            .iter_mut()
            .enumerate()
            .filter_map(|(i, v)| match v {
                Value::Object(o) => Some((i, o)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// serde's wording for a wrong enum value, with every allowed value.
fn wrong_value(v: &Value, ok: &[&'static str]) -> String {
    let expected = match ok {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => format!("one of {}", allowed(ok.iter().copied())),
    };
    match v {
        Value::String(s) => format!("unknown variant `{s}`, expected {expected}"),
        other => format!(
            "invalid type: {}, expected a string: {expected}",
            kind_of(other)
        ),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Removes the value at `path` (as `json_path` writes paths); false when
/// there is nothing there to remove.
pub(crate) fn remove_at(value: &mut Value, path: &str) -> bool {
    let Some(steps) = parse_path(path) else {
        return false;
    };
    let Some((last, parents)) = steps.split_last() else {
        return false;
    };
    let mut at = value;
    for step in parents {
        let next = match (step, at) {
            (Step::Key(k), Value::Object(o)) => o.get_mut(k),
            (Step::Index(i), Value::Array(a)) => a.get_mut(*i),
            _ => None,
        };
        let Some(next) = next else { return false };
        at = next;
    }
    match (last, at) {
        (Step::Key(k), Value::Object(o)) => o.remove(k).is_some(),
        (Step::Index(i), Value::Array(a)) if *i < a.len() => {
            a.remove(*i);
            true
        }
        _ => false,
    }
}

enum Step {
    Key(String),
    Index(usize),
}

/// `a.b[2]["c.d"]` → keys and indices.
fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            rest = r;
        } else if rest.starts_with("[\"") {
            // A quoted key: a JSON string up to the closing `"]`.
            let mut de = serde_json::Deserializer::from_str(&rest[1..]).into_iter::<String>();
            let key = de.next()?.ok()?;
            let used = de.byte_offset();
            rest = rest[1 + used..].strip_prefix(']')?;
            steps.push(Step::Key(key));
            continue;
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            steps.push(Step::Index(r[..end].parse().ok()?));
            rest = &r[end + 1..];
            continue;
        }
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        steps.push(Step::Key(rest[..end].to_string()));
        rest = &rest[end..];
    }
    Some(steps)
}

/// Whether `a` is `b` or contains it (`cells.x` contains `cells.x.status`).
pub(crate) fn contains_path(a: &str, b: &str) -> bool {
    !a.is_empty()
        && (b == a
            || b.strip_prefix(a)
                .is_some_and(|r| r.starts_with('.') || r.starts_with('[')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_the_value_a_path_names() {
        let mut v: Value = serde_json::json!({
            "sections": [{ "rows": [{ "cells": { "a.b": { "status": { "kind": "x" } } } }] }]
        });
        assert!(remove_at(
            &mut v,
            r#"sections[0].rows[0].cells["a.b"].status"#
        ));
        assert_eq!(
            v["sections"][0]["rows"][0]["cells"]["a.b"],
            serde_json::json!({})
        );
        assert!(!remove_at(&mut v, "sections[3]"), "nothing there");
        assert!(!remove_at(&mut v, ""), "the whole file is never removed");
        assert!(remove_at(&mut v, "sections[0]"));
        assert_eq!(v["sections"], serde_json::json!([]));
    }

    #[test]
    fn a_path_contains_the_paths_below_it() {
        assert!(contains_path("cells.x", "cells.x"));
        assert!(contains_path("cells.x", "cells.x.status.kind"));
        assert!(contains_path("rows", "rows[0]"));
        assert!(!contains_path("cells.x", "cells.xy"));
        assert!(!contains_path("", "id"));
    }

    #[test]
    fn wrong_values_are_named_with_the_allowed_ones_and_mended() {
        let mut v: Value = serde_json::json!({
            "parties": [{ "kind": "vendor" }],
            "sections": [{ "rows": [{ "domain": 7, "cells": { "c": {
                "assign": [{ "qualifiers": ["fee", "often"] }]
            } } }] }]
        });
        let problems = check_vocabulary(&mut v);
        assert_eq!(
            problems,
            [
                (
                    "parties[0].kind".to_string(),
                    "unknown variant `vendor`, expected one of `provider`, `customer`, `third-party`".to_string()
                ),
                (
                    "sections[0].rows[0].domain".to_string(),
                    format!("invalid type: a number, expected a string: one of {}", allowed(Domain::ALL.iter().map(|d| d.id())))
                ),
                (
                    "sections[0].rows[0].cells.c.assign[0].qualifiers[1]".to_string(),
                    format!("unknown variant `often`, expected one of {}", allowed(Qualifier::ALL.iter().map(|q| q.id())))
                ),
            ]
        );
        assert_eq!(v["parties"][0]["kind"], "provider");
        assert!(v["sections"][0]["rows"][0].get("domain").is_none());
        assert_eq!(
            v["sections"][0]["rows"][0]["cells"]["c"]["assign"][0]["qualifiers"],
            serde_json::json!(["fee"])
        );
    }
}
