//! The responsibility-matrix data model: one set of types for every offering.
//!
//! The same file is compiled three ways, so the schema, the validator and the
//! renderer cannot drift apart:
//! - by `build.rs` (via `#[path]`), which deserialises `data/*.json` into these
//!   types, validates them and writes them back out as minified JSON;
//! - by the app, which parses that JSON per offering when first shown;
//! - natively, where `schemars` derives `data/schema.json` from them.
//!
//! Text and lists are `Cow<'static, _>` so that one type serves both
//! constants (`Cow::Borrowed`, e.g. `catalog::UNREADABLE`) and data parsed at
//! run time (`Cow::Owned`: the built-in catalog and bring-your-own matrices).

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

/// The published document a matrix was transcribed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's own title.
    pub title: Text,
    /// Where it is published, when the seed says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// Publication or last-update date as the seed gives it (ISO 8601 when it can be).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// The seed file in `shared/seeds/` it came from.
    pub seed_file: Text,
    /// The shape of the source table (grid table, flattened pipe tables…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Text>,
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
    /// Comparable category across offerings.
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
    #[serde(with = "cells_as_map")]
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

/// A fixed vocabulary so rows of different offerings can be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    Provisioning,
    Monitoring,
    Reporting,
    Access,
    PatchingAndChange,
    Network,
    Storage,
    BackupAndContinuity,
    Security,
    Data,
    Support,
    Governance,
    Decommission,
}

impl Domain {
    pub const ALL: [Domain; 13] = [
        Domain::Provisioning,
        Domain::Monitoring,
        Domain::Reporting,
        Domain::Access,
        Domain::PatchingAndChange,
        Domain::Network,
        Domain::Storage,
        Domain::BackupAndContinuity,
        Domain::Security,
        Domain::Data,
        Domain::Support,
        Domain::Governance,
        Domain::Decommission,
    ];

    /// The id used in data files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Domain::Provisioning => "provisioning",
            Domain::Monitoring => "monitoring",
            Domain::Reporting => "reporting",
            Domain::Access => "access",
            Domain::PatchingAndChange => "patching-and-change",
            Domain::Network => "network",
            Domain::Storage => "storage",
            Domain::BackupAndContinuity => "backup-and-continuity",
            Domain::Security => "security",
            Domain::Data => "data",
            Domain::Support => "support",
            Domain::Governance => "governance",
            Domain::Decommission => "decommission",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Domain::Provisioning => "Provisioning",
            Domain::Monitoring => "Monitoring",
            Domain::Reporting => "Reporting",
            Domain::Access => "Access",
            Domain::PatchingAndChange => "Patching and change",
            Domain::Network => "Network",
            Domain::Storage => "Storage",
            Domain::BackupAndContinuity => "Backup and continuity",
            Domain::Security => "Security",
            Domain::Data => "Data",
            Domain::Support => "Support",
            Domain::Governance => "Governance",
            Domain::Decommission => "Decommission",
        }
    }

    pub fn from_id(id: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.id() == id)
    }
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
    /// The cell exactly as the source prints it ("" for a blank cell).
    pub source_text: Text,
    /// Where the source is ambiguous or misspelled: the reading chosen, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
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

/// Conditions on an assignment, from a fixed vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// Acts on alerts or reports, does not watch proactively.
    ReactiveOnly,
    /// Done together with another party (`with`).
    Coordinated,
    /// Only when asked.
    PerRequest,
    /// Charged on top of the service fee.
    Fee,
    /// Best effort, no guarantee.
    ReasonableEndeavour,
    /// The customer's, unless they buy application services.
    UnlessPurchased,
    /// Gives advice; does not implement.
    AdviseOnly,
    /// Supplies something the other party needs (credentials, an agent…).
    Prerequisite,
    /// Only community support is available.
    CommunitySupport,
    /// Applies only to a qualified environment configuration.
    QualifiedConfiguration,
}

