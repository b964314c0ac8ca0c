//! The keyboard grid's arithmetic (`rules::grid_nav`): every key's move, the
//! edges, rows of different lengths, a walk that visits every cell, and no
//! key shared with the widget's shortcuts (`rules::keys`).

use responsibility_matrix::i18n::Lang;
use responsibility_matrix::rules::grid_nav::{GridKey, GridShape, Pos, PAGE_ROWS};
use responsibility_matrix::rules::keys::{action_for, shortcuts, Action, KeyPress};

fn at(row: usize, col: usize) -> Pos {
    Pos { row, col }
}

/// A header row and `rows` body rows, `cols` cells each.
fn table(rows: usize, cols: usize) -> GridShape {
    GridShape::new(vec![cols; rows + 1])
}

#[test]
fn keys_map_to_moves_and_modifiers_leave_them_to_the_browser() {
    let of = |key, ctrl| GridKey::of(key, ctrl, false, false);
    assert_eq!(of("ArrowUp", false), Some(GridKey::Up));
    assert_eq!(of("ArrowDown", false), Some(GridKey::Down));
    assert_eq!(of("ArrowLeft", false), Some(GridKey::Left));
    assert_eq!(of("ArrowRight", false), Some(GridKey::Right));
    assert_eq!(of("Home", false), Some(GridKey::RowStart));
    assert_eq!(of("End", false), Some(GridKey::RowEnd));
    assert_eq!(of("Home", true), Some(GridKey::TableStart));
    assert_eq!(of("End", true), Some(GridKey::TableEnd));
    assert_eq!(of("PageUp", false), Some(GridKey::PageUp));
    assert_eq!(of("PageDown", false), Some(GridKey::PageDown));
    assert_eq!(of("Enter", false), Some(GridKey::OpenDetails));
    assert_eq!(of("Escape", false), Some(GridKey::Return));
    // Ctrl+arrows, Alt and Shift belong to the browser and the system.
    assert_eq!(of("ArrowDown", true), None);
    assert_eq!(GridKey::of("ArrowDown", false, true, false), None);
    assert_eq!(GridKey::of("ArrowDown", false, false, true), None);
    assert_eq!(of("a", false), None);
}

#[test]
fn arrows_move_one_cell_and_stop_at_the_edges() {
    let g = table(3, 4);
    assert_eq!(g.step(at(1, 1), GridKey::Right), Some(at(1, 2)));
    assert_eq!(g.step(at(1, 1), GridKey::Left), Some(at(1, 0)));
    assert_eq!(g.step(at(1, 1), GridKey::Down), Some(at(2, 1)));
    assert_eq!(g.step(at(1, 1), GridKey::Up), Some(at(0, 1)));
    assert_eq!(g.step(at(0, 0), GridKey::Left), Some(at(0, 0)));
    assert_eq!(g.step(at(0, 0), GridKey::Up), Some(at(0, 0)));
    assert_eq!(g.step(at(3, 3), GridKey::Right), Some(at(3, 3)));
    assert_eq!(g.step(at(3, 3), GridKey::Down), Some(at(3, 3)));
}

#[test]
fn home_end_jump_in_the_row_and_ctrl_in_the_table() {
    let g = table(5, 6);
    assert_eq!(g.step(at(2, 3), GridKey::RowStart), Some(at(2, 0)));
    assert_eq!(g.step(at(2, 3), GridKey::RowEnd), Some(at(2, 5)));
    assert_eq!(g.step(at(2, 3), GridKey::TableStart), Some(at(0, 0)));
    assert_eq!(g.step(at(2, 3), GridKey::TableEnd), Some(at(5, 5)));
    assert_eq!(g.step(at(2, 3), GridKey::OpenDetails), None);
    assert_eq!(g.step(at(2, 3), GridKey::Return), None);
}

#[test]
fn page_keys_move_ten_rows_or_to_the_edge() {
    let g = table(25, 2);
    assert_eq!(
        g.step(at(1, 1), GridKey::PageDown),
        Some(at(1 + PAGE_ROWS, 1))
    );
    assert_eq!(g.step(at(20, 1), GridKey::PageDown), Some(at(25, 1)));
    assert_eq!(g.step(at(20, 0), GridKey::PageUp), Some(at(10, 0)));
    assert_eq!(g.step(at(3, 0), GridKey::PageUp), Some(at(0, 0)));
}

#[test]
fn rows_of_other_lengths_and_empty_rows() {
    // A short row keeps the column where it can; an empty row is skipped.
    let g = GridShape::new(vec![4, 0, 2, 4]);
    assert_eq!(g.step(at(0, 3), GridKey::Down), Some(at(2, 1)));
    assert_eq!(g.step(at(2, 1), GridKey::Up), Some(at(0, 1)));
    assert_eq!(g.step(at(2, 1), GridKey::RowEnd), Some(at(2, 1)));
    assert_eq!(g.step(at(3, 3), GridKey::Up), Some(at(2, 1)));
    // A position that went away (a column set replaced) lands in its row, else at the start.
    assert_eq!(g.clamp(at(2, 7)), Some(at(2, 1)));
    assert_eq!(g.clamp(at(1, 0)), Some(at(0, 0)));
    assert_eq!(g.clamp(at(9, 0)), Some(at(0, 0)));
    assert_eq!(GridShape::new(vec![]).step(at(0, 0), GridKey::Down), None);
    assert_eq!(GridShape::new(vec![0, 0]).clamp(at(0, 0)), None);
}

#[test]
fn a_walk_with_right_down_and_home_visits_every_cell_once() {
    let g = GridShape::new(vec![5, 5, 5, 3, 5]);
    let mut pos = at(0, 0);
    let mut seen = vec![pos];
    loop {
        let right = g.step(pos, GridKey::Right).unwrap();
        if right != pos {
            pos = right;
        } else {
            let down = g.step(pos, GridKey::Down).unwrap();
            if down == pos {
                break;
            }
            pos = g.step(down, GridKey::RowStart).unwrap();
        }
        seen.push(pos);
    }
    let all: Vec<Pos> = g.positions().collect();
    assert_eq!(seen, all);
    assert_eq!(all.len(), 23);
    assert_eq!(g.step(at(2, 2), GridKey::TableEnd), Some(at(4, 4)));
}

/// No grid key is a widget shortcut, and no shortcut a grid key: in the
/// table, arrows, Home, End, Page keys and Enter do nothing else; Escape only
/// closes the help, which has focus when it is open.
#[test]
fn grid_keys_and_shortcuts_do_not_overlap() {
    for key in [
        "ArrowUp",
        "ArrowDown",
        "ArrowLeft",
        "ArrowRight",
        "Home",
        "End",
        "PageUp",
        "PageDown",
        "Enter",
    ] {
        for ctrl in [false, true] {
            let press = KeyPress {
                key,
                ctrl,
                ..KeyPress::default()
            };
            assert_eq!(action_for(&press), None, "{key} (ctrl {ctrl})");
        }
    }
    let escape = KeyPress {
        key: "Escape",
        ..KeyPress::default()
    };
    assert_eq!(action_for(&escape), Some(Action::CloseHelp));
    for (shown, _) in shortcuts(Lang::En) {
        let key = if shown == "Esc" { "Escape" } else { shown };
        let grid = GridKey::of(key, false, false, false);
        assert!(
            grid.is_none() || key == "Escape",
            "{key} is both a shortcut and a grid key"
        );
    }
}
