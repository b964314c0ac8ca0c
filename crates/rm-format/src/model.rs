//! The responsibility-matrix data model: one set of types for every offering.
//!
//! One set of types serves the build script (which validates `data/*.json` and
//! compiles it in), the widget (which parses that JSON, and bring-your-own
//! matrices, at run time) and the schema (`schemars` derives `data/schema.json`
//! from them natively), so the schema, the validator and the renderer cannot
//! drift apart.
//!
//! Text and lists are `Cow<'static, _>` so that one type serves both
//! constants (`Cow::Borrowed`, e.g. `catalog::UNREADABLE`) and data parsed at
//! run time (`Cow::Owned`: the built-in catalog and bring-your-own matrices).

pub use crate::source::Source;
pub use crate::vocab::{Domain, Qualifier};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text that is either compiled in (`&'static str`) or owned.
pub type Text = Cow<'static, str>;
/// A list that is either compiled in (`&'static [T]`) or owned.
pub type List<T> = Cow<'static, [T]>;

/// One managed-hosting offering and its responsibility matrix: one file in `data/`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Offering {
    /// Stable id, used in URLs and embed attributes (`vmware`, `ovhcloud-kubernetes`).
    pub id: Text,
    /// Display title ("VMware Server Virtualization").
    pub title: Text,
    /// Who sells it ("Rackspace Technology").
    pub provider: Text,
    /// One or two sentences shown under the picker.
    pub summary: Text,
    /// Where the matrix was transcribed from.
    pub source: Source,
    /// Who can hold a responsibility: the provider, the customer, rarely a third party.
    pub parties: List<Party>,
    /// The matrix columns (VMware: one per layer; most others: one, split by party).
    pub columns: List<Column>,
    /// The user's "OS/VM type" choice, when the offering has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variants: Option<VariantDimension>,
    /// Sections in source order, each with its rows.
    pub sections: List<Section>,
    /// Terms the source defines (RACI letters, application categories…).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub definitions: List<Definition>,
    /// Tables in the source that are not responsibilities (SLA response times…).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub reference_tables: List<ReferenceTable>,
    /// Offering-wide notes, including how the source's layout was read.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub notes: List<Note>,
}

fn is_empty<T: Clone>(list: &List<T>) -> bool {
    list.is_empty()
}

/// A party that can hold a responsibility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: Text,
    /// Display name as the source writes it ("Rackspace", "OVHcloud", "Customer").
    pub name: Text,
    pub kind: PartyKind,
    /// Named roles inside the party (the Kubernetes pod's EM, Senior CKA…).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub roles: List<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PartyKind {
    Provider,
    Customer,
    ThirdParty,
}

/// A role inside a party, e.g. the pod's Engagement Manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: Text,
    pub name: Text,
    /// Short form the source uses ("EM", "SCKA").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<Text>,
    pub description: Text,
}

/// A matrix column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: Text,
    pub label: Text,
    /// The header exactly as the source prints it, when it differs from `label`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Responsibility cells (who) or detail cells (free text: when, protocol…).
    #[serde(default)]
    pub kind: ColumnKind,
    /// Show this column as one sub-column per party (Hyper-V ticks, OVHcloud RACI).
    #[serde(default, skip_serializing_if = "is_false")]
    pub split_by_party: bool,
    /// Variant options this column belongs to; empty means every variant.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub variants: List<Text>,
    /// Set when the column itself is our inference, not the source's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference: Option<Inference>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ColumnKind {
    /// Cells say who holds the responsibility.
    #[default]
    Responsibility,
    /// Cells carry descriptive text (when, which protocol).
    Detail,
}

/// The "OS/VM type" dimension of an offering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VariantDimension {
    /// The picker's label ("Guest OS type", "VM type").
    pub label: Text,
    pub options: List<Variant>,
    /// Set when the source has no such choice and the picker is our inference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference: Option<Inference>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    pub id: Text,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// A section of the matrix (the source's table or heading), with its rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Text,
    /// The source's numbering ("3.1.2"), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<Text>,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Variant options this section applies to; empty means every variant.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub variants: List<Text>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub notes: List<Note>,
    pub rows: List<Row>,
}

