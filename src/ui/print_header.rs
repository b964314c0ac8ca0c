//! The print-only header: what is printed (offering, variant, search and
//! filters in force) and when, so a PDF from "Save as PDF" stands on its own.
//! Hidden on screen by the stylesheet.

use crate::rules::print_summary;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;

#[component]
pub fn PrintHeader() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let printed = today();
    let lang = crate::i18n::lang();
    view! {
        <div class="rm-print-header" part="print-header" data-rm="print-header">
            <p class="rm-print-header__title">
                {move || if printed.is_empty() { ctx.offering().title.to_string() } else { lang.printed(&ctx.offering().title, &printed) }}
            </p>
            <ul class="rm-print-header__filters">
                {move || {
                    let o = ctx.offering();
                    ctx.read(|s| print_summary::lines(lang, s, o))
                        .into_iter()
                        .map(|l| view! { <li>{l}</li> })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// Today's date (YYYY-MM-DD) in the browser; the build's prerendered page,
/// which has no clock of the reader's, prints none.
#[cfg(target_arch = "wasm32")]
fn today() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .and_then(|d| d.get(..10).map(str::to_string))
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn today() -> String {
    String::new()
}
