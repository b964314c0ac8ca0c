//! The table as a keyboard grid in headless Chromium: one tab stop that
//! roves with the arrow keys, Enter into a row's details and Escape back, the
//! focused cell described in words; and GOSS's inferred cells marked in the
//! cell, the row details and the legend.

use responsibility_matrix::rules::state::ViewState;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

/// The grid's tab stops: the elements in the table with `tabindex="0"`.
fn tab_stops(host: &Element) -> Vec<Element> {
    all(host, "[data-rm=\"matrix\"] [tabindex=\"0\"]")
}

/// Waits a few frames (the details row mounts, then takes focus).
async fn frames(n: u32) {
    for _ in 0..n {
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
}

#[wasm_bindgen_test]
async fn arrows_rove_one_tab_stop_and_enter_escape_go_into_the_details_and_back() {
    let host = mount(ViewState {
        variant: Some("windows".into()),
        ..ViewState::for_offering("goss")
    });
    settle().await;
    let table = one(&host, "[data-rm=\"matrix\"]");
    assert_eq!(table.get_attribute("role").as_deref(), Some("grid"));
    let stops = tab_stops(&host);
    assert_eq!(stops.len(), 1, "one tab stop");
    assert_eq!(stops[0].text_content().as_deref(), Some("Service"));
    stops[0].unchecked_ref::<HtmlElement>().focus().unwrap();

    // Down: the first row's header, whose toggle button takes focus.
    key(
        &active_element().expect("something has focus"),
        "ArrowDown",
        false,
    );
    let first_row = one(&host, "[data-rm-row]");
    let toggle = one(&first_row, ".rm-row-toggle");
    assert_eq!(active_element().expect("something has focus"), toggle);
    assert_eq!(
        tab_stops(&host),
        [toggle.clone()],
        "the tab stop moved with focus"
    );

    // Right: the first data cell, described with its row, column and meaning.
    key(
        &active_element().expect("something has focus"),
        "ArrowRight",
        false,
    );
    let cell = active_element().expect("something has focus");
    assert_eq!(cell.tag_name(), "TD");
    assert_eq!(cell.parent_element().as_ref(), Some(&first_row));
    let described = cell.get_attribute("aria-describedby").expect("described");
    let description = one(&host, &format!("#{described}"));
    assert!(description.has_attribute("hidden"));
    let said = description.text_content().unwrap_or_default();
    let activity = toggle.text_content().unwrap_or_default();
    assert!(
        said.starts_with(&format!("{}, ", activity.trim())),
        "{said}"
    );
    let label = cell.get_attribute("data-label").expect("a label");
    assert!(
        said.contains(&format!(", {label}: ")),
        "{said} names {label}"
    );
    assert_eq!(
        all(&host, "[aria-describedby]").len(),
        1,
        "only the focused cell"
    );

    // End and Ctrl+End: the row's last cell, the table's last cell.
    key(
        &active_element().expect("something has focus"),
        "End",
        false,
    );
    let cells = all(&first_row, ":scope > td");
    assert_eq!(
        active_element().expect("something has focus"),
        *cells.last().unwrap()
    );
    key(&active_element().expect("something has focus"), "End", true);
    let rows = all(&host, "[data-rm-row]");
    let last_row = rows.last().unwrap();
    assert_eq!(
        active_element().expect("something has focus"),
        *all(last_row, ":scope > td").last().unwrap()
    );
    key(
        &active_element().expect("something has focus"),
        "Home",
        true,
    );
    assert_eq!(
        active_element()
            .expect("something has focus")
            .text_content()
            .as_deref(),
        Some("Service")
    );

    // Enter on a data cell opens the row's details and moves focus into them.
    key(
        &active_element().expect("something has focus"),
        "ArrowDown",
        false,
    );
    key(
        &active_element().expect("something has focus"),
        "ArrowRight",
        false,
    );
    let cell = active_element().expect("something has focus");
    key(&cell, "Enter", false);
    frames(10).await;
    let row_id = first_row.get_attribute("data-rm-row").unwrap();
    let details = one(&host, &format!("[data-rm-details=\"{row_id}\"] > td"));
    assert_eq!(
        active_element().expect("something has focus"),
        details,
        "focus is in the details"
    );
    // Arrows in the details do not move the grid; Escape returns to the cell.
    key(&details, "ArrowDown", false);
    assert_eq!(active_element().expect("something has focus"), details);
    key(&details, "Escape", false);
    assert_eq!(active_element().expect("something has focus"), cell);
    assert_eq!(tab_stops(&host), [cell]);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_filter_that_hides_the_tab_stop_puts_it_back_in_the_grid() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let stop = tab_stops(&host).remove(0);
    stop.unchecked_ref::<HtmlElement>().focus().unwrap();
    key(&active_element().expect("something has focus"), "End", true);
    let last = active_element().expect("something has focus");
    assert_eq!(last.tag_name(), "TD");
    let input: web_sys::HtmlInputElement = one(&host, "[data-rm=\"search\"]").unchecked_into();
    input.set_value("patch");
    fire(&input, "input");
    settle().await;
    frames(5).await;
    let stops = tab_stops(&host);
    assert_eq!(stops.len(), 1, "one tab stop after filtering");
    assert_eq!(
        stops[0].text_content().as_deref(),
        Some("Service"),
        "back on the first cell"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn goss_inferred_cells_are_marked_in_the_cell_the_details_and_the_legend() {
    let host = mount(ViewState {
        expanded_row: Some("ansible".into()),
        ..ViewState::for_offering("goss")
    });
    settle().await;
    frames(3).await;
    let marks = all(&host, "[data-rm-row] td .rm-inference-mark");
    // Ansible and Virtual Machine Network Interactions, each on Linux and Windows.
    assert_eq!(marks.len(), 4);
    let windows = one(
        &host,
        "[data-rm-row=\"ansible\"] td[data-rm-col=\"windows\"]",
    );
    let mark = one(&windows, ".rm-inference-mark");
    assert_eq!(mark.text_content().as_deref(), Some("inferred"));
    assert!(mark
        .get_attribute("title")
        .unwrap_or_default()
        .contains("Depending on the OS type"));
    // The reading mark is a different mark on the same cell.
    assert_eq!(all(&windows, ".rm-reading-mark").len(), 1);
    let inferences = all(
        &host,
        "[data-rm-details=\"ansible\"] [data-rm=\"inference\"]",
    );
    assert_eq!(inferences.len(), 2, "the Linux and the Windows cell");
    assert!(inferences[0]
        .text_content()
        .unwrap_or_default()
        .contains("Inferred from: Depending on the OS type"));
    assert_eq!(all(&host, "[data-rm-legend-mark=\"inference\"]").len(), 1);
    host.remove();

    let vmware = mount(ViewState::for_offering("vmware"));
    settle().await;
    assert!(all(&vmware, ".rm-inference-mark").is_empty());
    assert!(all(&vmware, "[data-rm-legend-mark=\"inference\"]").is_empty());
    vmware.remove();
}
