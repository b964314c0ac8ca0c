//! The "shared" rule (src/rules/shared.rs) on hand-made cells and on every seed offering.
//!
//! Expected sets come from reading the seeds, not from running the code: e.g.
//! VMware's "coordinated with Customer" and "Rackspace and Customer" cells.

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::rules::filter::{visible_rows, ViewState};
use responsibility_matrix::rules::shared::{
    is_shared, shared_reason, shared_reason_in_view, SharedReason,
};
use rm_format::model::{Assignment, Cell, Offering, Qualifier, Status};
use std::borrow::Cow;
use std::collections::BTreeSet;

fn who(party: &'static str, raci: Option<&'static str>) -> Assignment {
    Assignment {
        party: Cow::Borrowed(party),
        raci: raci.map(Cow::Borrowed),
        role: None,
        qualifiers: Cow::Borrowed(&[]),
        with: None,
        note: None,
    }
}

fn cell(assign: Vec<Assignment>) -> Cell {
    Cell {
        inference: None,
        assign: Cow::Owned(assign),
        status: None,
        text: None,
        source_text: Cow::Borrowed("x"),
        reading: None,
        note: None,
    }
}

#[test]
fn two_ticks_are_shared_one_is_not() {
    assert_eq!(
        shared_reason(&cell(vec![who("a", None), who("b", None)])),
        Some(SharedReason::SeveralHolders)
    );
    assert!(!is_shared(&cell(vec![who("a", None)])));
}

#[test]
fn r_or_a_for_two_parties_is_shared_but_consulted_or_informed_is_not() {
    assert!(is_shared(&cell(vec![
        who("a", Some("A")),
        who("b", Some("IR"))
    ])));
    assert!(is_shared(&cell(vec![
        who("a", Some("R")),
        who("b", Some("A"))
    ])));
    assert!(!is_shared(&cell(vec![
        who("a", Some("RA")),
        who("b", Some("I"))
    ])));
    assert!(!is_shared(&cell(vec![
        who("a", Some("RA")),
        who("b", Some("CI"))
    ])));
    assert!(!is_shared(&cell(vec![
        who("a", Some("C")),
        who("b", Some("I"))
    ])));
}

#[test]
fn coordinated_with_another_party_is_shared() {
    let mut a = who("rackspace", None);
    a.qualifiers = Cow::Owned(vec![Qualifier::Coordinated]);
    a.with = Some(Cow::Borrowed("customer"));
    assert_eq!(
        shared_reason(&cell(vec![a])),
        Some(SharedReason::Coordinated)
    );
}

#[test]
fn status_cells_are_never_shared() {
    for st in [
        Status::NotApplicable,
        Status::No,
        Status::CustomerSpecific,
        Status::NotSpecified,
        Status::Depends { on: None },
    ] {
        let c = Cell {
            status: Some(st),
            ..cell(vec![])
        };
        assert!(!is_shared(&c));
    }
}

/// Every shared (row, column) of an offering for a view, via the public rule.
fn shared_cells(o: &Offering, state: &ViewState) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let cols = responsibility_matrix::rules::filter::visible_columns(o, state);
    for (_, row) in o.rows() {
        for c in &cols {
            if let Some(cell) = row.cell(&c.column.id) {
                if shared_reason_in_view(row, cell, |id| cols.iter().any(|v| v.column.id == id))
                    .is_some()
                {
                    out.insert((row.id.to_string(), c.column.id.to_string()));
                }
            }
        }
    }
    out
}

fn pairs(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(r, c)| (r.to_string(), c.to_string()))
        .collect()
}

fn vmware() -> &'static Offering {
    offering("vmware").expect("vmware is built in")
}

#[test]
fn vmware_shared_cells_are_the_coordinated_and_joint_ones() {
    let layers = ["physical-server", "esxi", "vm-container", "vm-supported-os"];
    let mut expected: Vec<(&str, &str)> = Vec::new();
    for l in layers {
        expected.push(("patching", l));
        expected.push(("scheduled-maintenances", l));
    }
    expected.extend([
        ("remote-logical-access", "vm-supported-os"),
        ("administrator-root-access", "vm-supported-os"),
        ("manage-firewalls", "vm-supported-os"),
        ("vm-replication", "vm-container"),
    ]);
    // With every guest-OS column showing, "Same as OS" is ambiguous and not highlighted.
    assert_eq!(
        shared_cells(vmware(), &ViewState::for_offering("vmware")),
        pairs(&expected)
    );
}

#[test]
fn vmware_same_as_os_follows_the_chosen_guest_os() {
    let mut supported = ViewState::for_offering("vmware");
    supported.variant = Some("supported-os".into());
    let cells = shared_cells(vmware(), &supported);
    // Remote/Logical Access: supported OS is "Rackspace and Customer"; Application is "Same as OS".
    assert!(cells.contains(&("remote-logical-access".into(), "application".into())));

    let mut unsupported = ViewState::for_offering("vmware");
    unsupported.variant = Some("unsupported-os".into());
    let cells = shared_cells(vmware(), &unsupported);
    // Unsupported OS is "Customer" alone, so the Application cell is not shared.
    assert!(!cells.contains(&("remote-logical-access".into(), "application".into())));
    assert!(
        !cells.iter().any(|(_, c)| c == "vm-unsupported-os"),
        "the unsupported-OS column has no shared cell"
    );
}

#[test]
fn hyper_v_shares_exactly_the_two_rows_ticked_for_both_parties() {
    let o = offering("hyper-v").expect("hyper-v is built in");
    let mut state = ViewState::for_offering("hyper-v");
    state.shared_only = true;
    let rows: Vec<&str> = visible_rows(o, &state)
        .iter()
        .map(|r| &*r.row.activity)
        .collect();
    assert_eq!(
        rows,
        [
            "Manage firewall rule set",
            "Provision Microsoft Windows and Linux® operating system images"
        ]
    );
}

#[test]
fn ovhcloud_shares_only_where_both_hold_r_or_a() {
    let o = offering("ovhcloud-kubernetes").expect("ovhcloud is built in");
    let mut state = ViewState::for_offering("ovhcloud-kubernetes");
    state.shared_only = true;
    let rows: Vec<&str> = visible_rows(o, &state).iter().map(|r| &*r.row.id).collect();
    // Only "Decide which Kubernetes version to use" (Customer A, OVHcloud IR) has R/A on both sides;
    // RA + I and RA + CI rows are not shared.
    assert_eq!(rows, ["decide-kubernetes-version"]);
}

#[test]
fn every_offering_has_a_verdict_for_every_cell_and_some_shared_rows() {
    for o in offerings() {
        let state = ViewState::for_offering(&o.id);
        let all = visible_rows(o, &state);
        assert_eq!(
            all.len(),
            o.row_count(),
            "{}: every row shows with no filter",
            o.id
        );
        let shared = all.iter().filter(|r| r.shared).count();
        assert!(
            shared > 0,
            "{}: the seeds of every offering have at least one shared row",
            o.id
        );
        assert!(shared < all.len(), "{}: not everything is shared", o.id);
    }
}
