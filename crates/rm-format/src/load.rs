//! Parsing a matrix from JSON text: shape errors (with their JSON path) from
//! serde, then every rule in [`crate::validate`].
//!
//! Used by `build.rs` for `data/*.json` and, in the browser, for an embedder's
//! bring-your-own matrix: one parser and one rule set for both. Built-in data, validated at build time, goes through
//! [`deserialize`] only (the shape, not the rules again).

use crate::json_path::ErrorAt;
use crate::model::{Offering, Status};
use crate::shape::{check_vocabulary, contains_path, remove_at, Problem};
use crate::validate::{
    join_key, shorten, validate_as, Origin, ValidationError, MAX_PATH_CHARS, MAX_REASON_CHARS,
};

/// Parses and validates one supplied (bring-your-own) offering. `file` names
/// the source in errors.
pub fn parse_offering(file: &str, json: &str) -> Result<Offering, Vec<ValidationError>> {
    parse_as(file, json, Origin::Supplied)
}

/// Parses and validates one offering under the rules of its origin, reporting
/// every problem of the file at once: each shape problem (see [`crate::shape`])
/// and then every rule on what could be read.
pub fn parse_as(file: &str, json: &str, origin: Origin) -> Result<Offering, Vec<ValidationError>> {
    // serde quotes the offending value whole ("unknown variant `…`"): keep
    // reasons and paths short however big the value.
    let error = |(path, reason): Problem| ValidationError {
        file: file.to_string(),
        path: shorten(&path, MAX_PATH_CHARS),
        reason: shorten(&reason, MAX_REASON_CHARS),
    };
    let (offering, shape) = match deserialize(json) {
        Ok(o) => (o, Vec::new()),
        Err((path, inner)) => {
            let first = (path, first_reason(json, &inner));
            let syntax = matches!(ErrorAt::of(&inner), ErrorAt::Syntax | ErrorAt::Eof)
                && misread_type(json, &inner).is_none();
            if syntax {
                return Err(vec![error(first)]);
            }
            match read_on(json, first) {
                (Some(o), problems) => (o, problems),
                (None, problems) => return Err(problems.into_iter().map(error).collect()),
            }
        }
    };
    let mut errors: Vec<ValidationError> = shape.iter().cloned().map(error).collect();
    errors.extend(unit_status_fields(file, json, &offering));
    if let Err(found) = validate_as(file, &offering, origin) {
        // A rule broken only because a wrong value was taken out is not news.
        errors.extend(found.into_iter().filter(|e| {
            !shape
                .iter()
                .any(|(p, _)| contains_path(&e.path, p) || contains_path(p, &e.path))
        }));
    }
    if errors.is_empty() {
        Ok(offering)
    } else {
        Err(errors)
    }
}

/// How serde's first error is worded for the data author.
fn first_reason(json: &str, inner: &serde_json::Error) -> String {
    if let Some(found) = misread_type(json, inner) {
        format!(
            "invalid type: {found}, expected a string (one of this field's values) at line {} column {}",
            inner.line(),
            inner.column()
        )
    } else if inner.is_syntax() || inner.is_eof() {
        format!("malformed JSON: {inner}")
    } else {
        inner.to_string()
    }
}

/// At most this many shape problems are collected from one file.
const MAX_SHAPE_PROBLEMS: usize = 100;

