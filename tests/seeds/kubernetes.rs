//! `data/rackspace-kubernetes.json` must match the MPK service overview seed.
//!
//! The stack and SLA tables are re-parsed from the seed at test time; cells
//! derived from prose must quote the seed verbatim.

use responsibility_matrix::catalog::offering;
use responsibility_matrix::model::{Offering, Qualifier, Row, Section};

const STACK_HEADER: &str = "Category\tTechnology/Service\tInfrastructure\tCertified\tCatalog";
const SLA_HEADER: &str = "Description\tTarget response — Initial Response Time";
/// The application categories in the stack table's column order.
const CATEGORIES: [&str; 3] = ["infrastructure", "certified", "catalog"];

fn seed() -> String {
    crate::read_seed("002_a21e0d78a42b8be9.txt")
}

fn mpk() -> &'static Offering {
    offering("rackspace-kubernetes").expect("data/rackspace-kubernetes.json is compiled in")
}

/// (stack category, technology, application category) for each stack table line.
fn parse_stack(seed: &str) -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    let mut category = String::new();
    let mut in_table = false;
    for line in seed.lines() {
        if line == STACK_HEADER {
            in_table = true;
        } else if line.is_empty() {
            in_table = false;
        } else if in_table {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 5, "stack line with {} fields: {line:?}", f.len());
            // A blank Category cell continues the category above.
            if !f[0].is_empty() {
                category = f[0].to_string();
            }
            let marked: Vec<&str> = (0..3)
                .filter(|k| f[2 + k] == "●")
                .map(|k| CATEGORIES[k])
                .collect();
            assert_eq!(marked.len(), 1, "exactly one ● per technology: {line:?}");
            out.push((category.clone(), f[1].to_string(), marked[0]));
        }
    }
    out
}

/// The sections the data describes as the Rackspace Kubernetes Stack.
fn stack_sections(o: &Offering) -> Vec<&Section> {
    o.sections
        .iter()
        .filter(|s| {
            s.description
                .as_deref()
                .is_some_and(|d| d.starts_with("Rackspace Kubernetes Stack"))
        })
        .collect()
}

/// Quotes drop Markdown link markup: "[Rackspace Kubernetes Stack](#)" → "Rackspace Kubernetes Stack".
fn without_links(text: &str) -> String {
    text.replace("](#)", "").replace('[', "")
}

#[test]
fn stack_table_is_printed_twice_with_a_repeated_header() {
    assert_eq!(seed().lines().filter(|l| *l == STACK_HEADER).count(), 2);
    // The data says how that was read.
    assert!(mpk()
        .notes
        .iter()
        .any(|n| n.text.contains("header is repeated")));
}

#[test]
fn every_technology_is_a_row_with_its_category() {
    let stack = parse_stack(&seed());
    let o = mpk();
    let sections = stack_sections(o);
    assert_eq!(sections.len(), 8, "one section per stack category");

    for (category, technology, variant) in &stack {
        let at = format!("{category} / {technology}");
        let section = sections
            .iter()
            .find(|s| s.title == *category)
            .unwrap_or_else(|| panic!("{at}: no section"));
        let row = section
            .rows
            .iter()
            .find(|r| r.activity == *technology)
            .unwrap_or_else(|| panic!("{at}: no row"));
        assert_eq!(
            row.variants.iter().map(|v| &**v).collect::<Vec<_>>(),
            [*variant],
            "{at}: variant"
        );

        let cell = row.cell("lifecycle").unwrap();
        let label = format!("{}{}", variant[..1].to_uppercase(), &variant[1..]);
        assert_eq!(cell.source_text, format!("● {label}"), "{at}: source_text");
        assert!(
            cell.reading.is_some(),
            "{at}: the category → lifecycle reading is stated"
        );
        // Who manages the lifecycle follows from the category alone.
        let who: Vec<(&str, Vec<Qualifier>)> = cell
            .assign
            .iter()
            .map(|a| (&*a.party, a.qualifiers.to_vec()))
            .collect();
        let expected: Vec<(&str, Vec<Qualifier>)> = match *variant {
            "infrastructure" => vec![("rackspace", vec![])],
            "certified" => vec![("rackspace", vec![]), ("customer", vec![])],
            _ => vec![("customer", vec![Qualifier::CommunitySupport])],
        };
        assert_eq!(who, expected, "{at}: lifecycle");
    }
    // Nothing in the stack sections that the seed does not list; rows, not sections, carry the variant.
    assert_eq!(
        sections.iter().map(|s| s.rows.len()).sum::<usize>(),
        stack.len()
    );
    assert!(sections.iter().all(|s| s.variants.is_empty()));
}

