//! OSCAL JSON in and out: an SSP with provided/responsibility pairs and a
//! component definition read into rows and holders; every built-in offering
//! written as OSCAL and read back to the same rows and who holds each.
use crate::support::{builtins, fixture};

use rm_format::import::{import, Format, ImportOptions};
use rm_format::model::{NoteKind, Offering, PartyKind, Status};
use rm_format::write::oscal::{holders, Holders};

fn read(name: &str, bytes: &[u8]) -> Offering {
    import(name, bytes, Format::Oscal, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// Each row as (section title, activity, holders).
fn summary(o: &Offering) -> Vec<(String, String, Holders)> {
    o.rows()
        .map(|(s, r)| (s.title.to_string(), r.activity.to_string(), holders(o, r)))
        .collect()
}

fn readings(o: &Offering) -> Vec<String> {
    o.notes
        .iter()
        .filter(|n| n.kind == NoteKind::Reading)
        .map(|n| n.text.to_string())
        .collect()
}

#[test]
fn ssp_rows_follow_provided_and_responsibility_statements() {
    let o = read("ssp.json", &fixture("ssp-provided-responsibility.json"));
    assert_eq!(
        summary(&o),
        vec![
            ("AC".to_string(), "AC-2".to_string(), Holders::Shared),
            (
                "AC".to_string(),
                "AC-3 ac-3_smt.a".to_string(),
                Holders::Customer
            ),
            (
                "AC".to_string(),
                "AC-3 ac-3_smt.b".to_string(),
                Holders::Nobody
            ),
            ("CP".to_string(), "CP-9".to_string(), Holders::Provider),
        ]
    );
    let (_, ac2) = o.rows().next().expect("a row");
    let cell = &ac2.cells[0].cell;
    assert_eq!(
        cell.source_text,
        "Provided: The service manages its administrator accounts.\nResponsibility: The customer manages database user accounts."
    );
    assert!(
        cell.reading
            .as_deref()
            .is_some_and(|r| r.contains("shared")),
        "{:?}",
        cell.reading
    );
    let (_, nobody) = o.rows().nth(2).expect("third row");
    assert_eq!(nobody.cells[0].cell.status, Some(Status::NotSpecified));
    let kinds: Vec<(String, PartyKind)> = o
        .parties
        .iter()
        .map(|p| (p.name.to_string(), p.kind))
        .collect();
    assert!(
        kinds.contains(&("Provider".into(), PartyKind::Provider)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Customer".into(), PartyKind::Customer)),
        "{kinds:?}"
    );
    let all = readings(&o).join("\n");
    assert!(
        all.contains("“provided” statements are read as the provider's"),
        "{all}"
    );
    assert!(
        all.contains("4 rows have no activity text of ours"),
        "{all}"
    );
}

#[test]
fn component_definition_requirements_become_rows() {
    let o = read("cd.json", &fixture("component-definition.json"));
    assert_eq!(
        summary(&o),
        vec![
            ("SC".to_string(), "SC-28".to_string(), Holders::Shared),
            ("MP".to_string(), "MP-6".to_string(), Holders::Provider),
        ]
    );
    let (_, mp6) = o.rows().nth(1).expect("row");
    assert_eq!(
        mp6.cells[0].cell.source_text,
        "Provided: Retired disks are wiped and shredded."
    );
}

#[test]
fn provider_and_customer_names_come_from_the_options() {
    let options = ImportOptions {
        provider: Some("Acme Cloud".into()),
        customer: Some("Tenant".into()),
        ..ImportOptions::default()
    };
    let o = import(
        "cd.json",
        &fixture("component-definition.json"),
        Format::Oscal,
        &options,
    )
    .expect("imports");
    let names: Vec<(String, PartyKind)> = o
        .parties
        .iter()
        .map(|p| (p.name.to_string(), p.kind))
        .collect();
    assert!(
        names.contains(&("Acme Cloud".into(), PartyKind::Provider)),
        "{names:?}"
    );
    assert!(
        names.contains(&("Tenant".into(), PartyKind::Customer)),
        "{names:?}"
    );
}

#[test]
fn deeply_nested_json_is_refused_with_a_clear_error() {
    let deep = format!(
        "{{\"system-security-plan\": {}1{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = import(
        "deep.json",
        deep.as_bytes(),
        Format::Oscal,
        &ImportOptions::default(),
    )
    .expect_err("refused");
    assert_eq!(err[0].file, "deep.json");
    assert!(
        err[0].reason.contains("nests deeper than 64 levels"),
        "{}",
        err[0].reason
    );
}

#[test]
fn broken_oscal_names_the_json_path() {
    let no_control = br#"{"system-security-plan": {"control-implementation": {"implemented-requirements": [{"uuid": "x"}]}}}"#;
    let err = import(
        "bad.json",
        no_control,
        Format::Oscal,
        &ImportOptions::default(),
    )
    .expect_err("refused");
    assert_eq!(
        err[0].path,
        "$.system-security-plan.control-implementation.implemented-requirements[0].control-id"
    );
    let not_oscal = br#"{"catalog": {}}"#;
    let err = import(
        "cat.json",
        not_oscal,
        Format::Oscal,
        &ImportOptions::default(),
    )
    .expect_err("refused");
    assert!(
        err[0].reason.contains("system-security-plan"),
        "{}",
        err[0].reason
    );
    let err = import(
        "trunc.json",
        b"{\"system-security-plan\": {",
        Format::Oscal,
        &ImportOptions::default(),
    )
    .expect_err("refused");
    assert!(
        err[0].reason.starts_with("not valid JSON"),
        "{}",
        err[0].reason
    );
}

#[test]
fn oscal_files_are_recognised_by_their_content() {
    assert_eq!(
        Format::guess("x.json", &fixture("ssp-provided-responsibility.json")),
        Format::Oscal
    );
    assert_eq!(
        Format::guess("x.json", &fixture("component-definition.json")),
        Format::Oscal
    );
}

#[test]
fn every_builtin_round_trips_rows_and_holders_through_oscal() {
    for (name, o) in builtins() {
        let text = rm_format::write::oscal::write(&o).unwrap_or_else(|e| panic!("{name}: {e}"));
        let back = read(&name.replace(".json", ".oscal.json"), text.as_bytes());
        let ids = |o: &Offering| {
            o.rows()
                .map(|(s, r)| (s.id.to_string(), r.id.to_string(), r.domain))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&o), ids(&back), "{name}: sections, row ids and domains");
        assert_eq!(
            summary(&o),
            summary(&back),
            "{name}: activities and who holds each"
        );
        let sides = |o: &Offering| {
            summary(o)
                .iter()
                .map(|r| r.2)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        assert!(
            sides(&o) >= 2,
            "{name}: the offering has rows held by different sides"
        );
    }
}
