//! The rules behind the views: the compare summary sentence and target,
//! checklist items and exports, keyboard shortcuts, and switching offerings
//! without losing the view.

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::export::{
    checklist_csv, checklist_file_name, checklist_markdown, Format,
};
use responsibility_matrix::rules::checklist::{checklist, checklist_items, default_own_party};
use responsibility_matrix::rules::checklist_marks::Marks;
use responsibility_matrix::rules::compare::{
    align_by_domain, default_target, offering_summary, resolve_target, variant_changes,
    variant_rows, variant_summary, CompareTarget,
};
use responsibility_matrix::rules::filter::{visible_rows, View, ViewState};
use responsibility_matrix::rules::keys::{
    action_for, is_typing_target, shortcuts, Action, KeyPress,
};

fn view(id: &str, variant: Option<&str>) -> ViewState {
    ViewState {
        variant: variant.map(str::to_string),
        ..ViewState::for_offering(id)
    }
}

#[test]
fn vmware_summary_sentence_counts_the_moves_with_the_datas_names() {
    let o = offering("vmware").expect("vmware");
    let changes = variant_changes(o, "supported-os", "unsupported-os");
    let moved = changes
        .iter()
        .filter(|c| c.moves("rackspace", "customer"))
        .count();
    let back = changes
        .iter()
        .filter(|c| c.moves("customer", "rackspace"))
        .count();
    assert_eq!((changes.len(), moved, back), (14, 11, 0));
    assert_eq!(
        variant_summary(Lang::En, o, "supported-os", "unsupported-os", &changes),
        "14 services change from Supported guest OS to Unsupported guest OS; \
         11 move from Rackspace to Customer."
    );
    // The other way round, the same services move back.
    let reverse = variant_changes(o, "unsupported-os", "supported-os");
    let sentence = variant_summary(Lang::En, o, "unsupported-os", "supported-os", &reverse);
    // Shared-then-customer-alone rows move back as Rackspace regains its part;
    // customer-alone-then-shared ones do not "move" (the customer keeps a part).
    let back = reverse
        .iter()
        .filter(|c| c.moves("customer", "rackspace"))
        .count();
    assert_eq!(back, 8);
    assert!(
        sentence.ends_with(
            "; none move from Rackspace to Customer, 8 move from Customer to Rackspace."
        ),
        "{sentence}"
    );
    assert_eq!(
        variant_summary(Lang::En, o, "supported-os", "supported-os", &[]),
        "No service changes hands between Supported guest OS and Supported guest OS."
    );
}

#[test]
fn hyper_v_summary_names_the_rows_of_one_type_only() {
    let o = offering("hyper-v").expect("hyper-v");
    let changes = variant_changes(o, "managed-vm", "unmanaged-vm");
    let sentence = variant_summary(Lang::En, o, "managed-vm", "unmanaged-vm", &changes);
    // Rows of one type only are named apart, not counted as changes: the
    // managed and unmanaged tables line up by activity.
    assert!(
        sentence.starts_with("1 service changes from Managed VM to Unmanaged VM;")
            && sentence.ends_with("7 services apply only to Managed VM, 3 only to Unmanaged VM."),
        "{sentence}"
    );
}

#[test]
fn variant_rows_are_every_applicable_row_and_flag_exactly_the_changes() {
    for (id, a, b) in [
        ("vmware", "supported-os", "unsupported-os"),
        ("hyper-v", "managed-vm", "unmanaged-vm"),
        ("rackspace-kubernetes", "infrastructure", "certified"),
        ("rackspace-kubernetes", "certified", "catalog"),
    ] {
        let o = offering(id).expect("built in");
        let rows = variant_rows(o, a, b);
        let changed: Vec<&str> = rows
            .iter()
            .filter(|r| r.changed)
            .map(|r| r.change.row_id.as_str())
            .collect();
        let expected: Vec<String> = variant_changes(o, a, b)
            .into_iter()
            .map(|c| c.row_id)
            .collect();
        assert_eq!(changed, expected, "{id} {a}/{b}");
        let in_a = visible_rows(o, &view(id, Some(a))).len();
        let in_b = visible_rows(o, &view(id, Some(b))).len();
        let both = rows
            .iter()
            .filter(|r| r.change.before.is_some() && r.change.after.is_some())
            .count();
        assert_eq!(
            rows.len(),
            in_a + in_b - both,
            "{id}: union of both variants' rows"
        );
    }
}