impl Qualifier {
    pub const ALL: [Qualifier; 10] = [
        Qualifier::ReactiveOnly,
        Qualifier::Coordinated,
        Qualifier::PerRequest,
        Qualifier::Fee,
        Qualifier::ReasonableEndeavour,
        Qualifier::UnlessPurchased,
        Qualifier::AdviseOnly,
        Qualifier::Prerequisite,
        Qualifier::CommunitySupport,
        Qualifier::QualifiedConfiguration,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Qualifier::ReactiveOnly => "reactive-only",
            Qualifier::Coordinated => "coordinated",
            Qualifier::PerRequest => "per-request",
            Qualifier::Fee => "fee",
            Qualifier::ReasonableEndeavour => "reasonable-endeavour",
            Qualifier::UnlessPurchased => "unless-purchased",
            Qualifier::AdviseOnly => "advise-only",
            Qualifier::Prerequisite => "prerequisite",
            Qualifier::CommunitySupport => "community-support",
            Qualifier::QualifiedConfiguration => "qualified-configuration",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Qualifier::ReactiveOnly => "Reactive only",
            Qualifier::Coordinated => "Coordinated",
            Qualifier::PerRequest => "Per request",
            Qualifier::Fee => "Fee",
            Qualifier::ReasonableEndeavour => "Reasonable endeavour",
            Qualifier::UnlessPurchased => "Unless services purchased",
            Qualifier::AdviseOnly => "Advise only",
            Qualifier::Prerequisite => "Provides prerequisite",
            Qualifier::CommunitySupport => "Community support",
            Qualifier::QualifiedConfiguration => "Qualified configuration",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            Qualifier::ReactiveOnly => "Acts when an alert or report arrives; does not watch proactively.",
            Qualifier::Coordinated => "Carried out together with the other party, who agrees timing and scope.",
            Qualifier::PerRequest => "Done only when the customer asks for it.",
            Qualifier::Fee => "Charged in addition to the service fee.",
            Qualifier::ReasonableEndeavour => "Best effort, without a guaranteed outcome.",
            Qualifier::UnlessPurchased => "The customer's, unless the matching services are purchased from the provider.",
            Qualifier::AdviseOnly => "Gives advice and best practice only; implementing it is not part of this responsibility.",
            Qualifier::Prerequisite => "Supplies what the other party needs to act (credentials, a running agent, an address).",
            Qualifier::CommunitySupport => "Only community support; no lifecycle management by the provider.",
            Qualifier::QualifiedConfiguration => "Guaranteed only for a qualified environment configuration (production plus non-production).",
        }
    }
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

impl Status {
    pub fn id(&self) -> &'static str {
        match self {
            Status::NotApplicable => "not-applicable",
            Status::No => "no",
            Status::Depends { .. } => "depends",
            Status::SameAs { .. } => "same-as",
            Status::CustomerSpecific => "customer-specific",
            Status::NotSpecified => "not-specified",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Status::NotApplicable => "N/A",
            Status::No => "No",
            Status::Depends { .. } => "Depends",
            Status::SameAs { .. } => "Same as",
            Status::CustomerSpecific => "Customer-specific",
            Status::NotSpecified => "Not specified in source",
        }
    }

    pub fn explanation(&self) -> &'static str {
        match self {
            Status::NotApplicable => "Not applicable at this layer.",
            Status::No => "The source says “No”: nobody does this here.",
            Status::Depends { .. } => {
                "Depends on something outside the matrix (for example the application)."
            }
            Status::SameAs { .. } => "Follows the responsibility of another column.",
            Status::CustomerSpecific => "Agreed individually with each customer.",
            Status::NotSpecified => "The source leaves this cell blank; nothing is assumed.",
        }
    }
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

/// Cells are an ordered list in memory (column order, cheap to scan) but a JSON
/// object keyed by column id on disk, where a duplicate key is an error.
mod cells_as_map {
    use super::{Cell, CellEntry, List};
    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};
    use std::borrow::Cow;
    use std::fmt;

    pub fn serialize<S: Serializer>(cells: &List<CellEntry>, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(cells.len()))?;
        for entry in cells.iter() {
            map.serialize_entry(&entry.column, &entry.cell)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<List<CellEntry>, D::Error> {
        struct CellsVisitor;
        impl<'de> Visitor<'de> for CellsVisitor {
            type Value = List<CellEntry>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object mapping column ids to cells")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut cells: Vec<CellEntry> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                while let Some(column) = map.next_key::<String>()? {
                    if !seen.insert(column.clone()) {
                        return Err(serde::de::Error::custom(format!(
                            "duplicate cell for column `{column}`"
                        )));
                    }
                    let cell: Cell = map.next_value()?;
                    cells.push(CellEntry {
                        column: column.into(),
                        cell,
                    });
                }
                Ok(Cow::Owned(cells))
            }
        }
        d.deserialize_map(CellsVisitor)
    }
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
