//! "Open a matrix…" in the browser: the paste step, the review (provider
//! choice, rename), confirming shows the matrix and lists it in the picker,
//! Escape and a bad table change nothing, a dropped file shows the drop
//! target and opens the review, and a spreadsheet without the sheet module
//! says what to do instead.

use responsibility_matrix::rules::filter::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::support::*;

/// Three activities a spreadsheet would copy as tab-separated lines.
const TSV: &str = "Activity\tWho\nPatch the OS\tAcme\nBack up data\tCustomer\nMonitor\tShared\n";

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

fn dialog_open(root: &Element) -> bool {
    !all(root, "[data-rm=\"open-dialog\"]").is_empty()
}

async fn settle_long() {
    for _ in 0..10 {
        settle().await;
    }
}

async fn paste(host: &Element, table: &str) {
    click(host, "[data-rm=\"open-paste\"]");
    settle().await;
    let area: HtmlTextAreaElement = one(host, "[data-rm=\"open-paste-text\"]").unchecked_into();
    area.set_value(table);
    click(host, "[data-rm=\"open-paste-read\"]");
    settle().await;
}

#[wasm_bindgen_test]
async fn a_pasted_table_is_reviewed_then_shown_and_listed() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    click(&host, "[data-rm=\"open-paste\"]");
    settle().await;
    assert!(dialog_open(&host));
    // The step comes from the open chunk and takes focus in the frame after it mounts.
    until("focus moves to the text box", || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|a| a.get_attribute("data-rm"))
            .as_deref()
            == Some("open-paste-text")
    })
    .await;
    let area: HtmlTextAreaElement = one(&host, "[data-rm=\"open-paste-text\"]").unchecked_into();
    area.set_value(TSV);
    click(&host, "[data-rm=\"open-paste-read\"]");
    settle().await;
    assert_eq!(
        text(&host, "[data-rm=\"open-found\"]"),
        "Found 3 rows in 1 section, 2 parties and 1 scope."
    );
    assert_eq!(text(&host, "[data-rm=\"open-scopes\"]"), "Who");
    let readings = all(&host, "[data-rm=\"open-reading\"]");
    assert!(readings.iter().any(|r| r
        .text_content()
        .unwrap_or_default()
        .contains("“Shared” read as both")));
    let provider: HtmlSelectElement = one(&host, "[data-rm=\"open-provider\"]").unchecked_into();
    assert_eq!(provider.value(), "acme");
    // The customer as provider: the two swap.
    provider.set_value("customer");
    fire(&provider, "change");
    settle().await;
    let customer: HtmlSelectElement = one(&host, "[data-rm=\"open-customer\"]").unchecked_into();
    assert_eq!(customer.value(), "acme");
    let kinds: Vec<String> = all(&host, "[data-rm=\"open-party-kind\"]")
        .iter()
        .map(|k| k.text_content().unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["customer", "provider"]);
    // Rename Acme.
    let rename: HtmlInputElement =
        one(&host, "[data-rm-party=\"acme\"] [data-rm=\"open-rename\"]").unchecked_into();
    rename.set_value("Acme Cloud");
    fire(&rename, "change");
    settle().await;
    assert_eq!(
        customer
            .selected_options()
            .item(0)
            .and_then(|o| o.text_content())
            .as_deref(),
        Some("Acme Cloud")
    );
    click(&host, "[data-rm=\"open-confirm\"]");
    settle_long().await;
    assert!(!dialog_open(&host));
    assert_eq!(text(&host, ".rm-title"), "the pasted table");
    assert_eq!(all(&host, "[data-rm-row]").len(), 3);
    let picker: HtmlSelectElement = one(&host, "[data-rm=\"offering-picker\"]").unchecked_into();
    assert_eq!(picker.value(), "the-pasted-table");
    let group = one(
        &host,
        "[data-rm=\"offering-picker\"] optgroup[label=\"Opened by you\"]",
    );
    assert_eq!(all(&group, "option").len(), 1);
    // The chosen provider and the new name reach the table's badges.
    let badges = text(&host, "[data-rm=\"matrix\"]");
    assert!(badges.contains("Acme Cloud"), "{badges}");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_bad_paste_shows_why_and_keeps_the_text_and_the_matrix() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let title = text(&host, ".rm-title");
    paste(
        &host,
        "Activity\tWho\nPatch the OS\tAcme\nBack up data\tmaybe perhaps?!\n",
    )
    .await;
    assert!(dialog_open(&host), "the paste step stays open");
    let error = text(&host, "[data-rm=\"open-error\"]");
    assert!(
        error.contains("“the pasted table” could not be opened (1 problem)"),
        "{error}"
    );
    assert!(text(&host, "[data-rm=\"open-error-line\"]").starts_with("row 3, column “Who”: "));
    let area: HtmlTextAreaElement = one(&host, "[data-rm=\"open-paste-text\"]").unchecked_into();
    assert!(area.value().contains("maybe perhaps"));
    assert_eq!(text(&host, ".rm-title"), title);
    host.remove();
}

