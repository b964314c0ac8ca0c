//! The widget in French: every view, call mode and the help dialog show no
//! English string of the catalog (data keeps its own language).

use leptos::prelude::*;
use responsibility_matrix::catalog::default_offering;
use responsibility_matrix::i18n::{strings, Lang};
use responsibility_matrix::rules::filter::ViewState;
use responsibility_matrix::rules::state::View;
use responsibility_matrix::ui::widget::Widget;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use crate::support::*;

fn mount_in(lang: Lang, initial: ViewState) -> HtmlElement {
    let host = container();
    leptos::mount::mount_to(host.clone(), move || {
        view! { <Widget state=RwSignal::new(initial) notices=RwSignal::new(Vec::new()) sync_url=false lang /> }
    })
    .forget();
    host
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
        for attr in ["aria-label", "title", "placeholder", "label"] {
            out.extend(el.get_attribute(attr).map(|v| v.trim().to_string()));
        }
    }
    out
}

/// The English catalog strings found in `root` (those French writes differently).
fn english_in(root: &Element) -> Vec<String> {
    let texts = read_texts(root);
    strings::EN
        .entries()
        .into_iter()
        .zip(strings::FR.entries())
        .filter(|((_, en), (_, fr))| en != fr)
        .map(|((_, en), _)| en.trim())
        .filter(|en| texts.iter().any(|t| t == en))
        .map(String::from)
        .collect()
}

#[wasm_bindgen_test]
async fn every_view_in_french_shows_no_english_interface_string() {
    let o = default_offering().expect("a built-in offering");
    // "What do I own?" and coverage join this walk when their strings are in
    // the catalog (their files are on the native scan's pending list).
    for view in [View::Table, View::Compare] {
        for call_mode in [false, true] {
            let state = ViewState {
                view,
                call_mode,
                ..ViewState::for_offering(&o.id)
            };
            let host = mount_in(Lang::Fr, state);
            settle().await;
            let root = one(&host, "[data-rm=widget]");
            assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
            let found = english_in(&host);
            assert!(
                found.is_empty(),
                "{view:?} (call mode {call_mode}): {found:?}"
            );
            if view == View::Table {
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
    let found = english_in(&host);
    assert!(found.is_empty(), "help: {found:?}");
}

#[wasm_bindgen_test]
async fn the_same_walk_finds_english_in_an_english_widget() {
    // The check above can fail: in English it finds the catalog's strings.
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
