//! Take-over of a prerendered matrix: the live widget replaces the static
//! markup in place, in one task, so nothing is painted in between.
//!
//! The static markup is the same components rendered at build time
//! ([`crate::prerender`]), so the live table has the same size and the swap
//! moves nothing. What the reader did meanwhile is carried over: the scroll
//! position, and focus (the element at the same place in the new widget).
//! A swap, not hydration: see bench/README.md for the measurement.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// The static children of a mount point, recorded before the widget mounts.
pub struct StaticContent {
    nodes: Vec<Node>,
    /// Child-index path from the static widget root to the focused element.
    focus_path: Option<Vec<u32>>,
    scroll: (f64, f64),
}

impl StaticContent {
    /// Records what `target` holds now (nothing, on a page without prerendering).
    pub fn record(target: &HtmlElement) -> StaticContent {
        let children = target.child_nodes();
        let nodes = (0..children.length())
            .filter_map(|i| children.item(i))
            .collect();
        let window = web_sys::window();
        let scroll = window
            .as_ref()
            .map(|w| (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0)))
            .unwrap_or((0.0, 0.0));
        let focused = window
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let focus_path = focused.and_then(|f| {
            let root = widget_root(target)?;
            path_from(&root, &f)
        });
        StaticContent {
            nodes,
            focus_path,
            scroll,
        }
    }

    /// Whether there was prerendered content to take over.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Removes the static nodes (the live widget is mounted after them),
    /// moves focus to the same place in the live widget, keeps the scroll.
    pub fn replace(self, target: &HtmlElement) {
        target.set_attribute("data-rm-live", "").ok();
        if self.nodes.is_empty() {
            return;
        }
        for node in &self.nodes {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
        if let Some(path) = self.focus_path {
            let live = widget_root(target).and_then(|root| follow(&root, &path));
            if let Some(el) = live.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        }
        if let Some(w) = web_sys::window() {
            let (x, y) = self.scroll;
            if w.scroll_x().unwrap_or(x) != x || w.scroll_y().unwrap_or(y) != y {
                w.scroll_to_with_x_and_y(x, y);
            }
        }
    }
}

/// The first `[data-rm=widget]` element inside `target` (the static one
/// before the swap, the live one after it).
fn widget_root(target: &HtmlElement) -> Option<Element> {
    target.query_selector("[data-rm=widget]").ok().flatten()
}

/// The child-element indices leading from `root` down to `el`.
fn path_from(root: &Element, el: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = el.clone();
    while &current != root {
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index =
            (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&current))?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` under `root`, if the live markup has one there.
fn follow(root: &Element, path: &[u32]) -> Option<Element> {
    let mut current = root.clone();
    for &i in path {
        current = current.children().item(i)?;
    }
    Some(current)
}
