//! Faithfulness of `data/vmware.json` to its seed, the reStructuredText grid
//! table in `shared/seeds/000_b64375559d016207.txt`.
//!
//! Three layers of checks:
//! 1. the compiled statics equal the JSON file, so code generation lost nothing;
//! 2. shape and spot checks of the cells that are easy to get wrong;
//! 3. the seed itself is re-parsed here and compared cell by cell: every cell's
//!    printed words must be the data's `source_text`, and those words must
//!    decode (by a table written here, independently of the data) to the
//!    `assign` / `status` the data gives the cell.

use responsibility_matrix::catalog;
use rm_format::model::*;
use std::borrow::Cow;

/// Column ids in the source's column order (after the "Service" column).
const COLUMNS: [&str; 6] = [
    "physical-server",
    "esxi",
    "vm-container",
    "vm-supported-os",
    "vm-unsupported-os",
    "application",
];

fn vmware() -> &'static Offering {
    catalog::offering("vmware").expect("data/vmware.json should compile into the catalog")
}

fn row(id: &str) -> &'static Row {
    vmware()
        .rows()
        .map(|(_, r)| r)
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no row `{id}` in vmware"))
}

fn cell(row_id: &str, column: &str) -> &'static Cell {
    row(row_id)
        .cell(column)
        .unwrap_or_else(|| panic!("row `{row_id}` has no cell for column `{column}`"))
}

/// `(party, qualifiers, with)` per assignment: the parts of an assignment the
/// VMware source can express.
fn assignments(c: &Cell) -> Vec<(&str, Vec<Qualifier>, Option<&str>)> {
    c.assign
        .iter()
        .map(|a| (&*a.party, a.qualifiers.to_vec(), a.with.as_deref()))
        .collect()
}

fn has_reading_note(notes: &[Note], needle: &str) -> bool {
    notes
        .iter()
        .any(|n| n.kind == NoteKind::Reading && n.text.contains(needle))
}

#[test]
fn metadata_parties_columns_and_variants() {
    let o = vmware();
    assert_eq!(o.provider, "Rackspace Technology");
    assert_eq!(o.source.title, "Understanding roles and responsibilities");
    assert_eq!(
        o.source.seed_file.as_deref(),
        Some("000_b64375559d016207.txt")
    );
    assert_eq!(o.source.publisher.as_deref(), Some("Rackspace Technology"));
    // The document states no licence.
    assert!(o.source.licence_is_unknown());
    let seed = read_seed().to_lowercase();
    assert!(
        !seed.contains("licensed under")
            && !seed.contains("creative commons")
            && !seed.contains("licence")
    );
    // The seed gives neither a URL nor a date; none may be invented.
    assert_eq!(
        (o.source.url.as_deref(), o.source.date.as_deref()),
        (None, None)
    );

    let parties: Vec<_> = o.parties.iter().map(|p| (&*p.id, p.kind)).collect();
    assert_eq!(
        parties,
        [
            ("rackspace", PartyKind::Provider),
            ("customer", PartyKind::Customer)
        ]
    );

    let columns: Vec<&str> = o.columns.iter().map(|c| &*c.id).collect();
    assert_eq!(columns, COLUMNS);
    assert!(o
        .columns
        .iter()
        .all(|c| c.kind == ColumnKind::Responsibility && !c.split_by_party));
    // Each managed-VM column belongs to exactly one guest OS type; the others to all.
    let column_variants: Vec<Vec<&str>> = o
        .columns
        .iter()
        .map(|c| c.variants.iter().map(|v| &**v).collect())
        .collect();
    let expected: [&[&str]; 6] = [&[], &[], &[], &["supported-os"], &["unsupported-os"], &[]];
    assert_eq!(column_variants, expected);

    let options: Vec<&str> = o.variant_options().iter().map(|v| &*v.id).collect();
    assert_eq!(options, ["supported-os", "unsupported-os"]);

    // The doubled header word is kept as printed and its reading recorded.
    assert_eq!(
        o.column("vm-container").unwrap().source_label.as_deref(),
        Some("VM Container Container")
    );
    assert!(has_reading_note(&o.notes, "VM Container Container"));
}

