//! Component tests of the views in headless Chromium (wasm-bindgen-test):
//! the view switch, compare (variants and offerings), the checklist, the
//! coverage chart, call mode and the keyboard shortcuts, driven with real
//! bubbling DOM events.

use leptos::prelude::*;
use responsibility_matrix::catalog::offering;
use responsibility_matrix::rules::compare::{align_by_domain, variant_changes};
use responsibility_matrix::rules::coverage::coverage;
use responsibility_matrix::rules::filter::{visible_rows, View, ViewState};
use responsibility_matrix::ui::widget::Widget;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use crate::support::*;

fn attrs(root: &Element, selector: &str, attr: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_compare_button_shows_the_changed_rows_of_two_variants() {
    let host = mount(ViewState {
        variant: Some("supported-os".into()),
        ..ViewState::for_offering("vmware")
    });
    settle().await;
    click(&host, "[data-rm-view=\"compare\"]");
    settle().await;
    assert!(
        host.query_selector("[data-rm=\"matrix\"]")
            .expect("selector")
            .is_none(),
        "the table gives way"
    );
    let o = offering("vmware").expect("vmware");
    let expected: Vec<String> = variant_changes(o, "supported-os", "unsupported-os")
        .into_iter()
        .map(|c| c.row_id)
        .collect();
    assert_eq!(attrs(&host, "[data-rm-change]", "data-rm-change"), expected);
    assert_eq!(
        all(&host, "[data-rm-cmp-row]").len(),
        26,
        "every service, changed ones marked"
    );
    let summary = text(&host, "[data-rm=\"compare-summary\"]");
    assert!(
        summary.contains("14 services change")
            && summary.contains("11 move from Rackspace to Customer"),
        "{summary}"
    );
    assert_eq!(
        text(&host, "[data-rm-change=\"patching\"] td:last-child"),
        "▲ Moves from Rackspace to Customer"
    );
    let pressed = one(&host, "[data-rm-view=\"compare\"]").get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));

    // Changes only.
    click(&host, "[data-rm=\"changes-only\"]");
    settle().await;
    assert_eq!(
        attrs(&host, "[data-rm-cmp-row]", "data-rm-cmp-row"),
        expected
    );

    // Compare with another offering: rows aligned by domain, none dropped.
    let picker: HtmlSelectElement = one(&host, "[data-rm=\"compare-with\"]").unchecked_into();
    picker.set_value("hyper-v");
    fire(&picker, "change");
    settle().await;
    let hv = offering("hyper-v").expect("hyper-v");
    let aligned = align_by_domain(o, hv);
    assert_eq!(all(&host, "[data-rm-domain]").len(), aligned.len());
    assert_eq!(all(&host, "[data-rm-cmp-left]").len(), o.row_count());
    assert_eq!(all(&host, "[data-rm-cmp-right]").len(), hv.row_count());
    let missing = aligned
        .iter()
        .filter(|d| d.left.is_empty() || d.right.is_empty())
        .count();
    // Domains only VMware has (access, backup-and-continuity, data, decommission,
    // reporting) and only Hyper-V has (governance, support).
    assert_eq!(missing, 7);
    assert_eq!(all(&host, "[data-rm=\"no-counterpart\"]").len(), missing);
    assert_eq!(
        one(&host, "[data-rm-domain=\"decommission\"]")
            .get_attribute("data-rm-no-counterpart")
            .as_deref(),
        Some("right")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn the_checklist_is_the_tables_rows_for_the_party_and_switches_party() {
    let state = ViewState {
        variant: Some("unsupported-os".into()),
        view: View::Own,
        ..ViewState::for_offering("vmware")
    };
    let host = mount(state.clone());
    settle().await;
    let o = offering("vmware").expect("vmware");
    for party in ["customer", "rackspace"] {
        let table: Vec<String> = visible_rows(
            o,
            &ViewState {
                party: Some(party.into()),
                ..state.clone()
            },
        )
        .iter()
        .map(|r| r.row.id.to_string())
        .collect();
        assert_eq!(
            attrs(&host, "[data-rm-own-row]", "data-rm-own-row"),
            table,
            "{party}"
        );
        assert!(
            text(&host, "[data-rm=\"own-count\"]").starts_with(&format!("{} service", table.len()))
        );
        // Per-section counts add up.
        let sum: usize = all(&host, "[data-rm=\"own-section-count\"]")
            .iter()
            .filter_map(|e| e.text_content())
            .filter_map(|t| {
                t.trim_matches(|c| c == '(' || c == ')')
                    .parse::<usize>()
                    .ok()
            })
            .sum();
        assert_eq!(sum, table.len());
        let select: HtmlSelectElement = one(&host, "[data-rm=\"own-party\"]").unchecked_into();
        select.set_value("rackspace");
        fire(&select, "change");
        settle().await;
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn the_coverage_chart_draws_a_bar_per_section_with_its_numbers() {
    let state = ViewState {
        view: View::Coverage,
        ..ViewState::for_offering("ovhcloud-kubernetes")
    };
    let host = mount(state.clone());
    settle().await;
    let o = offering("ovhcloud-kubernetes").expect("ovh");
    let cov = coverage(responsibility_matrix::i18n::Lang::En, o, &state);
    assert_eq!(all(&host, "[data-rm-coverage-row]").len(), cov.len());
    assert_eq!(all(&host, "svg.rm-bar").len(), cov.len());
    let totals: Vec<String> = all(&host, "[data-rm=\"coverage-total\"]")
        .iter()
        .filter_map(|e| e.text_content())
        .collect();
    assert_eq!(
        totals,
        cov.iter()
            .map(|c| c.total().to_string())
            .collect::<Vec<_>>()
    );
    // The total bar: customer 36 of 58 is the first segment, drawn with geometry, not styles.
    let first = one(
        &host,
        "[data-rm-coverage-row=\"0\"] svg rect.rm-seg--customer",
    );
    let width: i64 = first
        .get_attribute("width")
        .unwrap_or_default()
        .parse()
        .unwrap_or(0);
    assert_eq!(width, 621, "36 of 58 of a 1000-unit bar, rounded");
    // Segments tile the bar exactly: 621 + 362 (21/58) + 17 (1/58) = 1000.
    let svg = first.parent_element().expect("svg");
    let widths: i64 = all(&svg, "rect:not(.rm-seg--track)")
        .iter()
        .filter_map(|r| r.get_attribute("width")?.parse::<i64>().ok())
        .sum();
    assert_eq!(widths, 1000);
    assert!(host
        .query_selector("[data-rm=\"coverage\"] [style]")
        .expect("selector")
        .is_none());
    let label = one(&host, "[data-rm-coverage-row=\"0\"] svg")
        .get_attribute("aria-label")
        .unwrap_or_default();
    assert!(
        label.contains("Customer alone 36") && label.contains("OVHcloud alone 21"),
        "{label}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn keyboard_shortcuts_act_on_the_widget_and_leave_typing_alone() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    settle().await;
    let root = one(&host, "[data-rm=\"widget\"]");
    let button = one(&host, "[data-rm=\"copy-link\"]");

    // `c` from a focused button inside the widget bubbles to the root.
    key(&button, "c", false);
    settle().await;
    assert!(
        host.query_selector("[data-rm=\"compare\"]")
            .expect("selector")
            .is_some(),
        "c opens compare"
    );
    key(&button, "c", false);
    settle().await;
    assert!(
        host.query_selector("[data-rm=\"compare\"]")
            .expect("selector")
            .is_none(),
        "c again closes it"
    );

    // Ctrl+C is the browser's.
    key(&button, "c", true);
    settle().await;
    assert!(host
        .query_selector("[data-rm=\"compare\"]")
        .expect("selector")
        .is_none());

    // Typing "c" and "p" in the search box types.
    let search = one(&host, "[data-rm=\"search\"]");
    key(&search, "c", false);
    key(&search, "p", false);
    settle().await;
    assert!(host
        .query_selector("[data-rm=\"compare\"]")
        .expect("selector")
        .is_none());
    assert!(!root.class_list().contains("rm--call"));

    // `p`: call mode.
    key(&button, "p", false);
    settle().await;
    assert!(root.class_list().contains("rm--call"));
    assert_eq!(root.get_attribute("data-rm-call").as_deref(), Some("true"));
    key(&button, "p", false);
    settle().await;
    assert!(!root.class_list().contains("rm--call"));

    // `/` focuses the search box.
    let copy: HtmlElement = button.clone().unchecked_into();
    copy.focus().expect("focus");
    key(&button, "/", false);
    settle().await;
    let input: HtmlInputElement = search.clone().unchecked_into();
    assert_eq!(
        active_element().as_ref(),
        Some(input.unchecked_ref::<Element>())
    );

    // `?` opens the help dialog with focus inside; Escape closes it and focus returns.
    copy.focus().expect("focus");
    key(&button, "?", false);
    settle().await;
    settle().await;
    let dialog = one(&host, "[data-rm=\"help\"]");
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("dialog"));
    assert!(dialog
        .text_content()
        .unwrap_or_default()
        .contains("Focus the search box"));
    let focused = active_element().expect("focus");
    assert!(
        dialog.contains(Some(&focused)),
        "focus moved into the dialog"
    );
    // Other shortcuts are ignored while it is open.
    key(&focused, "c", false);
    settle().await;
    assert!(host
        .query_selector("[data-rm=\"compare\"]")
        .expect("selector")
        .is_none());
    key(&focused, "Escape", false);
    settle().await;
    assert!(host
        .query_selector("[data-rm=\"help\"]")
        .expect("selector")
        .is_none());
    assert_eq!(active_element().as_ref(), Some(&button), "focus returned");
    host.remove();
}

/// Mounts a widget inside a fresh open shadow root, as an embed does.
fn mount_in_shadow(initial: ViewState) -> (HtmlElement, Element) {
    let make = js_sys::Function::new_no_args(
        "const host = document.createElement('div'); document.body.appendChild(host);
         const inner = document.createElement('div'); host.attachShadow({ mode: 'open' }).appendChild(inner);
         return [host, inner];",
    );
    let pair: js_sys::Array = make
        .call0(&JsValue::NULL)
        .expect("shadow root")
        .unchecked_into();
    let host: HtmlElement = pair.get(0).unchecked_into();
    let inner: HtmlElement = pair.get(1).unchecked_into();
    leptos::mount::mount_to(
        inner.clone(),
        move || view! { <Widget state=RwSignal::new(initial) notices=RwSignal::new(Vec::new()) sync_url=false /> },
    )
    .forget();
    (host, inner.unchecked_into())
}

#[wasm_bindgen_test]
async fn several_embedded_widgets_each_take_their_own_keys() {
    let (host_a, a) = mount_in_shadow(ViewState::for_offering("vmware"));
    let (host_b, b) = mount_in_shadow(ViewState::for_offering("hyper-v"));
    settle().await;
    settle().await;
    let root_a = one(&a, "[data-rm=\"widget\"]");
    let root_b = one(&b, "[data-rm=\"widget\"]");
    // A key pressed on a control inside widget A's shadow root reaches A's root only.
    key(&one(&a, "[data-rm=\"copy-link\"]"), "p", false);
    settle().await;
    assert!(root_a.class_list().contains("rm--call"));
    assert!(!root_b.class_list().contains("rm--call"));
    key(&one(&b, "[data-rm=\"copy-link\"]"), "c", false);
    settle().await;
    assert!(b
        .query_selector("[data-rm=\"compare\"]")
        .expect("selector")
        .is_some());
    assert!(a
        .query_selector("[data-rm=\"compare\"]")
        .expect("selector")
        .is_none());
    // Without sync_url no document listener: a key on the page body reaches neither.
    let body: Element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .expect("body")
        .unchecked_into();
    key(&body, "p", false);
    settle().await;
    assert!(root_a.class_list().contains("rm--call") && !root_b.class_list().contains("rm--call"));
    host_a.remove();
    host_b.remove();
}
