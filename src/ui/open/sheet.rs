//! XLSX and ODS in the browser: read by the spreadsheet module, a separate
//! WebAssembly file loaded on first use only, so the spreadsheet reader
//! (calamine, zip) never weighs on the core. The entry point tells the widget
//! where the module is ([`set_sheet_module`]); `js/sheet-reader.js` imports
//! its glue and fetches its WebAssembly with the integrity hash.

use crate::io::embed::MatrixRejected;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The module's glue and WebAssembly URLs and the latter's SRI hash,
    /// when this build has a spreadsheet module.
    static SHEET_MODULE: RefCell<Option<[String; 3]>> = const { RefCell::new(None) };
}

/// Where this build's spreadsheet module is (called by the entry point).
#[wasm_bindgen(js_name = setSheetModule)]
pub fn set_sheet_module(js_url: String, wasm_url: String, integrity: String) {
    SHEET_MODULE.with(|m| *m.borrow_mut() = Some([js_url, wasm_url, integrity]));
}

#[wasm_bindgen(module = "/js/sheet-reader.js")]
extern "C" {
    #[wasm_bindgen(js_name = readSheet, catch)]
    fn read_sheet_js(
        js_url: &str,
        wasm_url: &str,
        integrity: &str,
        name: &str,
        bytes: &[u8],
    ) -> Result<js_sys::Promise, JsValue>;
}

/// The module's answer for one spreadsheet (`{"grid": …}` or `{"errors": …}`).
pub async fn read_sheet(
    lang: crate::i18n::Lang,
    name: &str,
    bytes: &[u8],
) -> Result<String, MatrixRejected> {
    let t = lang.texts();
    let problem = |text: String| MatrixRejected {
        source: name.to_string(),
        problems: vec![text],
    };
    let Some([js_url, wasm_url, integrity]) = SHEET_MODULE.with(|m| m.borrow().clone()) else {
        return Err(problem(t.no_sheet_reader.into()));
    };
    let failed = |e: JsValue| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| t.unknown_error.into());
        problem(lang.sheet_reader_failed(&why))
    };
    let promise = read_sheet_js(&js_url, &wasm_url, &integrity, name, bytes).map_err(failed)?;
    let answer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(failed)?;
    answer
        .as_string()
        .ok_or_else(|| problem(t.sheet_no_answer.into()))
}
