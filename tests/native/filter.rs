//! Variants, search, section/domain/party filters and their combinations,
//! on the real seed offerings.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::rules::filter::{
    applicable_rows, visible_columns, visible_rows, ViewState,
};
use responsibility_matrix::rules::text::Query;
use rm_format::model::{Domain, Offering};

fn get(id: &str) -> &'static Offering {
    offering(id).unwrap_or_else(|| panic!("{id} is built in"))
}

fn ids(o: &Offering, state: &ViewState) -> Vec<String> {
    visible_rows(o, state)
        .iter()
        .map(|r| r.row.id.to_string())
        .collect()
}

fn view(id: &str, f: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut s = ViewState::for_offering(id);
    f(&mut s);
    s
}

#[test]
fn hyper_v_variant_shows_common_tables_plus_that_vm_types_tables() {
    let o = get("hyper-v");
    // Hardware 4 + Network 9 apply to both; managed tables 6+3+6+2+1, unmanaged 2+3+1+2+6.
    assert_eq!(
        applicable_rows(
            o,
            &view("hyper-v", |s| s.variant = Some("managed-vm".into()))
        )
        .len(),
        13 + 18
    );
    assert_eq!(
        applicable_rows(
            o,
            &view("hyper-v", |s| s.variant = Some("unmanaged-vm".into()))
        )
        .len(),
        13 + 14
    );
    assert_eq!(
        applicable_rows(o, &ViewState::for_offering("hyper-v")).len(),
        45
    );
    let unmanaged = ids(
        o,
        &view("hyper-v", |s| s.variant = Some("unmanaged-vm".into())),
    );
    assert!(unmanaged.iter().all(|id| !id.starts_with("managed-")));
}

#[test]
fn vmware_variant_emphasises_its_column_and_hides_the_other_unless_asked() {
    let o = get("vmware");
    let state = view("vmware", |s| s.variant = Some("unsupported-os".into()));
    let cols = visible_columns(o, &state);
    let names: Vec<&str> = cols.iter().map(|c| &*c.column.id).collect();
    assert_eq!(
        names,
        [
            "physical-server",
            "esxi",
            "vm-container",
            "vm-unsupported-os",
            "application"
        ]
    );
    assert_eq!(
        cols.iter()
            .filter(|c| c.emphasised)
            .map(|c| &*c.column.id)
            .collect::<Vec<_>>(),
        ["vm-unsupported-os"]
    );

    let with_other = view("vmware", |s| {
        s.variant = Some("unsupported-os".into());
        s.show_other_columns = true;
    });
    assert_eq!(visible_columns(o, &with_other).len(), 6);
    // VMware variants select columns, not rows: all 26 services stay.
    assert_eq!(visible_rows(o, &state).len(), 26);
}

#[test]
fn kubernetes_category_selects_stack_rows() {
    let o = get("rackspace-kubernetes");
    let all = applicable_rows(o, &ViewState::for_offering("rackspace-kubernetes")).len();
    let infra = applicable_rows(
        o,
        &view("rackspace-kubernetes", |s| {
            s.variant = Some("infrastructure".into())
        }),
    )
    .len();
    let catalog = applicable_rows(
        o,
        &view("rackspace-kubernetes", |s| {
            s.variant = Some("catalog".into())
        }),
    )
    .len();
    assert!(infra < all && catalog < all);
    let catalog_ids = ids(
        o,
        &view("rackspace-kubernetes", |s| {
            s.variant = Some("catalog".into())
        }),
    );
    assert!(
        catalog_ids.iter().any(|id| id.contains("velero")),
        "Velero is a catalog application: {catalog_ids:?}"
    );
    assert!(
        !catalog_ids.iter().any(|id| id.contains("prometheus")),
        "Prometheus is infrastructure"
    );
}

