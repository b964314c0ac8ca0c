//! The matrix as a keyboard grid (WAI-ARIA grid pattern), wired to the DOM:
//! one tab stop that roves between the cells, the keys of
//! [`crate::rules::grid_nav`], and the focused cell's meaning for screen readers.
//!
//! The grid is the header row and every shown service row (`tr[data-rm-row]`:
//! parked rows and section and details rows are not in it), each cell a `th`
//! or `td`; a row header's focus goes to its toggle button. Exactly one of
//! them has `tabindex="0"`; [`Grid::keep_tab_stop`] moves it back into the
//! grid when a filter hides its row or a column change replaces its cell.
//!
//! The focused data cell is described (`aria-describedby`) by one hidden
//! paragraph whose text is set on focus: its row, column and meaning
//! ([`crate::rules::present::cell_description`]), so the marks and letters are
//! spoken in words without a description element per cell.

use crate::rules::grid_nav::{GridKey, GridShape, Pos};
use crate::rules::present::{cell_description, cell_parts};
use crate::rules::state::ViewState;
use crate::ui::context::{TableCtx, ViewCtx};
use leptos::html::{Table, P};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// The rows that make the grid, in order.
const GRID_ROWS: &str = ":scope > thead > tr, :scope > tbody > tr[data-rm-row]";

/// One table's grid: its elements and the cell focus returns to from the details.
#[derive(Clone, Copy)]
pub(super) struct Grid {
    pub(super) table: NodeRef<Table>,
    pub(super) description: NodeRef<P>,
    /// The `id` of the description paragraph.
    pub(super) description_id: StoredValue<String>,
    /// The last grid cell focused: where Escape from the details goes back to.
    last_cell: StoredValue<Option<Element>, LocalStorage>,
    /// The widget's language, for the focused cell's description.
    lang: crate::i18n::Lang,
}

impl Grid {
    pub(super) fn new() -> Grid {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Grid {
            table: NodeRef::new(),
            description: NodeRef::new(),
            description_id: StoredValue::new(format!("rm-grid-description-{n}")),
            last_cell: StoredValue::new_local(None),
            lang: crate::i18n::lang(),
        }
    }

    /// Keeps one tab stop in the grid whenever the rows or columns change
    /// (after the DOM has caught up).
    pub(super) fn keep_tab_stop(
        self,
        table: TableCtx,
        keys: Memo<Vec<(u64, crate::rules::table_rows::Line)>>,
    ) {
        Effect::new(move |_| {
            table.rows.track();
            table.columns.track();
            keys.track();
            // The table may be gone by the next frame (a view switch in the
            // same change): then there is nothing to keep.
            request_animation_frame(move || {
                if let Some(t) = self.table.try_get_untracked().flatten() {
                    ensure_tab_stop(&t);
                }
            });
        });
    }

    /// `keydown` in the table: move, open the details, or return from them.
    pub(super) fn on_keydown(self, ctx: ViewCtx, ev: KeyboardEvent) {
        let Some(key) = GridKey::of(
            &ev.key(),
            ev.ctrl_key() || ev.meta_key(),
            ev.alt_key(),
            ev.shift_key(),
        ) else {
            return;
        };
        let Some(table) = self.table.get_untracked() else {
            return;
        };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(details) = closest(&target, "tr[data-rm-details]") {
            if key == GridKey::Return {
                ev.prevent_default();
                self.return_from(&details);
            }
            return;
        }
        let rows = grid_rows(&table);
        let Some((pos, cell)) = locate(&rows, &target) else {
            return;
        };
        match key {
            GridKey::Return => {}
            GridKey::OpenDetails => {
                // The row header's toggle button opens and closes by itself.
                if target.closest("button").ok().flatten().is_some() {
                    return;
                }
                let Some(row_id) = rows[pos.row].get_attribute("data-rm-row") else {
                    return;
                };
                ev.prevent_default();
                self.last_cell.set_value(Some(cell));
                let open = ctx.read_untracked(|s| s.expanded_row.as_deref() == Some(&*row_id));
                if !open {
                    ctx.change(|s: &mut ViewState| s.toggle_row(&row_id));
                }
                focus_details(table.into(), row_id, 20);
            }
            moving => {
                let shape = GridShape::new(
                    rows.iter()
                        .map(|r| r.children().length() as usize)
                        .collect(),
                );
                let Some(to) = shape.step(pos, moving) else {
                    return;
                };
                ev.prevent_default();
                if let Some(next) = rows
                    .get(to.row)
                    .and_then(|r| r.children().item(to.col as u32))
                {
                    move_tab_stop(&table, &focus_target(&next));
                }
            }
        }
    }

