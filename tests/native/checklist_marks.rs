//! The checklist's marks: the model's rules, the stored JSON and its key, and
//! corrupt stored data refused whole with a reason (never a panic).

use responsibility_matrix::catalog::offering;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::checklist_store::{
    from_stored, matrix_hash, storage_key, to_stored, KEY_PREFIX,
};
use responsibility_matrix::rules::checklist::{checklist, checklist_row_ids};
use responsibility_matrix::rules::checklist_marks::{
    Mark, Marks, RestoredItem, MAX_NOTE_CHARS, MAX_OWNER_CHARS,
};
use responsibility_matrix::rules::state::ViewState;

fn mark(ticked: bool, owner: &str, note: &str) -> Mark {
    Mark {
        ticked,
        owner: owner.into(),
        note: note.into(),
    }
}

#[test]
fn an_item_keeps_its_tick_owner_and_note_and_an_empty_mark_is_not_stored() {
    let mut m = Marks::default();
    m.set_ticked("patching", true);
    m.set_owner("patching", "Ops team".into());
    m.set_note("backup", "weekly, Tuesdays".into());
    assert_eq!(m.get("patching"), mark(true, "Ops team", ""));
    assert_eq!(m.get("backup"), mark(false, "", "weekly, Tuesdays"));
    assert_eq!(m.get("monitoring"), Mark::default());
    assert_eq!((m.iter().count(), m.ticked()), (2, 1));
    // Unticking and emptying the owner leaves nothing to store for that row.
    m.set_ticked("patching", false);
    m.set_owner("patching", String::new());
    assert_eq!(m.iter().map(|(id, _)| id).collect::<Vec<_>>(), ["backup"]);
    m.set_note("backup", String::new());
    assert!(m.is_empty());
    assert_eq!(
        to_stored(&m),
        r#"{"format":"rm-checklist","version":1,"items":{}}"#
    );
}

#[test]
fn owner_and_note_are_cut_to_their_limits_on_a_char_boundary() {
    let mut m = Marks::default();
    m.set_owner("a", "é".repeat(MAX_OWNER_CHARS + 5));
    m.set_note("a", "ü".repeat(MAX_NOTE_CHARS + 1));
    assert_eq!(m.get("a").owner.chars().count(), MAX_OWNER_CHARS);
    assert_eq!(m.get("a").note.chars().count(), MAX_NOTE_CHARS);
}

#[test]
fn restore_applies_known_items_keeps_unlisted_ones_and_reports_the_rest() {
    let mut m = Marks::default();
    m.set("kept", mark(true, "Ann", "untouched"));
    m.set("replaced", mark(true, "Bob", "old"));
    let items = vec![
        RestoredItem {
            row_id: "replaced".into(),
            activity: "Replaced".into(),
            mark: Mark::default(),
        },
        RestoredItem {
            row_id: "new".into(),
            activity: "New".into(),
            mark: mark(true, "Cy", ""),
        },
        RestoredItem {
            row_id: "gone".into(),
            activity: "Decommissioned service".into(),
            mark: mark(true, "Dee", "n"),
        },
    ];
    let known = ["kept", "replaced", "new"];
    let report = m.restore(items, |id| known.contains(&id));
    assert_eq!(report.restored, 2);
    assert_eq!(
        report
            .unknown
            .iter()
            .map(|i| i.row_id.as_str())
            .collect::<Vec<_>>(),
        ["gone"]
    );
    assert_eq!(m.get("kept"), mark(true, "Ann", "untouched"));
    assert_eq!(
        m.get("replaced"),
        Mark::default(),
        "the file's empty mark wins"
    );
    assert_eq!(m.get("new"), mark(true, "Cy", ""));
    assert_eq!(m.get("gone"), Mark::default(), "not applied");
    let message = report.message(Lang::En, "list.md");
    assert!(
        message.starts_with("Restored 2 items from list.md."),
        "{message}"
    );
    assert!(
        message.contains("1 item of the file is not on this checklist and was not restored: “Decommissioned service” (gone)."),
        "{message}"
    );
}

#[test]
fn stored_json_round_trips_any_text() {
    let mut m = Marks::default();
    m.set(
        "a",
        mark(true, "  Ops \"team\" \\ ", "line 1\nline 2\t<b>é</b>"),
    );
    m.set("b-2", mark(false, "", "{\"items\":1}"));
    m.set("c", mark(true, "", ""));
    assert_eq!(from_stored(&to_stored(&m)), Ok(m));
}

