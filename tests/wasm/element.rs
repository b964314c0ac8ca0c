//! Component tests of the custom element's Rust half (`MatrixElement`) in
//! headless Chromium: attributes, run-time changes, a bring-your-own matrix,
//! independence of two widgets, unmounting, and the panic box.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::element::MatrixElement;
use responsibility_matrix::panic_box;
use responsibility_matrix::rules::filter::{visible_rows, ViewState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

use crate::support::*;

const EXAMPLE: &str = include_str!("../../site/acme-managed-vps.json");

fn attrs(list: &[(&str, &str)]) -> Vec<String> {
    list.iter()
        .flat_map(|(k, v)| [k.to_string(), v.to_string()])
        .collect()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("selector")
        .length()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("selector")
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn attributes_set_the_view_and_changes_apply() {
    let host = container();
    let element = MatrixElement::new(
        host.clone(),
        attrs(&[
            ("offering", "hyper-v"),
            ("variant", "managed-vm"),
            ("search", "dns"),
            ("theme", "dark"),
        ]),
        None,
        None,
        None,
        Some("https://example.test/index.html".into()),
    );
    settle().await;
    assert_eq!(
        count(&host, "[data-rm-row]"),
        1,
        "Hyper-V managed VM rows matching dns"
    );
    assert!(text(&host, "[data-rm=count]").starts_with("1 of "));
    let root = host
        .query_selector("[data-rm=widget]")
        .expect("sel")
        .expect("widget");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));

    element.attribute_changed("search", None);
    settle().await;
    assert!(count(&host, "[data-rm-row]") > 1, "search cleared");
    element.attribute_changed("hide-controls", Some(String::new()));
    settle().await;
    assert_eq!(count(&host, "[data-rm=search]"), 0);
    element.attribute_changed("offering", Some("goss".into()));
    settle().await;
    assert_eq!(count(&host, "[data-rm-row]"), 13);
    // Removing `offering` returns to the built-in default (VMware), not the first file.
    element.attribute_changed("offering", None);
    settle().await;
    assert_eq!(count(&host, "[data-rm-row]"), 26);
    element.attribute_changed("offering", Some("goss".into()));
    settle().await;
    element.attribute_changed("variant", Some("no-such".into()));
    settle().await;
    assert!(text(&host, "[data-rm=notice]").contains("no-such"));
}

#[wasm_bindgen_test]
async fn a_supplied_matrix_is_listed_and_shown_first() {
    let host = container();
    let _element = MatrixElement::new(
        host.clone(),
        Vec::new(),
        Some("inline JSON".into()),
        Some(EXAMPLE.into()),
        None,
        None,
    );
    settle().await;
    assert_eq!(count(&host, "[data-rm-row]"), 5);
    assert_eq!(count(&host, "[data-rm=offering-picker] optgroup option"), 1);
    assert_eq!(count(&host, "[data-rm=matrix-errors]"), 0);
}

#[wasm_bindgen_test]
async fn a_broken_matrix_shows_a_notice_in_its_place_never_another_matrix() {
    let host = container();
    let broken = EXAMPLE.replace("\"domain\": \"monitoring\"", "\"domain\": \"weather\"");
    let _element = MatrixElement::new(
        host.clone(),
        Vec::new(),
        Some("mine.json".into()),
        Some(broken),
        None,
        None,
    );
    settle().await;
    assert_eq!(count(&host, "[data-rm=matrix-error]"), 1);
    assert!(text(&host, "[data-rm=matrix-errors]").contains("mine.json"));
    assert!(text(&host, "[data-rm=matrix-error]").starts_with("sections[0].rows[1].domain"));
    // The reader sees one line; the problems wait behind a closed disclosure.
    assert_eq!(
        text(&host, "[data-rm=matrix-errors] .rm-notice__lead"),
        "This responsibility matrix could not be shown."
    );
    assert_eq!(
        count(&host, "[data-rm=matrix-errors] details:not([open])"),
        1
    );
    // No built-in matrix under the page's heading: no widget, table or picker at all.
    assert_eq!(count(&host, "[data-rm=widget]"), 0);
    assert_eq!(count(&host, "[data-rm=matrix]"), 0);
    assert_eq!(count(&host, "[data-rm=offering-picker]"), 0);
    assert_eq!(count(&host, "[data-rm-row]"), 0);
}

#[wasm_bindgen_test]
async fn two_elements_are_independent_and_unmount_cleanly() {
    let (a, b) = (container(), container());
    let mut first = MatrixElement::new(
        a.clone(),
        attrs(&[("offering", "vmware")]),
        None,
        None,
        None,
        None,
    );
    let _second = MatrixElement::new(
        b.clone(),
        attrs(&[("offering", "vmware")]),
        None,
        None,
        None,
        None,
    );
    settle().await;
    let input: HtmlInputElement = a
        .query_selector("[data-rm=search]")
        .expect("sel")
        .expect("search")
        .unchecked_into();
    input.set_value("backup");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("dispatch");
    settle().await;
    let searched = ViewState {
        query: "backup".into(),
        ..ViewState::for_offering("vmware")
    };
    let vmware = offering("vmware").expect("vmware");
    assert_eq!(
        count(&a, "[data-rm-row]") as usize,
        visible_rows(vmware, &searched).len(),
        "the searched widget shows the rows matching \"backup\""
    );
    assert_eq!(
        count(&b, "[data-rm-row]"),
        26,
        "the other widget is untouched"
    );
    first.unmount();
    settle().await;
    assert_eq!(count(&a, "[data-rm=widget]"), 0, "unmounted");
    assert_eq!(count(&b, "[data-rm=widget]"), 1);
}

#[wasm_bindgen_test]
async fn the_panic_box_reports_into_every_mounted_widget_as_text() {
    let (a, b) = (container(), container());
    let _x = MatrixElement::new(a.clone(), Vec::new(), None, None, None, None);
    let _y = MatrixElement::new(b.clone(), Vec::new(), None, None, None, None);
    settle().await;
    panic_box::show("index out of bounds <img src=x onerror=alert(1)>");
    for host in [&a, &b] {
        let alert = host
            .query_selector("[data-rm=panic]")
            .expect("sel")
            .expect("panic box");
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        assert!(alert
            .text_content()
            .unwrap_or_default()
            .contains("<img src=x onerror=alert(1)>"));
        assert_eq!(count(&alert, "img"), 0, "rendered as text");
    }
}
