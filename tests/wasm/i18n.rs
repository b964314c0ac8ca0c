//! The widget in French: every view (with and without call mode), the help
//! dialog, an opened row's details, open legends, active filter chips, the
//! empty state and the open-a-matrix steps show no English string of the
//! catalog; the custom element re-words itself when its `lang` changes.
//! Data keeps its own language, so an English catalog string that is also a
//! name in the data (a party called "Customer") is not counted, nor one that
//! is a word of the data format's cell vocabulary (a status such as "N/A"),
//! which cells, exports and search share.

use leptos::prelude::*;
use responsibility_matrix::catalog::{self, default_offering};
use responsibility_matrix::element::MatrixElement;
use responsibility_matrix::i18n::{strings, Lang};
use responsibility_matrix::rules::filter::ViewState;
use responsibility_matrix::rules::state::View;
use responsibility_matrix::ui::widget::Widget;
use rm_format::model::{Domain, Qualifier, Status};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

use crate::support::*;

fn mount_in(lang: Lang, initial: ViewState) -> HtmlElement {
    let host = container();
    leptos::mount::mount_to(host.clone(), move || {
        view! { <Widget state=RwSignal::new(initial) notices=RwSignal::new(Vec::new()) sync_url=false lang /> }
    })
    .forget();
    host
}

/// Views come from chunks (futures): a few frames.
async fn settle_long() {
    for _ in 0..10 {
        settle().await;
    }
}

