//! Checklist, coverage and cross-offering alignment on the seed data. Expected
//! numbers are counted from the seed documents (e.g. OVHcloud's RACI columns).

use responsibility_matrix::catalog::offering;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::rules::checklist::checklist;
use responsibility_matrix::rules::compare::align_by_domain;
use responsibility_matrix::rules::coverage::{coverage, holding, Holding};
use responsibility_matrix::rules::filter::{visible_rows, ViewState};
use responsibility_matrix::rules::shared::SharedWith;

fn view(id: &str, variant: Option<&str>) -> ViewState {
    ViewState {
        variant: variant.map(str::to_string),
        ..ViewState::for_offering(id)
    }
}

#[test]
fn ovhcloud_coverage_matches_the_raci_columns() {
    // In the seed: 36 rows where only the Customer holds R or A, 21 only OVHcloud, 1 both.
    let o = offering("ovhcloud-kubernetes").expect("ovhcloud");
    let all = &coverage(Lang::En, o, &view("ovhcloud-kubernetes", None))[0];
    assert_eq!(
        all.owned,
        vec![("customer".to_string(), 36), ("ovhcloud".to_string(), 21)]
    );
    assert_eq!((all.shared, all.not_applicable, all.unassigned), (1, 0, 0));
    assert_eq!(all.total(), 58);
}

#[test]
fn coverage_sections_add_up_to_the_whole() {
    for (id, variant) in [
        ("vmware", Some("unsupported-os")),
        ("hyper-v", Some("managed-vm")),
        ("rackspace-kubernetes", None),
        ("goss", Some("linux")),
    ] {
        let o = offering(id).expect("built in");
        let cov = coverage(Lang::En, o, &view(id, variant));
        let sum: usize = cov[1..].iter().map(|c| c.total()).sum();
        assert_eq!(cov[0].total(), sum, "{id}");
        assert_eq!(
            cov[0].total(),
            visible_rows(o, &view(id, variant)).len(),
            "{id}: every applicable row is counted once"
        );
    }
}

#[test]
fn hyper_v_managed_vm_is_rackspaces_but_for_the_firewall_rule_set() {
    let o = offering("hyper-v").expect("hyper-v");
    let all = &coverage(Lang::En, o, &view("hyper-v", Some("managed-vm")))[0];
    assert_eq!(
        all.owned,
        vec![("rackspace".to_string(), 30), ("customer".to_string(), 0)]
    );
    assert_eq!(all.shared, 1);
}

#[test]
fn vmware_holdings_include_na_and_blank_rows() {
    let o = offering("vmware").expect("vmware");
    let row = |id: &str| o.rows().map(|(_, r)| r).find(|r| r.id == id).expect("row");
    let unsupported = view("vmware", Some("unsupported-os"));
    // Performance reports are "Customer-specific" at every layer: nobody is assigned.
    assert_eq!(
        holding(o, &unsupported, row("performance-reports")),
        Holding::Unassigned
    );
    // Patching: "Rackspace coordinated with Customer" at the physical layer.
    assert_eq!(
        holding(o, &unsupported, row("patching")),
        Holding::Shared(SharedWith::Customer)
    );
    // Rackspace provides the layers, the customer the unsupported guest OS:
    // each cell has one owner, so the row is divided, not shared.
    assert_eq!(
        holding(o, &unsupported, row("rackspace-provided-guest-os")),
        Holding::Divided
    );
    // Physical access: Rackspace at the physical layer, N/A elsewhere.
    assert_eq!(
        holding(o, &unsupported, row("physical-access")),
        Holding::Owned("rackspace".into())
    );
}

#[test]
fn customer_checklist_equals_the_tables_customer_rows_grouped_by_section() {
    let o = offering("vmware").expect("vmware");
    let state = view("vmware", Some("unsupported-os"));
    let list = checklist(o, &state, "customer");
    let flat: Vec<String> = list.iter().flat_map(|s| s.row_ids.clone()).collect();
    let filtered = ViewState {
        party: Some("customer".into()),
        ..state
    };
    let table: Vec<String> = visible_rows(o, &filtered)
        .iter()
        .map(|r| r.row.id.to_string())
        .collect();
    assert_eq!(flat, table);
    assert!(
        flat.contains(&"patching".to_string()) && !flat.contains(&"physical-access".to_string())
    );
    // Sections appear once each, in source order.
    let sections: Vec<&str> = list.iter().map(|s| s.section_id.as_str()).collect();
    let mut dedup = sections.clone();
    dedup.dedup();
    assert_eq!(sections, dedup);
}

#[test]
fn aligning_two_offerings_by_domain_keeps_rows_without_a_counterpart() {
    let a = offering("ovhcloud-kubernetes").expect("ovhcloud");
    let b = offering("rackspace-kubernetes").expect("rackspace");
    let aligned = align_by_domain(a, b);
    let left: usize = aligned.iter().map(|d| d.left.len()).sum();
    let right: usize = aligned.iter().map(|d| d.right.len()).sum();
    assert_eq!(
        (left, right),
        (a.row_count(), b.row_count()),
        "no row is dropped"
    );
    let vm = offering("vmware").expect("vmware");
    let hv = offering("hyper-v").expect("hyper-v");
    let pairs = align_by_domain(vm, hv);
    // VMware has a decommission row; Hyper-V has none: shown against an empty side.
    let decommission = pairs
        .iter()
        .find(|d| d.domain.id() == "decommission")
        .expect("decommission");
    assert!(!decommission.left.is_empty() && decommission.right.is_empty());
}

#[test]
fn vmware_unsupported_os_coverage_counts_per_cell_like_the_table() {
    // A row counts as shared only where one visible cell names both parties or
    // "coordinated with Customer"; in the seed's Provisioning table no cell does
    // (Rackspace holds the layers, the customer the unsupported guest OS).
    let o = offering("vmware").expect("vmware");
    let state = view("vmware", Some("unsupported-os"));
    let cov = coverage(Lang::En, o, &state);
    let shared_only = ViewState {
        shared_only: true,
        ..state.clone()
    };
    let table: Vec<String> = visible_rows(o, &shared_only)
        .iter()
        .map(|r| r.row.id.to_string())
        .collect();
    assert_eq!(cov[0].shared, table.len());
    let provisioning = cov
        .iter()
        .find(|c| c.title == "Provisioning")
        .expect("provisioning");
    assert_eq!(
        provisioning.shared, 0,
        "no provisioning cell names two parties"
    );
    assert!(
        provisioning.divided > 0,
        "layers owned by different parties"
    );
    assert_eq!(cov[0].split, 0, "VMware has no third party");
}