#[wasm_bindgen_test]
async fn escape_cancels_the_review_and_returns_focus() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let title = text(&host, ".rm-title");
    paste(&host, TSV).await;
    assert!(!all(&host, "[data-rm=\"open-confirm\"]").is_empty());
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let ev =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    one(&host, "[data-rm=\"open-provider\"]")
        .dispatch_event(&ev)
        .expect("dispatch");
    settle().await;
    assert!(!dialog_open(&host));
    assert_eq!(text(&host, ".rm-title"), title);
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    assert_eq!(
        active.and_then(|a| a.get_attribute("data-rm")).as_deref(),
        Some("open-paste")
    );
    host.remove();
}

fn drag_event(kind: &str, name: &str, bytes: &[u8]) -> web_sys::DragEvent {
    let transfer = web_sys::DataTransfer::new().expect("transfer");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, name).expect("file");
    transfer.items().add_with_file(&file).expect("add");
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));
    web_sys::DragEvent::new_with_event_init_dict(kind, &init).expect("event")
}

#[wasm_bindgen_test]
async fn a_dropped_file_shows_the_drop_target_then_the_review() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let root = one(&host, "[data-rm=\"widget\"]");
    let csv = b"Section,Activity,Who\nOps,Patch hosts,Rackspace\nOps,Run VMs,Azure\nApps,Deploy,Customer\n";
    root.dispatch_event(&drag_event("dragover", "three.csv", csv))
        .expect("dispatch");
    settle().await;
    assert_eq!(root.get_attribute("data-rm-drop").as_deref(), Some(""));
    assert_eq!(
        text(&host, "[data-rm=\"open-drop\"]"),
        "Drop the file to open it here"
    );
    let drop = drag_event("drop", "three.csv", csv);
    root.dispatch_event(&drop).expect("dispatch");
    assert!(
        drop.default_prevented(),
        "the browser does not open the file itself"
    );
    settle_long().await;
    assert!(all(&host, "[data-rm=\"open-drop\"]").is_empty());
    assert_eq!(
        text(&host, "[data-rm=\"open-found\"]"),
        "Found 3 rows in 2 sections, 3 parties and 1 scope."
    );
    assert_eq!(text(&host, "[data-rm=\"open-sections\"]"), "Ops, Apps");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_spreadsheet_without_the_sheet_module_points_to_csv_and_rmx() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let title = text(&host, ".rm-title");
    let root = one(&host, "[data-rm=\"widget\"]");
    root.dispatch_event(&drag_event("drop", "book.xlsx", b"PK\x03\x04 not really"))
        .expect("dispatch");
    settle_long().await;
    let error = text(&host, "[data-rm=\"open-error\"]");
    assert!(error.contains("“book.xlsx” could not be opened"), "{error}");
    assert!(error.contains("rmx import"), "{error}");
    assert_eq!(text(&host, ".rm-title"), title);
    host.remove();
}
