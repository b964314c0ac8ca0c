//! The spreadsheet module of the widget: an XLSX or ODS file read into the
//! grid the core's table importer reads, answered as JSON.
//!
//! Built on its own for `wasm32-unknown-unknown` by scripts/post-build.mjs
//! (wasm-bindgen, wasm-opt), so calamine and zip stay out of the core module;
//! `js/sheet-reader.js` imports it the first time a reader opens a spreadsheet.

use rm_format::import::{sheet, Format};
use wasm_bindgen::prelude::*;

/// The answer for one spreadsheet: `{"grid": …}`, or `{"errors": [{path, reason}]}`.
#[wasm_bindgen]
pub fn import_sheet(name: &str, bytes: &[u8]) -> String {
    let format = match Format::guess(name, bytes) {
        Format::Ods => Format::Ods,
        _ => Format::Xlsx,
    };
    let answer = match sheet::read_grid(name, bytes, format, None) {
        Ok(grid) => serde_json::json!({ "grid": grid }),
        Err(errors) => serde_json::json!({
            "errors": errors
                .iter()
                .map(|e| serde_json::json!({ "path": e.path, "reason": e.reason }))
                .collect::<Vec<_>>()
        }),
    };
    answer.to_string()
}
