//! The checklist's exports with ticks, owners and notes (Markdown, CSV,
//! OSCAL) and restoring from them: for every built-in offering, variant and
//! party, export → restore gives back the marks exactly; a file that is not a
//! checklist export is refused with a reason; items that no longer exist are
//! reported.

use responsibility_matrix::catalog::offerings;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::export::checklist_oscal::oscal_owner;
use responsibility_matrix::io::export::{
    checklist_csv, checklist_markdown, checklist_oscal, read_checklist_file,
};
use responsibility_matrix::rules::checklist::{checklist_items, checklist_row_ids};
use responsibility_matrix::rules::checklist_marks::{Mark, Marks};
use responsibility_matrix::rules::state::ViewState;
use rm_format::model::Offering;
use serde_json::Value;

/// Every (offering, state, party): each variant and "all", each party.
fn every_checklist() -> Vec<(&'static Offering, ViewState, String)> {
    let mut out = Vec::new();
    for o in offerings() {
        let mut variants: Vec<Option<String>> = vec![None];
        if let Some(d) = &o.variants {
            variants.extend(d.options.iter().map(|v| Some(v.id.to_string())));
        }
        for variant in variants {
            for p in o.parties.iter() {
                let state = ViewState {
                    variant: variant.clone(),
                    ..ViewState::for_offering(&o.id)
                };
                out.push((o, state, p.id.to_string()));
            }
        }
    }
    out
}

/// Marks on the checklist's rows, with text that Markdown, CSV and JSON treat specially.
fn awkward_marks(o: &Offering, state: &ViewState, party: &str, for_oscal: bool) -> Marks {
    let owners = [
        "Ops *team* | <b>on call</b>",
        "=SUM(A1) \\ & #1",
        "'quoted",
        "Ann, Bob \"B\"",
        "  Padded  ",
        "- dash [x]",
    ];
    let notes = [
        "weekly\nthen monthly",
        "<!-- rm-row: other -->",
        "&#32; is not a space; <br> is not a break",
        "@mention `code` _em_ ~~s~~ ![img](x)",
        " ",
        "é ✓ 漢字",
    ];
    let mut m = Marks::default();
    for (i, id) in checklist_row_ids(o, state, party).iter().enumerate() {
        let owner = if i % 3 == 1 {
            ""
        } else {
            owners[i % owners.len()]
        };
        let owner = if for_oscal {
            oscal_owner(owner)
        } else {
            owner.to_string()
        };
        m.set(
            id,
            Mark {
                ticked: i % 2 == 0,
                owner,
                note: if i % 4 == 3 {
                    String::new()
                } else {
                    notes[i % notes.len()].into()
                },
            },
        );
    }
    m
}

fn restored(text: &str, o: &Offering, state: &ViewState, party: &str) -> Marks {
    let known = checklist_row_ids(o, state, party);
    if known.is_empty() {
        // A party that holds nothing here: its export has no item to restore.
        assert!(read_checklist_file(text).is_err(), "{}: {text}", o.id);
        return Marks::default();
    }
    let items = read_checklist_file(text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", o.id));
    let mut m = Marks::default();
    let report = m.restore(items, |id| known.iter().any(|k| k == id));
    assert!(report.unknown.is_empty(), "{}: {:?}", o.id, report.unknown);
    assert_eq!(report.restored, known.len(), "{}: every item", o.id);
    m
}

#[test]
fn every_checklist_round_trips_through_markdown_csv_and_oscal() {
    let all = every_checklist();
    assert!(all.len() >= 20, "{} checklists", all.len());
    for (o, state, party) in &all {
        let what = format!("{} {:?} {party}", o.id, state.variant);
        let marks = awkward_marks(o, state, party, false);
        assert!(!marks.is_empty() || checklist_row_ids(o, state, party).is_empty());
        let md = checklist_markdown(o, state, party, &marks);
        assert_eq!(
            restored(&md, o, state, party),
            marks,
            "{what}: Markdown\n{md}"
        );
        let csv = checklist_csv(o, state, party, &marks);
        assert_eq!(restored(&csv, o, state, party), marks, "{what}: CSV\n{csv}");
        let oscal_marks = awkward_marks(o, state, party, true);
        let oscal = checklist_oscal(o, state, party, &oscal_marks).expect("OSCAL");
        assert_eq!(
            restored(&oscal, o, state, party),
            oscal_marks,
            "{what}: OSCAL"
        );
    }
}

#[test]
fn markdown_ticks_each_done_item_and_lists_owner_and_note_under_it() {
    let o = responsibility_matrix::catalog::offering("vmware").expect("vmware");
    let state = ViewState {
        variant: Some("unsupported-os".into()),
        ..ViewState::for_offering("vmware")
    };
    let items: Vec<_> = checklist_items(o, &state, "customer")
        .into_iter()
        .flat_map(|(_, items)| items)
        .collect();
    let (first, second) = (&items[0], &items[1]);
    let mut m = Marks::default();
    m.set(
        &first.row_id,
        Mark {
            ticked: true,
            owner: "Ops".into(),
            note: "a *b*\nc".into(),
        },
    );
    let md = checklist_markdown(o, &state, "customer", &m);
    let lines: Vec<&str> = md.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("- [x] "))
        .expect("a ticked line");
    assert!(
        lines[at].ends_with(&format!(" <!-- rm-row: {} -->", first.row_id)),
        "{}",
        lines[at]
    );
    assert_eq!(lines[at + 1], "  - Owner: Ops");
    assert_eq!(lines[at + 2], "  - Note: a \\*b\\*<br>c");
    assert!(lines[at + 3].starts_with("- [ ] ") && lines[at + 3].contains(&second.row_id));
    assert_eq!(lines.iter().filter(|l| l.starts_with("- [x] ")).count(), 1);
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("- [")).count(),
        items.len()
    );
}

