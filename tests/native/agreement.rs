//! One shared rule everywhere: for every built-in offering and every variant
//! (and "all types"), the table's "Shared with customer only" filter, the
//! per-cell rule, coverage, compare, the checklist and every export name the
//! same rows as shared with the customer, and the same rows as split between providers.

use responsibility_matrix::catalog::offerings;
use responsibility_matrix::i18n::Lang;
use responsibility_matrix::io::export::{filtered_offering, grid, to_csv, view_info};
use responsibility_matrix::rules::checklist::checklist_items;
use responsibility_matrix::rules::compare::{shown_variant_rows, variant_rows};
use responsibility_matrix::rules::coverage::{coverage, holding, Holding};
use responsibility_matrix::rules::filter::{
    applicable_rows, visible_columns, visible_rows, ViewState,
};
use responsibility_matrix::rules::shared::{cell_sharing_in_view, row_sharing, SharedWith};
use rm_format::model::{ColumnKind, Offering};
use std::collections::BTreeSet;

type Ids = BTreeSet<String>;

/// Every view to check: each variant of each offering, and all types.
fn views() -> Vec<(&'static Offering, ViewState)> {
    let mut out = Vec::new();
    for o in offerings() {
        let mut variants: Vec<Option<String>> = vec![None];
        variants.extend(o.variant_options().iter().map(|v| Some(v.id.to_string())));
        for variant in variants {
            out.push((
                o,
                ViewState {
                    variant,
                    ..ViewState::for_offering(&o.id)
                },
            ));
        }
    }
    out
}

fn shared_only(state: &ViewState) -> ViewState {
    ViewState {
        shared_only: true,
        ..state.clone()
    }
}

/// The table's rows with "Shared with customer only" on.
fn table_shared(o: &Offering, state: &ViewState) -> Ids {
    visible_rows(o, &shared_only(state))
        .iter()
        .map(|r| r.row.id.to_string())
        .collect()
}

/// The rows whose cells, one by one as the table marks them, say `with`.
fn cells_say(o: &Offering, state: &ViewState, with: SharedWith) -> Ids {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    applicable_rows(o, state)
        .into_iter()
        .filter(|(_, _, _, r)| {
            let marks: Vec<SharedWith> = cols
                .iter()
                .filter(|c| c.column.kind == ColumnKind::Responsibility)
                .filter_map(|c| r.cell(&c.column.id))
                .filter_map(|cell| cell_sharing_in_view(o, r, cell, is_visible))
                .map(|s| s.with)
                .collect();
            // The strongest mark decides: with the customer beats between providers.
            marks.iter().max() == Some(&with)
        })
        .map(|(_, _, _, r)| r.id.to_string())
        .collect()
}

fn label(o: &Offering, state: &ViewState) -> String {
    format!(
        "{} / {}",
        o.id,
        state.variant.as_deref().unwrap_or("all types")
    )
}

#[test]
fn the_table_filter_and_the_cell_marks_agree() {
    for (o, state) in views() {
        let table = table_shared(o, &state);
        assert_eq!(
            table,
            cells_say(o, &state, SharedWith::Customer),
            "{}",
            label(o, &state)
        );
        // The filter's rows are exactly the rows whose row verdict is "with the customer".
        let cols = visible_columns(o, &state);
        let by_row: Ids = applicable_rows(o, &state)
            .into_iter()
            .filter(|(_, _, _, r)| {
                row_sharing(o, r, |id| cols.iter().any(|c| c.column.id == id))
                    == Some(SharedWith::Customer)
            })
            .map(|(_, _, _, r)| r.id.to_string())
            .collect();
        assert_eq!(table, by_row, "{}", label(o, &state));
        // Every row the filter keeps shows a shared cell (`data-rm-shared` is the same verdict).
        for r in visible_rows(o, &shared_only(&state)) {
            assert!(r.shared, "{}: {}", label(o, &state), r.row.id);
        }
    }
}

#[test]
fn coverage_counts_the_rows_the_table_shows_as_shared() {
    let mut shared_somewhere = 0;
    for (o, state) in views() {
        let table = table_shared(o, &state);
        shared_somewhere += table.len();
        let cov = coverage(Lang::En, o, &state);
        assert_eq!(cov[0].shared, table.len(), "{}: total", label(o, &state));
        assert_eq!(
            cov[0].split,
            cells_say(o, &state, SharedWith::Providers).len(),
            "{}: split",
            label(o, &state)
        );
        let held: Ids = applicable_rows(o, &state)
            .into_iter()
            .filter(|(_, _, _, r)| holding(o, &state, r) == Holding::Shared(SharedWith::Customer))
            .map(|(_, _, _, r)| r.id.to_string())
            .collect();
        assert_eq!(held, table, "{}: the same rows", label(o, &state));
        // Per section: coverage's line equals the table with the section filter on.
        let sections: Vec<&str> = {
            let mut ids: Vec<&str> = applicable_rows(o, &state)
                .into_iter()
                .map(|(_, _, s, _)| &*s.id)
                .collect();
            ids.dedup();
            ids
        };
        assert_eq!(sections.len() + 1, cov.len(), "{}", label(o, &state));
        for (section, line) in sections.iter().zip(&cov[1..]) {
            let in_section = ViewState {
                section: Some(section.to_string()),
                ..shared_only(&state)
            };
            assert_eq!(
                line.shared,
                visible_rows(o, &in_section).len(),
                "{}: section {section}",
                label(o, &state)
            );
        }
    }
    assert!(shared_somewhere > 0, "the data has shared rows to agree on");
}

