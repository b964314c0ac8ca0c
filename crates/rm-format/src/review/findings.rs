//! What an import found, as the review lists it: counts, names and every
//! reading with where it applies.

use crate::model::{ColumnKind, NoteKind, Offering, PartyKind};

/// One party as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundParty {
    pub id: String,
    pub name: String,
    pub kind: PartyKind,
}

/// One reading: an interpretation the import made, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// "the file", a section, a row, or a row's cell.
    pub at: String,
    pub text: String,
}

/// The review's summary of one imported offering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Findings {
    pub rows: usize,
    /// Section titles, in order.
    pub sections: Vec<String>,
    pub parties: Vec<FoundParty>,
    /// Responsibility columns (scopes) by label, in order.
    pub scopes: Vec<String>,
    /// Detail columns (free text) by label, in order.
    pub details: Vec<String>,
    /// Every reading: the file's, then each section's, row's and cell's.
    pub readings: Vec<Reading>,
}

impl Findings {
    /// The findings of `o`.
    pub fn of(o: &Offering) -> Findings {
        let mut readings: Vec<Reading> = o
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Reading)
            .map(|n| Reading {
                at: "the file".into(),
                text: n.text.to_string(),
            })
            .collect();
        for section in o.sections.iter() {
            for n in section.notes.iter().filter(|n| n.kind == NoteKind::Reading) {
                readings.push(Reading {
                    at: format!("section “{}”", section.title),
                    text: n.text.to_string(),
                });
            }
            for row in section.rows.iter() {
                for n in row.notes.iter().filter(|n| n.kind == NoteKind::Reading) {
                    readings.push(Reading {
                        at: format!("row “{}”", row.activity),
                        text: n.text.to_string(),
                    });
                }
                for entry in row.cells.iter() {
                    if let Some(text) = &entry.cell.reading {
                        let column = o
                            .column(&entry.column)
                            .map_or(&*entry.column, |c| &*c.label);
                        readings.push(Reading {
                            at: format!("row “{}”, column “{column}”", row.activity),
                            text: text.to_string(),
                        });
                    }
                }
            }
        }
        let columns = |kind: ColumnKind| {
            o.columns
                .iter()
                .filter(|c| c.kind == kind)
                .map(|c| c.label.to_string())
                .collect()
        };
        Findings {
            rows: o.row_count(),
            sections: o.sections.iter().map(|s| s.title.to_string()).collect(),
            parties: o
                .parties
                .iter()
                .map(|p| FoundParty {
                    id: p.id.to_string(),
                    name: p.name.to_string(),
                    kind: p.kind,
                })
                .collect(),
            scopes: columns(ColumnKind::Responsibility),
            details: columns(ColumnKind::Detail),
            readings,
        }
    }
}
