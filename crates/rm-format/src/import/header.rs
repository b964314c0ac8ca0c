//! What a table's header names: the row fields (section, id, activity,
//! domain, notes…), the long shape's party and role, companion columns
//! ("RACI source"), and the cell columns with their tags (`[text]`,
//! `[id: …]`, `[variants: …]`) and split groups ("RACI: Customer").

use super::words::{norm, CUSTOMER_WORDS, PROVIDER_WORDS};

#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Section,
    SectionId,
    SectionNumber,
    SectionVariants,
    RowId,
    Activity,
    Domain,
    Variants,
    OwnerRole,
    Notes,
    /// Long shape: who.
    Party,
    /// Long shape: the party's RACI letters, tick or qualifier.
    Role,
    /// Long shape: which column the line is for.
    Scope,
    /// "X source" / "X reading" / "X note" for the column labelled X (normalised).
    Companion {
        of: String,
        what: Companion,
    },
    Cell(CellHeader),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Companion {
    Source = 0,
    Reading = 1,
    Note = 2,
    /// The source sentence an inferred cell was inferred from.
    InferredFrom = 3,
    /// How the inferred value follows from that sentence.
    Inference = 4,
}

/// A cell column's header, tags read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellHeader {
    pub label: String,
    /// "RACI: Customer" → group "RACI", party "Customer".
    pub group: Option<String>,
    pub party: Option<String>,
    /// `[text]`: a detail column.
    pub detail: bool,
    /// `[id: …]`.
    pub id: Option<String>,
    /// `[variants: a b]`.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub field: Field,
}

const FIELDS: &[(&[&str], fn() -> Field)] = &[
    (
        &[
            "section",
            "group",
            "area",
            "chapter",
            "heading",
            "family",
            "control family",
        ],
        || Field::Section,
    ),
    (&["section id"], || Field::SectionId),
    (&["section number", "section no", "section #"], || {
        Field::SectionNumber
    }),
    (&["section variants"], || Field::SectionVariants),
    (
        &[
            "id",
            "row id",
            "ref",
            "reference",
            "control id",
            "control",
            "item id",
            "#",
            "no",
            "req id",
            "requirement id",
        ],
        || Field::RowId,
    ),
    (
        &[
            "activity",
            "activities",
            "task",
            "tasks",
            "service",
            "services",
            "function",
            "item",
            "requirement",
            "control title",
            "control name",
            "title",
            "name",
            "capability",
            "process",
            "deliverable",
            "topic",
            "feature",
            "operation",
            "description",
            "control description",
            "responsibility area",
        ],
        || Field::Activity,
    ),
    (&["domain"], || Field::Domain),
    (&["variants", "variant", "applies to"], || Field::Variants),
    (&["owner role"], || Field::OwnerRole),
    (
        &[
            "notes", "note", "comments", "comment", "remarks", "remark", "guidance", "details",
        ],
        || Field::Notes,
    ),
    (
        &[
            "party",
            "responsible party",
            "actor",
            "performed by",
            "owner",
            "who",
        ],
        || Field::Party,
    ),
    (
        &[
            "role",
            "raci",
            "raci role",
            "raci letter",
            "raci letters",
            "responsibility type",
            "involvement",
            "qualifier",
            "responsibility level",
        ],
        || Field::Role,
    ),
    (&["scope", "column", "layer", "tier"], || Field::Scope),
];

