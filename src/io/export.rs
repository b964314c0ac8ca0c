//! Export the current view: the rows and columns the table shows, as CSV,
//! Markdown or JSON.
//!
//! Plain Rust, no Leptos: [`crate::ui::export_bar`] only turns the text
//! into a download. Everything is computed from the same rules the table
//! uses — [`visible_rows`] and [`visible_columns`] for what is shown,
//! [`crate::rules::present`] for the words — so an export is the view, not the
//! whole offering.
//!
//! # The rule: exported text equals what the table shows
//!
//! - **Columns** are exactly the table's visible columns, in order, with the
//!   table's header labels. A column split by party becomes one column per
//!   party, named by the party, as in the table. CSV and Markdown start with a
//!   "Section" column (the sections are flattened into one grid, so each row
//!   keeps its section) and a "Service" column.
//! - **Rows** are exactly [`visible_rows`], in order: search, section, domain,
//!   party and "shared only" apply.
//! - **Cells** are the table's text: [`cell_text`] for a scope column,
//!   [`assignment_text`] per party for a split column ("RA", "✓", and `""`
//!   where the party is not assigned), [`status_text`] for a status, followed by
//!   "→ …" when a "Same as …" cell resolves to a visible column, as the table
//!   shows it. An assignment's note, which the table prints after its badges,
//!   follows in parentheses. Badges become words ("Rackspace, reactive only"),
//!   which is the wording search and the badges' tooltips use; the
//!   screen-reader-only words ("Shared.", "Yes", "Not assigned") and the
//!   "(chosen)" emphasis of a header are not part of the text.

use crate::rules::filter::{
    applicable_rows, visible_columns, visible_rows, ViewState, VisibleColumn,
};
use crate::rules::present::{assignment_text, cell_text, status_text};
use crate::rules::shared::resolve_same_as;
use rm_format::model::{Assignment, Cell, CellEntry, Column, Offering, Row, Section, Status};
use serde::Serialize;
use std::borrow::Cow;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 CSV (CRLF line ends, quotes only where needed), UTF-8.
    Csv,
    /// A GitHub-flavoured Markdown table with a title line and the source credit.
    Markdown,
    /// The offering filtered to the view, in the data format, plus a `view` object.
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Csv, Format::Markdown, Format::Json];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }

    /// The MIME type of the downloaded file.
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::Json => "application/json;charset=utf-8",
        }
    }

    /// The format's name as shown on its button.
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::Markdown => "Markdown",
            Format::Json => "JSON",
        }
    }
}

/// The file name of an export: `<offering>-<variant or all>.<csv|md|json>`.
pub fn file_name(o: &Offering, state: &ViewState, format: Format) -> String {
    let variant = state
        .variant
        .as_deref()
        .filter(|v| o.variant(v).is_some())
        .unwrap_or("all");
    format!("{}-{variant}.{}", o.id, format.extension())
}

/// The current view in `format`; an error is a readable reason (none is
/// expected: everything is written to memory), never a panic.
pub fn export(o: &Offering, state: &ViewState, format: Format) -> Result<String, String> {
    match format {
        Format::Csv => Ok(to_csv(o, state)),
        Format::Markdown => Ok(to_markdown(o, state)),
        Format::Json => to_json(o, state),
    }
}

/// One column of the exported grid (after "Section" and "Service").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridColumn {
    /// The `data-rm-col` of the table's cells: the column id, or the party id
    /// for a column split by party.
    pub id: String,
    /// The header label: the column's label, or the party's name.
    pub label: String,
}

/// One exported row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// The row id (`data-rm-row`).
    pub id: String,
    /// The section as its header row shows it ("3.1 Title" when numbered).
    pub section: String,
    /// The service (activity) as the source writes it.
    pub service: String,
    /// One text per [`GridColumn`], in order.
    pub cells: Vec<String>,
}

/// The view as a grid of text: what CSV and Markdown write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub columns: Vec<GridColumn>,
    pub rows: Vec<GridRow>,
}

