//! `data/rackspace-kubernetes.json` must match the MPK service overview seed.
//!
//! The stack and SLA tables are re-parsed from the seed at test time; cells
//! derived from prose must quote the seed verbatim.

use responsibility_matrix::catalog::offering;
use rm_format::model::{Offering, Qualifier, Row, Section};

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

fn row(id: &str) -> &'static Row {
    mpk()
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no row `{id}`"))
}

/// (party, role) of each assignment of a row's cell.
fn holders(id: &str) -> Vec<(String, Option<String>)> {
    row(id)
        .cell("lifecycle")
        .unwrap()
        .assign
        .iter()
        .map(|a| (a.party.to_string(), a.role.as_ref().map(|r| r.to_string())))
        .collect()
}

fn quote(id: &str) -> &'static str {
    &row(id).cell("lifecycle").unwrap().source_text
}

/// The statements of who does what outside the tables: the overview's
/// summary, the customer service experience, onboarding, purpose, the
/// roadmap note and the notice on third-party products. Each is a row, held
/// by the party the sentence names, quoting the sentence.
#[test]
fn every_prose_statement_of_who_does_what_is_a_row() {
    let seed = without_links(&seed());
    let rackspace = || vec![("rackspace".to_string(), None)];
    let customer = || vec![("customer".to_string(), None)];
    let cases: [(&str, &str, Vec<(String, Option<String>)>); 16] = [
        ("overview-ops-problem-management", "such as upgrades, incident response and problem management", rackspace()),
        ("overview-ops-upgrades", "such as upgrades, incident response and problem management", rackspace()),
        ("overview-ops-incident-response", "such as upgrades, incident response and problem management", rackspace()),
        ("overview-delivered-by-pod", "The service and all associated resources are delivered by a Rackspace Kubernetes Pod", rackspace()),
        ("overview-components-best-practices", "All components are deployed using known best practices", rackspace()),
        ("overview-design-and-deployment", "on the public or private cloud platform of your choice", rackspace()),
        ("overview-choose-cloud-platform", "on the public or private cloud platform of your choice", customer()),
        ("overview-optimize-performance", "We will optimize the solution for performance", rackspace()),
        ("overview-proactive-measures", "take proactive measures in preparation for planned events", rackspace()),
        ("overview-security-practices", "assessed and applied according each customer's individual needs", rackspace()),
        ("cse-same-pod-business-hours", "the customer always works with the same pod during business hours", rackspace()),
        ("cse-dedicated-team", "the dedicated team of Rackspace Technology cloud experts assigned to the customer's account", rackspace()),
        ("onboarding-assign-pod", "All MPK customers are assigned to a Rackspace Kubernetes Pod", rackspace()),
        ("onboarding-pod-works-with-customer", "who work with the Customer throughout their journey", rackspace()),
        ("third-party-changes", "should be made at the discretion of your administrators", customer()),
        ("stack-roadmap-details", "Please speak with your EM for the latest roadmap details.", vec![("rackspace".to_string(), Some("em".to_string()))]),
    ];
    for (id, words, who) in cases {
        let q = quote(id);
        assert!(seed.contains(q), "{id}: not in the seed: {q}");
        assert!(q.contains(words), "{id}: quote lacks {words:?}: {q}");
        assert_eq!(holders(id), who, "{id}");
    }
    assert_eq!(
        row("stack-roadmap-details").owner_role.as_deref(),
        Some("rackspace/em")
    );

    // Side by side: both parties.
    assert_eq!(holders("purpose-build-optimize-maintain").len(), 2);
    assert!(seed.contains(quote("purpose-build-optimize-maintain")));

    // No technical support for third-party products: a "No", not an assignment.
    let support = row("third-party-technical-support")
        .cell("lifecycle")
        .unwrap();
    assert_eq!(support.status, Some(rm_format::model::Status::No));
    assert!(support.source_text.starts_with(
        "Rackspace Technology does not provide technical support for third party products"
    ));
    assert!(seed.contains(&*support.source_text));

    // The "according each" typo is kept and its reading recorded.
    let security = row("overview-security-practices");
    assert!(security.activity.contains("according each"));
    assert!(security
        .notes
        .iter()
        .any(|n| n.kind == rm_format::model::NoteKind::Reading
            && n.text.contains("“according to each")));

    // The roadmap note keeps its last sentence.
    assert!(mpk().notes.iter().any(|n| n
        .text
        .contains("Please speak with your EM for the latest roadmap details.")));
}

