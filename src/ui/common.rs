//! The UI's shared primitives: highlighted text, a placeholder-free optional
//! view, the lens-bound checkbox and select, saving a file, a party's badge
//! class. Components share these instead of importing each other.
//!
//! Lens props (`get: fn(&ViewState) -> T`, `set: fn(&mut ViewState, T)`) bind
//! a control to one field of the view state without a component per field.

use crate::rules::state::ViewState;
use crate::rules::text::Query;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::{Offering, PartyKind};
use wasm_bindgen::{JsCast, JsValue};

/// Text with the query's matches wrapped in `<mark>` (always rendered as text).
pub fn highlighted(text: &str, query: &Query) -> AnyView {
    if query.is_empty() {
        return text.to_string().into_any();
    }
    query
        .highlight(text)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// `Some(view)` as that view, `None` as no DOM node at all.
///
/// A plain `Option` (or `()`, or an empty list) leaves a placeholder comment
/// where a later `Some` could go. Row content is fixed once built (a new
/// highlight rebuilds with the same shape), so those comments are dead
/// weight, and a large share of a row's nodes. Only for views whose
/// `Some`/`None` never changes on a rebuild.
pub fn static_option<V: IntoView>(view: Option<V>) -> leptos::either::Either<V, [(); 0]> {
    use leptos::either::Either;
    match view {
        Some(view) => Either::Left(view),
        None => Either::Right([]),
    }
}

/// A filter `<select>` over the view state: `""` means "no filter".
///
/// `options` lists (value, label) pairs for the current offering and view; it
/// sits behind a memo, so typing in the search box does not rebuild the options.
#[component]
pub fn FilterSelect(
    label: &'static str,
    data_rm: &'static str,
    empty_label: &'static str,
    get: fn(&ViewState) -> String,
    set: fn(&mut ViewState, String),
    options: fn(&Offering, &ViewState) -> Vec<(String, String)>,
) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let value = Memo::new(move |_| ctx.read(get));
    let choices = Memo::new(move |_| {
        let o = ctx.offering();
        ctx.read(|s| options(o, s))
    });
    view! {
        <label class="rm-field">
            <span class="rm-field__label">{label}</span>
            <select
                data-rm=data_rm
                prop:value=move || value.get()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.change(|s| set(s, v));
                }
            >
                <option value="">{empty_label}</option>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(id, text)| {
                            let selected = {
                                let id = id.clone();
                                move || value.with(|v| *v == id)
                            };
                            view! { <option value=id selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// A checkbox bound to one flag of the view state.
#[component]
pub fn FlagCheckbox(
    /// Visible label text.
    label: &'static str,
    /// The `data-rm` hook (DOM contract).
    data_rm: &'static str,
    get: fn(&ViewState) -> bool,
    set: fn(&mut ViewState, bool),
) -> impl IntoView {
    let ctx = ViewCtx::expect();
    view! {
        <label class="rm-check">
            <input
                type="checkbox"
                data-rm=data_rm
                prop:checked=move || ctx.read(get)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.change(|s| set(s, on));
                }
            />
            <span>{label}</span>
        </label>
    }
}

/// The badge class of a party of this kind (its colour in the table).
pub fn party_badge_class(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Provider => "rm-badge rm-badge--provider",
        PartyKind::Customer => "rm-badge rm-badge--customer",
        PartyKind::ThirdParty => "rm-badge rm-badge--third",
    }
}

/// Saves `text` (or reports why there is none) as the file `name`, and
/// returns the status line to show: "Downloaded …" or "Could not export …".
pub fn save(
    lang: crate::i18n::Lang,
    name: &str,
    mime: &str,
    text: Result<String, String>,
) -> String {
    let result = text.and_then(|text| {
        download(name, mime, &text).map_err(|_| lang.texts().download_refused.to_string())
    });
    match result {
        Ok(()) => lang.downloaded(name),
        Err(why) => lang.export_failed(name, &why),
    }
}

/// Saves `text` as a file called `name`: a `Blob`, an object URL and a
/// temporary `<a download>` clicked once; the URL is revoked a second later.
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
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

/// A heading element of `level` (1 to 6; anything else is a level 6) with
/// `class` and `content`.
pub fn heading(level: u8, class: &'static str, content: AnyView) -> AnyView {
    hooked_heading(level, class, None, content)
}

/// [`heading`] with a `data-rm` hook on the heading element.
pub fn hooked_heading(
    level: u8,
    class: &'static str,
    hook: Option<&'static str>,
    content: AnyView,
) -> AnyView {
    match level {
        1 => view! { <h1 class=class data-rm=hook>{content}</h1> }.into_any(),
        2 => view! { <h2 class=class data-rm=hook>{content}</h2> }.into_any(),
        3 => view! { <h3 class=class data-rm=hook>{content}</h3> }.into_any(),
        4 => view! { <h4 class=class data-rm=hook>{content}</h4> }.into_any(),
        5 => view! { <h5 class=class data-rm=hook>{content}</h5> }.into_any(),
        _ => view! { <h6 class=class data-rm=hook>{content}</h6> }.into_any(),
    }
}

/// A dialog's focusable controls, in order.
pub fn focusable(root: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = root.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex=\"0\"]",
    ) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}
