//! `data/goss.json` must cover every system the GOSS architecture seed describes.
//!
//! The seed's reStructuredText headings are re-parsed here at test time, and
//! every quoted cell must be the seed's own words.

use responsibility_matrix::catalog::offering;
use rm_format::model::{Cell, Offering, Qualifier, Row, Status};

fn seed() -> String {
    crate::read_seed("004_5851b9c9f2f3085f.txt")
}

fn goss() -> &'static Offering {
    offering("goss").expect("data/goss.json is compiled in")
}

fn row(id: &str) -> &'static Row {
    goss()
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no row `{id}`"))
}

fn cell<'a>(row: &'a Row, column: &str) -> &'a Cell {
    row.cell(column)
        .unwrap_or_else(|| panic!("{}: no `{column}` cell", row.id))
}

/// (section heading, [system headings]) in source order. In this seed `~`
/// underlines a section and `-` underlines a system.
fn parse_headings(seed: &str) -> Vec<(String, Vec<String>)> {
    let lines: Vec<&str> = seed.lines().collect();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for pair in lines.windows(2) {
        let (title, under) = (pair[0].trim(), pair[1].trim());
        let underlined = |c: char| {
            !title.is_empty() && under.len() == title.len() && under.chars().all(|x| x == c)
        };
        if underlined('~') {
            out.push((title.to_string(), Vec::new()));
        } else if underlined('-') {
            out.last_mut()
                .expect("a system heading follows a section heading")
                .1
                .push(title.to_string());
        }
    }
    out
}

/// The seed's prose with line breaks as spaces, as the data's quotes join wrapped lines.
fn flat(seed: &str) -> String {
    seed.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("RPC- VMware", "RPC-VMware")
}

#[test]
fn every_system_heading_is_a_row() {
    let headings = parse_headings(&seed());
    let o = goss();
    // Guards the parser: 2 sections, 8 + 2 systems.
    assert_eq!(
        headings.iter().map(|(_, s)| s.len()).collect::<Vec<_>>(),
        [8, 2]
    );
    assert_eq!(o.sections.len(), headings.len());

    for (section, (title, systems)) in o.sections.iter().zip(&headings) {
        assert_eq!(section.title, *title);
        // A row is the system heading itself, or "Heading — one of its activities" when split.
        let system_of = |r: &Row| {
            systems
                .iter()
                .find(|s| r.activity == **s || r.activity.starts_with(&format!("{s} — ")))
                .cloned()
        };
        for s in systems {
            assert!(
                section
                    .rows
                    .iter()
                    .any(|r| system_of(r).as_ref() == Some(s)),
                "{title}: no row for `{s}`"
            );
        }
        for r in section.rows.iter() {
            assert!(
                system_of(r).is_some(),
                "{title}: row `{}` is not a system of the seed",
                r.activity
            );
        }
    }
}

#[test]
fn protocol_cells_per_guest_os() {
    let o = goss();
    // The OS columns appear only for their own variant.
    assert_eq!(&*o.column("linux").unwrap().variants, ["linux"]);
    assert_eq!(&*o.column("windows").unwrap().variants, ["windows"]);

    let vm = row("vm-network-interactions");
    let (linux, windows) = (cell(vm, "linux"), cell(vm, "windows"));
    assert_eq!(linux.text.as_deref(), Some("SSH"));
    assert_eq!(windows.text.as_deref(), Some("WinRM, RDP"));
    // The source maps no protocol to an OS: both cells are our inference, from
    // the one sentence that names the protocols, and print nothing of their own.
    let sentence = "Depending on the OS type of your Virtual Machine, Rackspace uses various secure network protocols such as ssh, WinRM, and RPD to access the OS.";
    assert!(flat(&seed()).contains(sentence));
    for c in [linux, windows] {
        let inference = c.inference.as_ref().expect("marked as an inference");
        assert_eq!(inference.from, sentence);
        assert!(inference
            .reasoning
            .contains("without mapping them to an OS"));
        assert_eq!(c.source_text, "");
    }
    // The typo is a reading, kept apart from the inference.
    assert_eq!(
        windows.reading.as_deref(),
        Some("“RPD” is read as a typo for RDP (Remote Desktop Protocol).")
    );
    assert!(linux.reading.is_none());

    // Ansible is inferred to use the same per-OS protocols; the source names none for it.
    let ansible = row("ansible");
    for (column, protocol) in [("linux", "SSH"), ("windows", "WinRM")] {
        let c = cell(ansible, column);
        assert_eq!(c.text.as_deref(), Some(protocol));
        assert_eq!(c.source_text, "");
        let inference = c.inference.as_ref().expect("marked as an inference");
        assert_eq!(inference.from, sentence);
        assert!(inference
            .reasoning
            .contains("names no protocol for Ansible"));
    }

    // The picker and the two OS columns are inferences from the same sentence.
    assert_eq!(
        o.variants
            .as_ref()
            .unwrap()
            .inference
            .as_ref()
            .unwrap()
            .from,
        sentence
    );
    for column in ["linux", "windows"] {
        let inference = o.column(column).unwrap().inference.as_ref().expect(column);
        assert_eq!(inference.from, sentence, "{column}");
    }
    // Nothing else is marked as inferred: the other cells say what the source says.
    let inferred: Vec<String> = o
        .rows()
        .flat_map(|(_, r)| {
            r.cells
                .iter()
                .filter(|e| e.cell.inference.is_some())
                .map(move |e| format!("{}/{}", r.id, e.column))
        })
        .collect();
    assert_eq!(
        inferred,
        [
            "ansible/linux",
            "ansible/windows",
            "vm-network-interactions/linux",
            "vm-network-interactions/windows"
        ]
    );

    // Systems the source does not describe reaching into the guest OS: the
    // source prints nothing for them there, so their OS cells are not specified.
    let outside_guest = [
        "vcenter-indexing",
        "cmdb",
        "portal-display-indexed-vms",
        "portal-enroll-vms",
        "portal-support-tickets",
        "ipam",
        "firewall",
        "vcenter-network-interactions",
    ];
    for id in outside_guest {
        for column in ["linux", "windows"] {
            let c = cell(row(id), column);
            assert_eq!(c.status, Some(Status::NotSpecified), "{id}/{column}");
            assert_eq!(c.source_text, "", "{id}/{column}");
        }
    }
    // The source prints no N/A, so no cell is not applicable.
    assert!(!flat(&seed()).contains("N/A"));
    assert!(o.rows().all(|(_, r)| r
        .cells
        .iter()
        .all(|e| e.cell.status != Some(Status::NotApplicable))));
}