/// Reads every header cell.
pub fn classify(cells: &[String]) -> Vec<Header> {
    let mut headers: Vec<Header> = cells
        .iter()
        .map(|c| Header { field: field_of(c) })
        .collect();
    let has = |f: &Field, hs: &[Header]| hs.iter().any(|h| h.field == *f);
    // "Who" and "Role" are row fields only as a pair (the long shape); alone
    // they are ordinary cell columns.
    let long = has(&Field::Party, &headers) && has(&Field::Role, &headers);
    if !long {
        for (h, c) in headers.iter_mut().zip(cells) {
            if matches!(h.field, Field::Party | Field::Role | Field::Scope) {
                h.field = Field::Cell(cell_header(c));
            }
        }
    }
    // The first of a repeated field wins; later ones are cell columns.
    let mut seen: Vec<Field> = Vec::new();
    for (h, c) in headers.iter_mut().zip(cells) {
        if matches!(h.field, Field::Cell(_) | Field::Companion { .. }) {
            continue;
        }
        if seen.contains(&h.field) {
            h.field = Field::Cell(cell_header(c));
        } else {
            seen.push(h.field.clone());
        }
    }
    // "X: P" is a party of split column X when another header shares X, or P is a party word.
    let groups: Vec<Option<String>> = headers
        .iter()
        .map(|h| match &h.field {
            Field::Cell(ch) => ch.group.clone(),
            _ => None,
        })
        .collect();
    for (i, h) in headers.iter_mut().enumerate() {
        if let Field::Cell(ch) = &mut h.field {
            if let (Some(g), Some(p)) = (&ch.group, &ch.party) {
                let shared = groups
                    .iter()
                    .enumerate()
                    .any(|(j, o)| j != i && o.as_ref() == Some(g));
                let n = norm(p);
                if !shared
                    && !CUSTOMER_WORDS.contains(&n.as_str())
                    && !PROVIDER_WORDS.contains(&n.as_str())
                {
                    ch.group = None;
                    ch.party = None;
                }
            }
        }
    }
    // Companions name an existing column label.
    let labels: Vec<String> = headers
        .iter()
        .filter_map(|h| match &h.field {
            Field::Cell(ch) => Some(norm(ch.group.as_deref().unwrap_or(&ch.label))),
            _ => None,
        })
        .collect();
    for (h, c) in headers.iter_mut().zip(cells) {
        let n = norm(c);
        for (suffix, what) in [
            (" source", Companion::Source),
            (" reading", Companion::Reading),
            (" note", Companion::Note),
            (" inferred from", Companion::InferredFrom),
            (" inference", Companion::Inference),
        ] {
            if let Some(of) = n.strip_suffix(suffix) {
                if labels.iter().any(|l| l == of) {
                    h.field = Field::Companion {
                        of: of.to_string(),
                        what,
                    };
                }
            }
        }
    }
    headers
}

fn field_of(cell: &str) -> Field {
    let n = norm(&strip_markup(cell));
    for (names, make) in FIELDS {
        if names.contains(&n.as_str()) {
            return make();
        }
    }
    Field::Cell(cell_header(cell))
}

/// `**Bold**` and `_emphasis_` around a Markdown header.
pub fn strip_markup(cell: &str) -> String {
    let t = cell.trim();
    for mark in ["**", "__", "*", "_", "`"] {
        if let Some(inner) = t.strip_prefix(mark).and_then(|s| s.strip_suffix(mark)) {
            if !inner.is_empty() {
                return inner.trim().to_string();
            }
        }
    }
    t.to_string()
}

fn cell_header(cell: &str) -> CellHeader {
    let mut label = strip_markup(cell);
    let mut h = CellHeader::default();
    while label.ends_with(']') {
        let Some(open) = label.rfind(" [") else { break };
        let tag = label[open + 2..label.len() - 1].trim().to_string();
        if tag == "text" {
            h.detail = true;
        } else if let Some(id) = tag.strip_prefix("id:") {
            h.id = Some(id.trim().to_string());
        } else if let Some(v) = tag.strip_prefix("variants:") {
            h.variants = v.split_whitespace().map(str::to_string).collect();
        } else {
            break;
        }
        label.truncate(open);
    }
    if let Some((group, party)) = label.split_once(": ") {
        if !group.trim().is_empty() && !party.trim().is_empty() {
            h.group = Some(group.trim().to_string());
            h.party = Some(party.trim().to_string());
        }
    }
    h.label = label.trim().to_string();
    h
}
