//! Export of the current view (CSV, Markdown, JSON) over the real seed data:
//! the exported grid equals an independent computation of what the table
//! shows, CSV quoting survives commas, quotes and line breaks, Markdown
//! escapes pipes, and the JSON reads back with the data loader.

use responsibility_matrix::catalog::{offering, offerings};
use responsibility_matrix::io::export::{
    export, file_name, grid, markdown_escape, to_csv, to_json, to_markdown, Format,
};
use responsibility_matrix::rules::filter::{visible_columns, visible_rows, ViewState};
use responsibility_matrix::rules::present::{assignment_text, cell_text, status_text};
use responsibility_matrix::rules::shared::resolve_same_as;
use rm_format::load::parse_offering;
use rm_format::model::{Domain, Offering};

fn get(id: &str) -> &'static Offering {
    offering(id).unwrap_or_else(|| panic!("{id} is built in"))
}

fn view(id: &str, f: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut s = ViewState::for_offering(id);
    f(&mut s);
    s
}

/// Every view worth checking: each offering with all types, each variant,
/// the other columns kept, and a few filters.
fn views() -> Vec<(&'static Offering, ViewState)> {
    let mut out = Vec::new();
    for o in offerings() {
        let id = &*o.id;
        out.push((o, ViewState::for_offering(id)));
        for v in o.variant_options() {
            out.push((o, view(id, |s| s.variant = Some(v.id.to_string()))));
            out.push((
                o,
                view(id, |s| {
                    s.variant = Some(v.id.to_string());
                    s.show_other_columns = true;
                }),
            ));
        }
        out.push((o, view(id, |s| s.shared_only = true)));
        out.push((o, view(id, |s| s.query = "customer".into())));
        if let Some(p) = o.provider_party() {
            let p = p.id.to_string();
            out.push((o, view(id, |s| s.party = Some(p))));
        }
        out.push((o, view(id, |s| s.domain = Some(Domain::Security))));
    }
    out
}

/// What the table shows, computed here from `visible_*` and `present`
/// without the export module: header row, then one record per visible row.
fn expected_grid(o: &Offering, state: &ViewState) -> Vec<Vec<String>> {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let mut header = vec!["Section".to_string(), "Service".to_string()];
    for c in &cols {
        if c.column.split_by_party {
            header.extend(o.parties.iter().map(|p| p.name.to_string()));
        } else {
            // A column that is our inference is named so, as its cells are.
            header.push(match &c.column.inference {
                Some(_) => format!("{} (inferred)", c.column.label),
                None => c.column.label.to_string(),
            });
        }
    }
    let mut out = vec![header];
    for vr in visible_rows(o, state) {
        let section = match &vr.section.number {
            Some(n) => format!("{n} {}", vr.section.title),
            None => vr.section.title.to_string(),
        };
        let mut record = vec![section, vr.row.activity.to_string()];
        for c in &cols {
            let cell = vr.row.cell(&c.column.id).expect("a cell per column");
            let status = cell.status.as_ref().map(|st| {
                let text = status_text(o, st);
                match resolve_same_as(vr.row, cell, is_visible) {
                    Some((_, target)) => format!("{text} → {}", cell_text(o, target)),
                    None => text,
                }
            });
            let with_note = |text: String, note: &Option<_>| match note {
                Some(n) => format!("{text} ({n})"),
                None => text,
            };
            // Our inference is said in the field: "SSH (inferred)".
            let inferred = |text: String| match (&cell.inference, text.is_empty()) {
                (None, _) => text,
                (Some(_), true) => "(inferred)".to_string(),
                (Some(_), false) => format!("{text} (inferred)"),
            };
            if c.column.split_by_party {
                // The first party that says something carries the inference (else the first).
                let carrier = o
                    .parties
                    .iter()
                    .position(|p| {
                        cell.status.is_some() || cell.assign.iter().any(|a| a.party == p.id)
                    })
                    .unwrap_or(0);
                for (i, p) in o.parties.iter().enumerate() {
                    let text = match &status {
                        Some(s) => s.clone(),
                        None => cell
                            .assign
                            .iter()
                            .find(|a| a.party == p.id)
                            .map(|a| with_note(assignment_text(o, a, false), &a.note))
                            .unwrap_or_default(),
                    };
                    record.push(if i == carrier { inferred(text) } else { text });
                }
            } else if let Some(t) = &cell.text {
                record.push(inferred(t.to_string()));
            } else if let Some(s) = status {
                record.push(inferred(s));
            } else {
                let parts: Vec<String> = cell
                    .assign
                    .iter()
                    .map(|a| with_note(assignment_text(o, a, true), &a.note))
                    .collect();
                record.push(inferred(parts.join(" and ")));
            }
        }
        out.push(record);
    }
    out
}

