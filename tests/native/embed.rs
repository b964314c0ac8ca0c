//! Embedding: element attributes, embed.html's query string and
//! bring-your-own matrices, checked with the same rules as built-in data.

use responsibility_matrix::catalog;
use responsibility_matrix::io::embed::{
    apply_view_attribute, load_matrix, observed_attributes, read_attributes, Theme,
    MAX_MATRIX_BYTES,
};
use responsibility_matrix::rules::filter::ViewState;
use rm_format::model::Domain;

fn attrs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn read(
    list: &[(&str, &str)],
) -> (
    ViewState,
    responsibility_matrix::io::embed::Presentation,
    Vec<String>,
) {
    read_attributes(&attrs(list), "vmware", catalog::offering)
}

fn is_builtin(id: &str) -> bool {
    catalog::offering(id).is_some()
}

const EXAMPLE: &str = include_str!("../../site/acme-managed-vps.json");

#[test]
fn every_view_attribute_sets_its_part_of_the_view() {
    let (view, look, notices) = read(&[
        ("offering", "hyper-v"),
        ("variant", "unmanaged-vm"),
        ("search", "patch"),
        ("domain", "monitoring"),
        ("party", "customer"),
        ("shared-only", ""),
        ("theme", "dark"),
        ("compact", ""),
        ("hide-controls", ""),
        ("class", "not ours"),
    ]);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(view.offering, "hyper-v");
    assert_eq!(view.variant.as_deref(), Some("unmanaged-vm"));
    assert_eq!(view.query, "patch");
    assert_eq!(view.domain, Some(Domain::Monitoring));
    assert_eq!(view.party.as_deref(), Some("customer"));
    assert!(view.shared_only);
    assert_eq!(look.theme, Theme::Dark);
    assert!(look.compact && look.hide_controls);
}

#[test]
fn no_attributes_is_the_default_view_and_look() {
    let (view, look, notices) = read(&[]);
    assert_eq!(view, ViewState::for_offering("vmware"));
    assert_eq!(look, Default::default());
    assert!(notices.is_empty());
}

#[test]
fn boolean_attributes_false_or_zero_are_off() {
    let (view, look, _) = read(&[
        ("shared-only", "false"),
        ("compact", "0"),
        ("hide-controls", "FALSE"),
    ]);
    assert!(!view.shared_only);
    assert!(!look.compact && !look.hide_controls);
}

#[test]
fn bad_attribute_values_give_notices_and_keep_the_good_ones() {
    let (view, look, notices) = read(&[
        ("offering", "ovhcloud-kubernetes"),
        ("variant", "no-such-type"),
        ("party", "<script>alert(1)</script>"),
        ("theme", "neon"),
        ("search", "etcd"),
    ]);
    assert_eq!(view.offering, "ovhcloud-kubernetes");
    assert_eq!(view.query, "etcd");
    assert_eq!(view.party, None);
    assert_eq!(look.theme, Theme::Auto);
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert!(notices.iter().any(|n| n.contains("no-such-type")));
    assert!(notices.iter().any(|n| n.contains("neon")));
    assert!(
        notices
            .iter()
            .any(|n| n.contains("<script>alert(1)</script>")),
        "quoted as text"
    );
}

#[test]
fn unknown_offering_falls_back_to_the_default_with_a_notice() {
    let (view, _, notices) = read(&[("offering", "nope"), ("variant", "unsupported-os")]);
    assert_eq!(view.offering, "vmware");
    assert_eq!(notices.len(), 1);
    assert!(notices[0].contains("nope"));
}

