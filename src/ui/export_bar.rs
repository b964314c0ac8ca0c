//! "Export this view": CSV, Markdown and JSON downloads of what the table shows.
//!
//! The text comes from [`crate::io::export`]; this component only turns it into a
//! file in the browser, without a server: a `Blob`, an object URL and a
//! temporary `<a download>` that is clicked and removed; the URL is revoked
//! shortly after.

use crate::io::export::{export, file_name, Format};
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The export group: a labelled group of three buttons and a status line.
#[component]
pub fn Export() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let status = RwSignal::new(String::new());
    let save = move |format: Format| {
        let o = ctx.offering_untracked();
        let (name, text) = ctx.read_untracked(|s| (file_name(o, s, format), export(o, s, format)));
        let result = text.and_then(|text| {
            download(&name, format.mime_type(), &text)
                .map_err(|_| "the browser refused the download".to_string())
        });
        match result {
            Ok(()) => status.set(format!("Downloaded {name}.")),
            Err(why) => status.set(format!("Could not export {name}: {why}.")),
        }
    };
    let button = move |format: Format, data_rm: &'static str| {
        view! {
            <button type="button" class="rm-button" data-rm=data_rm on:click=move |_| save(format)>
                {format.label()}
            </button>
        }
    };
    // Leaving the view (another offering, filter or search) clears the old status.
    Effect::new(move |_| {
        ctx.track();
        status.set(String::new());
    });
    view! {
        <fieldset class="rm-export" data-rm="export">
            <legend class="rm-export__label">"Export this view"</legend>
            <div class="rm-export__buttons">
                {button(Format::Csv, "export-csv")}
                {button(Format::Markdown, "export-md")}
                {button(Format::Json, "export-json")}
                <span class="rm-export__status" role="status" data-rm="export-status">
                    {move || status.get()}
                </span>
            </div>
        </fieldset>
    }
}

/// Saves `text` as a file called `name`: a `Blob`, an object URL and a
/// temporary `<a download>` clicked once; the URL is revoked a second later.
pub(crate) fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    body.append_child(&a)?;
    a.click();
    a.remove();
    // The click has started the download; keep the URL briefly for slow browsers.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