/// The overview's four summary bullets each end up in a row, whole.
#[test]
fn the_overview_bullets_are_quoted_whole() {
    let seed = without_links(&seed());
    let bullets: Vec<&str> = seed
        .lines()
        .filter_map(|l| l.strip_prefix("- **"))
        .filter_map(|l| l.split_once(":** ").map(|(_, rest)| rest))
        .filter(|rest| rest.starts_with("We will"))
        .collect();
    assert_eq!(bullets.len(), 4, "{bullets:?}");
    for bullet in bullets {
        assert!(
            mpk()
                .rows()
                .any(|(_, r)| r.cell("lifecycle").unwrap().source_text == bullet),
            "no row quotes the bullet: {bullet}"
        );
    }
}

#[test]
fn provenance_is_as_the_document_states_it() {
    let seed = seed();
    let s = &mpk().source;
    assert_eq!(s.date.as_deref(), Some("April 28, 2021"));
    assert!(seed.contains(
        "Rackspace-Service-Overview-Kubernetes-Powered-by-Platform9-PUB-TSK-4694 :: April 28, 2021"
    ));
    assert_eq!(s.copyright.as_deref(), Some("© 2021 Rackspace US, Inc."));
    assert!(seed.contains("© 2021 Rackspace US, Inc. ::"));
    assert_eq!(s.publisher.as_deref(), Some("Rackspace Technology"));
    // The document states no licence and gives no address.
    assert!(s.licence_is_unknown());
    let lower = seed.to_lowercase();
    assert!(!lower.contains("licensed under") && !lower.contains("creative commons"));
    assert_eq!(s.url, None);
    assert_eq!(s.seed_file.as_deref(), Some("002_a21e0d78a42b8be9.txt"));
}

/// The statements a full re-read found that the rows did not quote: each is
/// in the data with the seed's own words, where a reader meets it.
#[test]
fn full_reread_statements_are_quoted_where_they_belong() {
    let seed = without_links(&seed());
    let section_note = |section: &str, words: &str| {
        let s = mpk()
            .sections
            .iter()
            .find(|s| s.id == section)
            .unwrap_or_else(|| panic!("no section `{section}`"));
        assert!(
            s.notes.iter().any(|n| n.text.contains(words)),
            "{section}: no note quotes {words:?}"
        );
    };

    // Governance › Security management: both sentences of the bullet.
    let security = quote("governance-security-management");
    assert!(seed.contains(security), "not in the seed: {security}");
    assert!(security.ends_with(
        "Through timely upgrades, sound identity posture, container image scanning, runtime security and network protection, the Managed Platform for Kubernetes service takes a comprehensive approach to help ensure your environment remains tenable."
    ));
    assert!(row("governance-security-management")
        .notes
        .iter()
        .any(|n| n.kind == rm_format::model::NoteKind::Reading && n.text.contains("tenable")));

    // Ticketing: how the customer creates or views a ticket.
    let ticket = quote("ticket-creation-by-customer");
    assert!(seed.contains(ticket), "not in the seed: {ticket}");
    assert!(ticket.contains("click the “Tickets” button from the menu to create a new ticket or view an existing ticket."));
    assert_eq!(
        holders("ticket-creation-by-customer"),
        [("customer".to_string(), None)]
    );

    // Notes that assign nothing but belong with their section, verbatim.
    let team = "Consistent team structure: Pod members have been working together long-term across multiple clients and projects.";
    assert!(seed.contains(team));
    section_note("customer-service-experience", team);
    let scenarios =
        "the information contained in the document is not designed to work with all scenarios.";
    assert!(seed.contains(scenarios));
    section_note("third-party-products", scenarios);
    let accuracy = "Rackspace Technology cannot guarantee the accuracy of any information presented after the date of publication.";
    assert!(seed.contains(accuracy));
    assert!(mpk().notes.iter().any(|n| n.text.contains(accuracy)));
}