#[test]
fn changing_one_attribute_keeps_the_rest_of_the_view() {
    let (mut view, _, _) = read(&[("offering", "vmware"), ("search", "patch")]);
    view.expanded_row = Some("install-and-configure-os".into());
    let notices = apply_view_attribute(
        &mut view,
        "variant",
        Some("unsupported-os"),
        "vmware",
        catalog::offering,
    );
    assert!(notices.is_empty());
    assert_eq!(view.variant.as_deref(), Some("unsupported-os"));
    assert_eq!(view.query, "patch", "the reader's search survives");
    // Removing the attribute clears its part only.
    apply_view_attribute(&mut view, "variant", None, "vmware", catalog::offering);
    assert_eq!(view.variant, None);
    assert_eq!(view.query, "patch");
    // A bad value is refused with a notice and clears that part.
    let notices = apply_view_attribute(
        &mut view,
        "section",
        Some("nope"),
        "vmware",
        catalog::offering,
    );
    assert_eq!(notices.len(), 1);
    assert_eq!(view.section, None);
}

#[test]
fn a_new_offering_starts_its_default_view_but_keeps_open_legends() {
    let (mut view, _, _) = read(&[("offering", "vmware"), ("search", "patch")]);
    view.legend_raci = true;
    apply_view_attribute(
        &mut view,
        "offering",
        Some("goss"),
        "vmware",
        catalog::offering,
    );
    assert_eq!(view.offering, "goss");
    assert_eq!(view.query, "");
    assert!(view.legend_raci);
    let notices = apply_view_attribute(
        &mut view,
        "offering",
        Some("missing"),
        "vmware",
        catalog::offering,
    );
    assert_eq!(view.offering, "vmware");
    assert_eq!(notices.len(), 1);
}

#[test]
fn observed_attributes_cover_view_presentation_and_src() {
    let all = observed_attributes();
    for name in [
        "offering",
        "variant",
        "search",
        "section",
        "domain",
        "party",
        "shared-only",
        "theme",
        "compact",
        "hide-controls",
        "src",
    ] {
        assert!(all.contains(&name), "{name}");
    }
}

#[test]
fn the_documented_example_matrix_is_valid_and_shows_a_shared_cell() {
    let o = load_matrix("acme-managed-vps.json", EXAMPLE, is_builtin).expect("example is valid");
    assert_eq!(o.id, "acme-managed-vps");
    assert_eq!(o.rows().count(), 5);
    let (view, _, notices) = read_attributes(
        &attrs(&[("offering", "acme-managed-vps")]),
        "vmware",
        |id| (id == o.id).then_some(&o),
    );
    assert!(notices.is_empty());
    let shared = responsibility_matrix::rules::filter::visible_rows(
        &o,
        &ViewState {
            shared_only: true,
            ..view
        },
    );
    assert_eq!(
        shared.len(),
        1,
        "patching is shared (coordinated with the customer)"
    );
}

#[test]
fn a_broken_matrix_lists_every_problem_with_its_path() {
    let broken = EXAMPLE
        .replace("\"party\": \"customer\"", "\"party\": \"nobody\"")
        .replace("\"domain\": \"monitoring\"", "\"domain\": \"weather\"");
    let rejected = load_matrix("mine.json", &broken, is_builtin).expect_err("invalid");
    assert_eq!(rejected.source, "mine.json");
    assert!(!rejected.problems.is_empty());
    assert!(
        rejected
            .problems
            .iter()
            .any(|p| p.starts_with("sections[0].rows[1].domain")),
        "{:?}",
        rejected.problems
    );
    // Rule errors (after the shape is right) name each bad party.
    let broken = EXAMPLE.replace("\"party\": \"customer\"", "\"party\": \"nobody\"");
    let rejected = load_matrix("mine.json", &broken, is_builtin).expect_err("invalid");
    assert!(rejected.problems.len() >= 2, "{:?}", rejected.problems);
    assert!(
        rejected.problems.iter().all(|p| p.contains("nobody")),
        "{:?}",
        rejected.problems
    );
    assert!(
        rejected
            .problems
            .iter()
            .all(|p| p.starts_with("sections[0].rows[")),
        "{:?}",
        rejected.problems
    );
}

