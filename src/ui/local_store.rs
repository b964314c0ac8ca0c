//! The browser's `localStorage`, with every way it can be missing turned
//! into a reason: a sandboxed iframe or a blocked site throws on access, a
//! full quota throws on write, some private modes allow nothing at all.

use wasm_bindgen::JsValue;

/// The text stored under `key`, `None` when there is none.
pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(reason)
}

/// Stores `value` under `key`, or removes the key for `None`.
pub fn write(key: &str, value: Option<&str>) -> Result<(), String> {
    let storage = storage()?;
    match value {
        Some(v) => storage.set_item(key, v),
        None => storage.remove_item(key),
    }
    .map_err(reason)
}

fn storage() -> Result<web_sys::Storage, String> {
    // The prerenderer renders natively, where there is no browser to ask.
    if cfg!(not(target_arch = "wasm32")) {
        return Err("no browser storage outside the browser".into());
    }
    let window = web_sys::window().ok_or_else(|| "there is no window".to_string())?;
    window
        .local_storage()
        .map_err(reason)?
        .ok_or_else(|| "the browser offers no local storage".to_string())
}

/// The exception's name and message ("QuotaExceededError: …"), else its text.
fn reason(e: JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(&e, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty())
    };
    match (field("name"), field("message")) {
        (Some(n), Some(m)) => format!("{n}: {m}"),
        (Some(n), None) => n,
        (None, Some(m)) => m,
        (None, None) => e.as_string().unwrap_or_else(|| "storage refused".into()),
    }
}
