//! The active filters: what the chips, the empty state and the print header
//! name, for a link that sets filters the controls do not show (call mode).

use responsibility_matrix::catalog;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::url_state;
use responsibility_matrix::rules::active_filters::{active_filters, FilterKind};
use responsibility_matrix::rules::print_summary;
use responsibility_matrix::rules::state::ViewState;

fn decode(hash: &str) -> ViewState {
    let (state, problems) = url_state::decode(hash, "vmware", catalog::offering);
    assert!(problems.is_empty(), "{problems:?}");
    state
}

#[test]
fn a_call_mode_link_with_hidden_filters_names_each_of_them() {
    let state = decode("o=hyper-v&shared=1&dom=network&call=1");
    assert!(state.call_mode);
    let o = catalog::offering("hyper-v").expect("hyper-v is built in");
    let chips = active_filters(Lang::En, &state, o);
    let kinds: Vec<FilterKind> = chips.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [FilterKind::Domain, FilterKind::SharedOnly]);
    assert_eq!(chips[0].label, "Domain: Network");
    assert_eq!(chips[1].label, "Shared with the customer only");
    // The keys are the URL's, so a chip names the part of the link it stands for.
    assert_eq!(
        chips.iter().map(|c| c.kind.id()).collect::<Vec<_>>(),
        ["dom", "shared"]
    );
}

#[test]
fn every_filter_has_a_chip_in_the_controls_order_and_each_removes_alone() {
    let o = catalog::offering("vmware").expect("vmware is built in");
    let section = &o.sections[1];
    let party = &o.parties[0];
    let state = decode(&format!(
        "o=vmware&q=%20patch%20&sec={}&dom=network&party={}&shared=1",
        section.id, party.id
    ));
    let chips = active_filters(Lang::En, &state, o);
    let labels: Vec<&str> = chips.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Search: “patch”".to_string(),
            format!("Section: {}", section.title),
            "Domain: Network".to_string(),
            format!("Party: {}", party.name),
            "Shared with the customer only".to_string(),
        ]
    );
    for chip in &chips {
        let mut less = state.clone();
        less.remove_filter(chip.kind);
        let left: Vec<FilterKind> = active_filters(Lang::En, &less, o)
            .iter()
            .map(|c| c.kind)
            .collect();
        let expected: Vec<FilterKind> = chips
            .iter()
            .map(|c| c.kind)
            .filter(|k| *k != chip.kind)
            .collect();
        assert_eq!(left, expected, "removing {:?}", chip.kind);
        // Only that filter: the offering, the view and call mode stay.
        assert_eq!(less.offering, state.offering);
        assert_eq!(less.call_mode, state.call_mode);
    }
}

#[test]
fn an_unfiltered_view_has_no_chip_and_blank_search_is_not_a_filter() {
    let o = catalog::offering("goss").expect("goss is built in");
    let mut state = decode("o=goss&call=1");
    assert!(active_filters(Lang::En, &state, o).is_empty());
    state.query = "   ".into();
    assert!(active_filters(Lang::En, &state, o).is_empty());
}

#[test]
fn the_print_header_names_the_same_filters_as_the_chips() {
    let o = catalog::offering("hyper-v").expect("hyper-v is built in");
    let state = decode("o=hyper-v&v=unmanaged-vm&q=patch&dom=network&shared=1");
    let printed = print_summary::lines(Lang::En, &state, o);
    for chip in active_filters(Lang::En, &state, o) {
        assert!(
            printed.contains(&chip.label),
            "{} in {printed:?}",
            chip.label
        );
    }
}