impl Grid {
    /// The header row: "Section", "Service", then the columns' labels.
    pub fn header(&self) -> Vec<String> {
        ["Section", "Service"]
            .into_iter()
            .map(String::from)
            .chain(self.columns.iter().map(|c| c.label.clone()))
            .collect()
    }

    /// A row as a record: section, service, then the cells.
    pub fn record(row: &GridRow) -> Vec<String> {
        [row.section.clone(), row.service.clone()]
            .into_iter()
            .chain(row.cells.iter().cloned())
            .collect()
    }
}

/// The section as its header row in the table shows it.
pub fn section_label(s: &Section) -> String {
    match &s.number {
        Some(n) => format!("{n} {}", s.title),
        None => s.title.to_string(),
    }
}

/// The grid of the current view (see the module's rule).
pub fn grid(o: &Offering, state: &ViewState) -> Grid {
    let cols = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let columns = cols
        .iter()
        .flat_map(|c| grid_columns(o, c.column))
        .collect();
    let rows = visible_rows(o, state)
        .iter()
        .map(|vr| GridRow {
            id: vr.row.id.to_string(),
            section: section_label(vr.section),
            service: vr.row.activity.to_string(),
            cells: cols
                .iter()
                .flat_map(|c| row_cells(o, vr.row, c.column, &is_visible))
                .collect(),
        })
        .collect();
    Grid { columns, rows }
}

fn grid_columns(o: &Offering, c: &Column) -> Vec<GridColumn> {
    if c.split_by_party {
        o.parties
            .iter()
            .map(|p| GridColumn {
                id: p.id.to_string(),
                label: p.name.to_string(),
            })
            .collect()
    } else {
        vec![GridColumn {
            id: c.id.to_string(),
            label: c.label.to_string(),
        }]
    }
}

/// The texts of one column for one row: one, or one per party when split.
fn row_cells(o: &Offering, r: &Row, c: &Column, is_visible: &dyn Fn(&str) -> bool) -> Vec<String> {
    let Some(cell) = r.cell(&c.id) else {
        // Validation guarantees a cell per column; the table shows "—" if not.
        let n = if c.split_by_party { o.parties.len() } else { 1 };
        return vec!["—".to_string(); n];
    };
    if c.split_by_party {
        return o
            .parties
            .iter()
            .map(|p| match &cell.status {
                Some(st) => status_shown(o, r, cell, st, is_visible),
                None => cell
                    .assign
                    .iter()
                    .find(|a| a.party == p.id)
                    .map(|a| assignment_shown(o, a, false))
                    .unwrap_or_default(),
            })
            .collect();
    }
    let text = if let Some(t) = &cell.text {
        t.to_string()
    } else if let Some(st) = &cell.status {
        status_shown(o, r, cell, st, is_visible)
    } else {
        cell.assign
            .iter()
            .map(|a| assignment_shown(o, a, true))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    vec![text]
}

/// An assignment as the table shows it: its words, then its note.
fn assignment_shown(o: &Offering, a: &Assignment, with_party: bool) -> String {
    let text = assignment_text(o, a, with_party);
    match &a.note {
        Some(note) => format!("{text} ({note})"),
        None => text,
    }
}

/// A status as the table shows it, with "→ …" when "Same as" resolves.
fn status_shown(
    o: &Offering,
    r: &Row,
    cell: &Cell,
    st: &Status,
    is_visible: &dyn Fn(&str) -> bool,
) -> String {
    let text = status_text(o, st);
    match resolve_same_as(r, cell, is_visible) {
        Some((_, target)) => format!("{text} → {}", cell_text(o, target)),
        None => text,
    }
}

/// The view as RFC 4180 CSV: a header row ([`Grid::header`]) and one record
/// per visible row; CRLF line ends; fields quoted when they hold a comma, a
/// quote or a line break ([`csv_record`]).
pub fn to_csv(o: &Offering, state: &ViewState) -> String {
    let grid = grid(o, state);
    let mut out = String::new();
    csv_record(&mut out, grid.header().iter().map(String::as_str));
    for row in &grid.rows {
        csv_record(&mut out, Grid::record(row).iter().map(String::as_str));
    }
    out
}

/// Appends one RFC 4180 record and its CRLF. A field is quoted (its quotes
/// doubled) only when it holds a comma, a quote or a line break; a record of
/// one empty field is written `""` so that it is not an empty line. (Written
/// here rather than with the `csv` crate, which with its float-formatting
/// tables cost 19 KB of gzipped wasm; the tests read the output back with
/// that crate.)
pub fn csv_record<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    let mut fields = fields.into_iter().peekable();
    let mut first = true;
    while let Some(field) = fields.next() {
        if !first {
            out.push(',');
        }
        let lone_empty = first && field.is_empty() && fields.peek().is_none();
        first = false;
        if lone_empty || field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

/// Escapes text for one cell of a Markdown table: backslash-escapes `|` and
/// the characters that would start inline markup (`\ * _ ` [ ] < >`), turns
/// line breaks into `<br>`, and keeps leading and trailing spaces as `&#32;`
/// (a table cell's own spaces are trimmed by Markdown).
pub fn markdown_escape(text: &str) -> String {
    let body = text.trim_matches(' ');
    let leading = text.len() - text.trim_start_matches(' ').len();
    let trailing = if body.is_empty() {
        0
    } else {
        text.len() - text.trim_end_matches(' ').len()
    };
    let mut out = "&#32;".repeat(leading);
    let mut chars = body.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(ch),
        }
    }
    out.push_str(&"&#32;".repeat(trailing));
    out
}