#[test]
fn customer_prerequisites() {
    // vSphere Guest APIs need the OS credentials the customer provides with the
    // enrollment; VMware Tools is required too, but the source names nobody for it.
    let who = cell(row("vsphere-guest-apis"), "who");
    let customer = who
        .assign
        .iter()
        .find(|a| a.party == "customer")
        .expect("customer assignment");
    assert_eq!(&*customer.qualifiers, [Qualifier::Prerequisite]);
    let note = customer.note.as_deref().unwrap();
    assert!(
        note.contains("OS credentials provided with the enrollment")
            && !note.contains("VMware Tools"),
        "{note}"
    );
    let reading = who.reading.as_deref().unwrap();
    assert!(
        reading.contains("does not say who installs it, so that is assigned to no one"),
        "{reading}"
    );
    assert!(flat(&seed())
        .contains("This is used to validate the OS credentials provided with the enrollment"));
    assert!(who
        .assign
        .iter()
        .any(|a| a.party == "rackspace" && a.qualifiers.is_empty()));

    // IPAM records the local IP the customer assigned.
    let ipam = cell(row("ipam"), "who");
    let customer = ipam
        .assign
        .iter()
        .find(|a| a.party == "customer")
        .expect("customer assignment");
    assert_eq!(&*customer.qualifiers, [Qualifier::Prerequisite]);
    assert!(customer
        .note
        .as_deref()
        .unwrap()
        .contains("local IP address"));
}

#[test]
fn portal_is_split_by_who_acts() {
    let parties = |id: &str| {
        cell(row(id), "who")
            .assign
            .iter()
            .map(|a| a.party.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(parties("portal-display-indexed-vms"), ["rackspace"]);
    assert_eq!(parties("portal-enroll-vms"), ["customer"]);
    assert_eq!(parties("portal-support-tickets"), ["customer"]);
}

#[test]
fn quotes_are_verbatim_and_typos_kept() {
    let seed = flat(&seed());
    let mut quoted = 0;
    for (_, r) in goss().rows() {
        for entry in r.cells.iter() {
            let c = &entry.cell;
            let at = format!("{}/{}", r.id, entry.column);
            if c.source_text.is_empty() {
                // A blank quote is a cell the source leaves blank, or our
                // inference from a sentence the seed does hold.
                match &c.inference {
                    Some(i) => assert!(
                        seed.contains(&*i.from),
                        "{at}: inferred from text not in the seed: {}",
                        i.from
                    ),
                    None => assert_eq!(c.status, Some(Status::NotSpecified), "{at}: blank quote"),
                }
                continue;
            }
            assert!(
                seed.contains(&*c.source_text),
                "{at}: source_text is not in the seed: {}",
                c.source_text
            );
            quoted += 1;
        }
    }
    // 13 rows × 5 columns, less the 4 inferred and 21 blank cells.
    assert_eq!(quoted, 13 * 5 - 4 - 21);
    assert!(cell(row("vm-network-interactions"), "who")
        .source_text
        .contains("is be accessed"));
    assert!(row("vm-network-interactions")
        .notes
        .iter()
        .any(|n| n.text.contains("is be accessed")));
}