#[test]
fn default_compare_target_is_another_variant_or_the_closest_offering() {
    let all = &offerings();
    let vm = offering("vmware").expect("vmware");
    assert_eq!(
        default_target(vm, &view("vmware", None), all).as_deref(),
        Some("unsupported-os")
    );
    assert_eq!(
        default_target(vm, &view("vmware", Some("unsupported-os")), all).as_deref(),
        Some("supported-os")
    );
    let k8s = offering("rackspace-kubernetes").expect("k8s");
    assert_eq!(
        default_target(k8s, &view("rackspace-kubernetes", Some("certified")), all).as_deref(),
        Some("catalog")
    );
    // OVHcloud has no variants: the offering sharing the most domains.
    let ovh = offering("ovhcloud-kubernetes").expect("ovh");
    let target = default_target(ovh, &view("ovhcloud-kubernetes", None), all).expect("a target");
    assert_ne!(target, "ovhcloud-kubernetes");
    let overlap = |id: &str| {
        align_by_domain(ovh, offering(id).expect("built in"))
            .iter()
            .filter(|d| !d.left.is_empty() && !d.right.is_empty())
            .count()
    };
    for other in all.iter().filter(|x| x.id != "ovhcloud-kubernetes") {
        assert!(
            overlap(&target) >= overlap(&other.id),
            "{target} vs {}",
            other.id
        );
    }
}