#[test]
fn corrupt_stored_data_is_refused_whole_with_a_reason() {
    let cases = [
        ("", "not a saved checklist"),
        ("{", "not a saved checklist"),
        ("null", "not a saved checklist"),
        ("[1,2]", "not a saved checklist"),
        (
            r#"{"format":"rm-checklist","version":2,"items":{}}"#,
            "version 2, not rm-checklist version 1",
        ),
        (
            r#"{"format":"other","version":1,"items":{}}"#,
            "“other” version 1",
        ),
        (
            r#"{"format":"rm-checklist","version":1,"items":{"Bad Id":{"ticked":true}}}"#,
            "“Bad Id” is not a row id",
        ),
        (
            r#"{"format":"rm-checklist","version":1,"items":{"a":{"ticked":"yes"}}}"#,
            "not a saved checklist",
        ),
        (
            r#"{"format":"rm-checklist","version":1,"items":{"a":{"colour":"red"}}}"#,
            "unknown field",
        ),
        (
            r#"{"format":"rm-checklist","version":1}"#,
            "missing field `items`",
        ),
    ];
    for (text, reason) in cases {
        match from_stored(text) {
            Ok(m) => panic!("{text:?} was read as {m:?}"),
            Err(why) => assert!(why.contains(reason), "{text:?}: {why}"),
        }
    }
}

#[test]
fn every_truncation_and_byte_flip_of_stored_data_is_read_or_refused_never_a_panic() {
    let mut m = Marks::default();
    m.set("patching", mark(true, "Ops", "weekly ✓"));
    m.set("backup", mark(false, "Ann", ""));
    let text = to_stored(&m);
    let mut refused = 0;
    for end in 0..text.len() {
        if let Some(cut) = text.get(..end) {
            refused += usize::from(from_stored(cut).is_err());
        }
    }
    // Only the whole text is a complete JSON document.
    assert_eq!(refused, text.chars().count());
    for at in 0..text.len() {
        let mut bytes = text.as_bytes().to_vec();
        bytes[at] ^= 0x20;
        if let Ok(s) = String::from_utf8(bytes) {
            if let Ok(read) = from_stored(&s) {
                // A flip that still reads changed a letter inside a value.
                assert_eq!(read.iter().count(), 2, "{s}");
            }
        }
    }
}

#[test]
fn the_storage_key_names_offering_variant_and_party_and_a_supplied_matrix_by_hash() {
    assert_eq!(
        storage_key("vmware", None, Some("unsupported-os"), "customer"),
        "rm-checklist:v1:vmware:unsupported-os:customer"
    );
    assert_eq!(
        storage_key("ovhcloud-kubernetes", None, None, "ovhcloud"),
        format!("{KEY_PREFIX}ovhcloud-kubernetes:all:ovhcloud")
    );
    let o = offering("goss").expect("goss");
    let mut other = o.clone();
    other.title = "GOSS, edited".into();
    let (a, b) = (matrix_hash(o), matrix_hash(&other));
    assert_eq!(a.len(), 16);
    assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(a, matrix_hash(&o.clone()), "the same matrix, the same hash");
    assert_ne!(a, b, "another matrix under the same id");
    assert_eq!(
        storage_key("goss", Some(&a), Some("linux"), "customer"),
        format!("rm-checklist:v1:goss@{a}:linux:customer")
    );
}

#[test]
fn the_rows_a_restore_may_match_ignore_the_search_and_filters() {
    let o = offering("vmware").expect("vmware");
    let plain = ViewState {
        variant: Some("unsupported-os".into()),
        ..ViewState::for_offering("vmware")
    };
    let searched = ViewState {
        query: "patch".into(),
        shared_only: true,
        ..plain.clone()
    };
    let all: Vec<String> = checklist(o, &plain, "customer")
        .into_iter()
        .flat_map(|s| s.row_ids)
        .collect();
    let shown: usize = checklist(o, &searched, "customer")
        .iter()
        .map(|s| s.row_ids.len())
        .sum();
    assert!(shown < all.len());
    assert_eq!(checklist_row_ids(o, &searched, "customer"), all);
}

#[test]
fn the_checklist_renders_outside_the_browser_with_empty_marks() {
    // The prerenderer renders natively: the storage is absent, never a panic.
    let state = ViewState {
        variant: Some("unsupported-os".into()),
        view: responsibility_matrix::rules::state::View::Own,
        ..ViewState::for_offering("vmware")
    };
    let o = offering("vmware").expect("vmware");
    let rows = checklist_row_ids(o, &state, "customer");
    let html = responsibility_matrix::prerender::widget_html(state);
    assert_eq!(html.matches("data-rm-own-row=").count(), rows.len());
    assert_eq!(html.matches("data-rm-ticked=\"false\"").count(), rows.len());
    assert!(html.contains("stored only in this browser"));
}
