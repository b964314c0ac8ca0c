//! The table as a keyboard grid (the WAI-ARIA grid pattern): which key moves
//! focus where, as plain arithmetic over rows of cells, tested natively.
//!
//! The table is one tab stop; inside it the arrow keys move one cell, Home and
//! End go to the first and last cell of the row, Ctrl+Home and Ctrl+End
//! (Cmd on a Mac) to the first and last cell of the table, Page Up and Page
//! Down move [`PAGE_ROWS`] rows. Enter opens the focused row's details and
//! Escape, from inside them, returns to the cell. None of these keys is a
//! widget shortcut ([`crate::rules::keys`]): the shortcuts are printable
//! keys, and Escape closes the help only while the help dialog (not the
//! table) has focus.
//!
//! Rows may hold different numbers of cells (the header row, a row whose
//! cells are still mounting): moving up or down keeps the column when the
//! target row has it, else lands on its last cell.

/// Rows a Page Up or Page Down moves.
pub const PAGE_ROWS: usize = 10;

/// A focused cell: row and column, from 0 (row 0 is the header row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pos {
    pub row: usize,
    pub col: usize,
}

/// What a key does in the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridKey {
    Up,
    Down,
    Left,
    Right,
    RowStart,
    RowEnd,
    TableStart,
    TableEnd,
    PageUp,
    PageDown,
    /// Enter: open the row's details and move focus into them.
    OpenDetails,
    /// Escape: back from the details to the cell.
    Return,
}

impl GridKey {
    /// The grid's meaning of a key (`KeyboardEvent.key`), if any. `ctrl` is
    /// Ctrl or Cmd; Alt, and Shift with anything but Enter, leave the key to
    /// the browser (Shift+arrows select text).
    pub fn of(key: &str, ctrl: bool, alt: bool, shift: bool) -> Option<GridKey> {
        if alt || shift {
            return None;
        }
        let key = match (key, ctrl) {
            ("Home", true) => GridKey::TableStart,
            ("End", true) => GridKey::TableEnd,
            (_, true) => return None,
            ("ArrowUp", _) => GridKey::Up,
            ("ArrowDown", _) => GridKey::Down,
            ("ArrowLeft", _) => GridKey::Left,
            ("ArrowRight", _) => GridKey::Right,
            ("Home", _) => GridKey::RowStart,
            ("End", _) => GridKey::RowEnd,
            ("PageUp", _) => GridKey::PageUp,
            ("PageDown", _) => GridKey::PageDown,
            ("Enter", _) => GridKey::OpenDetails,
            ("Escape", _) => GridKey::Return,
            _ => return None,
        };
        Some(key)
    }
}

/// The grid's shape: how many cells each row has, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridShape {
    rows: Vec<usize>,
}

impl GridShape {
    /// Rows with no cell are skipped by every move (they cannot be focused).
    pub fn new(cells_per_row: Vec<usize>) -> GridShape {
        GridShape {
            rows: cells_per_row,
        }
    }

    /// Every focusable position, row by row: what a walk visits.
    pub fn positions(&self) -> impl Iterator<Item = Pos> + '_ {
        self.rows
            .iter()
            .enumerate()
            .flat_map(|(row, &n)| (0..n).map(move |col| Pos { row, col }))
    }

    /// `pos` if it is in the grid, else the nearest cell of its row, else
    /// the first cell: where focus goes when its cell went away.
    pub fn clamp(&self, pos: Pos) -> Option<Pos> {
        match self.rows.get(pos.row) {
            Some(&n) if n > 0 => Some(Pos {
                row: pos.row,
                col: pos.col.min(n - 1),
            }),
            _ => self.first(),
        }
    }

    /// Where `key` moves focus from `from`; `None` for the keys that do not
    /// move it (Enter, Escape). At an edge, focus stays.
    pub fn step(&self, from: Pos, key: GridKey) -> Option<Pos> {
        let from = self.clamp(from)?;
        let to = match key {
            GridKey::Left => Pos {
                col: from.col.saturating_sub(1),
                ..from
            },
            GridKey::Right => Pos {
                col: (from.col + 1).min(self.rows[from.row] - 1),
                ..from
            },
            GridKey::RowStart => Pos { col: 0, ..from },
            GridKey::RowEnd => Pos {
                col: self.rows[from.row] - 1,
                ..from
            },
            GridKey::Up => self.vertical(from, 1, false),
            GridKey::Down => self.vertical(from, 1, true),
            GridKey::PageUp => self.vertical(from, PAGE_ROWS, false),
            GridKey::PageDown => self.vertical(from, PAGE_ROWS, true),
            GridKey::TableStart => self.first()?,
            GridKey::TableEnd => self.last()?,
            GridKey::OpenDetails | GridKey::Return => return None,
        };
        Some(to)
    }

    /// `n` focusable rows up or down (as far as there are), same column.
    fn vertical(&self, from: Pos, n: usize, down: bool) -> Pos {
        let mut row = from.row;
        let mut moved = 0;
        let mut candidate = from.row;
        while moved < n {
            candidate = match (down, candidate) {
                (true, r) if r + 1 < self.rows.len() => r + 1,
                (false, r) if r > 0 => r - 1,
                _ => break,
            };
            if self.rows[candidate] > 0 {
                row = candidate;
                moved += 1;
            }
        }
        Pos {
            row,
            col: from.col.min(self.rows[row] - 1),
        }
    }

    fn first(&self) -> Option<Pos> {
        self.positions().next()
    }

    fn last(&self) -> Option<Pos> {
        let row = self.rows.iter().rposition(|&n| n > 0)?;
        Some(Pos {
            row,
            col: self.rows[row] - 1,
        })
    }
}

/// The grid keys as the help lists them (key, what it does).
pub fn grid_keys(lang: crate::i18n::Lang) -> [(&'static str, &'static str); 6] {
    let t = lang.texts();
    [
        (t.key_arrows, t.key_arrows_do),
        (t.key_home_end, t.key_home_end_do),
        (t.key_ctrl_home_end, t.key_ctrl_home_end_do),
        (t.key_pages, t.key_pages_do),
        (t.key_enter, t.key_enter_do),
        (t.key_esc, t.key_back_do),
    ]
}