#[test]
fn resolving_the_target_keeps_side_a_the_chosen_variant() {
    let all = &offerings();
    let vm = offering("vmware").expect("vmware");
    let mut s = view("vmware", Some("unsupported-os"));
    s.compare_with = Some("supported-os".into());
    match resolve_target(vm, &s, all, offering) {
        CompareTarget::Variants { a, b } => {
            assert_eq!((&*a.id, &*b.id), ("unsupported-os", "supported-os"))
        }
        other => panic!("{other:?}"),
    }
    // The chosen variant equals cmp: side a is the other one.
    s.compare_with = Some("unsupported-os".into());
    match resolve_target(vm, &s, all, offering) {
        CompareTarget::Variants { a, b } => {
            assert_eq!((&*a.id, &*b.id), ("supported-os", "unsupported-os"))
        }
        other => panic!("{other:?}"),
    }
    s.compare_with = Some("hyper-v".into());
    match resolve_target(vm, &s, all, offering) {
        CompareTarget::Offering(x) => assert_eq!(x.id, "hyper-v"),
        other => panic!("{other:?}"),
    }
    // Itself, or an id that is neither a type nor an offering: the default target.
    for bad in ["vmware", "managed-vm", "nope"] {
        s.compare_with = Some(bad.into());
        match resolve_target(vm, &s, all, offering) {
            CompareTarget::Variants { a, b } => {
                assert_eq!(
                    (&*a.id, &*b.id),
                    ("unsupported-os", "supported-os"),
                    "{bad}"
                )
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    // Only one offering and no types: nothing to compare with.
    let ovh = offering("ovhcloud-kubernetes").expect("ovh");
    let alone = &[ovh];
    let s = view("ovhcloud-kubernetes", None);
    assert_eq!(
        resolve_target(ovh, &s, alone, |_| None),
        CompareTarget::Nothing
    );
}

#[test]
fn offering_summary_counts_domains_on_each_side() {
    let vm = offering("vmware").expect("vmware");
    let hv = offering("hyper-v").expect("hyper-v");
    let aligned = align_by_domain(vm, hv);
    let only_left = aligned.iter().filter(|d| d.right.is_empty()).count();
    assert!(
        only_left >= 1,
        "VMware's decommission row has no Hyper-V counterpart"
    );
    let sentence = offering_summary(Lang::En, vm, hv, &aligned);
    assert!(
        sentence.starts_with(&format!("{} domains: ", aligned.len())),
        "{sentence}"
    );
    assert!(
        sentence.contains(&format!("{only_left} only by VMware Server Virtualization")),
        "{sentence}"
    );
}

#[test]
fn checklist_items_are_the_checklist_with_what_the_party_holds() {
    for (id, variant) in [
        ("vmware", Some("unsupported-os")),
        ("hyper-v", Some("unmanaged-vm")),
        ("ovhcloud-kubernetes", None),
        ("rackspace-kubernetes", Some("catalog")),
    ] {
        let o = offering(id).expect("built in");
        let state = view(id, variant);
        for p in o.parties.iter() {
            let items = checklist_items(o, &state, &p.id);
            let plain = checklist(o, &state, &p.id);
            assert_eq!(
                items.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>(),
                plain,
                "{id}/{}",
                p.id
            );
            for (section, list) in &items {
                let ids: Vec<&str> = list.iter().map(|i| i.row_id.as_str()).collect();
                assert_eq!(
                    ids,
                    section
                        .row_ids
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                );
                for item in list {
                    assert!(
                        !item.holds.is_empty(),
                        "{id}/{}: {} holds something",
                        p.id,
                        item.row_id
                    );
                }
            }
        }
    }
    // VMware unsupported: patching is shared; the customer holds the OS layer.
    let o = offering("vmware").expect("vmware");
    let items = checklist_items(o, &view("vmware", Some("unsupported-os")), "customer");
    let patching = items
        .iter()
        .flat_map(|(_, l)| l)
        .find(|i| i.row_id == "patching")
        .expect("patching");
    assert!(patching.shared);
    assert!(
        patching.holds.iter().any(|h| h.contains("Customer")),
        "{:?}",
        patching.holds
    );
}

#[test]
fn default_checklist_party_is_the_customer() {
    for o in offerings() {
        let p = default_own_party(o).expect("a party");
        assert_eq!(p.id, "customer", "{}", o.id);
    }
}

#[test]
fn checklist_exports_list_exactly_the_checklist_rows() {
    let o = offering("ovhcloud-kubernetes").expect("ovh");
    let state = view("ovhcloud-kubernetes", None);
    let items = checklist_items(o, &state, "customer");
    let n: usize = items.iter().map(|(_, l)| l.len()).sum();
    assert_eq!(n, 37, "36 customer-only rows plus the shared one");

    let none = Marks::default();
    let csv = checklist_csv(o, &state, "customer", &none);
    // The checklist, then one blank line and the source block.
    let (table, block) = csv
        .split_once("\r\n\r\nSource\r\n")
        .expect("the source block after the checklist");
    assert!(block.contains("\r\nLast checked,"), "{block}");
    let lines: Vec<&str> = table.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Section,Service,Holds,Shared,Ticked,Owner,Note,Row id"
    );
    assert_eq!(lines.len(), n + 1);
    assert_eq!(lines.iter().filter(|l| l.contains(",yes,no,,,")).count(), 1);

    let md = checklist_markdown(o, &state, "customer", &none);
    assert!(
        md.starts_with("# What Customer owns: OVHcloud Managed Kubernetes\n\n37 services in "),
        "{md}"
    );
    assert_eq!(md.lines().filter(|l| l.starts_with("- [ ] ")).count(), n);
    assert_eq!(
        md.lines().filter(|l| l.starts_with("## ")).count(),
        items.len()
    );
    for (section, list) in &items {
        assert!(
            md.contains(&format!("({})\n", list.len())),
            "{}",
            section.title
        );
    }
    assert_eq!(
        checklist_file_name(o, &state, "customer", Format::Markdown),
        "ovhcloud-kubernetes-all-customer-checklist.md"
    );
}

#[test]
fn shortcuts_map_keys_and_stay_out_of_the_way() {
    let key = |k: &'static str| KeyPress {
        key: k,
        ..KeyPress::default()
    };
    assert_eq!(action_for(&key("/")), Some(Action::FocusSearch));
    assert_eq!(action_for(&key("c")), Some(Action::ToggleCompare));
    assert_eq!(action_for(&key("p")), Some(Action::ToggleCallMode));
    assert_eq!(action_for(&key("?")), Some(Action::OpenHelp));
    assert_eq!(action_for(&key("Escape")), Some(Action::CloseHelp));
    assert_eq!(action_for(&key("x")), None);
    for k in ["/", "c", "p", "?"] {
        assert_eq!(
            action_for(&KeyPress {
                typing: true,
                ..key(k)
            }),
            None,
            "typing {k}"
        );
        assert_eq!(
            action_for(&KeyPress {
                ctrl: true,
                ..key(k)
            }),
            None,
            "Ctrl+{k}"
        );
        assert_eq!(
            action_for(&KeyPress {
                meta: true,
                ..key(k)
            }),
            None,
            "Meta+{k}"
        );
        assert_eq!(
            action_for(&KeyPress {
                alt: true,
                ..key(k)
            }),
            None,
            "Alt+{k}"
        );
    }
    // Escape still closes the help from a field, not with a modifier.
    assert_eq!(
        action_for(&KeyPress {
            typing: true,
            ..key("Escape")
        }),
        Some(Action::CloseHelp)
    );
    assert_eq!(
        action_for(&KeyPress {
            ctrl: true,
            ..key("Escape")
        }),
        None
    );
    assert!(
        is_typing_target("INPUT", false)
            && is_typing_target("select", false)
            && is_typing_target("TEXTAREA", false)
    );
    assert!(is_typing_target("DIV", true) && !is_typing_target("BUTTON", false));
    // The help lists every key that does something.
    for (k, _) in shortcuts(Lang::En) {
        let k = if k == "Esc" { "Escape" } else { k };
        assert!(action_for(&key(k)).is_some(), "{k}");
    }
}

#[test]
fn switching_offering_keeps_the_view_and_drops_what_no_longer_applies() {
    let is_offering = |id: &str| offering(id).is_some();
    let hv = offering("hyper-v").expect("hyper-v");
    let s = ViewState {
        variant: Some("supported-os".into()),
        query: "patch".into(),
        view: View::Compare,
        compare_with: Some("unsupported-os".into()),
        changes_only: true,
        call_mode: true,
        own_party: Some("customer".into()),
        legend_raci: true,
        ..ViewState::for_offering("vmware")
    };
    let next = s.switched_to(hv, is_offering);
    assert_eq!(next.offering, "hyper-v");
    assert_eq!((next.variant.clone(), next.query.as_str()), (None, ""));
    assert_eq!(next.view, View::Compare);
    assert_eq!(
        next.compare_with, None,
        "VMware's variant means nothing for Hyper-V"
    );
    assert!(next.changes_only && next.call_mode && next.legend_raci);
    assert_eq!(next.own_party.as_deref(), Some("customer"));
    let s = ViewState {
        compare_with: Some("goss".into()),
        ..s
    };
    assert_eq!(
        s.switched_to(hv, is_offering).compare_with.as_deref(),
        Some("goss")
    );
    let ovh = offering("ovhcloud-kubernetes").expect("ovh");
    let s = ViewState {
        compare_with: Some("ovhcloud-kubernetes".into()),
        own_party: Some("rackspace".into()),
        ..s
    };
    let next = s.switched_to(ovh, is_offering);
    assert_eq!((next.compare_with, next.own_party), (None, None));
}