/// Reads CSV records with the `csv` crate, header included.
fn read_records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(String::from).collect())
        .collect()
}

/// A view CSV as its table and its source block: the block follows the
/// table after one blank line and a `Source` record.
fn split_csv(text: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let (table, block) = text
        .rsplit_once("\r\n\r\nSource\r\n")
        .unwrap_or_else(|| panic!("a blank line and a Source record after the table: {text}"));
    (read_records(&format!("{table}\r\n")), read_records(block))
}

/// The table part of a view CSV, every record header included.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    split_csv(text).0
}

/// The source block an export must end with, from the data's own fields:
/// title, publisher, date, link, licence (in words when unknown),
/// attribution, copyright, last checked, each only when the data gives it.
fn expected_source_block(o: &Offering) -> Vec<Vec<String>> {
    let s = &o.source;
    let licence = s.licence.as_deref().map(|l| {
        if l.eq_ignore_ascii_case("unknown") {
            "Unknown: the source states no licence".to_string()
        } else {
            l.to_string()
        }
    });
    [
        ("Title", Some(s.title.to_string())),
        ("Publisher", s.publisher.as_deref().map(String::from)),
        ("Date", s.date.as_deref().map(String::from)),
        ("Link", s.url.as_deref().map(String::from)),
        ("Licence", licence),
        ("Attribution", s.attribution.as_deref().map(String::from)),
        ("Copyright", s.copyright.as_deref().map(String::from)),
        ("Last checked", s.checked.as_deref().map(String::from)),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|v| vec![label.to_string(), v]))
    .collect()
}

#[test]
fn csv_ends_with_the_offerings_source_date_and_licence_in_every_view() {
    for (o, state) in views() {
        let (_, block) = split_csv(&to_csv(o, &state));
        assert_eq!(block, expected_source_block(o), "{} {state:?}", o.id);
        let labels: Vec<&str> = block.iter().map(|r| r[0].as_str()).collect();
        for needed in ["Title", "Publisher", "Licence", "Last checked"] {
            assert!(
                labels.contains(&needed),
                "{}: built-ins give {needed}",
                o.id
            );
        }
    }
}

#[test]
fn the_checklist_csv_ends_with_the_same_source_block() {
    for o in offerings() {
        let state = ViewState::for_offering(&o.id);
        for p in o.parties.iter() {
            let csv = responsibility_matrix::io::export::checklist_csv(
                o,
                &state,
                &p.id,
                &responsibility_matrix::rules::checklist_marks::Marks::default(),
            );
            let (table, block) = split_csv(&csv);
            assert_eq!(
                table[0],
                ["Section", "Service", "Holds", "Shared", "Ticked", "Owner", "Note", "Row id"]
            );
            assert_eq!(block, expected_source_block(o), "{} {}", o.id, p.id);
        }
    }
}

/// The block reads back, with the format crate's reader of provenance
/// lines, to the source the About shows.
#[test]
fn the_csv_source_block_reads_back_to_the_same_source() {
    for o in offerings() {
        let (_, block) = split_csv(&to_csv(o, &ViewState::for_offering(&o.id)));
        let back = rm_format::source::Source::from_provenance(
            block.iter().map(|r| (r[0].as_str(), r[1].as_str())),
        )
        .unwrap_or_else(|| panic!("{}: the block is a source", o.id));
        assert_eq!(back.provenance(), o.source.provenance(), "{}", o.id);
        assert_eq!(back.licence, o.source.licence, "{}", o.id);
        assert_eq!(back.date, o.source.date, "{}", o.id);
    }
}

#[test]
fn csv_reads_back_to_exactly_what_the_table_shows_in_every_view() {
    for (o, state) in views() {
        let csv = to_csv(o, &state);
        assert_eq!(
            read_csv(&csv),
            expected_grid(o, &state),
            "{} {state:?}",
            o.id
        );
        assert!(csv.ends_with("\r\n"), "RFC 4180 line ends");
    }
}

