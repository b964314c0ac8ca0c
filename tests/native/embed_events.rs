//! The `rm-change` detail and the `sync-url` hash keys: what a host page
//! receives and what it finds in its own hash.

use responsibility_matrix::catalog;
use responsibility_matrix::io::events::ChangeDetail;
use responsibility_matrix::io::hash_keys;
use responsibility_matrix::io::url_state;
use responsibility_matrix::rules::filter::{View, ViewState};
use rm_format::model::Domain;
use serde_json::Value;

fn state() -> ViewState {
    ViewState {
        offering: "vmware".into(),
        variant: Some("unsupported-os".into()),
        query: "patch & \"os\"".into(),
        domain: Some(Domain::PatchingAndChange),
        party: Some("customer".into()),
        shared_only: true,
        expanded_row: Some("patching".into()),
        view: View::Own,
        ..ViewState::default()
    }
}

#[test]
fn change_detail_carries_offering_variant_filters_view_and_row() {
    let json: Value = serde_json::from_str(&ChangeDetail::from_state(&state()).to_json()).unwrap();
    assert_eq!(json["offering"], "vmware");
    assert_eq!(json["variant"], "unsupported-os");
    assert_eq!(json["view"], "own");
    assert_eq!(json["row"], "patching");
    let f = &json["filters"];
    assert_eq!(f["search"], "patch & \"os\"");
    assert_eq!(f["domain"], Domain::PatchingAndChange.id());
    assert_eq!(f["party"], "customer");
    assert_eq!(f["sharedOnly"], true);
    assert_eq!(f["otherColumns"], false);
    assert_eq!(f["section"], Value::Null);
}

#[test]
fn change_detail_hash_reopens_the_same_view() {
    let detail = ChangeDetail::from_state(&state());
    let (back, notices) = url_state::decode(&detail.hash, "goss", catalog::offering);
    assert_eq!(notices, Vec::<String>::new());
    assert_eq!(ChangeDetail::from_state(&back), detail);
}

#[test]
fn default_view_has_nulls_not_missing_fields() {
    let s = ViewState {
        offering: "goss".into(),
        ..ViewState::default()
    };
    let json: Value = serde_json::from_str(&ChangeDetail::from_state(&s).to_json()).unwrap();
    for key in ["offering", "variant", "filters", "view", "row", "hash"] {
        assert!(json.get(key).is_some(), "{key} missing in {json}");
    }
    assert_eq!(json["variant"], Value::Null);
    assert_eq!(json["view"], "table");
}

#[test]
fn two_widgets_keep_their_own_keys_and_the_host_part() {
    let a = url_state::encode(&state());
    let b = "o=goss&q=backup";
    let hash = hash_keys::write("#install", "first", &a);
    let hash = hash_keys::write(&hash, "second", b);
    assert!(hash.starts_with("#install&rm-first="), "{hash}");
    assert_eq!(hash_keys::read(&hash, "first").as_deref(), Some(a.as_str()));
    assert_eq!(hash_keys::read(&hash, "second"), Some(b.to_string()));
    // Rewriting one leaves the other and the host's part in place.
    let again = hash_keys::write(&hash, "first", "o=hyper-v");
    assert_eq!(hash_keys::read(&again, "second"), Some(b.to_string()));
    assert_eq!(
        hash_keys::read(&again, "first").as_deref(),
        Some("o=hyper-v")
    );
    assert!(
        again.starts_with("#install&rm-first=o%3Dhyper-v&rm-second="),
        "{again}"
    );
}

#[test]
fn the_stored_value_survives_any_search_text() {
    let s = ViewState {
        offering: "goss".into(),
        query: "a&b=c #d %e+f é".into(),
        ..ViewState::default()
    };
    let hash = hash_keys::write("", "docs", &url_state::encode(&s));
    assert_eq!(
        hash.matches('&').count(),
        0,
        "the pair must not split: {hash}"
    );
    let stored = hash_keys::read(&hash, "docs").unwrap();
    let (back, _) = url_state::decode(&stored, "goss", catalog::offering);
    assert_eq!(back.query, s.query);
}

#[test]
fn empty_state_removes_the_key_and_missing_keys_read_none() {
    let hash = hash_keys::write("#top&rm-x=o%3Dgoss", "x", "");
    assert_eq!(hash, "#top");
    assert_eq!(hash_keys::write("#rm-x=o%3Dgoss", "x", ""), "");
    assert_eq!(hash_keys::read("#top", "x"), None);
    assert_eq!(hash_keys::read("", "x"), None);
    // A broken escape is not a state.
    assert_eq!(hash_keys::read("#rm-x=%ZZ", "x"), None);
    // Names are distinct keys, not prefixes.
    assert_eq!(hash_keys::read("#rm-xy=o%3Dgoss", "x"), None);
}

#[test]
fn names_are_encoded_into_one_key() {
    assert_eq!(hash_keys::key("my docs"), "rm-my%20docs");
    assert!(!hash_keys::is_valid_name("  "));
    let hash = hash_keys::write("", "a&b", "o=goss");
    assert_eq!(hash_keys::read(&hash, "a&b").as_deref(), Some("o=goss"));
    assert_eq!(hash_keys::read(&hash, "a"), None);
}