/// What a reader sees or hears under `root`: each element's own text and its read attributes.
fn read_texts(root: &Element) -> Vec<String> {
    let mut out = Vec::new();
    for el in all(root, "*") {
        let nodes = el.child_nodes();
        let own: String = (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter(|n| n.node_type() == web_sys::Node::TEXT_NODE)
            .filter_map(|n| n.text_content())
            .collect();
        out.push(own.trim().to_string());
        for attr in ["aria-label", "title", "placeholder", "label", "data-label"] {
            out.extend(el.get_attribute(attr).map(|v| v.trim().to_string()));
        }
    }
    out
}

/// Names in the built-in data and the cell vocabulary: they stay as the source writes them.
fn data_names() -> Vec<String> {
    let mut out: Vec<String> = Qualifier::ALL
        .iter()
        .map(|q| q.label().to_string())
        .collect();
    let statuses = [
        Status::NotApplicable,
        Status::No,
        Status::Depends { on: None },
        Status::CustomerSpecific,
        Status::NotSpecified,
    ];
    out.extend(statuses.iter().map(|s| s.label().to_string()));
    for o in catalog::offerings() {
        out.push(o.title.to_string());
        out.extend(o.parties.iter().map(|p| p.name.to_string()));
        out.extend(o.columns.iter().map(|c| c.label.to_string()));
        out.extend(o.sections.iter().map(|s| s.title.to_string()));
        if let Some(d) = &o.variants {
            out.push(d.label.to_string());
            out.extend(d.options.iter().map(|v| v.label.to_string()));
        }
    }
    out
}

/// The English catalog strings found in `root` (those French writes
/// differently, and that are not also names in the data), plus the
/// English domain names.
fn english_in(root: &Element) -> Vec<String> {
    let texts = read_texts(root);
    let data = data_names();
    let mut english: Vec<String> = strings::EN
        .entries()
        .into_iter()
        .zip(strings::FR.entries())
        .filter(|((_, en), (_, fr))| en != fr)
        .map(|((_, en), _)| en.trim().to_string())
        .filter(|en| !en.is_empty() && !data.contains(en))
        .collect();
    english.extend(
        Domain::ALL
            .into_iter()
            .map(|d| Lang::En.domain(d).to_string())
            .filter(|en| !data.contains(en)),
    );
    english
        .into_iter()
        .filter(|en| texts.iter().any(|t| t == en))
        .collect()
}

fn assert_french(host: &Element, what: &str) {
    let found = english_in(host);
    assert!(found.is_empty(), "{what}: {found:?}");
}

#[wasm_bindgen_test]
async fn every_view_in_french_shows_no_english_interface_string() {
    let o = default_offering().expect("a built-in offering");
    for view in View::ALL {
        for call_mode in [false, true] {
            let state = ViewState {
                view,
                call_mode,
                ..ViewState::for_offering(&o.id)
            };
            let host = mount_in(Lang::Fr, state);
            settle_long().await;
            let root = one(&host, "[data-rm=widget]");
            assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
            assert_french(&host, &format!("{view:?} (call mode {call_mode})"));
            if view == View::Table && !call_mode {
                one(&host, "[data-rm=export]");
                let count = one(&host, "[data-rm=\"count\"]")
                    .text_content()
                    .unwrap_or_default();
                assert!(
                    count.ends_with(&format!("sur {}", o.row_count())),
                    "{count:?}"
                );
            }
        }
    }
    // The help dialog, opened from the view bar.
    let host = mount_in(Lang::Fr, ViewState::for_offering(&o.id));
    settle().await;
    click(&host, "[data-rm=\"help-open\"]");
    settle().await;
    one(&host, "[data-rm=\"help\"]");
    assert_french(&host, "help");
    click(&host, "[data-rm=\"help-close\"]");
    settle().await;
}

#[wasm_bindgen_test]
async fn details_legends_chips_and_the_empty_state_in_french() {
    for o in catalog::offerings() {
        let first = o.rows().next().map(|(_, r)| r.id.to_string());
        let state = ViewState {
            expanded_row: first,
            legend_raci: true,
            legend_qualifiers: true,
            ..ViewState::for_offering(&o.id)
        };
        let host = mount_in(Lang::Fr, state);
        settle_long().await;
        one(&host, "[data-rm-details]");
        assert_french(&host, &format!("{}: details and legends", o.id));
    }
    // Filters the controls show as chips, then a search that matches nothing.
    let o = default_offering().expect("a built-in offering");
    let domain = o.rows().map(|(_, r)| r.domain).next();
    let state = ViewState {
        query: "a".into(),
        domain,
        shared_only: true,
        ..ViewState::for_offering(&o.id)
    };
    let host = mount_in(Lang::Fr, state);
    settle_long().await;
    let chips = one(&host, "[data-rm=active-filters]").text_content();
    assert!(
        chips.is_some_and(|c| c.contains("Recherche")),
        "French chips"
    );
    assert_french(&host, "active filters");
    let state = ViewState {
        query: "zz-matches-nothing-zz".into(),
        ..ViewState::for_offering(&o.id)
    };
    let host = mount_in(Lang::Fr, state);
    settle_long().await;
    one(&host, "[data-rm=empty]");
    assert_french(&host, "empty state");
}

#[wasm_bindgen_test]
async fn the_open_a_matrix_steps_in_french() {
    let o = default_offering().expect("a built-in offering");
    let host = mount_in(Lang::Fr, ViewState::for_offering(&o.id));
    settle().await;
    click(&host, "[data-rm=\"open-paste\"]");
    settle_long().await;
    one(&host, "[data-rm=\"open-paste-text\"]");
    assert_french(&host, "paste step");
    // A table that cannot be read: the error, in French, over the paste step.
    let area: HtmlTextAreaElement = one(&host, "[data-rm=\"open-paste-text\"]").unchecked_into();
    area.set_value("just one line");
    click(&host, "[data-rm=\"open-paste-read\"]");
    settle_long().await;
    let error = one(&host, "[data-rm=\"open-error\"]").text_content();
    assert!(
        error.is_some_and(|e| e.contains("n’a pas pu être ouvert")),
        "French error"
    );
    assert_french(&host, "paste error");
    // A readable table: the review step.
    area.set_value("Activity\tWho\nPatch the OS\tAcme\nBack up data\tCustomer\n");
    click(&host, "[data-rm=\"open-paste-read\"]");
    settle_long().await;
    one(&host, "[data-rm=\"open-findings\"]");
    assert_french(&host, "review step");
    // Closed again, so no open dialog holds focus for the tests that follow.
    click(&host, "[data-rm=\"open-cancel\"]");
    settle_long().await;
    assert!(all(&host, "[data-rm=\"open-dialog\"]").is_empty());
}

#[wasm_bindgen_test]
async fn the_same_walk_finds_english_in_an_english_widget() {
    // The checks above can fail: in English they find the catalog's strings.
    let o = default_offering().expect("a built-in offering");
    let host = mount_in(Lang::En, ViewState::for_offering(&o.id));
    settle().await;
    let root = one(&host, "[data-rm=widget]");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    let found = english_in(&host);
    for expected in ["Reset filters", "Copy link", "Search services", "Call mode"] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected} not found in {found:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_element_rewords_itself_when_its_lang_changes() {
    let host = container();
    let element = MatrixElement::new(
        host.clone(),
        vec!["lang".into(), "fr".into()],
        None,
        None,
        None,
        None,
    );
    settle_long().await;
    let lang = || {
        one(&host, "[data-rm=widget]")
            .get_attribute("lang")
            .unwrap_or_default()
    };
    assert_eq!(lang(), "fr");
    assert_french(&host, "element in French");
    // A view attribute changes the widget in place, not through a rebuild.
    let before = one(&host, "[data-rm=widget]");
    element.attribute_changed("search", Some("dns".into()));
    settle_long().await;
    assert!(before.is_same_node(Some(&one(&host, "[data-rm=widget]"))));
    element.attribute_changed("lang", Some("en".into()));
    settle_long().await;
    assert_eq!(lang(), "en");
    let search: web_sys::HtmlInputElement = one(&host, "[data-rm=search]").unchecked_into();
    assert_eq!(
        search.value(),
        "dns",
        "the view outlives the language change"
    );
    let found = english_in(&host);
    assert!(
        found.iter().any(|f| f == "Reset filters"),
        "English after lang=en: {found:?}"
    );
    element.attribute_changed("lang", Some("fr".into()));
    settle_long().await;
    assert_eq!(lang(), "fr");
    assert_french(&host, "element back in French");
}