/// The table's caption: "<offering>: who is responsible for each service (<variant>)".
pub fn caption(o: &Offering, state: &ViewState) -> String {
    match state.variant.as_deref().and_then(|v| o.variant(v)) {
        Some(v) => format!(
            "{}: who is responsible for each service ({})",
            o.title, v.label
        ),
        None => format!("{}: who is responsible for each service", o.title),
    }
}

/// The source credit: title, publisher (or the provider), date and link, then
/// the rest of [`rm_format::model::Source::provenance`] (licence, last checked…).
pub fn source_credit(o: &Offering) -> String {
    let src = &o.source;
    let publisher = src.publisher.as_deref().unwrap_or(&o.provider);
    let mut s = format!("Source: {}, {publisher}", src.title);
    if let Some(d) = &src.date {
        s.push_str(&format!(", {d}"));
    }
    if let Some(u) = &src.url {
        s.push_str(&format!(" — {u}"));
    }
    for (label, value) in src.provenance() {
        if !matches!(label, "Title" | "Publisher" | "Date" | "Link") {
            s.push_str(&format!("; {label}: {value}"));
        }
    }
    s
}

/// What narrows the view, in words ("search “patch”; shared only"); empty when nothing does.
pub fn filters_text(o: &Offering, state: &ViewState) -> String {
    let mut parts = Vec::new();
    if !state.query.trim().is_empty() {
        parts.push(format!("search “{}”", state.query.trim()));
    }
    if let Some(id) = &state.section {
        let label = o
            .sections
            .iter()
            .find(|s| s.id == *id)
            .map(section_label)
            .unwrap_or_else(|| id.clone());
        parts.push(format!("section {label}"));
    }
    if let Some(d) = state.domain {
        parts.push(format!("domain {}", d.label()));
    }
    if let Some(p) = &state.party {
        let name = o
            .party(p)
            .map(|p| p.name.to_string())
            .unwrap_or_else(|| p.clone());
        parts.push(format!("responsible party {name}"));
    }
    if state.shared_only {
        parts.push("shared only".to_string());
    }
    parts.join("; ")
}

/// The view as a Markdown table: the caption as a `#` title line, a line with
/// the filters and "N of M services", the table ([`Grid::header`] and one line
/// per visible row, every cell [`markdown_escape`]d), and the source credit
/// as the last line.
pub fn to_markdown(o: &Offering, state: &ViewState) -> String {
    let grid = grid(o, state);
    let mut md = format!("# {}\n\n", markdown_escape(&caption(o, state)));
    let count = format!(
        "{} of {} services",
        grid.rows.len(),
        applicable_rows(o, state).len()
    );
    let filters = filters_text(o, state);
    push_filter_line(&mut md, &filters, &count);
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| markdown_escape(c)).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let header = grid.header();
    md.push_str(&line(header.clone()));
    md.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for row in &grid.rows {
        md.push_str(&line(Grid::record(row)));
    }
    md.push('\n');
    md.push_str(&markdown_escape(&source_credit(o)));
    md.push('\n');
    md
}

