//! Which rows the table mounts and shows (src/rules/table_rows.rs).

use responsibility_matrix::rules::table_rows::{
    lines, next_mounted, page_size, shown, Line, LARGE_PAGE, MAX_MOUNTED, PAGE,
};
use std::collections::BTreeSet;

fn rows(range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    range.map(|i| (i / 10, i % 10)).collect()
}

#[test]
fn every_real_offering_fits_one_page_and_larger_tables_page_by_fifty() {
    for o in responsibility_matrix::catalog::offerings() {
        assert_eq!(page_size(o.rows().count()), PAGE, "{}", o.id);
    }
    assert_eq!(page_size(PAGE), PAGE);
    assert_eq!(page_size(PAGE + 1), LARGE_PAGE);
    assert_eq!(page_size(10_000), LARGE_PAGE);
}

#[test]
fn shown_is_the_first_matches_up_to_the_limit() {
    let matching = rows(0..75);
    assert_eq!(shown(&matching, 50), &matching[..50]);
    assert_eq!(shown(&matching, 200), &matching[..]);
    assert!(shown(&[], 50).is_empty());
}

#[test]
fn mounted_rows_accumulate_so_clearing_the_search_rebuilds_nothing() {
    let first_page: BTreeSet<_> = rows(0..50).into_iter().collect();
    // A search shows rows further down; the first page stays mounted (parked).
    let searched = next_mounted(&first_page, &rows(300..320), 50);
    assert_eq!(searched.len(), 70);
    assert!(first_page.is_subset(&searched));
    // Clearing shows the first page again: nothing new to mount.
    assert_eq!(next_mounted(&searched, &rows(0..50), 50), searched);
}

#[test]
fn past_the_cap_only_the_first_page_and_the_shown_rows_stay() {
    let mut mounted: BTreeSet<_> = rows(0..50).into_iter().collect();
    for start in (100..20_000).step_by(50) {
        mounted = next_mounted(&mounted, &rows(start..start + 50), 50);
        assert!(
            mounted.len() <= MAX_MOUNTED + 50,
            "bounded: {}",
            mounted.len()
        );
        assert!(
            rows(0..50).iter().all(|r| mounted.contains(r)),
            "first page kept"
        );
        assert!(
            rows(start..start + 50).iter().all(|r| mounted.contains(r)),
            "shown mounted"
        );
    }
}

#[test]
fn lines_put_each_sections_header_before_its_first_mounted_row() {
    let mounted: BTreeSet<_> = [(0, 1), (0, 4), (2, 0), (5, 3), (5, 7)]
        .into_iter()
        .collect();
    assert_eq!(
        lines(&mounted),
        vec![
            Line::Section { section: 0 },
            Line::Service { section: 0, row: 1 },
            Line::Service { section: 0, row: 4 },
            Line::Section { section: 2 },
            Line::Service { section: 2, row: 0 },
            Line::Section { section: 5 },
            Line::Service { section: 5, row: 3 },
            Line::Service { section: 5, row: 7 },
        ]
    );
    assert!(lines(&BTreeSet::new()).is_empty());
}