    /// `focusin` in the table: the focused cell becomes the tab stop (also
    /// after a click) and, for a data cell, is described in words.
    pub(super) fn on_focusin(self, ctx: ViewCtx, table_ctx: TableCtx, target: Option<Element>) {
        let (Some(table), Some(target)) = (self.table.get_untracked(), target) else {
            return;
        };
        let rows = grid_rows(&table);
        let Some((pos, cell)) = locate(&rows, &target) else {
            return;
        };
        let focused = focus_target(&cell);
        if focused.get_attribute("tabindex").as_deref() != Some("0") {
            move_tab_stop(&table, &focused);
        }
        self.last_cell.set_value(Some(focused));
        let id = self.description_id.get_value();
        for el in list(&table, "[aria-describedby]") {
            if el != cell {
                let _ = el.remove_attribute("aria-describedby");
            }
        }
        let Some(row_id) = rows[pos.row].get_attribute("data-rm-row") else {
            return;
        };
        // The row header (pos.col 0) is named by its button; the data cells follow it.
        let Some(index) = pos.col.checked_sub(1) else {
            return;
        };
        let o = ctx.offering_untracked();
        let Some((_, row)) = o.rows().find(|(_, r)| *r.id == *row_id) else {
            return;
        };
        let cols = table_ctx.columns.get_untracked();
        let is_visible = |id: &str| cols.iter().any(|(ci, _)| o.columns[*ci].id == id);
        let text = cols
            .iter()
            .flat_map(|(ci, _)| cell_parts(o, row, &o.columns[*ci], is_visible))
            .nth(index)
            .map(|sub| cell_description(self.lang, &row.activity, &sub));
        if let (Some(text), Some(p)) = (text, self.description.get_untracked()) {
            p.set_text_content(Some(&text));
            let _ = cell.set_attribute("aria-describedby", &id);
        }
    }

    /// Escape in a row's details: focus goes back to the cell Enter came from
    /// (or the row's toggle when that cell is gone).
    fn return_from(self, details: &Element) {
        let back = self
            .last_cell
            .get_value()
            .filter(|el| el.is_connected())
            .or_else(|| {
                details
                    .previous_element_sibling()
                    .and_then(|row| row.query_selector(".rm-row-toggle").ok().flatten())
            });
        if let (Some(back), Some(table)) = (back, self.table.get_untracked()) {
            move_tab_stop(&table, &back);
        }
    }
}

/// The grid's rows.
fn grid_rows(table: &Element) -> Vec<Element> {
    list(table, GRID_ROWS)
}

/// Every element under `root` matching `selector`.
fn list(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(nodes) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// The grid position of the cell holding `target`, and that cell.
fn locate(rows: &[Element], target: &Element) -> Option<(Pos, Element)> {
    let cell = closest(target, "th, td")?;
    let tr = cell.parent_element()?;
    let row = rows.iter().position(|r| *r == tr)?;
    let cells = tr.children();
    let col = (0..cells.length()).position(|i| cells.item(i).as_ref() == Some(&cell))?;
    Some((Pos { row, col }, cell))
}

/// What takes focus for a cell: the row header's toggle button, else the cell.
fn focus_target(cell: &Element) -> Element {
    cell.query_selector(".rm-row-toggle")
        .ok()
        .flatten()
        .unwrap_or_else(|| cell.clone())
}

/// Makes `to` the grid's one tab stop and focuses it.
fn move_tab_stop(table: &Element, to: &Element) {
    for el in list(table, "[tabindex=\"0\"]") {
        if el != *to {
            let _ = el.set_attribute("tabindex", "-1");
        }
    }
    let _ = to.set_attribute("tabindex", "0");
    if let Some(el) = to.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Puts the tab stop on the first grid cell when no shown cell has it.
fn ensure_tab_stop(table: &Element) {
    let rows = grid_rows(table);
    let in_grid = list(table, "[tabindex=\"0\"]")
        .into_iter()
        .any(|el| closest(&el, "tr").is_some_and(|tr| rows.contains(&tr)));
    if in_grid {
        return;
    }
    for el in list(table, "[tabindex=\"0\"]") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Some(first) = rows.first().and_then(|r| r.first_element_child()) {
        let _ = focus_target(&first).set_attribute("tabindex", "0");
    }
}

/// Focuses the details row of `row_id` once it is rendered (retrying for a
/// few frames while the open row mounts).
fn focus_details(table: Element, row_id: String, tries: u32) {
    request_animation_frame(move || {
        let selector = format!("tr[data-rm-details=\"{}\"] > td", css_escape(&row_id));
        match table.query_selector(&selector).ok().flatten() {
            Some(td) => {
                if let Some(td) = td.dyn_ref::<HtmlElement>() {
                    let _ = td.focus();
                }
            }
            None if tries > 0 => focus_details(table, row_id, tries - 1),
            None => {}
        }
    });
}

/// A row id made safe inside a quoted attribute selector.
fn css_escape(id: &str) -> String {
    id.replace('\\', "\\\\").replace('"', "\\\"")
}