/// The offering cut down to the view, in the data format (`data/schema.json`):
/// only the visible columns, the sections with visible rows, the visible rows,
/// and in each row only the visible columns' cells. A "Same as" cell keeps
/// only the visible columns it points to (all of them if none is visible), so
/// it refers to columns the file still has. Parties, variants, definitions,
/// reference tables and notes are kept whole.
pub fn filtered_offering(o: &Offering, state: &ViewState) -> Offering {
    let cols: Vec<VisibleColumn> = visible_columns(o, state);
    let is_visible = |id: &str| cols.iter().any(|c| c.column.id == id);
    let rows = visible_rows(o, state);
    let mut sections: Vec<Section> = Vec::new();
    for vr in &rows {
        let row = Row {
            cells: Cow::Owned(
                cols.iter()
                    .filter_map(|c| {
                        let cell = vr.row.cell(&c.column.id)?;
                        Some(CellEntry {
                            column: c.column.id.clone(),
                            cell: cell_in_view(cell, &is_visible),
                        })
                    })
                    .collect(),
            ),
            ..vr.row.clone()
        };
        match sections.last_mut() {
            Some(s) if s.id == vr.section.id => s.rows.to_mut().push(row),
            _ => sections.push(Section {
                rows: Cow::Owned(vec![row]),
                ..vr.section.clone()
            }),
        }
    }
    Offering {
        columns: Cow::Owned(cols.iter().map(|c| c.column.clone()).collect()),
        sections: Cow::Owned(sections),
        ..o.clone()
    }
}

fn cell_in_view(cell: &Cell, is_visible: &dyn Fn(&str) -> bool) -> Cell {
    match &cell.status {
        Some(Status::SameAs { columns }) if columns.iter().any(|c| is_visible(c)) => Cell {
            status: Some(Status::SameAs {
                columns: Cow::Owned(columns.iter().filter(|c| is_visible(c)).cloned().collect()),
            }),
            ..cell.clone()
        },
        _ => cell.clone(),
    }
}

/// The `view` object of a JSON export: what produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewInfo {
    /// The offering id.
    pub offering: String,
    /// The chosen variant id; `null` for all types.
    pub variant: Option<String>,
    /// The search text ("" when none).
    pub query: String,
    pub filters: FilterInfo,
    /// Other variants' columns kept visible.
    pub show_other_columns: bool,
    /// The URL hash that opens this view (`#o=…`).
    pub link: String,
    /// Rows exported and rows the variant applies to ("N of M services").
    pub rows: usize,
    pub total_rows: usize,
}

/// The filters of a [`ViewInfo`]; `null` / `false` when not set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FilterInfo {
    pub section: Option<String>,
    pub domain: Option<&'static str>,
    pub party: Option<String>,
    pub shared_only: bool,
}

/// The `view` object of the current view.
pub fn view_info(o: &Offering, state: &ViewState) -> ViewInfo {
    ViewInfo {
        offering: o.id.to_string(),
        variant: state.variant.clone(),
        query: state.query.clone(),
        filters: FilterInfo {
            section: state.section.clone(),
            domain: state.domain.map(|d| d.id()),
            party: state.party.clone(),
            shared_only: state.shared_only,
        },
        show_other_columns: state.show_other_columns,
        link: format!("#{}", crate::io::url_state::encode(state)),
        rows: visible_rows(o, state).len(),
        total_rows: applicable_rows(o, state).len(),
    }
}

#[derive(Serialize)]
struct JsonExport<'a> {
    #[serde(flatten)]
    offering: &'a Offering,
    view: ViewInfo,
}

