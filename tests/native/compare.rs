//! Variant comparison on the seed data. Expected sets are read off the seeds:
//! e.g. the rows whose "Managed VM Supported OS" and "Managed VM Unsupported OS"
//! cells differ in the VMware grid table.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::rules::compare::{
    shown_variant_rows, variant_changes, variant_rows, variant_summary, Difference,
};
use responsibility_matrix::rules::filter::ViewState;
use rm_format::model::Domain;

fn ids(changes: &[responsibility_matrix::rules::compare::RowChange]) -> Vec<&str> {
    changes.iter().map(|c| c.row_id.as_str()).collect()
}

#[test]
fn vmware_supported_vs_unsupported_guest_os() {
    let o = offering("vmware").expect("vmware");
    let changes = variant_changes(o, "supported-os", "unsupported-os");
    assert_eq!(
        ids(&changes),
        [
            "rackspace-provided-guest-os",
            "performance-monitoring",
            "outage-monitoring",
            "remote-logical-access",
            "administrator-root-access",
            "patching",
            "hardware-changes-including-software",
            "password-rotation-for-rackspace-credentials",
            "scheduled-maintenances",
            "manage-firewalls",
            "assign-apply-ips",
            "manage-dns",
            "manage-storage",
            "file-level-backups",
        ]
    );
    // Rackspace → Customer: every change but password rotation and file-level
    // backups (Rackspace → N/A) and Manage DNS (Rackspace → blank in the source).
    let moved: Vec<&str> = changes
        .iter()
        .filter(|c| c.moves("rackspace", "customer"))
        .map(|c| c.row_id.as_str())
        .collect();
    assert_eq!(moved.len(), 11, "{moved:?}");
    assert!(
        !moved.contains(&"manage-dns")
            && !moved.contains(&"password-rotation-for-rackspace-credentials")
    );
    // Remote access: "Rackspace and Customer" (and the Application "Same as OS") becomes Customer alone.
    let remote = changes
        .iter()
        .find(|c| c.row_id == "remote-logical-access")
        .expect("remote access");
    assert_eq!(
        remote
            .holders_before
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["customer", "rackspace"]
    );
    assert_eq!(
        remote
            .holders_after
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["customer"]
    );
}

#[test]
fn hyper_v_managed_vs_unmanaged_lines_up_rows_by_activity() {
    let o = offering("hyper-v").expect("hyper-v");
    let lines = variant_rows(o, "managed-vm", "unmanaged-vm");
    // "OS patching" is one line: the managed table's row against the unmanaged one's.
    let patching: Vec<_> = lines
        .iter()
        .filter(|l| l.activity == "OS patching")
        .collect();
    assert_eq!(patching.len(), 1);
    assert_eq!(
        patching[0].change.row_a.as_deref(),
        Some("managed-os-patching")
    );
    assert_eq!(
        patching[0].change.row_b.as_deref(),
        Some("unmanaged-os-patching")
    );
    // Both tables (18 managed rows, 14 unmanaged) share 11 activities word for
    // word; the rest apply to one type only ("IP management" is worded
    // differently in the two tables, so it is not lined up).
    let only = |d: Difference| lines.iter().filter(|l| l.difference == d).count();
    assert_eq!(
        (only(Difference::OnlyInA), only(Difference::OnlyInB)),
        (7, 3)
    );
    // Every row of both types appears once.
    let rows_a: Vec<_> = lines
        .iter()
        .filter_map(|l| l.change.row_a.clone())
        .collect();
    let rows_b: Vec<_> = lines
        .iter()
        .filter_map(|l| l.change.row_b.clone())
        .collect();
    let unique = |v: &[String]| v.iter().collect::<std::collections::BTreeSet<_>>().len();
    assert_eq!((rows_a.len(), unique(&rows_a)), (4 + 9 + 18, 31));
    assert_eq!((rows_b.len(), unique(&rows_b)), (4 + 9 + 14, 27));
    // Provisioning OS images: Rackspace alone when managed, Rackspace and the
    // customer when unmanaged; a real change on one line.
    let images = lines
        .iter()
        .find(|l| {
            l.change.row_a.as_deref() == Some("managed-provision-windows-and-linux-os-images")
        })
        .expect("images");
    assert_eq!(images.difference, Difference::Changed);
    assert_eq!(
        images.change.row_b.as_deref(),
        Some("unmanaged-provision-windows-and-linux-os-images")
    );
    // The summary counts real changes, and names the one-type rows apart.
    let changes = variant_changes(o, "managed-vm", "unmanaged-vm");
    let real = changes.iter().filter(|c| c.in_both()).count();
    assert_eq!(real, only(Difference::Changed));
    let sentence = variant_summary(Lang::En, o, "managed-vm", "unmanaged-vm", &changes);
    assert!(
        sentence.starts_with(&format!(
            "{real} service{} change",
            if real == 1 { "" } else { "s" }
        )),
        "{sentence}"
    );
    assert!(
        sentence.ends_with("7 services apply only to Managed VM, 3 only to Unmanaged VM."),
        "{sentence}"
    );
}

