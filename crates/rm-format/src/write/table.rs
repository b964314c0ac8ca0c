//! The wide table every tabular writer shares (CSV, Markdown, XLSX): one
//! header row, one row per matrix row, and only the optional columns the
//! offering uses. The importers read this table back to the same rows and cells.

use super::cell_text;
use crate::import::slug;
use crate::model::{Column, Offering, Row, Section};

/// What one output column holds.
#[derive(Debug, Clone)]
pub enum Part {
    SectionTitle,
    SectionId,
    SectionNumber,
    SectionVariants,
    RowId,
    Activity,
    Domain,
    Variants,
    OwnerRole,
    Notes,
    /// A whole cell of column `column`.
    Cell {
        column: usize,
    },
    /// Party `party`'s own cell of split column `column`.
    PartyCell {
        column: usize,
        party: usize,
    },
    Source {
        column: usize,
    },
    Reading {
        column: usize,
    },
    Note {
        column: usize,
    },
    InferredFrom {
        column: usize,
    },
    Inference {
        column: usize,
    },
}

/// The table: headers, what each holds, and the text rows.
pub struct Table {
    pub headers: Vec<String>,
    /// What each column holds: the XLSX writer styles by it.
    #[cfg_attr(not(feature = "xlsx-write"), allow(dead_code))]
    pub parts: Vec<Part>,
    pub rows: Vec<Vec<String>>,
}

fn tags(c: &Column) -> String {
    let mut t = String::new();
    if c.kind == crate::model::ColumnKind::Detail {
        t.push_str(" [text]");
    }
    if slug(&c.label) != *c.id {
        t.push_str(&format!(" [id: {}]", c.id));
    }
    if !c.variants.is_empty() {
        t.push_str(&format!(" [variants: {}]", c.variants.join(" ")));
    }
    t
}