#[test]
fn csv_has_ticked_owner_and_note_columns_read_back_by_an_independent_reader() {
    let o = responsibility_matrix::catalog::offering("hyper-v").expect("hyper-v");
    let state = ViewState::for_offering("hyper-v");
    let marks = awkward_marks(o, &state, "customer", false);
    let text = checklist_csv(o, &state, "customer", &marks);
    // The checklist records, without the source block after them.
    let (table, _) = text
        .rsplit_once("\r\n\r\nSource\r\n")
        .expect("the source block after the checklist");
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header,
        ["Section", "Service", "Holds", "Shared", "Ticked", "Owner", "Note", "Row id"]
    );
    let ids = checklist_row_ids(o, &state, "customer");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), ids.len());
    for (r, id) in records.iter().zip(&ids) {
        let m = marks.get(id);
        assert_eq!(&r[7], id.as_str());
        assert_eq!(&r[4], if m.ticked { "yes" } else { "no" });
        // A spreadsheet never runs a reader's text as a formula.
        assert!(!r[5].starts_with(['=', '+', '-', '@']), "{}", &r[5]);
        assert_eq!(
            r[6].trim_start_matches('\''),
            m.note.trim_start_matches('\'')
        );
    }
}

#[test]
fn oscal_has_a_satisfied_statement_per_ticked_item_naming_the_matrix_responsibility() {
    let o = responsibility_matrix::catalog::offering("vmware").expect("vmware");
    let state = ViewState {
        variant: Some("unsupported-os".into()),
        ..ViewState::for_offering("vmware")
    };
    let marks = awkward_marks(o, &state, "customer", true);
    let doc: Value =
        serde_json::from_str(&checklist_oscal(o, &state, "customer", &marks).expect("oscal"))
            .expect("json");
    let matrix: Value =
        serde_json::from_str(&rm_format::write::oscal::write(o).expect("matrix")).expect("json");
    let responsibility = |row: &str| -> Option<String> {
        matrix["system-security-plan"]["control-implementation"]["implemented-requirements"]
            .as_array()?
            .iter()
            .find(|r| r["control-id"] == row)?
            .pointer("/by-components/0/export/responsibilities/0/uuid")?
            .as_str()
            .map(String::from)
    };
    let uuid = |v: &Value| {
        let s = v.as_str().unwrap_or_default();
        let hex = |r: std::ops::Range<usize>| {
            s.get(r)
                .is_some_and(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        s.len() == 36
            && hex(0..8)
            && hex(9..13)
            && s.as_bytes()[14] == b'5'
            && hex(15..18)
            && b"89ab".contains(&s.as_bytes()[19])
            && hex(24..36)
    };
    let reqs = doc["system-security-plan"]["control-implementation"]["implemented-requirements"]
        .as_array()
        .expect("requirements");
    assert_eq!(reqs.len(), checklist_row_ids(o, &state, "customer").len());
    let mut satisfied = 0;
    for r in reqs {
        let id = r["control-id"].as_str().expect("control-id");
        let m = marks.get(id);
        let by = &r["by-components"][0];
        assert!(uuid(&r["uuid"]) && uuid(&by["uuid"]), "{id}");
        assert_eq!(
            by["implementation-status"]["state"],
            if m.ticked { "implemented" } else { "planned" }
        );
        assert_eq!(by["remarks"].as_str().unwrap_or_default(), m.note);
        if m.ticked {
            satisfied += 1;
            let s = &by["satisfied"][0];
            assert!(uuid(&s["uuid"]), "{id}");
            assert_eq!(
                s["responsibility-uuid"].as_str(),
                responsibility(id).as_deref(),
                "{id}"
            );
        } else {
            assert!(by.get("satisfied").is_none(), "{id}");
        }
    }
    assert_eq!(satisfied, marks.ticked());
    assert!(satisfied > 0);
}

#[test]
fn an_owner_in_oscal_is_one_line_without_surrounding_spaces() {
    assert_eq!(oscal_owner("  Ops \n team  "), "Ops team");
}

#[test]
fn an_item_that_no_longer_exists_is_reported_by_name() {
    let o = responsibility_matrix::catalog::offering("goss").expect("goss");
    let state = ViewState::for_offering("goss");
    let ids = checklist_row_ids(o, &state, "customer");
    let mut marks = Marks::default();
    marks.set(
        &ids[0],
        Mark {
            ticked: true,
            ..Mark::default()
        },
    );
    let md = checklist_markdown(o, &state, "customer", &marks).replace(
        &format!("rm-row: {} -->", ids[1]),
        "rm-row: retired-service -->",
    );
    let items = read_checklist_file(&md).expect("read");
    let mut m = Marks::default();
    let report = m.restore(items, |id| ids.iter().any(|k| k == id));
    assert_eq!(report.restored, ids.len() - 1);
    assert_eq!(report.unknown.len(), 1);
    assert_eq!(report.unknown[0].row_id, "retired-service");
    assert!(report
        .message(Lang::En, "x.md")
        .contains("(retired-service)"));
    assert_eq!(m, marks);
}

#[test]
fn a_file_that_is_not_a_checklist_export_is_refused_with_a_reason() {
    let o = responsibility_matrix::catalog::offering("goss").expect("goss");
    let state = ViewState::for_offering("goss");
    let matrix_csv = responsibility_matrix::io::export::to_csv(o, &state);
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "no checklist item"),
        ("# Title\n\n- [ ] no id here\n".into(), "no checklist item"),
        (matrix_csv, "no “Row id” column"),
        (
            "Service,Ticked,Owner,Note,Row id\nx,maybe,,,a-row\n".into(),
            "Ticked is “maybe”",
        ),
        (
            "Service,Ticked,Owner,Note,Row id\nx,yes,,,Not An Id\n".into(),
            "is not a row id",
        ),
        (
            "Service,Ticked,Owner,Note,Row id\n\"open,yes,,,a\n".into(),
            "never closed",
        ),
        ("{\"system-security-plan\": 1".into(), "not valid JSON"),
        (
            "{\"catalog\": {}}".into(),
            "not an OSCAL system security plan",
        ),
        ("x".repeat(5 * 1024 * 1024), "the limit is"),
    ];
    for (text, reason) in cases {
        match read_checklist_file(&text) {
            Ok(items) => panic!("{:?} read as {items:?}", text.get(..60)),
            Err(why) => assert!(why.contains(reason), "{:?}: {why}", text.get(..60)),
        }
    }
}

#[test]
fn every_truncation_of_an_export_is_read_or_refused_never_a_panic() {
    let o = responsibility_matrix::catalog::offering("goss").expect("goss");
    let state = ViewState::for_offering("goss");
    let marks = awkward_marks(o, &state, "customer", true);
    for text in [
        checklist_markdown(o, &state, "customer", &marks),
        checklist_csv(o, &state, "customer", &marks),
        checklist_oscal(o, &state, "customer", &marks).expect("oscal"),
    ] {
        for end in (0..text.len()).filter(|e| text.is_char_boundary(*e)) {
            if let Ok(items) = read_checklist_file(&text[..end]) {
                assert!(items.iter().all(|i| !i.row_id.is_empty()));
            }
        }
    }
}
