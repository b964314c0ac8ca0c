//! The whole matrix in our own schema (`data/schema.json`), pretty-printed.

use crate::model::Offering;

pub fn write(o: &Offering) -> Result<String, String> {
    serde_json::to_string_pretty(o)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| format!("cannot write JSON: {e}"))
}
