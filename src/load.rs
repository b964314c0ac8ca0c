//! Parsing a matrix from JSON text: shape errors (with their JSON path) from
//! serde, then every rule in [`crate::validate`].
//!
//! Used by `build.rs` for `data/*.json` and by native tests; the shipped wasm
//! reads built-in data from compiled statics and never parses JSON for it.

use crate::model::Offering;
use crate::validate::{validate_offering, ValidationError};

/// Parses and validates one offering. `file` names the source in errors.
pub fn parse_offering(file: &str, json: &str) -> Result<Offering, Vec<ValidationError>> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let offering: Offering = serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let reason = if inner.is_syntax() || inner.is_eof() {
            format!("malformed JSON: {inner}")
        } else {
            inner.to_string()
        };
        vec![ValidationError {
            file: file.to_string(),
            path: if path == "." { String::new() } else { path },
            reason,
        }]
    })?;
    validate_offering(file, &offering)?;
    Ok(offering)
}