#[test]
fn category_counts() {
    let stack = parse_stack(&seed());
    let count = |v: &str| stack.iter().filter(|(_, _, c)| *c == v).count();
    assert_eq!(stack.len(), 27);
    assert_eq!(
        (
            count("infrastructure"),
            count("certified"),
            count("catalog")
        ),
        (19, 0, 8)
    );

    // The data agrees, category by category.
    let o = mpk();
    let rows: Vec<&Row> = stack_sections(o)
        .into_iter()
        .flat_map(|s| s.rows.iter())
        .collect();
    for v in CATEGORIES {
        assert_eq!(
            rows.iter()
                .filter(|r| r.variants.iter().any(|x| x == v))
                .count(),
            count(v),
            "{v}"
        );
    }
    // No technology is Certified, and the data says so.
    assert!(o
        .notes
        .iter()
        .any(|n| n.text.contains("no technology in the Certified category")));
}

#[test]
fn metallb_is_kept_as_printed() {
    let row = mpk()
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == "metallb")
        .unwrap();
    assert_eq!(row.activity, "MetallB");
    assert!(row.notes.iter().any(|n| n.text.contains("MetalLB")));
}

#[test]
fn sla_table_matches_the_seed() {
    let seed = seed();
    let lines: Vec<&str> = seed.lines().collect();
    // Each priority is printed alone ("Urgent\t"), its description and target on the next line.
    let start = lines
        .iter()
        .position(|l| *l == SLA_HEADER)
        .expect("SLA header in the seed");
    let from_seed: Vec<Vec<String>> = (0..4)
        .map(|k| {
            let priority = lines[start + 1 + 2 * k]
                .strip_suffix('\t')
                .expect("priority line ends in a tab");
            let (description, target) = lines[start + 2 + 2 * k]
                .split_once('\t')
                .expect("description\ttarget");
            vec![
                priority.to_string(),
                description.to_string(),
                target.to_string(),
            ]
        })
        .collect();

    let table = mpk()
        .reference_tables
        .iter()
        .find(|t| t.id == "sla-response-times")
        .expect("SLA table");
    let headers: Vec<&str> = table.headers.iter().map(|h| &**h).collect();
    assert_eq!(
        headers,
        [
            "Priority",
            "Description",
            "Target response — Initial Response Time"
        ]
    );
    let ours: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(ours, from_seed);
    let targets: Vec<&str> = table.rows.iter().map(|r| &*r[2]).collect();
    assert_eq!(
        targets,
        ["15 minutes", "1 hour", "1 business hour", "1 business day"]
    );
    let priorities: Vec<&str> = table.rows.iter().map(|r| &*r[0]).collect();
    assert_eq!(priorities, ["Urgent", "High", "Normal", "Low"]);
}

#[test]
fn upgrade_guarantee_keeps_words_without_html() {
    let o = mpk();
    let table = o
        .reference_tables
        .iter()
        .find(|t| t.id == "platform-upgrade-guarantee")
        .expect("upgrade table");
    let row = &table.rows[0];
    assert_eq!(row[0], "Platform upgrade guarantee");
    assert!(
        row.iter().all(|c| !c.contains('<') && !c.contains('>')),
        "HTML stripped"
    );
    assert!(row[1].contains("cannot guarantee the 90-day SLA"));
    assert!(row[2].contains("90 days") && row[2].contains("120 days"));
    assert!(table.notes.iter().any(|n| n.text.contains("HTML")));

    // The 120-day assistance vs 90/120-day table discrepancy is recorded, not resolved.
    let assistance = o
        .sections
        .iter()
        .find(|s| s.id == "platform-upgrade-assistance")
        .unwrap();
    assert!(assistance
        .notes
        .iter()
        .any(|n| n.text.contains("120 days") && n.text.contains("90 days")));
    assert_eq!(assistance.rows.len(), 4);
    for r in assistance.rows.iter() {
        let a = &r.cell("lifecycle").unwrap().assign;
        assert_eq!(a.len(), 1);
        assert_eq!(
            (&*a[0].party, &*a[0].qualifiers),
            ("rackspace", &[Qualifier::QualifiedConfiguration][..]),
            "{}",
            r.id
        );
    }
}