#[test]
fn compare_applies_the_views_filters() {
    let o = offering("hyper-v").expect("hyper-v");
    let lines = variant_rows(o, "managed-vm", "unmanaged-vm");
    let base = ViewState {
        variant: Some("managed-vm".into()),
        ..ViewState::for_offering("hyper-v")
    };
    assert_eq!(
        shown_variant_rows(o, &base, "managed-vm", "unmanaged-vm", &lines).len(),
        lines.len()
    );
    // Search: the line shows when either side's row matches, as in the table.
    let search = ViewState {
        query: "patching".into(),
        ..base.clone()
    };
    let shown = shown_variant_rows(o, &search, "managed-vm", "unmanaged-vm", &lines);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].activity, "OS patching");
    // Domain: only monitoring lines.
    let monitoring = ViewState {
        domain: Some(Domain::Monitoring),
        ..base.clone()
    };
    let shown = shown_variant_rows(o, &monitoring, "managed-vm", "unmanaged-vm", &lines);
    assert!(!shown.is_empty());
    for l in &shown {
        let row = o
            .rows()
            .find(|(_, r)| r.id == l.change.row_id)
            .expect("row")
            .1;
        assert_eq!(row.domain, Domain::Monitoring, "{}", l.activity);
    }
    // Party: only lines where the customer holds a part on either side.
    let customer = ViewState {
        party: Some("customer".into()),
        ..base.clone()
    };
    for l in shown_variant_rows(o, &customer, "managed-vm", "unmanaged-vm", &lines) {
        assert!(
            l.change.holders_before.contains("customer")
                || l.change.holders_after.contains("customer"),
            "{}",
            l.activity
        );
    }
    // Changes only.
    let changes_only = ViewState {
        changes_only: true,
        ..base
    };
    assert!(
        shown_variant_rows(o, &changes_only, "managed-vm", "unmanaged-vm", &lines)
            .iter()
            .all(|l| l.changed)
    );
}

#[test]
fn same_variant_has_no_changes() {
    for (id, v) in [
        ("vmware", "supported-os"),
        ("hyper-v", "managed-vm"),
        ("goss", "linux"),
        ("rackspace-kubernetes", "catalog"),
    ] {
        let o = offering(id).expect("built in");
        assert!(variant_changes(o, v, v).is_empty(), "{id}/{v}");
    }
}

#[test]
fn goss_linux_vs_windows_differs_only_where_the_protocol_does() {
    let o = offering("goss").expect("goss");
    let changes = variant_changes(o, "linux", "windows");
    assert!(!changes.is_empty());
    for c in &changes {
        let (before, after) = (
            c.before.as_deref().unwrap_or(""),
            c.after.as_deref().unwrap_or(""),
        );
        assert!(
            before.contains("Linux guest: ") && after.contains("Windows guest: "),
            "{c:?}"
        );
        assert_eq!(
            c.holders_before, c.holders_after,
            "{}: the same party acts; only the protocol differs",
            c.row_id
        );
    }
}
