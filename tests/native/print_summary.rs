//! The print header's lines: every active choice named, or "every service".

use responsibility_matrix::catalog;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::rules::filter::ViewState;
use responsibility_matrix::rules::print_summary::lines;

#[test]
fn names_variant_search_and_filters_with_their_labels() {
    let o = catalog::offering("vmware").expect("vmware is built in");
    let variant = &o.variants.as_ref().expect("vmware has variants").options[0];
    let party = &o.parties[0];
    let s = ViewState {
        offering: "vmware".into(),
        variant: Some(variant.id.to_string()),
        query: " patch ".into(),
        party: Some(party.id.to_string()),
        shared_only: true,
        ..ViewState::default()
    };
    let l = lines(Lang::En, &s, o);
    assert!(l[0].ends_with(&format!(": {}", variant.label)), "{l:?}");
    assert!(l.contains(&"Search: “patch”".to_string()), "{l:?}");
    assert!(l.contains(&format!("Party: {}", party.name)), "{l:?}");
    assert!(!l.iter().any(|x| x.contains("every service")), "{l:?}");
}

#[test]
fn an_unfiltered_view_says_every_service() {
    let o = catalog::offering("goss").expect("goss is built in");
    let l = lines(
        Lang::En,
        &ViewState {
            offering: "goss".into(),
            ..ViewState::default()
        },
        o,
    );
    assert_eq!(l, ["No search or filters: every service"]);
}
