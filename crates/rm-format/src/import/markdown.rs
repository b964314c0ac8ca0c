//! GitHub-flavoured Markdown tables (as the seeds' Hyper-V and OVHcloud
//! tables are written): every table with the same columns as the first
//! matrix table joins one grid, its section the heading above it (or, as in
//! the Hyper-V seed, its first header cell). Other tables are kept whole as
//! reference tables. Rows missing trailing cells are padded with blanks.

use super::header::strip_markup;
use super::{slug, table, Grid, ImportOptions};
use crate::model::{Offering, ReferenceTable};
use crate::validate::ValidationError;
use std::borrow::Cow;

struct MdTable {
    heading: Option<String>,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
    line: usize,
}

pub fn import(
    file: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    let tables = tables(text);
    let is_matrix = |t: &MdTable| t.header.len() >= 2 && !t.rows.is_empty();
    let Some(first) = tables.iter().position(is_matrix) else {
        return Err(super::error(
            file,
            "",
            "no Markdown table with at least two columns and one row",
        ));
    };
    let shape: Vec<String> = tables[first].header[1..]
        .iter()
        .map(|h| strip_markup(h).to_lowercase())
        .collect();
    let mut grid = Grid {
        format: "Markdown tables".into(),
        ..Grid::default()
    };
    // A table with its own Section column (as our writer writes) is read as it is.
    let direct = tables[first]
        .header
        .iter()
        .any(|h| strip_markup(h).eq_ignore_ascii_case("section"));
    let mut header = if direct {
        Vec::new()
    } else {
        vec!["Section".to_string()]
    };
    if !direct {
        header.push("Activity".to_string());
    }
    header.extend(
        tables[first].header[usize::from(!direct)..]
            .iter()
            .map(|h| strip_markup(h)),
    );
    let width = header.len();
    grid.rows.push(header);
    grid.lines.push(tables[first].line);
    for (k, t) in tables.iter().enumerate() {
        let same = is_matrix(t)
            && t.header[1..]
                .iter()
                .map(|h| strip_markup(h).to_lowercase())
                .collect::<Vec<_>>()
                == shape;
        if !same {
            let mut headers: Vec<Cow<'static, str>> = t
                .header
                .iter()
                .map(|h| Cow::Owned(strip_markup(h)))
                .collect();
            let n = t
                .rows
                .iter()
                .map(|(_, r)| r.len())
                .max()
                .unwrap_or(0)
                .max(headers.len());
            while headers.len() < n {
                headers.push(Cow::Borrowed(""));
            }
            let title = t
                .heading
                .clone()
                .unwrap_or_else(|| strip_markup(&t.header[0]));
            grid.notes.push(format!("The table “{title}” (line {}) has other columns than the matrix; kept as a reference table.", t.line));
            grid.reference_tables.push(ReferenceTable {
                id: Cow::Owned(format!("{}-{k}", slug(&title))),
                title: Cow::Owned(title),
                rows: Cow::Owned(
                    t.rows
                        .iter()
                        .map(|(_, r)| {
                            let mut r: Vec<Cow<'static, str>> =
                                r.iter().cloned().map(Cow::Owned).collect();
                            r.resize(n, Cow::Borrowed(""));
                            Cow::Owned(r)
                        })
                        .collect(),
                ),
                headers: Cow::Owned(headers),
                notes: Cow::Owned(Vec::new()),
            });
            continue;
        }
        let first_header = strip_markup(&t.header[0]);
        let activity_word = matches!(
            first_header.to_lowercase().as_str(),
            "activity" | "activities" | "task" | "service" | "item" | ""
        );
        let section = match (&t.heading, activity_word) {
            (_, false) => first_header.clone(),
            (Some(h), true) => h.clone(),
            (None, true) => "Responsibilities".to_string(),
        };
        if !activity_word && t.heading.is_none() {
            grid.notes.push(format!(
                "The first header cell “{first_header}” (line {}) is read as the section title.",
                t.line
            ));
        }
        for (line, r) in &t.rows {
            let mut row = if direct {
                Vec::new()
            } else {
                vec![section.clone()]
            };
            row.extend(r.iter().cloned());
            row.resize(width, String::new());
            if r.len() + usize::from(!direct) < width {
                grid.notes.push(format!("Line {line} has {} cells for {} columns; the missing trailing cells are read as blank.", r.len(), width - 1));
            }
            grid.rows.push(row);
            grid.lines.push(*line);
        }
    }
    table::import(file, grid, options)
}

/// Every pipe table, with the nearest heading above it.
fn tables(text: &str) -> Vec<MdTable> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut heading = None;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i].trim();
        if let Some(h) = l.strip_prefix('#') {
            heading = Some(
                h.trim_start_matches('#')
                    .trim()
                    .trim_end_matches('#')
                    .trim()
                    .to_string(),
            );
            i += 1;
            continue;
        }
        if l.contains('|') && lines.get(i + 1).is_some_and(|d| is_delimiter(d)) {
            let header = cells(l);
            let mut rows = Vec::new();
            let mut j = i + 2;
            while j < lines.len() && lines[j].contains('|') && !lines[j].trim().is_empty() {
                rows.push((j + 1, cells(lines[j])));
                j += 1;
            }
            out.push(MdTable {
                heading: heading.take(),
                header,
                rows,
                line: i + 1,
            });
            i = j;
            continue;
        }
        i += 1;
    }
    out
}

fn is_delimiter(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// The cells of a pipe-table line; `\|` is a literal pipe.
fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = if t.ends_with('|') && !t.ends_with("\\|") {
        &t[..t.len() - 1]
    } else {
        t
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out.into_iter().map(|c| c.replace("<br>", "\n")).collect()
}