#[test]
fn search_is_case_and_accent_insensitive_and_reads_cells_and_sections() {
    let o = get("vmware");
    assert_eq!(
        ids(o, &view("vmware", |s| s.query = "PATCH".into())),
        ["patching"]
    );
    assert_eq!(
        ids(o, &view("vmware", |s| s.query = "pâtçh".into())),
        ["patching"]
    );
    // Cell text: "Rackspace Reactive Only" appears only in the two monitoring rows.
    assert_eq!(
        ids(o, &view("vmware", |s| s.query = "reactive".into())),
        ["performance-monitoring", "outage-monitoring"]
    );
    // Section title: every row of "Backups".
    assert_eq!(
        ids(o, &view("vmware", |s| s.query = "backups".into())),
        ["file-level-backups", "image-level-backups"]
    );
    // Notes: the reading of the misspelt "Bandwith".
    assert!(ids(o, &view("vmware", |s| s.query = "bandwidth".into()))
        .contains(&"bandwidth-consumption-reporting".to_string()));
    assert!(ids(o, &view("vmware", |s| s.query = "no such words".into())).is_empty());
}

#[test]
fn party_filter_keeps_rows_where_that_party_holds_a_tick_r_or_a() {
    let o = get("ovhcloud-kubernetes");
    let customer = ids(
        o,
        &view("ovhcloud-kubernetes", |s| s.party = Some("customer".into())),
    );
    let provider = ids(
        o,
        &view("ovhcloud-kubernetes", |s| s.party = Some("ovhcloud".into())),
    );
    // Customer is only Informed of the install and of performance monitoring: not theirs.
    assert!(!customer.contains(&"install-kubernetes-cluster".to_string()));
    assert!(!customer.contains(&"monitor-service-performance".to_string()));
    assert!(provider.contains(&"install-kubernetes-cluster".to_string()));
    assert!(customer.contains(&"decide-kubernetes-version".to_string()));
    assert!(provider.contains(&"decide-kubernetes-version".to_string()));
    // Every row has a holder on at least one side in this source.
    let either: std::collections::BTreeSet<_> = customer.iter().chain(provider.iter()).collect();
    assert_eq!(either.len(), o.row_count());
}

#[test]
fn filters_combine_and_reset() {
    let o = get("hyper-v");
    let mut state = view("hyper-v", |s| {
        s.variant = Some("unmanaged-vm".into());
        s.query = "patch".into();
    });
    assert_eq!(ids(o, &state), ["unmanaged-os-patching"]);
    state.shared_only = true;
    assert!(ids(o, &state).is_empty(), "OS patching is Rackspace alone");
    assert!(state.is_filtered());
    state.reset_filters();
    assert!(!state.is_filtered());
    assert_eq!(
        state.variant.as_deref(),
        Some("unmanaged-vm"),
        "reset keeps the variant"
    );
    assert_eq!(ids(o, &state).len(), 27);
}

#[test]
fn section_and_domain_filters() {
    let o = get("vmware");
    assert_eq!(
        ids(o, &view("vmware", |s| s.section = Some("backups".into()))).len(),
        2
    );
    let monitoring = ids(o, &view("vmware", |s| s.domain = Some(Domain::Monitoring)));
    assert_eq!(monitoring, ["performance-monitoring", "outage-monitoring"]);
    let shared_change = ids(
        o,
        &view("vmware", |s| {
            s.domain = Some(Domain::PatchingAndChange);
            s.shared_only = true;
        }),
    );
    assert_eq!(shared_change, ["patching", "scheduled-maintenances"]);
}

#[test]
fn highlight_keeps_the_users_text_and_marks_accent_folded_matches() {
    let runs = Query::new("replication").highlight("VM Réplication (Zerto)");
    assert_eq!(
        runs,
        vec![
            ("VM ".into(), false),
            ("Réplication".into(), true),
            (" (Zerto)".into(), false)
        ]
    );
    assert_eq!(Query::new("").highlight("abc"), vec![("abc".into(), false)]);
    assert_eq!(
        Query::new("a")
            .highlight("aXa")
            .iter()
            .filter(|(_, m)| *m)
            .count(),
        2
    );
}

