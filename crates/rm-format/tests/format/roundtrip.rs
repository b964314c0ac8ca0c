//! Every built-in offering, written by a matrix writer and imported again,
//! gives back the same sections, rows, cells, qualifiers and readings; the
//! CSV also gives back the source's provenance.
use crate::support::builtins;

use rm_format::import::{import, Format, ImportOptions};
use rm_format::model::Offering;
use rm_format::write;

fn assert_same_rows(name: &str, a: &Offering, b: &Offering) {
    let sa: Vec<(&str, &str)> = a.sections.iter().map(|s| (&*s.id, &*s.title)).collect();
    let sb: Vec<(&str, &str)> = b.sections.iter().map(|s| (&*s.id, &*s.title)).collect();
    assert_eq!(sa, sb, "{name}: sections");
    let cols_a: Vec<(&str, bool, _)> = a
        .columns
        .iter()
        .map(|c| (&*c.id, c.split_by_party, c.kind))
        .collect();
    let cols_b: Vec<(&str, bool, _)> = b
        .columns
        .iter()
        .map(|c| (&*c.id, c.split_by_party, c.kind))
        .collect();
    assert_eq!(cols_a, cols_b, "{name}: columns");
    for ((s1, r1), (s2, r2)) in a.rows().zip(b.rows()) {
        assert_eq!(s1.id, s2.id, "{name}: section of {}", r1.id);
        assert_eq!(
            s1.variants, s2.variants,
            "{name}: variants of section {}",
            s1.id
        );
        assert_eq!(r1.id, r2.id);
        assert_eq!(r1.activity, r2.activity, "{name}: {}", r1.id);
        assert_eq!(r1.domain, r2.domain, "{name}: {}", r1.id);
        assert_eq!(r1.variants, r2.variants, "{name}: {}", r1.id);
        assert_eq!(r1.owner_role, r2.owner_role, "{name}: {}", r1.id);
        assert_eq!(r1.notes, r2.notes, "{name}: {}", r1.id);
        for e in r1.cells.iter() {
            let back = r2.cell(&e.column);
            assert_eq!(
                Some(&e.cell),
                back,
                "{name}: row {} column {}",
                r1.id,
                e.column
            );
        }
        assert_eq!(r1.cells.len(), r2.cells.len(), "{name}: {}", r1.id);
    }
    assert_eq!(a.row_count(), b.row_count(), "{name}: row count");
    let kinds = |o: &Offering| {
        o.parties
            .iter()
            .map(|p| (p.id.to_string(), format!("{:?}", p.kind)))
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(kinds(a), kinds(b), "{name}: parties and their kinds");
}

/// The source fields a reader is shown, as the data gives them.
fn reader_fields(o: &Offering) -> [(&'static str, Option<String>); 8] {
    let s = &o.source;
    let f = |v: &Option<rm_format::model::Text>| v.as_deref().map(str::to_string);
    [
        ("title", Some(s.title.to_string())),
        ("publisher", f(&s.publisher)),
        ("date", f(&s.date)),
        ("url", f(&s.url)),
        ("licence", f(&s.licence)),
        ("attribution", f(&s.attribution)),
        ("copyright", f(&s.copyright)),
        ("checked", f(&s.checked)),
    ]
}

#[test]
fn csv_round_trip_keeps_every_builtin_row_cell_and_source_field() {
    for (name, o) in builtins() {
        let csv = write::csv::write(&o);
        let back = import(
            &name.replace(".json", ".csv"),
            csv.as_bytes(),
            Format::Csv,
            &ImportOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{name}: {:?}", e.iter().take(5).collect::<Vec<_>>()));
        assert_same_rows(&name, &o, &back);
        assert_eq!(reader_fields(&back), reader_fields(&o), "{name}: source");
        // Every built-in states these; the block must not lose one.
        for field in ["publisher", "licence", "checked"] {
            let (_, value) = reader_fields(&back)
                .into_iter()
                .find(|(f, _)| *f == field)
                .expect("listed");
            assert!(value.is_some(), "{name}: {field} came back");
        }
        // How it was read is ours: the CSV file, not the seed.
        assert_eq!(
            back.source.seed_file.as_deref(),
            Some(name.replace(".json", ".csv").as_str())
        );
        assert!(
            back.notes
                .iter()
                .any(|n| n.text.contains("read as the matrix's source")),
            "{name}: the reading is recorded"
        );
    }
}

#[test]
fn json_round_trip_is_identical() {
    for (name, o) in builtins() {
        let json = write::json::write(&o).expect("writes");
        let back = import(
            &name,
            json.as_bytes(),
            Format::Json,
            &ImportOptions::default(),
        )
        .expect("reads");
        assert_eq!(o, back, "{name}");
    }
}

#[test]
fn markdown_round_trip_keeps_every_builtin_row_and_cell() {
    for (name, o) in builtins() {
        let md = write::markdown::write(&o).expect("writes");
        let back = import(
            &name.replace(".json", ".md"),
            md.as_bytes(),
            Format::Markdown,
            &ImportOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{name}: {:?}", e.iter().take(5).collect::<Vec<_>>()));
        assert_same_rows(&name, &o, &back);
    }
}

#[test]
fn xlsx_round_trip_keeps_every_builtin_row_and_cell() {
    for (name, o) in builtins() {
        let xlsx = write::write(&o, write::Format::Xlsx).expect("writes");
        assert!(xlsx.starts_with(b"PK"), "{name}: an XLSX (zip) file");
        let file = name.replace(".json", ".xlsx");
        assert_eq!(Format::guess(&file, &xlsx), Format::Xlsx);
        let back = import(&file, &xlsx, Format::Xlsx, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {:?}", e.iter().take(5).collect::<Vec<_>>()));
        assert_same_rows(&name, &o, &back);
    }
}
