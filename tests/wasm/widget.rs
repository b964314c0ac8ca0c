//! Component tests in headless Chromium (wasm-bindgen-test): the widget mounts,
//! renders every row of every offering, and reacts to typing and toggles.

use leptos::prelude::*;
use responsibility_matrix::catalog::{offering, offerings, Choice};
use responsibility_matrix::rules::filter::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use crate::support::*;

fn row_ids(root: &Element) -> Vec<String> {
    all(root, "[data-rm-row]")
        .iter()
        .filter_map(|r| r.get_attribute("data-rm-row"))
        .collect()
}

fn count_text(root: &Element) -> String {
    one(root, "[data-rm=\"count\"]")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn every_offering_renders_every_row_and_cell() {
    for o in offerings() {
        let host = mount(ViewState::for_offering(&o.id));
        settle().await;
        let expected: Vec<String> = o.rows().map(|(_, r)| r.id.to_string()).collect();
        assert_eq!(row_ids(&host), expected, "{}: rows in source order", o.id);
        let caption = one(&host, "[data-rm=\"matrix\"] caption")
            .text_content()
            .unwrap_or_default();
        assert!(caption.contains(&*o.title), "{}: caption {caption:?}", o.id);
        assert_eq!(
            count_text(&host),
            format!("{0} of {0} services", o.row_count())
        );
        // Every data cell carries the contract attributes; one per column (or per party when split).
        let per_row: usize = o
            .columns
            .iter()
            .map(|c| if c.split_by_party { o.parties.len() } else { 1 })
            .sum();
        for row in all(&host, "[data-rm-row]") {
            let cells = all(&row, "td");
            assert_eq!(
                cells.len(),
                per_row,
                "{}: cells of {:?}",
                o.id,
                row.get_attribute("data-rm-row")
            );
            for td in cells {
                assert!(td.get_attribute("data-rm-col").is_some());
                let shared = td.get_attribute("data-rm-shared").unwrap_or_default();
                assert!(shared == "true" || shared == "false");
            }
        }
        assert!(one(&host, "[data-rm=\"source\"]")
            .text_content()
            .unwrap_or_default()
            .contains(&*o.source.title));
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn typing_in_search_filters_rows_and_updates_the_count() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let input: HtmlInputElement = one(&host, "[data-rm=\"search\"]").unchecked_into();
    input.set_value("patch");
    fire(&input, "input");
    settle().await;
    assert_eq!(row_ids(&host), ["patching"]);
    assert_eq!(count_text(&host), "1 of 26 services");
    assert_eq!(
        one(&host, "[data-rm-row=\"patching\"] mark")
            .text_content()
            .as_deref(),
        Some("Patch")
    );

    input.set_value("zzz nothing");
    fire(&input, "input");
    settle().await;
    assert!(row_ids(&host).is_empty());
    let empty = one(&host, "[data-rm=\"empty\"]");
    let reset: HtmlElement = one(&empty, "button").unchecked_into();
    reset.click();
    settle().await;
    assert_eq!(row_ids(&host).len(), 26, "reset brings every row back");
    host.remove();
}

#[wasm_bindgen_test]
async fn shared_only_toggle_and_variant_picker() {
    let host = mount(ViewState::for_offering("hyper-v"));
    settle().await;
    let shared: HtmlElement = one(&host, "[data-rm=\"shared-only\"]").unchecked_into();
    shared.click();
    settle().await;
    assert_eq!(
        row_ids(&host),
        [
            "manage-firewall-rule-set",
            "unmanaged-provision-windows-and-linux-os-images"
        ]
    );
    assert!(all(&host, "[data-rm-row] td")
        .iter()
        .all(|td| td.get_attribute("data-rm-shared").as_deref() == Some("true")));

    let picker: HtmlSelectElement = one(&host, "[data-rm=\"variant-picker\"]").unchecked_into();
    picker.set_value("managed-vm");
    fire(&picker, "change");
    settle().await;
    assert_eq!(
        row_ids(&host),
        ["manage-firewall-rule-set"],
        "the unmanaged table is gone"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn vmware_variant_hides_the_other_guest_os_column() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    assert_eq!(all(&host, "thead th[data-rm-col]").len(), 6);
    let picker: HtmlSelectElement = one(&host, "[data-rm=\"variant-picker\"]").unchecked_into();
    picker.set_value("unsupported-os");
    fire(&picker, "change");
    settle().await;
    let heads: Vec<String> = all(&host, "thead th[data-rm-col]")
        .iter()
        .filter_map(|t| t.get_attribute("data-rm-col"))
        .collect();
    assert_eq!(
        heads,
        [
            "physical-server",
            "esxi",
            "vm-container",
            "vm-unsupported-os",
            "application"
        ]
    );
    assert!(one(&host, "thead th[data-rm-col=\"vm-unsupported-os\"]")
        .class_name()
        .contains("emphasised"));
    // The blank source cell is shown as such, not as a guess.
    let dns = one(
        &host,
        "[data-rm-row=\"manage-dns\"] td[data-rm-col=\"vm-unsupported-os\"]",
    );
    assert!(dns
        .text_content()
        .unwrap_or_default()
        .contains("Not specified in source"));
    host.remove();
}

#[wasm_bindgen_test]
async fn legends_and_row_details_expand_and_collapse() {
    let host = mount(ViewState::for_offering("ovhcloud-kubernetes"));
    settle().await;
    let legend = one(&host, "[data-rm=\"legend-raci\"]");
    let toggle: HtmlElement = one(&legend, "button").unchecked_into();
    let body = one(&legend, ".rm-legend__body");
    assert!(body.has_attribute("hidden"), "collapsed by default");
    toggle.click();
    settle().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!body.has_attribute("hidden"));
    assert!(body
        .text_content()
        .unwrap_or_default()
        .contains("Is in charge of carrying out the process"));

    let row_toggle: HtmlElement =
        one(&host, "[data-rm-row=\"decide-kubernetes-version\"] button").unchecked_into();
    row_toggle.click();
    settle().await;
    let details = one(&host, "[data-rm-details=\"decide-kubernetes-version\"]");
    assert!(details
        .text_content()
        .unwrap_or_default()
        .contains("Customer: A; OVHcloud: IR"));
    row_toggle.click();
    settle().await;
    assert!(host
        .query_selector("[data-rm-details]")
        .expect("a valid selector")
        .is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn offering_picker_switches_the_matrix() {
    let host = mount(ViewState::for_offering("vmware"));
    settle().await;
    let picker: HtmlSelectElement = one(&host, "[data-rm=\"offering-picker\"]").unchecked_into();
    picker.set_value("goss");
    fire(&picker, "change");
    settle().await;
    let goss = offering("goss").expect("goss");
    assert_eq!(row_ids(&host).len(), goss.row_count());
    assert!(host
        .query_selector("[data-rm-row=\"patching\"]")
        .expect("a valid selector")
        .is_none());
    host.remove();
}

/// A supplied matrix of `n` rows, built from the documented example matrix:
/// row `i` is "Service i", and every 10th also mentions "kestrel".
fn large_offering(n: usize) -> &'static rm_format::model::Offering {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../../site/acme-managed-vps.json"))
            .expect("example JSON");
    let template = doc["sections"][0]["rows"][0].clone();
    let rows: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut row = template.clone();
            row["id"] = format!("service-{i}").into();
            row["activity"] = if i % 10 == 3 {
                format!("Service {i} (kestrel site)")
            } else {
                format!("Service {i}")
            }
            .into();
            row
        })
        .collect();
    doc["id"] = "large-test".into();
    doc["sections"][0]["rows"] = rows.into();
    let o = rm_format::load::parse_offering("large-test.json", &doc.to_string())
        .unwrap_or_else(|e| panic!("valid: {e:?}"));
    Box::leak(Box::new(o))
}

#[wasm_bindgen_test]
async fn a_table_over_a_page_shows_twenty_rows_and_applies_typing_in_the_next_task() {
    use leptos::prelude::*;
    use responsibility_matrix::ui::widget::Widget;
    let big = large_offering(130);
    let host = container();
    let initial = ViewState::for_offering(&big.id);
    leptos::mount::mount_to(host.clone(), move || {
        view! { <Widget state=RwSignal::new(initial) notices=RwSignal::new(Vec::new()) sync_url=false offerings=Signal::stored(vec![Choice::Supplied(big)]) /> }
    })
    .forget();
    settle().await;
    assert_eq!(row_ids(&host).len(), 20, "one page of 20");
    assert_eq!(count_text(&host), "130 of 130 services");
    let more = one(&host, "[data-rm=\"more-rows\"]");
    assert!(more
        .text_content()
        .unwrap_or_default()
        .contains("Showing 20 of 130"));
    one(&more, "button").unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(row_ids(&host).len(), 40, "Show more adds a page");

    let search: HtmlInputElement = one(&host, "[data-rm=\"search\"]").unchecked_into();
    search.set_value("kestrel");
    fire(&search, "input");
    // Not inside the input event: the table is unchanged until the next task.
    assert_eq!(row_ids(&host).len(), 40, "applied in the next task");
    settle().await;
    let shown = row_ids(&host);
    assert_eq!(shown.len(), 13, "rows 3, 13, …, 123");
    assert!(shown.iter().all(|id| {
        let i: usize = id.trim_start_matches("service-").parse().unwrap_or(0);
        i % 10 == 3
    }));
    // Hidden rows stay mounted, parked; clearing brings the first page back.
    assert!(!all(&host, "[data-rm-parked]").is_empty());
    search.set_value("");
    fire(&search, "input");
    settle().await;
    assert_eq!(
        row_ids(&host).len(),
        20,
        "a new result starts again at one page"
    );
}

fn decoded(hash: &str) -> ViewState {
    let (state, problems) = responsibility_matrix::io::url_state::decode(hash, "vmware", offering);
    assert!(problems.is_empty(), "{problems:?}");
    state
}

#[wasm_bindgen_test]
async fn hidden_filters_show_as_chips_and_each_chip_removes_its_filter() {
    // Call mode shows no domain or "shared" control: the chips say they are on.
    let host = mount(decoded("o=hyper-v&shared=1&dom=network&call=1"));
    settle().await;
    let chips: Vec<String> = all(&host, "[data-rm=\"active-filters\"] li")
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        chips,
        ["Domain: Network×", "Shared with the customer only×"]
    );
    let total = offering("hyper-v").expect("hyper-v").row_count();
    assert_eq!(count_text(&host), format!("0 of {total} services"));
    // The empty state offers each filter's removal, not only Reset.
    let offers: Vec<String> = all(&host, "[data-rm=\"empty\"] [data-rm=\"remove-filter\"]")
        .iter()
        .map(|b| b.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        offers,
        [
            "Remove “Domain: Network”",
            "Remove “Shared with the customer only”"
        ]
    );
    one(
        &host,
        "[data-rm=\"active-filters\"] [data-rm-filter=\"dom\"] button",
    )
    .unchecked_ref::<HtmlElement>()
    .click();
    settle().await;
    let left: Vec<String> = all(&host, "[data-rm=\"active-filters\"] li")
        .iter()
        .filter_map(|li| li.get_attribute("data-rm-filter"))
        .collect();
    assert_eq!(left, ["shared"], "only the domain filter went");
    assert!(!row_ids(&host).is_empty(), "shared rows are shown again");
    one(&host, "[data-rm=\"clear-filters\"]")
        .unchecked_ref::<HtmlElement>()
        .click();
    settle().await;
    assert!(host
        .query_selector("[data-rm=\"active-filters\"]")
        .unwrap()
        .is_none());
    assert_eq!(count_text(&host), format!("{total} of {total} services"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_title_follows_the_hosts_heading_level_or_is_left_out() {
    use responsibility_matrix::io::embed::Presentation;
    use responsibility_matrix::ui::widget::Widget;
    let host = container();
    let look = RwSignal::new(Presentation {
        heading_level: 4,
        ..Presentation::default()
    });
    let state = ViewState::for_offering("vmware");
    leptos::mount::mount_to(host.clone(), move || {
        view! { <Widget state=RwSignal::new(state) notices=RwSignal::new(Vec::new()) sync_url=false presentation=look /> }
    })
    .forget();
    settle().await;
    assert_eq!(one(&host, ".rm-title").tag_name(), "H4");
    assert_eq!(one(&host, ".rm-source__heading").tag_name(), "H5");
    assert!(all(&host, ".rm-legend__heading")
        .iter()
        .all(|h| h.tag_name() == "H5"));
    assert!(host.query_selector("h2").unwrap().is_none(), "no <h2> left");
    look.update(|l| l.hide_title = true);
    settle().await;
    assert!(host.query_selector(".rm-title").unwrap().is_none());
    assert!(one(&host, ".rm-summary").text_content().is_some());
    host.remove();
}
