//! The view state's operations (`rules::state`): each change a control, a
//! shortcut or a row click makes, as a plain method call.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::io::url_state::encode;
use responsibility_matrix::rules::filter::narrows;
use responsibility_matrix::rules::state::{ColumnSet, View, ViewState};
use rm_format::model::Domain;

fn vmware() -> ViewState {
    ViewState::for_offering("vmware")
}

#[test]
fn call_mode_toggles_and_nothing_else_changes() {
    let mut s = vmware();
    s.toggle_call_mode();
    assert!(s.call_mode);
    assert_eq!(
        s,
        ViewState {
            call_mode: true,
            ..vmware()
        }
    );
    s.toggle_call_mode();
    assert_eq!(s, vmware());
}

#[test]
fn compare_toggles_between_table_and_compare() {
    let mut s = vmware();
    s.toggle_compare();
    assert_eq!(s.view, View::Compare);
    s.toggle_compare();
    assert_eq!(s.view, View::Table);
    // From another view, the shortcut opens the comparison (not the table).
    s.show(View::Coverage);
    s.toggle_compare();
    assert_eq!(s.view, View::Compare);
    s.show(View::Own);
    assert_eq!(s.view, View::Own);
}

#[test]
fn one_row_is_open_at_a_time() {
    let mut s = vmware();
    s.toggle_row("backup");
    assert_eq!(s.expanded_row.as_deref(), Some("backup"));
    s.toggle_row("patching");
    assert_eq!(
        s.expanded_row.as_deref(),
        Some("patching"),
        "another row replaces it"
    );
    s.toggle_row("patching");
    assert_eq!(s.expanded_row, None, "the open row closes");
    // The open row is part of the link.
    s.toggle_row("backup");
    assert!(encode(&s).contains("row=backup"), "{}", encode(&s));
}

#[test]
fn empty_choices_clear_picks() {
    let mut s = vmware();
    s.pick_variant("unsupported-os");
    s.compare_with("supported-os");
    s.pick_own_party("rackspace");
    assert_eq!(s.variant.as_deref(), Some("unsupported-os"));
    assert_eq!(s.compare_with.as_deref(), Some("supported-os"));
    assert_eq!(s.own_party.as_deref(), Some("rackspace"));
    s.pick_variant("");
    s.compare_with("");
    s.pick_own_party("");
    assert_eq!(s, vmware());
}

#[test]
fn set_query_reports_whether_it_changed() {
    let mut s = vmware();
    assert!(s.set_query("patch".into()));
    assert_eq!(s.query, "patch");
    assert!(!s.set_query("patch".into()), "the same text is no change");
    assert!(s.set_query(String::new()));
    assert_eq!(s, vmware());
}

#[test]
fn legends_toggle_independently() {
    let mut s = vmware();
    s.toggle_raci_legend();
    assert!(s.legend_raci && !s.legend_qualifiers);
    s.toggle_qualifier_legend();
    assert!(s.legend_raci && s.legend_qualifiers);
    s.toggle_raci_legend();
    assert!(!s.legend_raci && s.legend_qualifiers);
}

#[test]
fn reset_filters_keeps_what_is_not_a_filter() {
    let mut s = ViewState {
        variant: Some("unsupported-os".into()),
        query: "patch".into(),
        section: Some("s1".into()),
        domain: Some(Domain::Security),
        party: Some("customer".into()),
        shared_only: true,
        show_other_columns: true,
        legend_raci: true,
        expanded_row: Some("backup".into()),
        view: View::Compare,
        call_mode: true,
        ..vmware()
    };
    assert!(s.is_filtered());
    assert_eq!(s.secondary_filters_on(), 4);
    s.reset_filters();
    assert!(!s.is_filtered());
    assert_eq!(s.secondary_filters_on(), 0);
    assert_eq!(
        s,
        ViewState {
            variant: Some("unsupported-os".into()),
            show_other_columns: true,
            legend_raci: true,
            expanded_row: Some("backup".into()),
            view: View::Compare,
            call_mode: true,
            ..vmware()
        }
    );
}

#[test]
fn switch_offering_is_switched_to_in_place() {
    let hv = offering("hyper-v").expect("hyper-v is built in");
    let is_offering = |id: &str| offering(id).is_some();
    let before = ViewState {
        variant: Some("unsupported-os".into()),
        query: "backup".into(),
        view: View::Own,
        own_party: Some("rackspace".into()),
        compare_with: Some("goss".into()),
        call_mode: true,
        ..vmware()
    };
    let mut s = before.clone();
    s.switch_offering(hv, is_offering);
    assert_eq!(s, before.switched_to(hv, is_offering));
    assert_eq!(
        s,
        ViewState {
            view: View::Own,
            own_party: Some("rackspace".into()),
            compare_with: Some("goss".into()),
            call_mode: true,
            ..ViewState::for_offering("hyper-v")
        }
    );
}

#[test]
fn column_set_ignores_filters_and_rebuilds_the_unfiltered_view() {
    let s = ViewState {
        variant: Some("unsupported-os".into()),
        show_other_columns: true,
        query: "patch".into(),
        shared_only: true,
        ..vmware()
    };
    let columns = s.column_set();
    assert_eq!(
        columns,
        ColumnSet {
            offering: "vmware".into(),
            variant: Some("unsupported-os".into()),
            show_other_columns: true,
        }
    );
    let typed = ViewState {
        query: "patching".into(),
        ..s.clone()
    };
    assert_eq!(typed.column_set(), columns, "typing keeps the column set");
    let mut unfiltered = s.clone();
    unfiltered.reset_filters();
    assert_eq!(columns.state(), unfiltered);
}

#[test]
fn filters_decide_whether_typing_narrows() {
    let s = ViewState {
        query: "pat".into(),
        party: Some("customer".into()),
        ..vmware()
    };
    let typed_on = ViewState {
        query: "patch".into(),
        ..s.clone()
    };
    assert_eq!(s.filters(), typed_on.filters());
    assert!(narrows(&s, &typed_on));
    let other_party = ViewState {
        party: Some("rackspace".into()),
        ..typed_on.clone()
    };
    assert_ne!(s.filters(), other_party.filters());
    assert!(!narrows(&s, &other_party));
    assert!(!narrows(&typed_on, &s), "deleting text widens");
}
