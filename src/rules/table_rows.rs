//! Which rows the table keeps in the page, and which of those it shows.
//!
//! Plain Rust, tested natively; `ui::table` wires it to signals.
//!
//! A row is *mounted* (its `<tr>` exists) the first time it is among the
//! first pages of matches, and stays mounted while the offering and
//! columns stay: a filter only *parks* the rows it hides. So typing and then
//! clearing the search never rebuilds a row, like a hand-written page that
//! detaches and re-attaches its rows. The mounted set is bounded
//! ([`MAX_MOUNTED`]) so a long session on a huge matrix does not keep
//! thousands of hidden rows.

use std::collections::BTreeSet;

/// A table of up to this many rows shows them all at once (every real
/// offering does: the largest has 100 rows).
pub const PAGE: usize = 120;

/// A larger table shows this many matching rows at a time, and "Show more"
/// adds as many (20 rows fill a screen or more). Measured at 10,000 rows,
/// typing "kestrel" (traces): a keystroke that brings a page of new rows into
/// view builds them in one task and lays them out in the next frame. 120
/// rows: frames of 60–100 ms. 50 rows: builds of 28–43 ms, frames of 34–62
/// ms. 30 rows: builds of 17–24 ms, frames of 20–37 ms, but clearing the
/// search still gave one task of 51–63 ms in 3 of 5 benchmark runs. 20 rows:
/// no task over 50 ms in 4 runs (three of 10 rounds, one of 20; `make bench`).
pub const LARGE_PAGE: usize = 20;

/// At most this many rows stay mounted beyond the ones shown.
pub const MAX_MOUNTED: usize = 8 * PAGE;

/// How many matching rows a table of `total` rows shows per page.
pub fn page_size(total: usize) -> usize {
    if total <= PAGE {
        PAGE
    } else {
        LARGE_PAGE
    }
}

/// One line of the table body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Line {
    Section { section: usize },
    Service { section: usize, row: usize },
}

/// The rows to mount next: the ones mounted before plus the ones `shown` now.
///
/// Past [`MAX_MOUNTED`], only the shown rows and the first `page` mounted
/// rows stay. Those first rows are the unfiltered table's first page (rows
/// are mounted in table order, and the first page is mounted first), which
/// is what clearing the search shows again.
pub fn next_mounted(
    previous: &BTreeSet<(usize, usize)>,
    shown: &[(usize, usize)],
    page: usize,
) -> BTreeSet<(usize, usize)> {
    let mut rows = previous.clone();
    rows.extend(shown.iter().copied());
    if rows.len() > MAX_MOUNTED {
        rows = previous.iter().take(page).copied().collect();
        rows.extend(shown.iter().copied());
    }
    rows
}

/// The body's lines for a set of mounted rows: each section's header before
/// its first row, then the rows, in table order.
pub fn lines(mounted: &BTreeSet<(usize, usize)>) -> Vec<Line> {
    let mut out = Vec::with_capacity(mounted.len() + 8);
    let mut last_section = None;
    for &(section, row) in mounted {
        if last_section != Some(section) {
            out.push(Line::Section { section });
            last_section = Some(section);
        }
        out.push(Line::Service { section, row });
    }
    out
}

/// The first `limit` matching rows: what the table shows now.
pub fn shown(matching: &[(usize, usize)], limit: usize) -> &[(usize, usize)] {
    &matching[..matching.len().min(limit)]
}
