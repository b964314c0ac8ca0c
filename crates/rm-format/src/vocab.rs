//! The fixed vocabulary of the format and the words shown for it: domains,
//! qualifiers, statuses and RACI letters. Kept apart from the data types so the
//! UI, the exports and the validator's messages share one wording.

use crate::model::Status;
use serde::{Deserialize, Serialize};

/// A fixed vocabulary so rows of different offerings can be compared.
///
/// A row without a domain is [`Domain::NotClassified`]: outside matrices
/// rarely fit the list, so leaving it out is allowed and shown as such.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
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
    /// The row's file gives no domain.
    #[default]
    NotClassified,
}

impl Domain {
    pub const ALL: [Domain; 14] = [
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
        Domain::NotClassified,
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
            Domain::NotClassified => "not-classified",
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
            Domain::NotClassified => "Not classified",
        }
    }

    pub fn is_not_classified(&self) -> bool {
        *self == Domain::NotClassified
    }

    pub fn from_id(id: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.id() == id)
    }
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

/// RACI letters: the name of a letter.
pub fn raci_name(letter: char) -> &'static str {
    match letter {
        'R' => "Responsible",
        'A' => "Accountable",
        'C' => "Consulted",
        'I' => "Informed",
        _ => "",
    }
}

/// The OVHcloud source's definition of a RACI letter, verbatim.
pub fn raci_meaning(letter: char) -> &'static str {
    match letter {
        'R' => "Is in charge of carrying out the process",
        'A' => "Accountable for the successful completion of the process",
        'C' => "Is consulted during the process",
        'I' => "Is informed of the results of the process",
        _ => "",
    }
}

/// Every value of `ids`, as "`a`, `b`, `c`": the allowed values a wrong value is told about.
pub fn allowed(ids: impl IntoIterator<Item = &'static str>) -> String {
    ids.into_iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `kind` values of a party, as data files write them.
pub const PARTY_KINDS: [&str; 3] = ["provider", "customer", "third-party"];
/// The `kind` values of a column.
pub const COLUMN_KINDS: [&str; 2] = ["responsibility", "detail"];
/// The `kind` values of a note.
pub const NOTE_KINDS: [&str; 2] = ["note", "reading"];
/// The `kind` values of a cell's status, in [`Status`]'s order.
pub const STATUS_KINDS: [&str; 6] = [
    "not-applicable",
    "no",
    "depends",
    "same-as",
    "customer-specific",
    "not-specified",
];
