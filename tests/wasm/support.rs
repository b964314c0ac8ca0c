//! Helpers shared by the component tests in this binary:
//! a fresh container, a mounted widget, DOM queries, and real bubbling events.

use leptos::prelude::*;
use responsibility_matrix::rules::filter::ViewState;
use responsibility_matrix::ui::widget::Widget;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A new, empty `<div>` appended to the test page's body.
pub fn container() -> HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host: HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

/// Mounts a widget (not synced to the URL) into a fresh container and returns the container.
pub fn mount(initial: ViewState) -> HtmlElement {
    let host = container();
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <Widget state=RwSignal::new(initial) notices=RwSignal::new(Vec::new()) sync_url=false /> },
    )
    .forget();
    host
}

/// Every element under `root` matching `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element under `root` matching `selector`; panics (failing the test) if none.
pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// Lets Leptos flush scheduled effects.
pub async fn settle() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Waits (up to about two seconds) until `done` holds: for what arrives after
/// a chunk's future and the next animation frame, such as a step's focus.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(10).await;
    }
    panic!("still not so after 2 s: {what}");
}

/// Fires a real bubbling event of `kind` at `el`.
pub fn fire(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

/// Dispatches a real, bubbling, cancelable `keydown` of `key` at `el`.
pub fn key(el: &Element, key: &str, ctrl: bool) {
    let dispatch = js_sys::Function::new_with_args(
        "el, key, ctrl",
        "el.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: ctrl, bubbles: true, cancelable: true }));",
    );
    dispatch
        .call3(
            &wasm_bindgen::JsValue::NULL,
            el,
            &wasm_bindgen::JsValue::from_str(key),
            &wasm_bindgen::JsValue::from_bool(ctrl),
        )
        .expect("dispatch keydown");
}

/// Clicks the first element under `root` matching `selector`.
pub fn click(root: &Element, selector: &str) {
    let el: HtmlElement = one(root, selector).unchecked_into();
    el.click();
}

/// The element that has focus in the test page.
pub fn active_element() -> Option<Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}
