//! "What do I own?" remembers: ticks, owners and notes written to
//! localStorage under the checklist's key and shown again after a remount;
//! another variant has its own; Clear and Undo; corrupt stored data and a
//! storage that throws leave a notice and a checklist that still works.

use responsibility_matrix::io::checklist_store::{from_stored, storage_key};
use responsibility_matrix::rules::filter::{View, ViewState};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use crate::support::*;

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

fn own(variant: &str) -> ViewState {
    ViewState {
        variant: Some(variant.into()),
        view: View::Own,
        ..ViewState::for_offering("vmware")
    }
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    one(root, selector).unchecked_into()
}

/// The first checklist item's tick, owner and note as shown.
fn first_item(host: &Element) -> (bool, String, String, Option<String>) {
    let item = one(host, "[data-rm-own-row]");
    (
        input(&item, "[data-rm=\"own-tick\"]").checked(),
        input(&item, "[data-rm=\"own-owner\"]").value(),
        input(&item, "[data-rm=\"own-note\"]").value(),
        item.get_attribute("data-rm-ticked"),
    )
}

fn key_of(variant: &str) -> String {
    storage_key("vmware", None, Some(variant), "customer")
}

async fn mark_first_item(host: &Element) -> String {
    let item = one(host, "[data-rm-own-row]");
    let tick = input(&item, "[data-rm=\"own-tick\"]");
    tick.set_checked(true);
    fire(&tick, "change");
    let owner = input(&item, "[data-rm=\"own-owner\"]");
    owner.set_value("Ops team");
    fire(&owner, "input");
    let note = input(&item, "[data-rm=\"own-note\"]");
    note.set_value("weekly <b>not markup</b>");
    fire(&note, "input");
    settle().await;
    item.get_attribute("data-rm-own-row").expect("row id")
}

#[wasm_bindgen_test]
async fn ticks_owners_and_notes_persist_across_a_remount_per_variant() {
    for v in ["unsupported-os", "supported-os"] {
        storage().remove_item(&key_of(v)).expect("remove");
    }
    let host = mount(own("unsupported-os"));
    settle().await;
    assert_eq!(
        first_item(&host),
        (false, String::new(), String::new(), Some("false".into()))
    );
    assert!(one(&host, "[data-rm=\"own-store-note\"]")
        .text_content()
        .unwrap_or_default()
        .contains("stored only in this browser"));
    let row = mark_first_item(&host).await;
    let stored = storage()
        .get_item(&key_of("unsupported-os"))
        .expect("read")
        .expect("stored");
    let marks = from_stored(&stored).expect("valid JSON");
    let m = marks.get(&row);
    assert!(m.ticked && m.owner == "Ops team" && m.note == "weekly <b>not markup</b>");
    host.remove();

    let again = mount(own("unsupported-os"));
    settle().await;
    let want = (
        true,
        "Ops team".to_string(),
        "weekly <b>not markup</b>".to_string(),
        Some("true".into()),
    );
    assert_eq!(first_item(&again), want);
    // The note is text, never markup.
    assert!(all(&again, "[data-rm-own-row] b").is_empty());
    assert!(one(&again, "[data-rm=\"own-printed\"]")
        .text_content()
        .unwrap_or_default()
        .contains("Done · Owner: Ops team · Note: weekly <b>not markup</b>"));
    again.remove();

    let other = mount(own("supported-os"));
    settle().await;
    assert_eq!(
        first_item(&other).0,
        false,
        "the other variant has its own checklist"
    );
    assert_eq!(
        storage().get_item(&key_of("supported-os")).expect("read"),
        None
    );
    other.remove();
}

#[wasm_bindgen_test]
async fn clear_empties_the_checklist_and_its_storage_and_undo_brings_it_back() {
    storage()
        .remove_item(&key_of("unsupported-os"))
        .expect("remove");
    let host = mount(own("unsupported-os"));
    settle().await;
    mark_first_item(&host).await;
    let clear: HtmlElement = one(&host, "[data-rm=\"own-clear\"]").unchecked_into();
    clear.click();
    settle().await;
    assert_eq!(
        first_item(&host),
        (false, String::new(), String::new(), Some("false".into()))
    );
    assert_eq!(
        storage().get_item(&key_of("unsupported-os")).expect("read"),
        None
    );
    let undo: HtmlElement = one(&host, "[data-rm=\"own-undo\"]").unchecked_into();
    undo.click();
    settle().await;
    assert!(first_item(&host).0);
    assert!(storage()
        .get_item(&key_of("unsupported-os"))
        .expect("read")
        .is_some());
    assert!(all(&host, "[data-rm=\"own-undo\"]").is_empty());
    host.remove();
    storage()
        .remove_item(&key_of("unsupported-os"))
        .expect("remove");
}

#[wasm_bindgen_test]
async fn corrupt_stored_data_is_ignored_with_a_notice_and_replaced_by_the_next_change() {
    storage()
        .set_item(
            &key_of("unsupported-os"),
            "{\"format\":\"rm-checklist\",\"version\":1,\"items\":{\"a\":{\"ticked\":\"yes\"}}}",
        )
        .expect("set");
    let host = mount(own("unsupported-os"));
    settle().await;
    let notice = one(&host, "[data-rm=\"own-store-notice\"]")
        .text_content()
        .unwrap_or_default();
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(!first_item(&host).0);
    let row = mark_first_item(&host).await;
    let stored = storage()
        .get_item(&key_of("unsupported-os"))
        .expect("read")
        .expect("stored");
    assert!(from_stored(&stored).expect("valid now").get(&row).ticked);
    assert!(all(&host, "[data-rm=\"own-store-notice\"]").is_empty());
    host.remove();
    storage()
        .remove_item(&key_of("unsupported-os"))
        .expect("remove");
}

#[wasm_bindgen_test]
async fn a_storage_that_throws_leaves_a_notice_and_a_checklist_that_works_in_memory() {
    let block = js_sys::Function::new_no_args(
        "const d = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked for the test', 'SecurityError'); } }); \
         return () => Object.defineProperty(window, 'localStorage', d);",
    );
    let unblock: js_sys::Function = block.call0(&JsValue::NULL).expect("block").unchecked_into();
    let host = mount(own("unsupported-os"));
    settle().await;
    let notice = one(&host, "[data-rm=\"own-store-notice\"]")
        .text_content()
        .unwrap_or_default();
    assert!(
        notice.contains("SecurityError") && notice.contains("until the page is closed"),
        "{notice}"
    );
    mark_first_item(&host).await;
    assert_eq!(first_item(&host).3.as_deref(), Some("true"));
    // Another variant and back: the marks were kept in memory for this checklist.
    let picker: HtmlSelectElement = one(&host, "[data-rm=\"variant-picker\"]").unchecked_into();
    picker.set_value("supported-os");
    fire(&picker, "change");
    settle().await;
    assert!(!first_item(&host).0);
    picker.set_value("unsupported-os");
    fire(&picker, "change");
    settle().await;
    assert_eq!(first_item(&host).1, "Ops team");
    unblock.call0(&JsValue::NULL).expect("unblock");
    host.remove();
}
