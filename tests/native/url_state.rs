//! URL hash state: round trips over every offering and variant, and garbage
//! input that must fall back quietly, never panic.

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::io::url_state::{decode, encode, percent_decode, percent_encode};
use responsibility_matrix::rules::filter::{View, ViewState};
use rm_format::model::Domain;

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
                    ..ViewState::default()
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

#[test]
fn every_view_and_its_options_round_trip() {
    for o in offerings() {
        // Compare targets: each other variant of this offering and each other offering.
        let mut targets: Vec<Option<String>> = vec![None];
        targets.extend(o.variant_options().iter().map(|v| Some(v.id.to_string())));
        targets.extend(
            offerings()
                .iter()
                .filter(|x| x.id != o.id)
                .map(|x| Some(x.id.to_string())),
        );
        for view in View::ALL {
            for compare_with in &targets {
                for party in
                    std::iter::once(None).chain(o.parties.iter().map(|p| Some(p.id.to_string())))
                {
                    let state = ViewState {
                        view,
                        compare_with: compare_with.clone(),
                        changes_only: compare_with.is_some(),
                        call_mode: party.is_some(),
                        own_party: party,
                        ..ViewState::for_offering(&o.id)
                    };
                    let hash = encode(&state);
                    let (back, notices) = parse(&format!("#{hash}"));
                    assert_eq!(back, state, "round trip of {hash}");
                    assert!(notices.is_empty(), "{hash}: {notices:?}");
                }
            }
        }
    }
}

#[test]
fn view_keys_are_short_documented_and_default_free() {
    let s = ViewState {
        variant: Some("supported-os".into()),
        view: View::Compare,
        compare_with: Some("unsupported-os".into()),
        changes_only: true,
        call_mode: true,
        own_party: Some("rackspace".into()),
        ..ViewState::for_offering("vmware")
    };
    assert_eq!(
        encode(&s),
        "o=vmware&v=supported-os&view=compare&cmp=unsupported-os&changes=1&call=1&own=rackspace"
    );
    // The table is the default view and is left out.
    let table = ViewState {
        view: View::Table,
        ..ViewState::for_offering("vmware")
    };
    assert_eq!(encode(&table), "o=vmware");
    let (back, n) = parse("#o=ovhcloud-kubernetes&view=compare&cmp=rackspace-kubernetes");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back.view, View::Compare);
    assert_eq!(back.compare_with.as_deref(), Some("rackspace-kubernetes"));
    let (own, _) = parse("#o=hyper-v&view=own&own=customer");
    assert_eq!(
        (own.view, own.own_party.as_deref()),
        (View::Own, Some("customer"))
    );
    let (cov, _) = parse("#o=goss&view=coverage");
    assert_eq!(cov.view, View::Coverage);
}

#[test]
fn bad_view_values_fall_back_with_one_notice_each() {
    let (s, n) = parse("#o=vmware&view=pie&cmp=managed-vm&changes=yes&call=2&own=martians");
    assert_eq!(s.offering, "vmware");
    assert_eq!(s.view, View::Table);
    assert_eq!(
        s.compare_with, None,
        "Hyper-V's VM type is not a VMware variant"
    );
    assert!(!s.changes_only && !s.call_mode && s.own_party.is_none());
    assert_eq!(n.len(), 5, "{n:#?}");
    for bad in ["pie", "managed-vm", "changes=yes", "call=2", "martians"] {
        assert!(n.iter().any(|m| m.contains(bad)), "{bad}: {n:#?}");
    }
    // Comparing an offering with itself is not a comparison.
    let (s, n) = parse("#o=vmware&view=compare&cmp=vmware");
    assert_eq!((s.view, s.compare_with), (View::Compare, None));
    assert_eq!(n.len(), 1, "{n:?}");
}
