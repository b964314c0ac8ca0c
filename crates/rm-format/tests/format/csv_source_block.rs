//! The matrix CSV's `Source` block: where it sits (after the table, one blank
//! line, a `Source` row, then label and value rows in the Markdown list's
//! words), and that the importer takes only such a block as the source.
use crate::support::builtins;

use rm_format::import::{import, Format, ImportOptions};
use rm_format::write;

fn read(text: &str) -> rm_format::model::Offering {
    import(
        "supplied.csv",
        text.as_bytes(),
        Format::Csv,
        &ImportOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{:?}", e))
}

#[test]
fn the_block_follows_the_table_after_one_blank_line_in_the_markdown_words() {
    for (name, o) in builtins() {
        let csv = write::csv::write(&o);
        let (table, block) = csv
            .split_once("\r\n\r\nSource\r\n")
            .unwrap_or_else(|| panic!("{name}: no blank line and Source row"));
        assert!(
            !table.contains("\r\n\r\n"),
            "{name}: the table has no blank line"
        );
        assert!(
            table.lines().count() > o.row_count(),
            "{name}: the table comes first"
        );
        let md = write::markdown::write(&o).expect("writes");
        let (_, md_list) = md.rsplit_once("\n**Source**\n\n").expect("Markdown list");
        let md_labels: Vec<&str> = md_list
            .lines()
            .filter_map(|l| l.strip_prefix("- ")?.split_once(": ").map(|(l, _)| l))
            .collect();
        let csv_labels: Vec<&str> = block
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split_once(',').map_or(l, |(l, _)| l))
            .collect();
        assert_eq!(
            csv_labels, md_labels,
            "{name}: the same labels in the same order"
        );
        let licence = block
            .split("\r\n")
            .find_map(|l| l.strip_prefix("Licence,"))
            .unwrap_or_else(|| panic!("{name}: a Licence row"));
        if o.source
            .licence
            .as_deref()
            .is_some_and(|l| l.eq_ignore_ascii_case("unknown"))
        {
            assert_eq!(licence, "Unknown: the source states no licence", "{name}");
        } else {
            assert_eq!(Some(licence), o.source.licence.as_deref(), "{name}");
        }
        let checked = o.source.checked.as_deref().expect("built-ins give checked");
        assert!(
            block.contains(&format!("Last checked,{checked}\r\n")),
            "{name}"
        );
    }
}

#[test]
fn a_supplied_csv_with_a_source_block_gets_that_source_and_only_its_rows() {
    let o = read(
        "Activity,Provider,Customer\r\nPatching,x,\r\nBackups,,x\r\n\r\nSource\r\nTitle,Our matrix\r\nDate,\"March 3, 2024\"\r\nLicence,Unknown: the source states no licence\r\n",
    );
    assert_eq!(o.row_count(), 2);
    let activities: Vec<&str> = o.rows().map(|(_, r)| &*r.activity).collect();
    assert_eq!(activities, ["Patching", "Backups"]);
    assert_eq!(o.sections.len(), 1, "no section named Source");
    assert_eq!(o.source.title, "Our matrix");
    assert_eq!(o.source.date.as_deref(), Some("March 3, 2024"));
    assert_eq!(o.source.licence.as_deref(), Some("unknown"));
    assert_eq!(o.source.publisher, None);
}

#[test]
fn rows_that_only_look_like_a_block_stay_rows() {
    // "Source" as a section heading over ordinary rows, after a blank line.
    let o = read("Activity,Provider,Customer\r\nPatching,x,\r\n\r\nSource\r\nCode escrow,x,\r\nLicence,,x\r\n");
    let activities: Vec<&str> = o.rows().map(|(_, r)| &*r.activity).collect();
    assert_eq!(activities, ["Patching", "Code escrow", "Licence"]);
    assert_eq!(
        o.source.title, "supplied",
        "the file name, as without a block"
    );
    // A block without a Title row is no source either.
    let o = read("Activity,Provider\r\nPatching,x\r\n\r\nSource\r\nDate,x\r\n");
    assert_eq!(o.source.title, "supplied");
    assert!(o.rows().any(|(_, r)| r.activity == "Date"));
}