/// After serde's first problem in `json` (well-formed JSON): every other shape
/// problem, by removing each offending value and reading again; and the
/// offering that remains, if one does.
fn read_on(json: &str, first: Problem) -> (Option<Offering>, Vec<Problem>) {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(json) else {
        return (None, vec![first]);
    };
    let vocabulary = check_vocabulary(&mut value);
    // A wrong vocabulary value is already mended; anything else is removed.
    let mut remove = (!vocabulary.iter().any(|(p, _)| *p == first.0)).then(|| first.0.clone());
    let mut problems = vec![first.clone()];
    problems.extend(vocabulary.into_iter().filter(|(p, _)| *p != first.0));
    let mut removed: Option<String> = None;
    // Once a removal leaves a required field missing, whole objects go, and
    // the rules would report what is gone (an unknown party…): only the shape
    // problems are then reported.
    let mut cascaded = false;
    for _ in 0..2 * MAX_SHAPE_PROBLEMS {
        if let Some(at) = remove.take() {
            if !remove_at(&mut value, &at) {
                return (None, problems);
            }
            removed = Some(at);
        }
        match deserialize(&value.to_string()) {
            Ok(o) => return ((!cascaded).then_some(o), problems),
            Err((path, e)) => {
                // Positions refer to our re-written text, not the file: drop them.
                let reason = e.to_string();
                let reason = reason
                    .split(" at line ")
                    .next()
                    .unwrap_or(&reason)
                    .to_string();
                // A field missing only because it was just removed is no news.
                let just_removed = reason.starts_with("missing field")
                    && removed
                        .as_deref()
                        .is_some_and(|r| path.is_empty() || contains_path(&path, r));
                cascaded |= just_removed;
                let consequence =
                    just_removed || problems.iter().any(|(p, _)| contains_path(&path, p));
                if !consequence && problems.len() < MAX_SHAPE_PROBLEMS {
                    problems.push((path.clone(), reason));
                }
                remove = Some(path);
            }
        }
    }
    (None, problems)
}

/// The JSON shape of an offering, without the rules of [`crate::validate`]:
/// for data that passed them at build time (the compiled-in catalog). One
/// deserialiser for both keeps one copy of the model's serde code in the wasm.
/// Errors are (JSON path, serde's error).
pub fn deserialize(json: &str) -> Result<Offering, (String, serde_json::Error)> {
    serde_json::from_str(json).map_err(|e| (crate::json_path::error_path(json, &e), e))
}

/// serde_json reports a non-string where an enum (a `kind`, a `domain`) is
/// expected as the syntax error "expected value", which would read as
/// "malformed JSON" for a well-formed file. When a JSON value does start at
/// the error's position, this names what was found there instead.
fn misread_type(json: &str, e: &serde_json::Error) -> Option<&'static str> {
    if !e.is_syntax() || !e.to_string().starts_with("expected value") {
        return None;
    }
    // The offending byte is the last one serde_json read.
    let at = crate::json_path::end_of_read(json, e)?.checked_sub(1)?;
    let rest = json.get(at..)?;
    let found = match rest.bytes().next()? {
        b'-' | b'0'..=b'9' => "a number",
        b'[' => "an array",
        _ if rest.starts_with("null") => "null",
        _ if rest.starts_with("true") || rest.starts_with("false") => "a boolean",
        _ => return None,
    };
    Some(found)
}

/// `Status` is internally tagged (`{"kind": …}`), and serde ignores every
/// other key of a unit variant even under `deny_unknown_fields`, so
/// `{"kind": "not-applicable", "columns": ["os"]}` would load and silently
/// drop `columns`. This rejects such keys as serde does for every other object.
fn unit_status_fields(file: &str, json: &str, offering: &Offering) -> Vec<ValidationError> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new(); // cannot happen: `json` is well-formed JSON
    };
    let mut errors = Vec::new();
    for (si, section) in offering.sections.iter().enumerate() {
        for (ri, row) in section.rows.iter().enumerate() {
            for entry in row.cells.iter() {
                let Some(status) = &entry.cell.status else {
                    continue;
                };
                if !matches!(
                    status,
                    Status::NotApplicable
                        | Status::No
                        | Status::CustomerSpecific
                        | Status::NotSpecified
                ) {
                    continue; // struct variants: serde enforces deny_unknown_fields
                }
                let object = &value["sections"][si]["rows"][ri]["cells"][&*entry.column]["status"];
                let Some(object) = object.as_object() else {
                    continue;
                };
                for key in object.keys().filter(|k| *k != "kind") {
                    let cell = join_key(&format!("sections[{si}].rows[{ri}].cells"), &entry.column);
                    let path = join_key(&format!("{cell}.status"), key);
                    let reason = format!(
                        "unknown field `{key}`: status `{}` takes no field but `kind`",
                        status.id()
                    );
                    errors.push(ValidationError {
                        file: file.to_string(),
                        path: shorten(&path, MAX_PATH_CHARS),
                        reason: shorten(&reason, MAX_REASON_CHARS),
                    });
                }
            }
        }
    }
    errors
}