#[test]
fn twenty_six_services_in_nine_sections_with_six_cells_each() {
    let o = vmware();
    let sections: Vec<(&str, usize)> = o.sections.iter().map(|s| (&*s.id, s.rows.len())).collect();
    assert_eq!(
        sections,
        [
            ("provisioning", 4),
            ("alerting", 2),
            ("reporting", 3),
            ("access", 3),
            ("change-management", 9),
            ("backups", 2),
            ("replication", 1),
            ("exports", 1),
            ("decommission", 1),
        ]
    );
    assert_eq!(o.row_count(), 26);
    for (_, r) in o.rows() {
        let cols: Vec<&str> = r.cells.iter().map(|c| &*c.column).collect();
        assert_eq!(
            cols, COLUMNS,
            "row `{}` should have one cell per column, in order",
            r.id
        );
    }
}

#[test]
fn tricky_cells() {
    // The one blank cell: nothing assumed, the blank kept, the reading recorded.
    let dns = cell("manage-dns", "vm-unsupported-os");
    assert_eq!(dns.status, Some(Status::NotSpecified));
    assert_eq!(dns.source_text, "");
    assert!(dns.assign.is_empty() && dns.reading.is_some());

    assert_eq!(
        cell("outage-monitoring", "vm-container").status,
        Some(Status::No)
    );

    assert_eq!(
        assignments(cell("patching", "physical-server")),
        [("rackspace", vec![Qualifier::Coordinated], Some("customer"))]
    );
    assert_eq!(
        assignments(cell("vm-replication", "vm-container")),
        [(
            "rackspace",
            vec![Qualifier::Coordinated, Qualifier::Fee],
            Some("customer")
        )]
    );
    assert_eq!(
        assignments(cell("export-vms", "vm-container")),
        [(
            "rackspace",
            vec![Qualifier::ReasonableEndeavour, Qualifier::Fee],
            None
        )]
    );
    assert_eq!(
        assignments(cell("remote-logical-access", "vm-supported-os")),
        [("rackspace", vec![], None), ("customer", vec![], None)]
    );
    assert_eq!(
        assignments(cell("patching", "application")),
        [("customer", vec![Qualifier::UnlessPurchased], None)]
    );

    // "Same as OS" follows whichever managed-VM column the guest OS type selects.
    let same = cell("remote-logical-access", "application");
    assert_eq!(
        same.status,
        Some(Status::SameAs {
            columns: Cow::Owned(vec!["vm-supported-os".into(), "vm-unsupported-os".into()])
        })
    );
    assert!(same.reading.is_some());

    assert_eq!(
        cell("initial-deployment", "application").status,
        Some(Status::Depends {
            on: Some("application".into())
        })
    );
    assert_eq!(
        cell("rackspace-provided-guest-os", "application").status,
        Some(Status::Depends { on: None })
    );
}

#[test]
fn typos_are_kept_and_their_readings_recorded() {
    let file = row("file-level-backups");
    assert_eq!(file.activity, "Fire level backups");
    assert!(has_reading_note(&file.notes, "File-level backups"));

    let bandwidth = row("bandwidth-consumption-reporting");
    assert_eq!(bandwidth.activity, "Bandwith consumption reporting");
    assert!(has_reading_note(&bandwidth.notes, "Bandwidth"));
}

// ---------------------------------------------------------------------------
// Re-parsing the seed.
// ---------------------------------------------------------------------------

/// One block of the grid table, between two border lines.
#[derive(Debug)]
enum GridRow {
    /// A row spanning the whole table ("Layer", the bold section headings).
    Span(String),
    /// A row with one text per grid column; wrapped lines joined with single spaces.
    Cells(Vec<String>),
}

