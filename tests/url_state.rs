//! URL hash state: round trips over every offering and variant, and garbage
//! input that must fall back quietly, never panic.

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::filter::ViewState;
use responsibility_matrix::model::Domain;
use responsibility_matrix::url_state::{decode, encode, percent_decode, percent_encode};

fn parse(hash: &str) -> (ViewState, Vec<String>) {
    decode(hash, "vmware", offering)
}

#[test]
fn every_offering_variant_and_filter_round_trips() {
    for o in offerings() {
        let mut variants: Vec<Option<String>> = vec![None];
        variants.extend(o.variant_options().iter().map(|v| Some(v.id.to_string())));
        for variant in variants {
            let first_section = o.sections.first().map(|s| s.id.to_string());
            let first_row = o.rows().next().map(|(_, r)| r.id.to_string());
            let states = [
                ViewState {
                    offering: o.id.to_string(),
                    variant: variant.clone(),
                    ..ViewState::default()
                },
                ViewState {
                    offering: o.id.to_string(),
                    variant: variant.clone(),
                    query: "patch & co = 100% “réel” #1".into(),
                    section: first_section,
                    domain: Some(Domain::BackupAndContinuity),
                    party: Some(o.parties[0].id.to_string()),
                    shared_only: true,
                    show_other_columns: true,
                    legend_raci: true,
                    legend_qualifiers: true,
                    expanded_row: first_row,
                },
            ];
            for state in states {
                let hash = encode(&state);
                let (back, notices) = parse(&format!("#{hash}"));
                assert_eq!(back, state, "round trip of {hash}");
                assert!(notices.is_empty(), "{hash}: {notices:?}");
            }
        }
    }
}

#[test]
fn links_are_short_and_readable() {
    let mut s = ViewState::for_offering("vmware");
    s.variant = Some("unsupported-os".into());
    s.query = "patch".into();
    s.party = Some("customer".into());
    s.shared_only = true;
    assert_eq!(
        encode(&s),
        "o=vmware&v=unsupported-os&q=patch&party=customer&shared=1"
    );
}

#[test]
fn empty_hash_is_the_default_view_without_notices() {
    for h in ["", "#", "#&&"] {
        let (s, n) = parse(h);
        assert_eq!(s, ViewState::for_offering("vmware"));
        assert!(n.is_empty());
    }
}

#[test]
fn unknown_keys_are_ignored_silently() {
    let (s, n) = parse("#o=hyper-v&utm_source=mail&zzz");
    assert_eq!(s.offering, "hyper-v");
    assert!(n.is_empty(), "{n:?}");
}

#[test]
fn bad_values_fall_back_with_a_notice_and_keep_the_good_ones() {
    let (s, n) = parse("#o=hyper-v&v=not-a-type&q=dns&shared=yes&dom=weather&party=martians&sec=nope&legend=raci,bogus&row=ghost&cols=some");
    assert_eq!(s.offering, "hyper-v");
    assert_eq!(s.variant, None);
    assert_eq!(
        s.query, "dns",
        "a bad value elsewhere does not wipe the good search"
    );
    assert!(s.legend_raci);
    assert!(
        !s.shared_only
            && s.domain.is_none()
            && s.party.is_none()
            && s.section.is_none()
            && s.expanded_row.is_none()
    );
    assert_eq!(n.len(), 8, "one notice per bad value: {n:#?}");
    assert!(n.iter().any(|m| m.contains("not-a-type")));
}

#[test]
fn unknown_offering_falls_back_to_the_default() {
    let (s, n) = parse("#o=%3Cscript%3Ealert(1)%3C%2Fscript%3E&v=managed-vm");
    assert_eq!(s.offering, "vmware");
    assert_eq!(n.len(), 2, "{n:?}");
    assert!(
        n[0].contains("<script>"),
        "the notice quotes the value as text"
    );
}

#[test]
fn malformed_escapes_and_invalid_utf8_are_ignored_with_a_notice() {
    for h in [
        "#o=vmware&q=%ZZ",
        "#o=vmware&q=%FF%FE",
        "#o=vmware&q=%E2%82",
        "#o=vmware&q=%",
    ] {
        let (s, n) = parse(h);
        assert_eq!(s.offering, "vmware", "{h}");
        assert_eq!(s.query, "", "{h}");
        assert_eq!(n.len(), 1, "{h}: {n:?}");
    }
}

#[test]
fn huge_search_values_are_truncated() {
    let long = "a".repeat(100_000);
    let (s, _) = parse(&format!("#q={long}"));
    assert_eq!(s.query.chars().count(), 200);
}

#[test]
fn percent_coding_round_trips_any_text() {
    for text in [
        "",
        "plain",
        "a b&c=d#e%f",
        "Réplication “quoted” ✓ 中文",
        "+plus+",
    ] {
        assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
    }
    assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
}

#[test]
fn the_last_of_repeated_keys_wins() {
    let (s, n) = parse("#o=vmware&o=hyper-v");
    assert_eq!(s.offering, "hyper-v");
    assert!(n.is_empty());
}