/// One activity or service, with a cell for every column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Unique within the offering; used by `data-rm-row` and in links.
    pub id: Text,
    /// The activity exactly as the source writes it (typos kept; see `notes`).
    pub activity: Text,
    /// Comparable category across offerings; absent means not classified.
    #[serde(default, skip_serializing_if = "Domain::is_not_classified")]
    pub domain: Domain,
    /// Variant options this row applies to; empty means every variant of its section.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub variants: List<Text>,
    /// The role inside a party that owns this row (the pod's EM, LA…), as `party/role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_role: Option<Text>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub notes: List<Note>,
    /// One entry per column, in column order; written in JSON as an object keyed by column id.
    #[serde(with = "crate::cells_map")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(with = "std::collections::BTreeMap<String, Cell>")
    )]
    pub cells: List<CellEntry>,
}

/// A row's cell for one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellEntry {
    pub column: Text,
    pub cell: Cell,
}

/// What one cell says.
///
/// Exactly one of `assign` (who), `status` (why nobody) or `text` (a detail column's value).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// The parties that hold this responsibility, with their marks and qualifiers.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub assign: List<Assignment>,
    /// Why no party is assigned (N/A, No, Depends, Same as…, not specified in source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A detail column's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// The cell exactly as the source prints it: "" for a blank cell and for
    /// a cell the source does not print at all (then `inference` says why it
    /// has a value). Tick and RACI tables store "Party: mark; Party: (blank)".
    pub source_text: Text,
    /// Where the source is ambiguous or misspelled: the reading chosen, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
    /// Set when the value is our inference rather than what the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inference: Option<Inference>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A value the source does not state but we inferred: shown as an inference,
/// apart from a `reading` (which interprets what the source does print).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inference {
    /// The source sentence it was inferred from, verbatim.
    pub from: Text,
    /// How the value follows from that sentence.
    pub reasoning: Text,
}

/// One party's part in a cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// A party id of the offering.
    pub party: Text,
    /// RACI letters, any subset of R, A, C, I in any order as the source writes them
    /// ("RA", "IR"); absent means a plain tick (the party does it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raci: Option<Text>,
    /// A role id inside the party (the pod's "em", "la"…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub qualifiers: List<Qualifier>,
    /// For `coordinated`: the party it is coordinated with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Why a cell assigns nobody.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Status {
    /// "N/A" in the source.
    NotApplicable,
    /// "No" in the source: explicitly nobody.
    No,
    /// "Depends" (optionally "on application").
    Depends {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        on: Option<Text>,
    },
    /// "Same as OS": follows other columns (the guest-OS column of the chosen variant).
    SameAs { columns: List<Text> },
    /// "Customer-specific": agreed per customer.
    CustomerSpecific,
    /// A blank cell in the source.
    NotSpecified,
}

/// A defined term (RACI letter, application category).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub term: Text,
    pub meaning: Text,
}

/// A non-responsibility table from the source, kept as text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReferenceTable {
    pub id: Text,
    pub title: Text,
    pub headers: List<Text>,
    pub rows: List<List<Text>>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub notes: List<Note>,
}

/// A note; `reading` notes record how an ambiguous or misspelled source was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    #[serde(default)]
    pub kind: NoteKind,
    pub text: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    #[default]
    Note,
    /// How an ambiguous, misspelled or flattened source was read.
    Reading,
}

impl Offering {
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }
    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.id == id)
    }
    pub fn variant(&self, id: &str) -> Option<&Variant> {
        self.variants.as_ref()?.options.iter().find(|v| v.id == id)
    }
    pub fn variant_options(&self) -> &[Variant] {
        self.variants.as_ref().map(|v| &*v.options).unwrap_or(&[])
    }
    /// Every row with its section, in source order.
    pub fn rows(&self) -> impl Iterator<Item = (&Section, &Row)> {
        self.sections
            .iter()
            .flat_map(|s| s.rows.iter().map(move |r| (s, r)))
    }
    pub fn row_count(&self) -> usize {
        self.sections.iter().map(|s| s.rows.len()).sum()
    }
    /// The provider party (the first party of kind provider).
    pub fn provider_party(&self) -> Option<&Party> {
        self.parties.iter().find(|p| p.kind == PartyKind::Provider)
    }
}

impl Row {
    pub fn cell(&self, column: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.column == column)
            .map(|c| &c.cell)
    }
}

impl Assignment {
    /// A plain tick: the party does it, no RACI letters.
    pub fn is_tick(&self) -> bool {
        self.raci.is_none()
    }
    /// Whether the RACI letters include `letter`.
    pub fn has_letter(&self, letter: char) -> bool {
        self.raci.as_deref().is_some_and(|r| r.contains(letter))
    }
    /// Holds the work or the accountability: a tick, R or A.
    pub fn is_holder(&self) -> bool {
        self.is_tick() || self.has_letter('R') || self.has_letter('A')
    }
}
