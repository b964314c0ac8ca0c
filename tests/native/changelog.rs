//! `data/CHANGELOG.md` lists every change to a built-in matrix: each
//! offering's `source.checked` date must have an entry for that offering, so a
//! re-checked or changed matrix cannot ship without saying what changed.

use rm_format::codegen::load_dir;
use rm_format::validate::is_iso_date;
use std::collections::BTreeMap;
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// date → offering id → the entry's lines, as the changelog holds them.
fn entries(text: &str) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    let (mut date, mut id) = (None::<String>, None::<String>);
    for line in text.lines() {
        if let Some(d) = line.strip_prefix("## ") {
            assert!(
                is_iso_date(d.trim()),
                "changelog heading `{line}` is not a YYYY-MM-DD date"
            );
            date = Some(d.trim().to_string());
            id = None;
        } else if let Some(i) = line.strip_prefix("### ") {
            let d = date
                .clone()
                .unwrap_or_else(|| panic!("`{line}` comes before any date"));
            id = Some(i.trim().to_string());
            out.entry(d)
                .or_default()
                .entry(i.trim().to_string())
                .or_default();
        } else if let (Some(d), Some(i)) = (&date, &id) {
            if !line.trim().is_empty() {
                out.get_mut(d)
                    .unwrap()
                    .get_mut(i)
                    .unwrap()
                    .push(line.to_string());
            }
        }
    }
    out
}

fn changelog() -> String {
    std::fs::read_to_string(Path::new(DATA).join("CHANGELOG.md")).expect("data/CHANGELOG.md")
}

#[test]
fn every_checked_date_has_an_entry_for_its_offering() {
    let offerings = load_dir(Path::new(DATA)).expect("data/ is valid");
    let log = entries(&changelog());
    for o in &offerings {
        let checked = o
            .source
            .checked
            .as_deref()
            .expect("built-in matrices give `checked`");
        let entry = log
            .get(checked)
            .and_then(|by_id| by_id.get(&*o.id))
            .unwrap_or_else(|| {
                panic!(
                    "data/CHANGELOG.md has no `### {}` under `## {checked}`",
                    o.id
                )
            });
        assert!(
            !entry.is_empty(),
            "{}: the {checked} entry says nothing",
            o.id
        );
    }
    // Every entry names a built-in offering.
    for (date, by_id) in &log {
        for id in by_id.keys() {
            assert!(
                offerings.iter().any(|o| o.id == *id),
                "{date}: `{id}` is not an offering in data/"
            );
        }
    }
    // No `checked` date is later than the newest entry.
    let newest = log.keys().next_back().expect("at least one entry");
    assert!(offerings
        .iter()
        .all(|o| o.source.checked.as_deref() <= Some(newest.as_str())));
}

#[test]
fn dates_run_newest_first() {
    let text = changelog();
    let dates: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert!(!dates.is_empty());
    let mut sorted = dates.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    assert_eq!(dates, sorted, "dates newest first, each once");
}

#[test]
fn the_parser_finds_entries_and_rejects_a_missing_one() {
    let log = entries("# x\n\n## 2026-12-01\n\n### vmware\n- one\n\n### goss\n- two\n");
    assert_eq!(log["2026-12-01"]["vmware"], ["- one"]);
    assert_eq!(log["2026-12-01"]["goss"], ["- two"]);
    assert!(!log["2026-12-01"].contains_key("hyper-v"));
}

/// The last full reading of the seeds (`docs/seed-review.md`) names every
/// row of every built-in matrix and gives each offering's `checked` date, so
/// a row added or a date moved without a reading shows here.
#[test]
fn the_seed_review_covers_every_row_at_its_checked_date() {
    let review = std::fs::read_to_string(Path::new(DATA).join("../docs/seed-review.md"))
        .expect("docs/seed-review.md");
    let offerings = load_dir(Path::new(DATA)).expect("data/ is valid");
    assert_eq!(offerings.len(), 5);
    for o in &offerings {
        let checked = o
            .source
            .checked
            .as_deref()
            .expect("built-ins give `checked`");
        let line = review
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", o.id)))
            .unwrap_or_else(|| panic!("seed-review.md has no provenance line for {}", o.id));
        assert!(
            line.ends_with(&format!("| {checked} |")),
            "{}: the review is not at its checked date {checked}: {line}",
            o.id
        );
        for (_, row) in o.rows() {
            assert!(
                review.contains(&format!("`{}`", row.id)),
                "{}: row `{}` is not in docs/seed-review.md",
                o.id,
                row.id
            );
        }
    }
}