#[test]
fn cell_text_keeps_party_names_capitalised_in_qualifiers() {
    let o = get("vmware");
    let row = o
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == "patching")
        .expect("patching");
    let cell = row.cell("physical-server").expect("cell");
    assert_eq!(
        responsibility_matrix::rules::present::cell_text(o, cell),
        "Rackspace, coordinated with Customer"
    );
    let fee = o
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == "vm-replication")
        .expect("zerto");
    assert_eq!(
        responsibility_matrix::rules::present::cell_text(
            o,
            fee.cell("vm-container").expect("cell")
        ),
        "Rackspace, coordinated with Customer, fee"
    );
}

#[test]
fn the_search_index_finds_exactly_what_reading_each_row_finds() {
    use responsibility_matrix::rules::filter::{visible_rows_indexed, SearchIndex};
    let queries = [
        "",
        "patch",
        "RACKSPACE",
        "n/a",
        "réplication",
        "reactive only",
        "customer: a",
        "✓",
        "ssh",
        "zz-no-match",
    ];
    for o in responsibility_matrix::catalog::offerings() {
        let mut variants: Vec<Option<String>> = vec![None];
        variants.extend(o.variant_options().iter().map(|v| Some(v.id.to_string())));
        for variant in variants {
            for q in queries {
                let state = ViewState {
                    variant: variant.clone(),
                    query: q.into(),
                    ..ViewState::for_offering(&o.id)
                };
                let index = SearchIndex::build(o, &state);
                let indexed: Vec<&str> = visible_rows_indexed(o, &state, &index)
                    .iter()
                    .map(|r| &*r.row.id)
                    .collect();
                // An empty index makes every row fall back to reading its own text.
                let direct: Vec<&str> = visible_rows_indexed(o, &state, &SearchIndex::default())
                    .iter()
                    .map(|r| &*r.row.id)
                    .collect();
                assert_eq!(indexed, direct, "{} {variant:?} {q:?}", o.id);
            }
        }
    }
}

#[test]
fn string_search_over_folded_text_equals_char_search() {
    use responsibility_matrix::rules::text::{fold, Query};
    let queries = [
        "patch",
        "é",
        "ss",
        "n/a",
        "rack space",
        "⇄",
        "ü",
        "—",
        "kubernetes",
        "x",
    ];
    for o in responsibility_matrix::catalog::offerings() {
        for (_, row) in o.rows() {
            let text = fold(&format!("{} {}", row.activity, row.id));
            let chars: Vec<char> = text.chars().collect();
            for q in queries.iter().map(|q| Query::new(q)) {
                assert_eq!(
                    q.matches_folded_str(&text),
                    q.matches_folded(&chars),
                    "{q:?} in {text}"
                );
            }
        }
    }
}

/// Types `text` character by character, then deletes it the same way, and
/// returns the states in order: the keystrokes of a user searching.
fn keystrokes(base: &ViewState, text: &str) -> Vec<ViewState> {
    let chars: Vec<char> = text.chars().collect();
    let typed = (1..=chars.len()).map(|n| chars[..n].iter().collect::<String>());
    let deleted = (0..chars.len())
        .rev()
        .map(|n| chars[..n].iter().collect::<String>());
    typed
        .chain(deleted)
        .map(|query| ViewState {
            query,
            ..base.clone()
        })
        .collect()
}

