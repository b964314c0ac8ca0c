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
    /// How the matrix was transcribed, "(transcribed from seed.md, Markdown)":
    /// the `rm-source__seed` span.
    Transcription(String),
}

impl CreditPart<'_> {
    /// The part as text.
    pub fn text(&self) -> &str {
        match self {
            CreditPart::Words(s) | CreditPart::Transcription(s) => s,
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

/// "Source: <title>, <provider>, <date> — <url> (transcribed from <seed file>, <format>)",
/// leaving out what the source does not give.
pub fn source_credit(o: &Offering) -> SourceCredit<'_> {
    let src = &o.source;
    let mut parts = vec![
        CreditPart::Words("Source: ".to_string()),
        CreditPart::Title(&src.title),
        CreditPart::Words(format!(", {}", o.provider)),
    ];
    if let Some(d) = &src.date {
        parts.push(CreditPart::Words(format!(", {d}")));
    }
    if let Some(u) = &src.url {
        parts.push(CreditPart::Words(" — ".to_string()));
        parts.push(CreditPart::Url(u));
    }
    let mut seed = format!(" (transcribed from {}", src.seed_file);
    if let Some(f) = &src.format {
        seed.push_str(&format!(", {f}"));
    }
    seed.push(')');
    parts.push(CreditPart::Transcription(seed));
    SourceCredit { parts }
}
