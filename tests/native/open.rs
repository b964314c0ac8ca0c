//! "Open a matrix…" at the widget's edge: files and pasted tables to a
//! review, spreadsheets handed to the sheet module, the sheet module's
//! answer, ids that do not collide, and readable errors.

use responsibility_matrix::catalog;
use responsibility_matrix::io::open::{
    confirm, open_file, open_pasted, pasted_table, review_sheet_answer, Opening, MAX_OPEN_BYTES,
    PASTED,
};
use rm_format::import::{Format, Grid};
use rm_format::model::PartyKind;

fn reviewed(opening: Opening) -> rm_format::review::Review {
    match opening {
        Opening::Review(r) => *r,
        Opening::Sheet(f) => panic!("expected a review, got the sheet module for {f:?}"),
    }
}

#[test]
fn a_tab_separated_paste_is_read_as_a_table() {
    // As a spreadsheet puts two columns and three lines on the clipboard.
    let text = "Activity\tWho\nPatch the OS\tAcme\nBack up data\tCustomer\nMonitor\tShared\n";
    let r = open_pasted(text).expect("reads");
    assert_eq!(r.file(), PASTED);
    let f = r.findings();
    assert_eq!(f.rows, 3);
    let names: Vec<&str> = f.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Acme", "Customer"]);
    assert!(f
        .readings
        .iter()
        .any(|x| x.text.starts_with("“Shared” read as both")));
}

#[test]
fn a_markdown_paste_is_read_as_a_table() {
    let text = "| Activity | Acme | Customer |\n|---|---|---|\n| Patch the OS | ✔ | |\n| Back up data | | ✔ |\n";
    let r = open_pasted(text).expect("reads");
    assert_eq!(r.findings().rows, 2);
    assert_eq!(
        r.found()
            .source
            .format
            .as_deref()
            .map(|f| f.contains("Markdown")),
        Some(true)
    );
}

#[test]
fn nothing_pasted_and_an_empty_file_are_refused() {
    let e = open_pasted("  \n").expect_err("refused");
    assert_eq!(e.problems, ["nothing was pasted"]);
    let e = open_file("empty.csv", b"\n\n".to_vec()).expect_err("refused");
    assert_eq!(e.source, "empty.csv");
    assert_eq!(e.problems, ["the file is empty"]);
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let e = open_file("big.csv", vec![b'a'; MAX_OPEN_BYTES + 1]).expect_err("refused");
    assert!(
        e.problems[0].starts_with("the file is 10.0 MB; at most 10 MB"),
        "{:?}",
        e.problems
    );
}

#[test]
fn a_spreadsheet_goes_to_the_sheet_module() {
    let bytes = std::fs::read("tests/fixtures/import/matrix.ods").expect("fixture");
    assert!(matches!(
        open_file("matrix.ods", bytes),
        Ok(Opening::Sheet(Format::Ods))
    ));
    let zip = b"PK\x03\x04rest".to_vec();
    assert!(matches!(
        open_file("book.xlsx", zip),
        Ok(Opening::Sheet(Format::Xlsx))
    ));
}

#[test]
fn a_bad_csv_names_the_file_the_row_and_the_reason() {
    let csv = "Activity,Who\nPatch the OS,Acme\nBack up data,maybe perhaps?!\n";
    let e = open_file("bad.csv", csv.as_bytes().to_vec()).expect_err("refused");
    assert_eq!(e.source, "bad.csv");
    assert_eq!(e.problems.len(), 1, "{:?}", e.problems);
    assert!(
        e.problems[0].starts_with("row 3, column “Who”: "),
        "{:?}",
        e.problems
    );
}

#[test]
fn a_bad_json_names_the_json_path() {
    let e = open_file("mine.json", br#"{"id": "x", "title": 3}"#.to_vec()).expect_err("refused");
    assert!(e.problems[0].starts_with("title: "), "{:?}", e.problems);
}

#[test]
fn the_sheet_modules_grid_and_errors_are_understood() {
    let grid = Grid {
        rows: vec![
            vec!["Activity".into(), "Acme".into(), "Customer".into()],
            vec!["Patch the OS".into(), "x".into(), "".into()],
        ],
        lines: vec![1, 2],
        format: "XLSX".into(),
        ..Grid::default()
    };
    let answer = serde_json::json!({ "grid": grid }).to_string();
    let r = review_sheet_answer("book.xlsx", &answer).expect("reads");
    assert_eq!(r.findings().rows, 1);
    let answer = r#"{"errors":[{"path":"sheet “Data”","reason":"no such sheet"}]}"#;
    let e = review_sheet_answer("book.xlsx", answer).expect_err("refused");
    assert_eq!(e.problems, ["sheet “Data”: no such sheet"]);
    let e = review_sheet_answer("book.xlsx", "not json").expect_err("refused");
    assert!(e.problems[0].starts_with("the spreadsheet reader answered badly"));
}

#[test]
fn a_taken_id_gets_a_suffix_recorded_as_a_reading() {
    // The file name makes the id "vmware", a built-in offering's.
    let csv = "Activity,Who\nPatch the OS,Acme\nBack up data,Customer\n";
    let r = reviewed(open_file("vmware.csv", csv.as_bytes().to_vec()).expect("reads"));
    let taken = |id: &str| catalog::offering(id).is_some() || id == "vmware-2";
    let o = confirm(&r, taken).expect("confirms");
    assert_eq!(o.id, "vmware-3");
    assert!(o
        .notes
        .iter()
        .any(|n| n.text == "The id “vmware” is already shown here; this matrix is “vmware-3”."));
    assert_eq!(o.party("acme").expect("party").kind, PartyKind::Provider);
}

#[test]
fn text_pasted_onto_the_widget_opens_only_when_it_looks_like_a_table() {
    // Copied from a spreadsheet or a web page (tabs), Markdown, CSV in either dialect.
    for table in [
        "Activity\tProvider\tCustomer\nPatching\tX\t\n",
        "| Activity | Provider |\n| --- | --- |\n| Patching | X |",
        "Activity,Provider\nPatching,X",
        "Activity;Provider\r\nPatching;X\r\n",
    ] {
        assert_eq!(pasted_table(table), Some(table));
        // And what it lets through is what the paste step reads.
        assert!(open_pasted(table).is_ok(), "{table:?} reads as a table");
    }
    // Blank lines before the table (as a copy from a web page may start) are left out,
    // so the rows the review counts are the lines the reader sees.
    let copied = "\n  \r\n\nActivity;Provider\nPatching;X\n";
    assert_eq!(
        pasted_table(copied),
        Some("Activity;Provider\nPatching;X\n")
    );
    assert!(open_pasted(pasted_table(copied).unwrap_or_default()).is_ok());
    // A word, a sentence, one line of a table, blank lines: left alone.
    for not_table in [
        "kestrel",
        "Who patches the OS, really?",
        "a\tb",
        "a\tb\n\n",
        "",
        "\n\n  \n",
        "one\ntwo",
    ] {
        assert_eq!(pasted_table(not_table), None, "{not_table:?}");
    }
}