#[test]
fn narrowing_while_typing_finds_what_a_fresh_search_finds() {
    use responsibility_matrix::rules::filter::{Filtered, SearchIndex};
    let words = [
        "patching",
        "rackspace",
        "n/a",
        "réplication",
        "customer: a",
        " os ",
        "zz",
    ];
    for o in responsibility_matrix::catalog::offerings() {
        let mut bases = vec![ViewState::for_offering(&o.id)];
        bases.extend(o.variant_options().iter().map(|v| ViewState {
            variant: Some(v.id.to_string()),
            ..ViewState::for_offering(&o.id)
        }));
        bases.push(ViewState {
            shared_only: true,
            ..ViewState::for_offering(&o.id)
        });
        bases.push(ViewState {
            section: o.sections.get(1).map(|s| s.id.to_string()),
            party: o.parties.first().map(|p| p.id.to_string()),
            ..ViewState::for_offering(&o.id)
        });
        for base in &bases {
            let index = SearchIndex::build(o, base);
            let mut previous: Option<Filtered> = None;
            for word in words {
                for state in keystrokes(base, word) {
                    let next = Filtered::compute(o, &state, &index, previous.as_ref());
                    let fresh: Vec<(usize, usize)> = visible_rows(o, &state)
                        .iter()
                        .map(|r| (r.section_index, r.row_index))
                        .collect();
                    assert_eq!(next.rows, fresh, "{} {:?}", o.id, state);
                    previous = Some(next);
                }
            }
        }
    }
}

#[test]
fn typing_on_searches_only_the_previous_rows_and_anything_else_searches_all() {
    use responsibility_matrix::rules::filter::{Filtered, SearchIndex, Searched};
    let o = get("rackspace-kubernetes");
    let base = ViewState::for_offering(&o.id);
    let index = SearchIndex::build(o, &base);
    let at = |q: &str| ViewState {
        query: q.into(),
        ..base.clone()
    };
    let all = Filtered::compute(o, &at(""), &index, None);
    assert_eq!(all.searched, Searched::All);
    assert_eq!(all.rows.len(), 119);
    let b = Filtered::compute(o, &at("b"), &index, Some(&all));
    assert_eq!(b.searched, Searched::Previous(119));
    let ba = Filtered::compute(o, &at("ba"), &index, Some(&b));
    assert_eq!(ba.searched, Searched::Previous(b.rows.len()));
    assert!(ba.rows.len() < b.rows.len(), "typing on narrows");
    // Text added in front of what was typed narrows too: "ack" -> "back".
    let ack = Filtered::compute(o, &at("ack"), &index, Some(&all));
    let back = Filtered::compute(o, &at("back"), &index, Some(&ack));
    assert_eq!(back.searched, Searched::Previous(ack.rows.len()));
    // Deleting, a new word, another filter, or another index: everything again.
    assert_eq!(
        Filtered::compute(o, &at("b"), &index, Some(&ba)).searched,
        Searched::All
    );
    assert_eq!(
        Filtered::compute(o, &at("dns"), &index, Some(&ba)).searched,
        Searched::All
    );
    let shared = ViewState {
        shared_only: true,
        ..at("back")
    };
    assert_eq!(
        Filtered::compute(o, &shared, &index, Some(&ba)).searched,
        Searched::All
    );
    let rebuilt = SearchIndex::build(o, &base);
    assert_eq!(
        Filtered::compute(o, &at("back"), &rebuilt, Some(&ba)).searched,
        Searched::All
    );
}

#[test]
fn a_query_never_matches_across_two_rows_of_the_joined_index() {
    use responsibility_matrix::rules::filter::{visible_rows_indexed, SearchIndex};
    let o = get("vmware");
    let state = ViewState::for_offering(&o.id);
    let index = SearchIndex::build(o, &state);
    // The end of each row's text followed by the start of the next one's.
    let rows = visible_rows(o, &state);
    for pair in rows.windows(2) {
        let spanning = format!(
            "{}\u{1e}{}",
            responsibility_matrix::rules::text::fold(&pair[0].row.activity),
            responsibility_matrix::rules::text::fold(&pair[1].row.activity)
        );
        for q in [spanning.clone(), spanning.replace('\u{1e}', "")] {
            let s = ViewState {
                query: q.clone(),
                ..state.clone()
            };
            let indexed = visible_rows_indexed(o, &s, &index).len();
            let direct = visible_rows_indexed(o, &s, &SearchIndex::default()).len();
            assert_eq!(indexed, direct, "{q:?}");
        }
    }
}