#[test]
fn vmware_search_patch_exports_one_row() {
    let o = get("vmware");
    let state = view("vmware", |s| s.query = "patch".into());
    let records = read_csv(&to_csv(o, &state));
    assert_eq!(records.len(), 2, "header and one row: {records:?}");
    assert_eq!(records[1][1], "Patching");
    let g = grid(o, &state);
    assert_eq!(
        g.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["patching"]
    );
}

#[test]
fn vmware_unsupported_os_shows_its_column_only_and_resolves_same_as() {
    let o = get("vmware");
    let state = view("vmware", |s| s.variant = Some("unsupported-os".into()));
    let records = read_csv(&to_csv(o, &state));
    assert_eq!(
        records[0],
        [
            "Section",
            "Service",
            "Physical server",
            "ESXi",
            "VM Container",
            "Managed VM, unsupported OS",
            "Application"
        ]
    );
    assert_eq!(records.len(), 1 + 26);
    // "Same as OS" shows what it resolves to under the chosen guest OS, as the table does.
    assert!(
        records
            .iter()
            .any(|r| r[6].starts_with("Same as ") && r[6].contains(" → ")),
        "{records:?}"
    );
    assert_eq!(
        file_name(o, &state, Format::Csv),
        "vmware-unsupported-os.csv"
    );
    assert_eq!(
        file_name(o, &ViewState::for_offering("vmware"), Format::Markdown),
        "vmware-all.md"
    );
    assert_eq!(
        file_name(o, &ViewState::for_offering("vmware"), Format::Json),
        "vmware-all.json"
    );
}

#[test]
fn hyper_v_unmanaged_exports_27_rows_with_a_column_per_party() {
    let o = get("hyper-v");
    let state = view("hyper-v", |s| s.variant = Some("unmanaged-vm".into()));
    let records = read_csv(&to_csv(o, &state));
    assert_eq!(records[0], ["Section", "Service", "Rackspace", "Customer"]);
    assert_eq!(records.len(), 1 + 27);
    // Ticks are "✓", an unassigned party is empty.
    assert!(records[1..]
        .iter()
        .all(|r| r[2..].iter().all(|c| c.is_empty()
            || c.starts_with('✓')
            || c.chars().next().is_some_and(char::is_alphabetic))));
    assert!(records[1..].iter().any(|r| r[2] == "✓" && r[3].is_empty()));
}

#[test]
fn ovhcloud_splits_raci_into_customer_and_ovhcloud_columns() {
    let o = get("ovhcloud-kubernetes");
    let state = ViewState::for_offering("ovhcloud-kubernetes");
    let records = read_csv(&to_csv(o, &state));
    assert_eq!(records[0], ["Section", "Service", "Customer", "OVHcloud"]);
    assert_eq!(records.len(), 1 + 58);
    for r in &records[1..] {
        for c in &r[2..] {
            let letters = c.split(',').next().unwrap_or_default();
            assert!(
                letters.chars().all(|ch| "RACI".contains(ch)),
                "RACI letters in {r:?}"
            );
        }
    }
    // "Decide which Kubernetes version to use": Customer A, OVHcloud IR.
    assert!(
        records.iter().any(|r| r[2] == "A" && r[3] == "IR"),
        "{records:?}"
    );
    let md = to_markdown(o, &state);
    assert!(md.contains("| Section | Service | Customer | OVHcloud |"));
}

