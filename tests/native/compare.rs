//! Variant comparison on the seed data. Expected sets are read off the seeds:
//! e.g. the rows whose "Managed VM Supported OS" and "Managed VM Unsupported OS"
//! cells differ in the VMware grid table.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::compare::variant_changes;

fn ids(changes: &[responsibility_matrix::compare::RowChange]) -> Vec<&str> {
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
fn hyper_v_managed_vs_unmanaged_lists_each_tables_rows_once() {
    let o = offering("hyper-v").expect("hyper-v");
    let changes = variant_changes(o, "managed-vm", "unmanaged-vm");
    // 18 managed-only rows, 14 unmanaged-only rows; Hardware and Network are common and unchanged.
    assert_eq!(changes.iter().filter(|c| c.after.is_none()).count(), 18);
    assert_eq!(changes.iter().filter(|c| c.before.is_none()).count(), 14);
    assert_eq!(changes.len(), 32);
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
