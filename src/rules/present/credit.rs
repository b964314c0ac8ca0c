//! The source credit under the table and at the end of every export: built
//! here only, as parts the table renders (a `<cite>`, a link) and as one line
//! of text for the files.

use rm_format::model::Offering;
use std::fmt;

/// One piece of the source credit, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditPart<'a> {
    /// Plain words: "Source: ", ", Rackspace", ", 2024-05", " — ".
    Words(String),
    /// The source document's title: a `<cite>`.
    Title(&'a str),
    /// The source's address: a link when it is `http(s)://`, plain text otherwise.
    Url(&'a str),
}

impl CreditPart<'_> {
    /// The part as text.
    pub fn text(&self) -> &str {
        match self {
            CreditPart::Words(s) => s,
            CreditPart::Title(s) | CreditPart::Url(s) => s,
        }
    }
}

/// The source credit of an offering; its [`fmt::Display`] is the one line
/// the exports write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceCredit<'a> {
    pub parts: Vec<CreditPart<'a>>,
}

impl fmt::Display for SourceCredit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.parts.iter().try_for_each(|p| f.write_str(p.text()))
    }
}

/// "Source: <title>, <publisher>, <date> — <url>; Licence: …; Last checked: …":
/// the document and then the rest of [`rm_format::model::Source::provenance`],
/// leaving out what the source does not give. Our transcription details (seed
/// file, table layout) are not for readers and stay in the About's details.
pub fn source_credit(o: &Offering) -> SourceCredit<'_> {
    let src = &o.source;
    let publisher = src.publisher.as_deref().unwrap_or(&o.provider);
    let mut parts = vec![
        CreditPart::Words("Source: ".to_string()),
        CreditPart::Title(&src.title),
        CreditPart::Words(format!(", {publisher}")),
    ];
    if let Some(d) = &src.date {
        parts.push(CreditPart::Words(format!(", {d}")));
    }
    if let Some(u) = &src.url {
        parts.push(CreditPart::Words(" — ".to_string()));
        parts.push(CreditPart::Url(u));
    }
    for (label, value) in src.provenance() {
        if !matches!(label, "Title" | "Publisher" | "Date" | "Link") {
            parts.push(CreditPart::Words(format!("; {label}: {value}")));
        }
    }
    SourceCredit { parts }
}