fn read_seed() -> String {
    crate::read_seed("000_b64375559d016207.txt")
}

/// Parses the seed's grid table into blocks.
///
/// Column boundaries are the `+` positions of the first seven-column border;
/// a block is a grid row when every one of its lines has a `|` at every
/// boundary, otherwise it spans the table.
fn parse_grid(seed: &str) -> Vec<GridRow> {
    let table: Vec<&str> = seed
        .lines()
        .filter(|l| l.starts_with('+') || l.starts_with('|'))
        .collect();
    assert!(
        table.iter().all(|l| l.is_ascii()),
        "the grid table is ASCII, so byte positions are column positions"
    );
    let border = table
        .iter()
        .find(|l| l.starts_with("+-") && l.matches('+').count() == 8)
        .expect("the seed should have a seven-column border line");
    let bounds: Vec<usize> = border.match_indices('+').map(|(i, _)| i).collect();

    let mut blocks: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in table {
        if line.starts_with('+') {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    assert!(
        current.is_empty(),
        "the grid table should end with a border line"
    );

    blocks
        .into_iter()
        .map(|block| {
            let is_grid = block
                .iter()
                .all(|l| bounds.iter().all(|&p| l.as_bytes().get(p) == Some(&b'|')));
            if is_grid {
                let cells = bounds
                    .windows(2)
                    .map(|w| join_fragments(block.iter().map(|l| &l[w[0] + 1..w[1]])))
                    .collect();
                GridRow::Cells(cells)
            } else {
                let text = join_fragments(block.iter().map(|l| l.trim().trim_matches('|')));
                GridRow::Span(text.trim_matches('*').to_string())
            }
        })
        .collect()
}

/// Joins a cell's wrapped lines with single spaces, as the rendered table shows them.
fn join_fragments<'a>(fragments: impl Iterator<Item = &'a str>) -> String {
    fragments
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `(section title, rows of cell texts)` from the seed, below the header.
fn seed_sections(grid: &[GridRow]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut sections: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    for block in grid {
        match block {
            GridRow::Span(title) => sections.push((title.clone(), Vec::new())),
            GridRow::Cells(cells) => sections
                .last_mut()
                .expect("a section heading precedes every service row")
                .1
                .push(cells.clone()),
        }
    }
    sections
}

/// A cell's assignments as `(party, qualifiers, with)`, or its status.
type Meaning = (
    Vec<(&'static str, Vec<Qualifier>, Option<&'static str>)>,
    Option<Status>,
);

/// What a cell's printed words mean, written from the source's vocabulary and
/// independent of the data file. Unknown wording fails the test, so a new or
/// mistyped qualifier cannot slip through.
fn decode(text: &str) -> Meaning {
    use Qualifier::*;
    let one = |party: &'static str,
               qualifiers: Vec<Qualifier>,
               with: Option<&'static str>|
     -> Meaning { (vec![(party, qualifiers, with)], None) };
    let status = |s: Status| -> Meaning { (vec![], Some(s)) };
    match text {
        "Rackspace" => one("rackspace", vec![], None),
        "Customer" => one("customer", vec![], None),
        "Rackspace Reactive Only" => one("rackspace", vec![ReactiveOnly], None),
        "Rackspace coordinated with Customer" => {
            one("rackspace", vec![Coordinated], Some("customer"))
        }
        "Rackspace Coordinated with Customer (Fee)" => {
            one("rackspace", vec![Coordinated, Fee], Some("customer"))
        }
        "Rackspace per request" => one("rackspace", vec![PerRequest], None),
        "Rackspace per request (Fee)" => one("rackspace", vec![PerRequest, Fee], None),
        "Rackspace Reasonable endeavor plus fee" => {
            one("rackspace", vec![ReasonableEndeavour, Fee], None)
        }
        "Customer unless application services purchased" => {
            one("customer", vec![UnlessPurchased], None)
        }
        "Rackspace and Customer" => (
            vec![("rackspace", vec![], None), ("customer", vec![], None)],
            None,
        ),
        "N/A" => status(Status::NotApplicable),
        "No" => status(Status::No),
        "Depends" => status(Status::Depends { on: None }),
        "Depends on application" => status(Status::Depends {
            on: Some("application".into()),
        }),
        "Customer-specific" => status(Status::CustomerSpecific),
        "Same as OS" => status(Status::SameAs {
            columns: Cow::Owned(vec!["vm-supported-os".into(), "vm-unsupported-os".into()]),
        }),
        "" => status(Status::NotSpecified),
        other => panic!("no decoding for the seed's cell text {other:?}"),
    }
}

#[test]
fn header_matches_the_seed() {
    let grid = parse_grid(&read_seed());
    assert!(
        matches!(&grid[0], GridRow::Span(t) if t == "Layer"),
        "the table should open with the spanning “Layer” header, got {:?}",
        grid[0]
    );
    let GridRow::Cells(header) = &grid[1] else {
        panic!(
            "the second block should be the column header, got {:?}",
            grid[1]
        );
    };
    let ours: Vec<&str> = vmware()
        .columns
        .iter()
        .map(|c| c.source_label.as_deref().unwrap_or(&c.label))
        .collect();
    assert_eq!(header[0], "Service");
    assert_eq!(header[1..], ours, "column headers as printed");
}

#[test]
fn every_cell_matches_the_seed() {
    let grid = parse_grid(&read_seed());
    // Skip the "Layer" span and the column header.
    let seed = seed_sections(&grid[2..]);
    let o = vmware();

    let seed_titles: Vec<&str> = seed.iter().map(|(t, _)| t.as_str()).collect();
    let our_titles: Vec<&str> = o.sections.iter().map(|s| &*s.title).collect();
    assert_eq!(our_titles, seed_titles, "section titles, in source order");

    let mut cells_checked = 0;
    for ((_, seed_rows), section) in seed.iter().zip(o.sections.iter()) {
        assert_eq!(
            section.rows.len(),
            seed_rows.len(),
            "rows in section `{}`",
            section.id
        );
        for (seed_row, row) in seed_rows.iter().zip(section.rows.iter()) {
            assert_eq!(seed_row.len(), 1 + COLUMNS.len());
            assert_eq!(row.activity, seed_row[0], "activity of row `{}`", row.id);
            for (column, text) in COLUMNS.iter().zip(&seed_row[1..]) {
                let c = row.cell(column).unwrap();
                let at = format!("row `{}`, column `{column}`", row.id);
                assert_eq!(c.source_text, *text, "source_text at {at}");
                let (assign, status) = decode(text);
                assert_eq!(assignments(c), assign, "assignments at {at} ({text:?})");
                assert_eq!(c.status, status, "status at {at} ({text:?})");
                // Cells whose meaning needs interpretation must say how they were read.
                if matches!(status, Some(Status::SameAs { .. } | Status::NotSpecified)) {
                    assert!(c.reading.is_some(), "{at} should record its reading");
                }
                cells_checked += 1;
            }
        }
    }
    assert_eq!(cells_checked, 26 * 6);
}

/// The introduction's statement of shared responsibility is kept, verbatim
/// once the seed's line breaks are joined.
#[test]
fn introduction_on_shared_responsibility_is_a_note() {
    let seed = crate::read_seed("000_b64375559d016207.txt");
    let joined = seed.split_whitespace().collect::<Vec<_>>().join(" ");
    let intro = "The following table lists all services and the party responsible for managing them. For some tasks, you and Rackspace Technology share responsibility.";
    assert!(joined.contains(intro));
    assert!(vmware()
        .notes
        .iter()
        .any(|n| n.kind == NoteKind::Note && n.text.contains(intro)));
}
