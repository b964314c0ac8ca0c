//! The review step: findings, the provider and customer choice (read again so
//! "Shared" follows it), renames, merges, readings kept and recorded, errors.

use crate::support::fixture;
use rm_format::import::{sheet, Format};
use rm_format::model::{Offering, PartyKind, Qualifier};
use rm_format::review::{Opened, Review};

/// three-parties.csv: Rackspace, Azure and Customer, named in the "Who" cells.
fn three() -> Review {
    Review::open("three-parties.csv", fixture("three-parties.csv"), None).expect("opens")
}

fn id_of(r: &Review, name: &str) -> String {
    let found = r.findings().parties.into_iter().find(|p| p.name == name);
    found.expect("party found").id
}

fn cell_parties(o: &Offering, activity: &str) -> Vec<String> {
    let (_, row) = o.rows().find(|(_, r)| r.activity == activity).expect("row");
    let cell = row.cell("who").expect("who cell");
    cell.assign
        .iter()
        .map(|a| o.party(&a.party).expect("party").name.to_string())
        .collect()
}

fn has_reading(o: &Offering, text: &str) -> bool {
    o.notes.iter().any(|n| n.text == text)
}

#[test]
fn findings_list_rows_sections_parties_scopes_and_readings() {
    let f = three().findings();
    // Six activity lines under two sections.
    assert_eq!(f.rows, 6);
    assert_eq!(f.sections, ["Platform", "Workloads"]);
    let parties: Vec<(&str, PartyKind)> = f
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.kind))
        .collect();
    assert_eq!(
        parties,
        [
            ("Rackspace", PartyKind::Provider),
            ("Azure", PartyKind::ThirdParty),
            ("Customer", PartyKind::Customer)
        ]
    );
    assert_eq!(f.scopes, ["Who"]);
    // "Shared" on "Scale node pools" had to be read; that reading is listed there.
    let shared = f
        .readings
        .iter()
        .find(|r| r.text.starts_with("“Shared” read as both"))
        .expect("the Shared reading is listed");
    assert_eq!(shared.at, "row “Scale node pools”, column “Who”");
    assert!(f
        .readings
        .iter()
        .any(|r| r.at == "the file" && r.text == "“Azure” read as a third party."));
}

#[test]
fn choosing_the_provider_reads_shared_again_and_records_the_choice() {
    let mut r = three();
    let azure = id_of(&r, "Azure");
    r.choose_provider(&azure);
    let o = r.apply().expect("applies");
    let kind = |name: &str| {
        o.parties
            .iter()
            .find(|p| p.name == name)
            .expect("party")
            .kind
    };
    assert_eq!(kind("Azure"), PartyKind::Provider);
    assert_eq!(kind("Rackspace"), PartyKind::ThirdParty);
    assert_eq!(kind("Customer"), PartyKind::Customer);
    assert_eq!(o.provider, "Azure");
    // "Shared" is the provider and the customer: now Azure and Customer.
    assert_eq!(cell_parties(&o, "Scale node pools"), ["Azure", "Customer"]);
    assert!(has_reading(
        &o,
        "Chosen in the review: “Azure” is the provider."
    ));
    assert!(has_reading(
        &o,
        "Chosen in the review: “Customer” is the customer."
    ));
    // The guess it replaces is gone: the provider was named, not guessed.
    assert!(!o
        .notes
        .iter()
        .any(|n| n.text.contains("the first party that is not the customer")));
}

#[test]
fn choosing_the_customer_as_provider_swaps_the_two() {
    let mut r = three();
    let (rackspace, customer) = (id_of(&r, "Rackspace"), id_of(&r, "Customer"));
    r.choose_provider(&customer);
    assert_eq!(r.choices().provider, customer);
    assert_eq!(r.choices().customer, rackspace);
    let o = r.apply().expect("applies");
    assert_eq!(o.party(&customer).expect("party").kind, PartyKind::Provider);
    assert_eq!(
        o.party(&rackspace).expect("party").kind,
        PartyKind::Customer
    );
}

#[test]
fn a_rename_changes_the_name_shown_and_keeps_the_source_words() {
    let mut r = three();
    let customer = id_of(&r, "Customer");
    r.rename(&customer, "  Contoso ");
    let o = r.apply().expect("applies");
    assert_eq!(o.party(&customer).expect("party").name, "Contoso");
    assert!(has_reading(
        &o,
        "Chosen in the review: “Customer” is shown as “Contoso”."
    ));
    assert_eq!(cell_parties(&o, "Deploy applications"), ["Contoso"]);
    let (_, row) = o
        .rows()
        .find(|(_, r)| r.activity == "Deploy applications")
        .expect("row");
    assert_eq!(row.cell("who").expect("cell").source_text, "Customer");
    // Renaming back to the found name is no rename.
    r.rename(&customer, "Customer");
    assert!(r.choices().renames.is_empty());
}