#[test]
fn malformed_empty_and_oversized_matrices_are_refused_readably() {
    let r = load_matrix("inline JSON", "{\"id\": ", is_builtin).expect_err("truncated");
    assert!(r.problems[0].contains("malformed JSON"), "{:?}", r.problems);
    let r = load_matrix("inline JSON", "   ", is_builtin).expect_err("empty");
    assert_eq!(r.problems, vec!["the matrix is empty".to_string()]);
    let big = format!(
        "{{\"id\": \"x\", \"title\": \"{}\"}}",
        "a".repeat(MAX_MATRIX_BYTES)
    );
    let r = load_matrix("big.json", &big, is_builtin).expect_err("too big");
    assert!(
        r.problems[0].contains("limit is 2097152 bytes"),
        "{:?}",
        r.problems
    );
}

#[test]
fn a_supplied_matrix_can_never_replace_a_built_in_offering() {
    let impostor = EXAMPLE.replace("\"id\": \"acme-managed-vps\"", "\"id\": \"vmware\"");
    let r = load_matrix("impostor.json", &impostor, is_builtin).expect_err("taken id");
    assert!(
        r.problems[0].contains("already the id of a built-in offering"),
        "{:?}",
        r.problems
    );
}

#[test]
fn the_views_can_be_chosen_by_attribute() {
    let (view, _, notices) = read(&[
        ("offering", "vmware"),
        ("view", "compare"),
        ("compare-with", "unsupported-os"),
        ("changes-only", ""),
    ]);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        view.view,
        responsibility_matrix::rules::filter::View::Compare
    );
    assert_eq!(view.compare_with.as_deref(), Some("unsupported-os"));
    assert!(view.changes_only);
    let mut view = view;
    apply_view_attribute(
        &mut view,
        "view",
        Some("coverage"),
        "vmware",
        catalog::offering,
    );
    assert_eq!(
        view.view,
        responsibility_matrix::rules::filter::View::Coverage
    );
    let notices = apply_view_attribute(
        &mut view,
        "view",
        Some("pie-chart"),
        "vmware",
        catalog::offering,
    );
    assert_eq!(notices.len(), 1, "{notices:?}");
}

#[test]
fn hide_title_and_heading_level_fit_the_widget_under_the_hosts_headings() {
    let (_, look, notices) = read(&[]);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(!look.hide_title);
    assert_eq!(look.heading_level, 2, "an <h2> by default");
    assert_eq!(look.subheading_level(), 3);

    let (_, look, notices) = read(&[("hide-title", ""), ("heading-level", " 4 ")]);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(look.hide_title);
    assert_eq!(look.heading_level, 4);
    assert_eq!(look.subheading_level(), 5);
    let (_, look, _) = read(&[("heading-level", "6"), ("hide-title", "false")]);
    assert!(!look.hide_title, "hide-title=\"false\" keeps the title");
    assert_eq!(look.subheading_level(), 6, "sub-headings stop at <h6>");

    for bad in ["0", "7", "h3", "-1", "2.5"] {
        let (_, look, notices) = read(&[("heading-level", bad)]);
        assert_eq!(look.heading_level, 2, "{bad}: the default");
        assert_eq!(notices.len(), 1, "{bad}: {notices:?}");
        assert!(
            notices[0].starts_with(&format!(
                "heading-level=“{bad}” should be a number from 1 to 6"
            )),
            "{notices:?}"
        );
    }
    for name in ["hide-title", "heading-level"] {
        assert!(observed_attributes().contains(&name), "{name} is observed");
    }
}

#[test]
fn removing_heading_level_goes_back_to_an_h2() {
    use responsibility_matrix::io::embed::{apply_presentation, Presentation};
    let mut look = Presentation::default();
    assert_eq!(
        apply_presentation(&mut look, "heading-level", Some("3")),
        None
    );
    assert_eq!(look.heading_level, 3);
    assert_eq!(apply_presentation(&mut look, "heading-level", None), None);
    assert_eq!(look.heading_level, 2);
    assert_eq!(apply_presentation(&mut look, "hide-title", Some("")), None);
    assert!(look.hide_title);
    assert_eq!(apply_presentation(&mut look, "hide-title", None), None);
    assert!(!look.hide_title);
}
