//! `data/ovhcloud-kubernetes.json` must be the seed's Markdown tables, cell for cell.
//!
//! The seed is re-parsed here at test time, so a difference between the data
//! and the published document fails with the table and row it is in.

use responsibility_matrix::catalog::offering;
use rm_format::model::{NoteKind, Offering, Row};

fn seed() -> String {
    crate::read_seed("003_bbc6fcbd73c502f1.txt")
}

fn ovh() -> &'static Offering {
    offering("ovhcloud-kubernetes").expect("data/ovhcloud-kubernetes.json is compiled in")
}

/// One numbered leaf table of the seed.
struct SeedTable {
    number: String,
    title: String,
    /// "3. Service usage › 3.1. Operations": the headings above it.
    parents: String,
    /// [activity, customer letters, OVHcloud letters]; "" for a blank cell.
    rows: Vec<[String; 3]>,
}

/// The cells of a Markdown table line, trimmed, without the outer pipes.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|c| c.trim().to_string()).collect()
}

/// "#### 3.1.1. Daily operations" → ("3.1.1", "Daily operations"); None for unnumbered headings.
fn numbered_heading(line: &str) -> Option<(String, String)> {
    let text = line.strip_prefix('#')?.trim_start_matches('#').trim();
    let (number, title) = text.split_once(". ")?;
    let numeric = number
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    numeric.then(|| (number.to_string(), title.to_string()))
}

fn parse_tables(seed: &str) -> Vec<SeedTable> {
    let lines: Vec<&str> = seed.lines().collect();
    let mut headings: Vec<(String, String)> = Vec::new();
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(h) = numbered_heading(lines[i]) {
            headings.push(h);
        } else if lines[i].starts_with("| **Activity**") {
            assert_eq!(
                cells(lines[i]),
                ["**Activity**", "**Customer**", "**OVHcloud**"],
                "unexpected table header"
            );
            let (number, title) = headings
                .last()
                .cloned()
                .expect("every activity table follows a numbered heading");
            // Parents are the headings whose number prefixes this one: "3", then "3.1".
            let parts: Vec<&str> = number.split('.').collect();
            let parents: Vec<String> = (1..parts.len())
                .map(|n| {
                    let p = parts[..n].join(".");
                    let (_, t) = headings
                        .iter()
                        .rev()
                        .find(|(num, _)| *num == p)
                        .expect("parent heading");
                    format!("{p}. {t}")
                })
                .collect();
            let mut rows = Vec::new();
            i += 2; // header and separator
            while i < lines.len() && lines[i].starts_with('|') {
                let c = cells(lines[i]);
                assert_eq!(c.len(), 3, "row with {} cells: {}", c.len(), lines[i]);
                rows.push([c[0].clone(), c[1].clone(), c[2].clone()]);
                i += 1;
            }
            tables.push(SeedTable {
                number,
                title,
                parents: parents.join(" › "),
                rows,
            });
            continue;
        }
        i += 1;
    }
    tables
}

/// The RACI letters a party holds in a row ("" when unassigned).
fn letters<'a>(row: &'a Row, party: &str) -> &'a str {
    let cell = row.cell("raci").expect("every row has a raci cell");
    cell.assign
        .iter()
        .find(|a| a.party == party)
        .map(|a| a.raci.as_deref().expect("OVHcloud cells are RACI letters"))
        .unwrap_or("")
}

#[test]
fn every_table_row_and_cell_matches_the_seed() {
    let tables = parse_tables(&seed());
    let o = ovh();
    // 17 leaf tables, 1.1 to 5.2: guards the parser as much as the data.
    assert_eq!(tables.len(), 17, "leaf tables found in the seed");
    assert_eq!(o.sections.len(), tables.len(), "one section per seed table");

    for (section, table) in o.sections.iter().zip(&tables) {
        let at = format!("table {} {}", table.number, table.title);
        assert_eq!(
            section.number.as_deref(),
            Some(table.number.as_str()),
            "{at}: number"
        );
        assert_eq!(section.title, table.title, "{at}: title");
        assert_eq!(
            section.description.as_deref(),
            Some(table.parents.as_str()),
            "{at}: parent headings"
        );
        assert_eq!(section.rows.len(), table.rows.len(), "{at}: row count");

        for (row, [activity, customer, ovhcloud]) in section.rows.iter().zip(&table.rows) {
            let at = format!("{at}, row `{activity}`");
            assert_eq!(row.activity, *activity, "{at}: activity");
            assert_eq!(letters(row, "customer"), customer, "{at}: Customer");
            assert_eq!(letters(row, "ovhcloud"), ovhcloud, "{at}: OVHcloud");

            let cell = row.cell("raci").unwrap();
            // No row has both cells blank, so every cell assigns someone.
            assert!(
                !cell.assign.is_empty() && cell.status.is_none(),
                "{at}: assigns someone"
            );
            let printed = [customer, ovhcloud]
                .iter()
                .filter(|l| !l.is_empty())
                .count();
            assert_eq!(cell.assign.len(), printed, "{at}: no extra parties");
            // RACI cells carry letters only: no qualifiers or roles invented.
            assert!(
                cell.assign
                    .iter()
                    .all(|a| a.qualifiers.is_empty() && a.role.is_none()),
                "{at}: letters only"
            );
            let shown = |l: &str| {
                if l.is_empty() {
                    "(blank)".to_string()
                } else {
                    l.to_string()
                }
            };
            let expected = format!(
                "Customer: {}; OVHcloud: {}",
                shown(customer),
                shown(ovhcloud)
            );
            assert_eq!(cell.source_text, expected, "{at}: source_text");
        }
    }
}