/// The text of `part` for `row` of `section`.
pub fn value(o: &Offering, section: &Section, row: &Row, part: &Part) -> String {
    let cell = |column: usize| row.cell(&o.columns[column].id);
    match part {
        Part::SectionTitle => section.title.to_string(),
        Part::SectionId => section.id.to_string(),
        Part::SectionNumber => section.number.as_deref().unwrap_or("").to_string(),
        Part::SectionVariants => section.variants.join(" "),
        Part::RowId => row.id.to_string(),
        Part::Activity => row.activity.to_string(),
        Part::Domain => row.domain.id().to_string(),
        Part::Variants => row.variants.join(" "),
        Part::OwnerRole => row.owner_role.as_deref().unwrap_or("").to_string(),
        Part::Notes => row
            .notes
            .iter()
            .map(|n| match n.kind {
                crate::model::NoteKind::Reading => format!("Reading: {}", n.text),
                crate::model::NoteKind::Note => n.text.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Part::Cell { column } => cell(*column)
            .map(|c| cell_text::cell(o, c))
            .unwrap_or_default(),
        Part::PartyCell { column, party } => {
            let Some(c) = cell(*column) else {
                return String::new();
            };
            let p = &o.parties[*party];
            if let Some(a) = c.assign.iter().find(|a| a.party == p.id) {
                cell_text::mark(o, a)
            } else if let (Some(s), 0) = (&c.status, *party) {
                cell_text::status(o, s)
            } else {
                String::new()
            }
        }
        Part::Source { column } => cell(*column)
            .map(|c| c.source_text.to_string())
            .unwrap_or_default(),
        Part::Reading { column } => cell(*column)
            .and_then(|c| c.reading.as_deref())
            .unwrap_or("")
            .to_string(),
        Part::Note { column } => cell(*column)
            .and_then(|c| c.note.as_deref())
            .unwrap_or("")
            .to_string(),
        Part::InferredFrom { column } => cell(*column)
            .and_then(|c| c.inference.as_ref())
            .map(|i| i.from.to_string())
            .unwrap_or_default(),
        Part::Inference { column } => cell(*column)
            .and_then(|c| c.inference.as_ref())
            .map(|i| i.reasoning.to_string())
            .unwrap_or_default(),
    }
}

/// The source text the importer gives a cell when no source column says otherwise.
fn default_source(o: &Offering, section: &Section, row: &Row, column: usize) -> String {
    let c = &o.columns[column];
    if !c.split_by_party {
        return value(o, section, row, &Part::Cell { column });
    }
    let parts: Vec<String> = (0..o.parties.len())
        .map(|party| {
            let v = value(o, section, row, &Part::PartyCell { column, party });
            format!(
                "{}: {}",
                o.parties[party].name,
                if v.is_empty() { "(blank)".into() } else { v }
            )
        })
        .collect();
    let all_blank = (0..o.parties.len())
        .all(|party| value(o, section, row, &Part::PartyCell { column, party }).is_empty());
    if all_blank {
        String::new()
    } else {
        parts.join("; ")
    }
}

/// The wide table of `o`.
pub fn build(o: &Offering) -> Table {
    let rows: Vec<(&Section, &Row)> = o.rows().collect();
    let any = |f: &dyn Fn(&Section, &Row) -> bool| rows.iter().any(|(s, r)| f(s, r));
    let mut headers = vec!["Section".to_string()];
    let mut parts = vec![Part::SectionTitle];
    let mut optional = |h: &str, p: Part, used: bool| {
        if used {
            headers.push(h.to_string());
            parts.push(p);
        }
    };
    optional(
        "Section id",
        Part::SectionId,
        any(&|s, _| slug(&s.title) != *s.id),
    );
    optional(
        "Section number",
        Part::SectionNumber,
        any(&|s, _| s.number.is_some()),
    );
    optional(
        "Section variants",
        Part::SectionVariants,
        any(&|s, _| !s.variants.is_empty()),
    );
    optional("Row id", Part::RowId, true);
    optional("Activity", Part::Activity, true);
    optional("Domain", Part::Domain, true);
    optional(
        "Variants",
        Part::Variants,
        any(&|_, r| !r.variants.is_empty()),
    );
    optional(
        "Owner role",
        Part::OwnerRole,
        any(&|_, r| r.owner_role.is_some()),
    );
    optional("Notes", Part::Notes, any(&|_, r| !r.notes.is_empty()));
    for (ci, c) in o.columns.iter().enumerate() {
        if c.split_by_party {
            for (pi, p) in o.parties.iter().enumerate() {
                headers.push(format!("{}: {}{}", c.label, p.name, tags(c)));
                parts.push(Part::PartyCell {
                    column: ci,
                    party: pi,
                });
            }
        } else {
            headers.push(format!("{}{}", c.label, tags(c)));
            parts.push(Part::Cell { column: ci });
        }
        fn cell<'r>(r: &'r Row, id: &str) -> Option<&'r crate::model::Cell> {
            r.cell(id)
        }
        if any(&|s, r| {
            cell(r, &c.id).is_some_and(|x| *x.source_text != default_source(o, s, r, ci))
        }) {
            headers.push(format!("{} source", c.label));
            parts.push(Part::Source { column: ci });
        }
        if any(&|_, r| cell(r, &c.id).is_some_and(|x| x.reading.is_some())) {
            headers.push(format!("{} reading", c.label));
            parts.push(Part::Reading { column: ci });
        }
        if any(&|_, r| cell(r, &c.id).is_some_and(|x| x.note.is_some())) {
            headers.push(format!("{} note", c.label));
            parts.push(Part::Note { column: ci });
        }
        if any(&|_, r| cell(r, &c.id).is_some_and(|x| x.inference.is_some())) {
            headers.push(format!("{} inferred from", c.label));
            parts.push(Part::InferredFrom { column: ci });
            headers.push(format!("{} inference", c.label));
            parts.push(Part::Inference { column: ci });
        }
    }
    let rows = rows
        .iter()
        .map(|(s, r)| parts.iter().map(|p| value(o, s, r, p)).collect())
        .collect();
    Table {
        headers,
        parts,
        rows,
    }
}