/// The view as JSON: [`filtered_offering`], serialised with the model's own
/// serde (so it reads back with the data loader once `view` is removed),
/// followed by a `view` object ([`ViewInfo`]); pretty-printed.
pub fn to_json(o: &Offering, state: &ViewState) -> Result<String, String> {
    let export = JsonExport {
        offering: &filtered_offering(o, state),
        view: view_info(o, state),
    };
    let mut s = serde_json::to_string_pretty(&export)
        .map_err(|e| format!("could not write the JSON: {e}"))?;
    s.push('\n');
    Ok(s)
}

/// The file name of a checklist export: `<offering>-<variant or all>-<party>-checklist.<csv|md>`.
pub fn checklist_file_name(o: &Offering, state: &ViewState, party: &str, format: Format) -> String {
    let variant = state
        .variant
        .as_deref()
        .filter(|v| o.variant(v).is_some())
        .unwrap_or("all");
    format!(
        "{}-{variant}-{party}-checklist.{}",
        o.id,
        format.extension()
    )
}

/// The checklist's title: "What Customer owns: <offering> (<variant>)".
pub fn checklist_title(o: &Offering, state: &ViewState, party: &str) -> String {
    let name = o.party(party).map(|p| &*p.name).unwrap_or(party);
    match state.variant.as_deref().and_then(|v| o.variant(v)) {
        Some(v) => format!("What {name} owns: {} ({})", o.title, v.label),
        None => format!("What {name} owns: {}", o.title),
    }
}

/// A party's checklist ([`crate::rules::summary::checklist_items`]) as CSV: Section,
/// Service, Holds (the party's part, "; "-separated), Shared (yes/no).
pub fn checklist_csv(o: &Offering, state: &ViewState, party: &str) -> String {
    let mut out = String::new();
    csv_record(&mut out, ["Section", "Service", "Holds", "Shared"]);
    for (section, items) in crate::rules::summary::checklist_items(o, state, party) {
        for item in items {
            let holds = item.holds.join("; ");
            csv_record(
                &mut out,
                [
                    section.title.as_str(),
                    item.activity.as_str(),
                    holds.as_str(),
                    if item.shared { "yes" } else { "no" },
                ],
            );
        }
    }
    out
}

/// A party's checklist as Markdown: a title line, the count, one `##` heading
/// per section with its count, a task-list line (`- [ ]`) per service with
/// what the party holds, and the source credit.
pub fn checklist_markdown(o: &Offering, state: &ViewState, party: &str) -> String {
    let sections = crate::rules::summary::checklist_items(o, state, party);
    let total: usize = sections.iter().map(|(_, items)| items.len()).sum();
    let mut md = format!(
        "# {}\n\n",
        markdown_escape(&checklist_title(o, state, party))
    );
    let filters = filters_text(
        o,
        &ViewState {
            party: None,
            ..state.clone()
        },
    );
    let count = format!(
        "{total} service{} in {} section{}",
        if total == 1 { "" } else { "s" },
        sections.len(),
        if sections.len() == 1 { "" } else { "s" }
    );
    push_filter_line(&mut md, &filters, &count);
    for (section, items) in &sections {
        md.push_str(&format!(
            "## {} ({})\n\n",
            markdown_escape(&section.title),
            items.len()
        ));
        for item in items {
            let mut line = format!("- [ ] {}", markdown_escape(&item.activity));
            if !item.holds.is_empty() {
                line.push_str(&format!(" — {}", markdown_escape(&item.holds.join("; "))));
            }
            if item.shared {
                line.push_str(" (shared)");
            }
            md.push_str(&line);
            md.push('\n');
        }
        md.push('\n');
    }
    md.push_str(&markdown_escape(&source_credit(o)));
    md.push('\n');
    md
}

/// "Filtered by …: N services." (or just the count) as a Markdown paragraph.
fn push_filter_line(md: &mut String, filters: &str, count: &str) {
    if filters.is_empty() {
        md.push_str(&format!("{}.\n\n", markdown_escape(count)));
    } else {
        md.push_str(&format!(
            "Filtered by {}: {}.\n\n",
            markdown_escape(filters),
            markdown_escape(count)
        ));
    }
}