#[test]
fn the_checklist_marks_exactly_the_shared_rows() {
    for (o, state) in views() {
        let table = table_shared(o, &state);
        let mut marked = Ids::new();
        for p in o.parties.iter() {
            for (_, items) in checklist_items(o, &state, &p.id) {
                for item in items {
                    assert_eq!(
                        item.shared,
                        table.contains(&item.row_id),
                        "{}: {} in {}'s checklist",
                        label(o, &state),
                        item.row_id,
                        p.id
                    );
                    assert_eq!(item.shared, item.sharing == Some(SharedWith::Customer));
                    if item.shared {
                        marked.insert(item.row_id);
                    }
                }
            }
        }
        // A shared row has holders, so it is on some party's checklist.
        assert_eq!(marked, table, "{}", label(o, &state));
    }
}

#[test]
fn compare_shows_the_same_shared_rows_on_each_side() {
    for (o, state) in views() {
        let Some(a) = state.variant.clone() else {
            continue;
        };
        for b in o.variant_options() {
            let lines = variant_rows(o, &a, &b.id);
            let on_b = ViewState {
                variant: Some(b.id.to_string()),
                ..state.clone()
            };
            let (table_a, table_b) = (table_shared(o, &state), table_shared(o, &on_b));
            let side_a: Ids = lines
                .iter()
                .filter(|l| l.change.sharing_before == Some(SharedWith::Customer))
                .filter_map(|l| l.change.row_a.clone())
                .collect();
            let side_b: Ids = lines
                .iter()
                .filter(|l| l.change.sharing_after == Some(SharedWith::Customer))
                .filter_map(|l| l.change.row_b.clone())
                .collect();
            let what = format!("{} vs {}", label(o, &state), b.id);
            assert_eq!(side_a, table_a, "{what}: left side");
            assert_eq!(side_b, table_b, "{what}: right side");
            // "Shared with customer only" in compare keeps the lines shared on either side.
            let shown = shown_variant_rows(o, &shared_only(&state), &a, &b.id, &lines);
            let expected = lines
                .iter()
                .filter(|l| {
                    l.change
                        .row_a
                        .as_ref()
                        .is_some_and(|id| table_a.contains(id))
                        || l.change
                            .row_b
                            .as_ref()
                            .is_some_and(|id| table_b.contains(id))
                })
                .count();
            assert_eq!(shown.len(), expected, "{what}: shown");
        }
    }
}

#[test]
fn every_export_holds_the_shared_rows() {
    for (o, state) in views() {
        let table = table_shared(o, &state);
        let filtered = shared_only(&state);
        let grid_rows: Ids = grid(o, &filtered).rows.into_iter().map(|r| r.id).collect();
        assert_eq!(
            grid_rows,
            table,
            "{}: CSV and Markdown grid",
            label(o, &state)
        );
        let csv = to_csv(o, &filtered);
        // The table only: the source block follows it after a blank line.
        let (csv, _) = csv
            .rsplit_once("\r\n\r\nSource\r\n")
            .expect("the source block after the table");
        let csv = format!("{csv}\r\n");
        assert_eq!(
            csv.matches("\r\n").count(),
            table.len() + 1 + csv_embedded_line_breaks(&csv),
            "{}: a CSV record per row",
            label(o, &state)
        );
        let json_rows: Ids = filtered_offering(o, &filtered)
            .rows()
            .map(|(_, r)| r.id.to_string())
            .collect();
        assert_eq!(json_rows, table, "{}: JSON", label(o, &state));
        assert_eq!(
            view_info(o, &filtered).rows,
            table.len(),
            "{}",
            label(o, &state)
        );
    }
}

/// Line breaks inside quoted CSV fields (not record ends).
fn csv_embedded_line_breaks(csv: &str) -> usize {
    let mut quoted = false;
    let mut n = 0;
    let bytes = csv.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\r' if quoted && bytes.get(i + 1) == Some(&b'\n') => n += 1,
            _ => {}
        }
    }
    n
}