#[test]
fn pod_roles_match_the_seed() {
    let seed = seed();
    let o = mpk();
    let rackspace = o.party("rackspace").unwrap();
    let roles: Vec<(&str, &str, &str)> = rackspace
        .roles
        .iter()
        .map(|r| (&*r.id, &*r.name, r.abbreviation.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        roles,
        [
            ("em", "Engagement Manager", "EM"),
            ("scka", "Senior CKA Engineer", "SCKA"),
            ("jcka", "Junior CKA Engineer", "JCKA"),
            ("la", "Lead Architect", "LA"),
        ]
    );
    for role in rackspace.roles.iter() {
        // "- **Engagement Manager (EM):** <description>" in the seed.
        let line = format!(
            "- **{} ({}):** {}",
            role.name,
            role.abbreviation.as_deref().unwrap(),
            role.description
        );
        assert!(
            seed.lines().any(|l| l == line),
            "role {} description is not verbatim",
            role.id
        );
        // Each role owns at least one row, and those rows name the role in their assignment.
        let owner = format!("rackspace/{}", role.id);
        let owned: Vec<&Row> = o
            .rows()
            .map(|(_, r)| r)
            .filter(|r| r.owner_role.as_deref() == Some(&*owner))
            .collect();
        assert!(!owned.is_empty(), "role {} owns no row", role.id);
        for r in owned {
            let a = &r.cell("lifecycle").unwrap().assign;
            assert!(
                a.iter()
                    .any(|a| a.party == "rackspace" && a.role.as_deref() == Some(&*role.id)),
                "{}",
                r.id
            );
        }
    }
}

#[test]
fn variants_and_definitions_quote_the_category_definitions() {
    let seed = seed();
    let o = mpk();
    assert_eq!(o.variant_options().len(), 3);
    for v in o.variant_options() {
        // "Infrastructure applications: Fully integrated …"
        let line = format!("{}s: {}", v.label, v.description.as_deref().unwrap());
        assert!(
            seed.lines().any(|l| l == line),
            "variant {} description is not verbatim",
            v.id
        );
        assert!(
            o.definitions
                .iter()
                .any(|d| format!("{}: {}", d.term, d.meaning) == line),
            "definition for {}",
            v.id
        );
    }
}

#[test]
fn prose_cells_quote_the_seed_verbatim() {
    // Outside the stack table every source_text is a quote of the seed, and the cell says how it was read.
    let seed = without_links(&seed());
    let stack: Vec<&str> = stack_sections(mpk()).iter().map(|s| &*s.id).collect();
    for (section, row) in mpk().rows().filter(|(s, _)| !stack.contains(&&*s.id)) {
        let cell = row.cell("lifecycle").unwrap();
        assert!(
            !cell.source_text.is_empty() && seed.contains(&*cell.source_text),
            "{}/{}: not in the seed: {}",
            section.id,
            row.id,
            cell.source_text
        );
        assert!(
            cell.reading.is_some(),
            "{}: prose-derived cell needs a reading",
            row.id
        );
    }
}

#[test]
fn advice_rows_assign_no_implementer() {
    let security = mpk()
        .sections
        .iter()
        .find(|s| s.id == "security-management")
        .unwrap();
    let advice: Vec<&Row> = security
        .rows
        .iter()
        .filter(|r| r.activity.starts_with("Advise on"))
        .collect();
    assert_eq!(advice.len(), 4);
    for r in advice {
        let a = &r.cell("lifecycle").unwrap().assign;
        // Rackspace advises; the source does not say who implements, so nobody else is assigned.
        assert_eq!(a.len(), 1, "{}", r.id);
        assert_eq!(
            (&*a[0].party, &*a[0].qualifiers),
            ("rackspace", &[Qualifier::AdviseOnly][..]),
            "{}",
            r.id
        );
    }
}