#[test]
fn csv_quotes_commas_quotes_and_line_breaks() {
    // Real data: GOSS detail cells hold commas and quotes ("Devices"), and long
    // text that wraps over lines in the source.
    let o = get("goss");
    let state = ViewState::for_offering("goss");
    let csv = to_csv(o, &state);
    assert!(csv.contains(r#""Under the ""Devices"" section of the MyRackspace portal""#));
    assert!(csv.contains(r#""WinRM, RDP (inferred)""#));
    assert_eq!(read_csv(&csv), expected_grid(o, &state));

    // A small offering with every awkward character, through the data loader.
    let o = tricky();
    let state = ViewState::for_offering("tricky");
    let csv = to_csv(&o, &state);
    let records = read_csv(&csv);
    assert_eq!(records[1][1], "Patch, test \"and\"\nreboot | twice");
    assert_eq!(records[1][2], " leading and trailing ");
    assert_eq!(records, expected_grid(&o, &state));
    assert!(
        csv.contains("\"Patch, test \"\"and\"\"\nreboot | twice\""),
        "{csv}"
    );
}

fn tricky() -> Offering {
    let json = r#"{
      "id": "tricky", "title": "Tricky | Hosting", "provider": "Example, Inc.",
      "summary": "Awkward text.",
      "source": { "title": "A \"quoted\" page", "url": "https://example.com/raci", "seed_file": "none" },
      "parties": [
        { "id": "example", "name": "Example", "kind": "provider" },
        { "id": "customer", "name": "Customer", "kind": "customer" }
      ],
      "columns": [
        { "id": "how", "label": "How, exactly", "kind": "detail" },
        { "id": "raci", "label": "RACI", "split_by_party": true }
      ],
      "sections": [{
        "id": "ops", "number": "1.1", "title": "Operations",
        "rows": [{
          "id": "patch", "activity": "Patch, test \"and\"\nreboot | twice", "domain": "patching-and-change",
          "cells": {
            "how": { "text": " leading and trailing ", "source_text": " leading and trailing " },
            "raci": {
              "assign": [
                { "party": "example", "raci": "RA", "qualifiers": ["coordinated"], "with": "customer" },
                { "party": "customer", "raci": "C" }
              ],
              "source_text": "Example: RA; Customer: C"
            }
          }
        }]
      }]
    }"#;
    parse_offering("tricky.json", json).expect("the test offering is valid")
}

#[test]
fn markdown_escapes_pipes_line_breaks_and_edge_spaces() {
    assert_eq!(markdown_escape("a | b"), r"a \| b");
    assert_eq!(markdown_escape("one\ntwo\r\nthree"), "one<br>two<br>three");
    assert_eq!(markdown_escape("  x "), "&#32;&#32;x&#32;");
    assert_eq!(markdown_escape(r"a\|b"), r"a\\\|b");
    assert_eq!(markdown_escape("*not* <b>"), r"\*not\* \<b\>");

    let o = tricky();
    let md = to_markdown(&o, &ViewState::for_offering("tricky"));
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(
        lines[0],
        r"# Tricky \| Hosting: who is responsible for each service"
    );
    assert!(lines.contains(&"| Section | Service | How, exactly | Example | Customer |"));
    assert!(lines.contains(&"| --- | --- | --- | --- | --- |"));
    // The wording of "coordinated with …" is present.rs's; only the escaping is checked here.
    assert!(
        lines.iter().any(|l| l.starts_with(
            r#"| 1.1 Operations | Patch, test "and"<br>reboot \| twice | &#32;leading and trailing&#32; | RA, coordinated with "#
        ) && l.ends_with(" | C |")),
        "{md}"
    );
    assert!(lines
        .last()
        .unwrap()
        .starts_with("Source: A \"quoted\" page, Example, Inc. — https://example.com/raci"));
    // Every table line has as many unescaped pipes as the header.
    let pipes = |l: &str| l.replace(r"\\", "").replace(r"\|", "").matches('|').count();
    for l in lines.iter().filter(|l| l.starts_with('|')) {
        assert_eq!(pipes(l), 6, "{l}");
    }
}

#[test]
fn markdown_has_title_rows_and_source_credit() {
    for (o, state) in views() {
        let md = to_markdown(o, &state);
        let expected = expected_grid(o, &state);
        let lines: Vec<&str> = md.lines().collect();
        assert!(lines[0].starts_with("# "), "title line: {}", lines[0]);
        assert!(lines.last().unwrap().starts_with("Source: "));
        let table: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| l.starts_with('|'))
            .collect();
        assert_eq!(table.len(), expected.len() + 1, "{} {state:?}", o.id);
        for (line, record) in table.iter().skip(2).zip(&expected[1..]) {
            let cells: Vec<String> = record.iter().map(|c| markdown_escape(c)).collect();
            assert_eq!(*line, format!("| {} |", cells.join(" | ")));
        }
    }
    let o = get("vmware");
    let state = view("vmware", |s| {
        s.variant = Some("unsupported-os".into());
        s.query = "manage".into();
    });
    let md = to_markdown(o, &state);
    // The title is the table's caption: it names the variant as its picker does.
    assert_eq!(
        md.lines().next(),
        Some("# VMware Server Virtualization: who is responsible for each service (Unsupported guest OS)")
    );
    assert!(md.contains("Filtered by search “manage”: "), "{md}");
}

#[test]
fn json_is_the_filtered_offering_and_reads_back_with_the_loader() {
    for (o, state) in views() {
        let rows = visible_rows(o, &state);
        if rows.is_empty() {
            continue;
        }
        let json = to_json(o, &state).expect("json");
        let mut value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let view = value
            .as_object_mut()
            .unwrap()
            .remove("view")
            .expect("a view object");
        assert_eq!(view["offering"], *o.id);
        assert_eq!(
            view["variant"],
            state
                .variant
                .clone()
                .map_or(serde_json::Value::Null, Into::into)
        );
        assert_eq!(view["query"], state.query);
        assert_eq!(view["filters"]["shared_only"], state.shared_only);
        assert_eq!(view["rows"], rows.len());
        let file = format!("{}.json", o.id);
        let back = parse_offering(&file, &value.to_string())
            .unwrap_or_else(|e| panic!("{} {state:?}: {e:?}", o.id));
        let ids: Vec<&str> = back.rows().map(|(_, r)| &*r.id).collect();
        let expected: Vec<&str> = rows.iter().map(|r| &*r.row.id).collect();
        assert_eq!(ids, expected, "{} {state:?}", o.id);
        let cols: Vec<&str> = back.columns.iter().map(|c| &*c.id).collect();
        let expected: Vec<&str> = visible_columns(o, &state)
            .iter()
            .map(|c| &*c.column.id)
            .collect();
        assert_eq!(cols, expected);
    }
}

#[test]
fn json_of_a_search_keeps_only_matching_rows_and_records_the_view() {
    let o = get("vmware");
    let state = view("vmware", |s| {
        s.variant = Some("unsupported-os".into());
        s.query = "manage".into();
    });
    let value: serde_json::Value =
        serde_json::from_str(&to_json(o, &state).expect("json")).unwrap();
    assert_eq!(value["id"], "vmware");
    assert_eq!(value["view"]["variant"], "unsupported-os");
    assert_eq!(value["view"]["query"], "manage");
    assert_eq!(value["view"]["link"], "#o=vmware&v=unsupported-os&q=manage");
    let ids: Vec<&str> = value["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["rows"].as_array().unwrap())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = visible_rows(o, &state)
        .iter()
        .map(|r| r.row.id.to_string())
        .collect();
    assert_eq!(ids, expected);
    assert!(!ids.is_empty());
}

/// GOSS's per-OS protocols are our inference: every export says so, CSV and
/// Markdown in the field, JSON with the model's `inference` (and its sentence).
#[test]
fn goss_inferred_protocols_are_marked_in_every_export() {
    let o = get("goss");
    let state = view("goss", |s| s.variant = Some("windows".into()));
    let csv = read_csv(&to_csv(o, &state));
    let col = csv[0]
        .iter()
        .position(|h| h == "Windows guest (inferred)")
        .expect("the Windows column, named as our inference");
    let field = |row: &str| {
        csv.iter()
            .find(|r| r[1] == row)
            .map(|r| r[col].clone())
            .unwrap_or_else(|| panic!("row {row}"))
    };
    assert_eq!(field("Ansible"), "WinRM (inferred)");
    assert_eq!(
        field("Virtual Machine Network Interactions"),
        "WinRM, RDP (inferred)"
    );
    let marked = csv[1..]
        .iter()
        .flatten()
        .filter(|f| f.ends_with("(inferred)"))
        .count();
    assert_eq!(marked, 2, "only the inferred cells of the Windows column");
    let inferred_heads: Vec<&str> = csv[0]
        .iter()
        .filter(|h| h.ends_with(" (inferred)"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        inferred_heads,
        ["Windows guest (inferred)"],
        "the one inferred column shown"
    );
    let md = to_markdown(o, &state);
    assert!(md.contains("| WinRM (inferred) |"), "{md}");
    assert!(md.contains("| WinRM, RDP (inferred) |"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&to_json(o, &state).expect("json")).unwrap();
    let ansible = json["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["rows"].as_array().unwrap())
        .find(|r| r["id"] == "ansible")
        .expect("the Ansible row");
    assert!(ansible["cells"]["windows"]["inference"]["from"]
        .as_str()
        .unwrap()
        .starts_with("Depending on the OS type"));
}

#[test]
fn export_dispatches_by_format() {
    let o = get("goss");
    let state = view("goss", |s| s.variant = Some("linux".into()));
    assert_eq!(export(o, &state, Format::Csv), Ok(to_csv(o, &state)));
    assert_eq!(
        export(o, &state, Format::Markdown),
        Ok(to_markdown(o, &state))
    );
    assert_eq!(export(o, &state, Format::Json), to_json(o, &state));
    assert_eq!(file_name(o, &state, Format::Json), "goss-linux.json");
}

/// The CSV writer against an independent reader (the `csv` crate), on the
/// fields RFC 4180 makes special: commas, quotes, CR, LF, empty fields.
#[test]
fn csv_records_read_back_exactly_whatever_the_fields_hold() {
    let records: Vec<Vec<&str>> = vec![
        vec![
            "plain",
            "with, comma",
            "with \"quotes\"",
            "line\nbreak",
            "cr\rhere",
        ],
        vec!["", "", "", "", ""],
        vec![""],
        vec!["\"", ",", "\r\n", " spaced ", "ünïcödé ✓"],
    ];
    let mut out = String::new();
    for r in &records {
        responsibility_matrix::io::export::csv_record(&mut out, r.iter().copied());
    }
    assert!(out.ends_with("\r\n"));
    // A lone empty field is quoted, or the record would read as a blank line.
    assert!(out.contains("\r\n\"\"\r\n"), "{out:?}");
    // Plain fields are not quoted.
    assert!(
        out.starts_with("plain,\"with, comma\",\"with \"\"quotes\"\"\""),
        "{out:?}"
    );
    let back: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(out.as_bytes())
        .records()
        .map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = records
        .iter()
        .map(|r| r.iter().map(|f| f.to_string()).collect())
        .collect();
    assert_eq!(back, expected);
}

/// The credit line the Markdown exports end with, built from the data's
/// `source` fields: the document, then its licence, attribution, copyright
/// and last check.
fn expected_credit(o: &Offering) -> String {
    let s = &o.source;
    let mut line = format!(
        "Source: {}, {}",
        s.title,
        s.publisher.as_deref().unwrap_or(&o.provider)
    );
    if let Some(d) = &s.date {
        line.push_str(&format!(", {d}"));
    }
    if let Some(u) = &s.url {
        line.push_str(&format!(" — {u}"));
    }
    let licence = s.licence.as_deref().expect("built-ins state their licence");
    if licence.eq_ignore_ascii_case("unknown") {
        line.push_str("; Licence: Unknown: the source states no licence");
    } else {
        line.push_str(&format!("; Licence: {licence}"));
    }
    if let Some(a) = &s.attribution {
        line.push_str(&format!("; Attribution: {a}"));
    }
    if let Some(c) = &s.copyright {
        line.push_str(&format!("; Copyright: {c}"));
    }
    line.push_str(&format!(
        "; Last checked: {}",
        s.checked.as_deref().expect("built-ins give checked")
    ));
    line
}

#[test]
fn markdown_and_checklist_exports_end_with_source_date_licence_and_last_check() {
    for o in offerings() {
        let state = ViewState::for_offering(&o.id);
        let credit = markdown_escape(&expected_credit(o));
        assert_eq!(
            to_markdown(o, &state).lines().last(),
            Some(&*credit),
            "{}",
            o.id
        );
        for party in o.parties.iter() {
            let md = responsibility_matrix::io::export::checklist_markdown(
                o,
                &state,
                &party.id,
                &responsibility_matrix::rules::checklist_marks::Marks::default(),
            );
            assert_eq!(md.lines().last(), Some(&*credit), "{} {}", o.id, party.id);
        }
    }
    // The dated sources say their date as printed.
    assert!(expected_credit(get("rackspace-kubernetes")).contains(", April 28, 2021;"));
    assert!(expected_credit(get("ovhcloud-kubernetes")).contains(", 2023-07-06 — https://"));
}

#[test]
fn json_export_keeps_the_whole_source() {
    for o in offerings() {
        let state = ViewState::for_offering(&o.id);
        let json = to_json(o, &state).expect("json");
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let source = &value["source"];
        assert_eq!(source["title"], *o.source.title, "{}", o.id);
        assert_eq!(
            source["licence"],
            o.source.licence.as_deref().expect("licence"),
            "{}",
            o.id
        );
        assert_eq!(
            source["checked"],
            o.source.checked.as_deref().expect("checked"),
            "{}",
            o.id
        );
        match o.source.date.as_deref() {
            Some(d) => assert_eq!(source["date"], d, "{}", o.id),
            None => assert!(source.get("date").is_none(), "{}", o.id),
        }
        match o.source.url.as_deref() {
            Some(u) => assert_eq!(source["url"], u, "{}", o.id),
            None => assert!(source.get("url").is_none(), "{}", o.id),
        }
    }
}