#[test]
fn a_merge_moves_every_cell_and_joins_a_cell_that_named_both() {
    let mut r = three();
    let (azure, rackspace) = (id_of(&r, "Azure"), id_of(&r, "Rackspace"));
    r.merge(&azure, &rackspace);
    let o = r.apply().expect("applies");
    assert_eq!(o.parties.len(), 2);
    assert!(o.party(&azure).is_none());
    assert_eq!(
        cell_parties(&o, "Run the underlying virtual machines"),
        ["Rackspace"]
    );
    // "Rackspace and Azure" is one assignment now, not Rackspace twice.
    assert_eq!(
        cell_parties(&o, "Rotate cluster certificates"),
        ["Rackspace"]
    );
    // Azure is named by two cells: "Azure" and "Rackspace and Azure".
    assert!(has_reading(
        &o,
        "Chosen in the review: “Azure” merged into “Rackspace” (2 cells)."
    ));
}

#[test]
fn a_merge_drops_coordination_with_itself() {
    let csv = "Activity,Who\nRun hosts,Rackspace\nRun VMs,Azure\n\
               Patch hosts,Rackspace coordinated with Azure\nDeploy apps,Customer\n";
    let mut r = Review::open("c.csv", csv.as_bytes().to_vec(), None).expect("opens");
    let (azure, rackspace) = (id_of(&r, "Azure"), id_of(&r, "Rackspace"));
    let before = r.apply().expect("applies");
    let (_, row) = before.rows().nth(2).expect("row");
    assert_eq!(
        row.cell("who").expect("cell").assign[0].qualifiers.as_ref(),
        &[Qualifier::Coordinated]
    );
    r.merge(&azure, &rackspace);
    let o = r.apply().expect("applies");
    let (_, row) = o.rows().nth(2).expect("row");
    let a = &row.cell("who").expect("cell").assign;
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].party, *rackspace);
    assert!(a[0].qualifiers.is_empty());
    assert_eq!(a[0].with, None);
}

#[test]
fn the_provider_or_customer_cannot_be_merged_away_and_a_cycle_is_refused() {
    let mut r = three();
    let (rackspace, customer) = (id_of(&r, "Rackspace"), id_of(&r, "Customer"));
    r.merge(&customer, &rackspace);
    let errors = r.apply().expect_err("refused");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "three-parties.csv");
    assert_eq!(errors[0].path, "review");
    assert!(
        errors[0].reason.contains("“Customer” is the customer"),
        "{}",
        errors[0].reason
    );
    let csv = "Activity,Who\nRun hosts,Rackspace\nRun VMs,Azure\nHouse racks,Equinix\nDeploy apps,Customer\n";
    let mut r = Review::open("four.csv", csv.as_bytes().to_vec(), None).expect("opens");
    let (azure, equinix) = (id_of(&r, "Azure"), id_of(&r, "Equinix"));
    r.merge(&azure, &equinix);
    r.merge(&equinix, &azure);
    let errors = r.apply().expect_err("a cycle is refused");
    assert!(
        errors[0].reason.contains("go round in a circle"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn readings_of_the_import_are_kept_after_the_choices() {
    let mut r = three();
    let found = r.findings().readings;
    let azure = id_of(&r, "Azure");
    r.rename(&azure, "Microsoft Azure");
    let o = r.apply().expect("applies");
    let after = rm_format::review::Findings::of(&o).readings;
    for reading in &found {
        assert!(after.contains(reading), "kept: {reading:?}");
    }
    assert_eq!(
        after.len(),
        found.len() + 3,
        "provider, customer and the rename added"
    );
}

#[test]
fn a_bad_file_names_file_line_and_reason() {
    let csv = "Activity,Who\n\"Patch hosts,Rackspace\n";
    let errors = Review::open("broken.csv", csv.as_bytes().to_vec(), None).expect_err("refused");
    assert_eq!(errors[0].file, "broken.csv");
    assert!(errors[0].path.starts_with("line "), "{:?}", errors[0]);
    let json = br#"{"id": "x", "title": 3}"#.to_vec();
    let errors = Review::open("mine.json", json, None).expect_err("refused");
    assert_eq!(errors[0].file, "mine.json");
    assert_eq!(errors[0].path, "title", "{:?}", errors);
}

#[test]
fn our_own_json_takes_the_choice_as_party_kinds() {
    let mut r = Review::open(
        "minimal.json",
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/valid/minimal.json"
        ))
        .expect("fixture"),
        None,
    )
    .expect("opens");
    r.choose_provider("customer");
    let o = r.apply().expect("applies");
    assert_eq!(
        o.party("customer").expect("party").kind,
        PartyKind::Provider
    );
    assert_eq!(
        o.party("provider").expect("party").kind,
        PartyKind::Customer
    );
    assert_eq!(o.provider, "Customer");
}

#[test]
fn a_spreadsheet_read_as_a_grid_is_reviewed_like_a_file() {
    let bytes = fixture("matrix.ods");
    let grid = sheet::read_grid("matrix.ods", &bytes, Format::Ods, None).expect("reads");
    let direct = Review::open("matrix.ods", bytes, None).expect("opens");
    let r = Review::new("matrix.ods", Opened::Grid(grid)).expect("opens");
    assert_eq!(r.findings(), direct.findings());
    assert_eq!(
        r.apply().expect("applies"),
        direct.apply().expect("applies")
    );
}
