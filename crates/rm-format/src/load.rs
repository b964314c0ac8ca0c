//! Parsing a matrix from JSON text: shape errors (with their JSON path) from
//! serde, then every rule in [`crate::validate`].
//!
//! Used by `build.rs` for `data/*.json` and, in the browser, for an embedder's
//! bring-your-own matrix ([`crate::embed::load_matrix`]): one parser and one
//! rule set for both. Built-in data, validated at build time, goes through
//! [`deserialize`] only (the shape, not the rules again).

use crate::model::{Offering, Status};
use crate::validate::{
    join_key, shorten, validate_offering, ValidationError, MAX_PATH_CHARS, MAX_REASON_CHARS,
};

/// Parses and validates one offering. `file` names the source in errors.
pub fn parse_offering(file: &str, json: &str) -> Result<Offering, Vec<ValidationError>> {
    // serde quotes the offending value whole ("unknown variant `…`"): keep
    // reasons and paths short however big the value.
    let error = |path: String, reason: String| {
        vec![ValidationError {
            file: file.to_string(),
            path: shorten(&path, MAX_PATH_CHARS),
            reason: shorten(&reason, MAX_REASON_CHARS),
        }]
    };
    let offering = deserialize(json).map_err(|(path, inner)| {
        let reason = if let Some(found) = misread_type(json, &inner) {
            format!(
                "invalid type: {found}, expected a string (one of this field's values) at line {} column {}",
                inner.line(),
                inner.column()
            )
        } else if inner.is_syntax() || inner.is_eof() {
            format!("malformed JSON: {inner}")
        } else {
            inner.to_string()
        };
        error(path, reason)
    })?;
    check_unit_status_fields(file, json, &offering)?;
    validate_offering(file, &offering)?;
    Ok(offering)
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
fn check_unit_status_fields(
    file: &str,
    json: &str,
    offering: &Offering,
) -> Result<(), Vec<ValidationError>> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return Ok(()); // cannot happen: `json` just deserialised as an Offering
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
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