#[test]
fn raci_definitions_are_verbatim() {
    let seed = seed();
    // The one-column "Roles" table: "| R: Is in charge of carrying out the process |".
    let from_seed: Vec<(String, String)> = seed
        .lines()
        .filter_map(|l| {
            let c = cells(l);
            let (term, meaning) = c.first()?.split_once(": ")?;
            (c.len() == 1 && ["R", "A", "C", "I"].contains(&term))
                .then(|| (term.to_string(), meaning.to_string()))
        })
        .collect();
    let ours: Vec<(String, String)> = ovh()
        .definitions
        .iter()
        .map(|d| (d.term.to_string(), d.meaning.to_string()))
        .collect();
    assert_eq!(ours, from_seed);
    assert_eq!(
        ours[0],
        (
            "R".to_string(),
            "Is in charge of carrying out the process".to_string()
        )
    );
    assert_eq!(
        ours[3],
        (
            "I".to_string(),
            "Is informed of the results of the process".to_string()
        )
    );
}

#[test]
fn spot_checks() {
    let o = ovh();
    let find = |activity: &str| {
        o.rows()
            .map(|(_, r)| r)
            .find(|r| r.activity.starts_with(activity))
            .unwrap_or_else(|| panic!("no row `{activity}`"))
    };

    // "IR" keeps its printed order.
    let version = find("Decide which Kubernetes version to use");
    assert_eq!(
        (letters(version, "customer"), letters(version, "ovhcloud")),
        ("A", "IR")
    );

    let misconfig = find("Intervene whithin incidents caused by bad service configurations");
    assert_eq!(
        (
            letters(misconfig, "customer"),
            letters(misconfig, "ovhcloud")
        ),
        ("RA", "CI")
    );

    // The odd cell stays as printed, with a note saying so.
    let is_risk = find("Manage risks related to the IS hosted");
    assert_eq!(
        (letters(is_risk, "customer"), letters(is_risk, "ovhcloud")),
        ("", "RA")
    );
    assert!(is_risk.notes.iter().any(|n| n.text.contains("as printed")));

    assert_eq!(
        o.source.url.as_deref(),
        Some("https://docs.ovhcloud.com/en/guides/public-cloud/containers-orchestration/managed-kubernetes/responsibility-model")
    );
    assert_eq!(o.source.date.as_deref(), Some("2023-07-06"));
    // Both as the seed's front matter states them.
    let seed = seed();
    assert!(seed
        .lines()
        .any(|l| l == format!("url: {}", o.source.url.as_deref().unwrap())));
    assert!(seed.lines().any(|l| l == "lastUpdated: 2023-07-06"));
    assert_eq!(o.source.publisher.as_deref(), Some("OVHcloud"));
    // The page states no licence.
    assert!(o.source.licence_is_unknown());
    assert!(!seed.to_lowercase().contains("licen"));
    assert!(o.variants.is_none());
}

#[test]
fn duplicated_reversibility_row_is_kept_twice() {
    let o = ovh();
    let first = |number: &str| {
        &o.sections
            .iter()
            .find(|s| s.number.as_deref() == Some(number))
            .unwrap()
            .rows[0]
    };
    let (a, b) = (first("2.2"), first("4.1"));
    assert_eq!(a.activity, b.activity);
    assert_ne!(a.id, b.id);
    // Each copy carries its own reading note saying the other one exists.
    for row in [a, b] {
        assert!(
            row.notes.iter().any(|n| n.text.contains("identically")),
            "{}: no note says the row is printed twice",
            row.id
        );
    }
}

#[test]
fn typos_are_kept_and_explained() {
    // Every misspelling stays in the activity, and every row carrying one has a reading note naming it.
    for typo in [
        "peristant",
        "persitant",
        "functionning",
        "whithin",
        "wihin",
        "resiliation",
        "etc .;",
        "etc ..",
        "persistant",
    ] {
        let rows: Vec<&Row> = ovh()
            .rows()
            .map(|(_, r)| r)
            .filter(|r| r.activity.contains(typo))
            .collect();
        assert!(!rows.is_empty(), "typo `{typo}` no longer in any activity");
        for r in rows {
            let explained = r
                .notes
                .iter()
                .any(|n| n.kind == NoteKind::Reading && n.text.contains(typo));
            assert!(
                explained,
                "row `{}` keeps `{typo}` without a reading note",
                r.id
            );
        }
    }
}
