//! The UI's import graph, read from the source: no file imports the widget
//! shell but the entry points, and no chain of imports leads back to where it
//! started, so each UI file can be read (and later loaded) on its own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, in order (the hooks test reads them too).
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// `src/ui/table/row.rs` → `ui::table::row`; `src/ui/table/mod.rs` → `ui::table`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src/");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The UI modules `text` (the source of `module`, a `mod.rs` when `is_dir`)
/// names through `crate::ui::…` or `super::…`, resolved to the longest known module.
fn references(
    module: &str,
    is_dir: bool,
    text: &str,
    known: &BTreeSet<String>,
) -> BTreeSet<String> {
    // `super` of `ui::table::row` and of `ui::table` (its `mod.rs`) alike.
    let parent = module
        .rsplit_once("::")
        .map_or(String::new(), |(p, _)| p.to_string());
    let mut found = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (prefix, base) in [("crate::ui::", "ui".to_string()), ("super::", parent)] {
        for (at, _) in code.match_indices(prefix) {
            // `xsuper::` or `a::super::` are not this prefix.
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest = &code[at + prefix.len()..];
            let path: Vec<&str> = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or_default()
                .split("::")
                .filter(|s| !s.is_empty())
                .collect();
            let mut target = base.clone();
            let mut best = None;
            for segment in path {
                target = format!("{target}::{segment}");
                if known.contains(&target) {
                    best = Some(target.clone());
                }
            }
            if let Some(t) = best.filter(|t| t != module) {
                found.insert(t);
            }
        }
    }
    // `use name::…` of a child module declared here (`mod name;`).
    for line in code.lines() {
        let line = line.trim_start();
        let Some(rest) = line
            .strip_prefix("use ")
            .or_else(|| line.strip_prefix("pub use "))
        else {
            continue;
        };
        let head = rest.split("::").next().unwrap_or_default();
        let child = format!("{module}::{head}");
        if is_dir && known.contains(&child) {
            found.insert(child);
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("ui"), &mut files);
    let known: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    files
        .iter()
        .map(|f| {
            let text =
                std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let module = module_of(&src, f);
            let is_dir = f.file_name().is_some_and(|n| n == "mod.rs");
            let refs = references(&module, is_dir, &text, &known);
            (module, refs)
        })
        .collect()
}

/// A cycle through `node`, if there is one (depth-first search).
fn cycle(
    graph: &BTreeMap<String, BTreeSet<String>>,
    node: &str,
    path: &mut Vec<String>,
    done: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|p| p == node) {
        let mut circle = path[at..].to_vec();
        circle.push(node.to_string());
        return Some(circle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_string());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(c) = cycle(graph, next, path, done) {
            return Some(c);
        }
    }
    path.pop();
    done.insert(node.to_string());
    None
}

#[test]
fn the_graph_is_read_from_the_source() {
    let g = graph();
    // Known edges, so a parser that finds nothing cannot pass the other tests.
    assert!(
        g["ui::widget"].contains("ui::table"),
        "{:?}",
        g["ui::widget"]
    );
    assert!(g["ui::widget"].contains("ui::context"));
    assert!(g["ui::table::row"].contains("ui::table::cell"));
    assert!(
        g["ui::table"].contains("ui::table::lines"),
        "{:?}",
        g["ui::table"]
    );
    assert!(g["ui::controls"].contains("ui::common"));
}

#[test]
fn only_the_ui_root_imports_the_widget_shell() {
    let g = graph();
    let importers: Vec<&String> = g
        .iter()
        .filter(|(_, refs)| refs.contains("ui::widget"))
        .map(|(m, _)| m)
        .collect();
    assert!(
        importers.is_empty(),
        "import the widget shell: {importers:?}"
    );
}

#[test]
fn the_ui_has_no_import_circle() {
    let g = graph();
    let mut done = BTreeSet::new();
    for node in g.keys() {
        let found = cycle(&g, node, &mut Vec::new(), &mut done);
        assert_eq!(found, None, "an import circle");
    }
}
