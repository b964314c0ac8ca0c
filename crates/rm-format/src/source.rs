//! Where a matrix comes from: the published document, who publishes it, its
//! date and licence as the document states them, and when our transcription
//! was last checked against it.
//!
//! [`Source::provenance`] is the one wording of this for readers: the widget's
//! About and every export show its lines, so they cannot disagree. Our own
//! transcription details (seed file, source layout) are kept apart in
//! [`Source::transcription`], for an "About this data" disclosure.

use crate::model::Text;
use serde::{Deserialize, Serialize};

/// The value of [`Source::licence`] when the document states no licence.
pub const UNKNOWN_LICENCE: &str = "unknown";

/// The published document a matrix was transcribed from.
///
/// Built-in matrices must give `publisher`, `licence`, `checked` and
/// `seed_file` (the validator enforces it); a supplied matrix may leave out
/// every field but `title`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document's own title.
    pub title: Text,
    /// Who publishes the document ("Rackspace Technology", "OVHcloud").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Text>,
    /// Where it is published, when the source gives an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// Publication or revision date exactly as the source states it
    /// ("April 28, 2021", "2023-07-06"); absent when it states none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// The licence the source's content is published under, or `unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Text>,
    /// The attribution the source asks for, when it asks for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Text>,
    /// The copyright notice the source prints, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copyright: Option<Text>,
    /// When our transcription was last checked against the source (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Text>,
    /// The seed file in `shared/seeds/` it came from (built-in matrices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed_file: Option<Text>,
    /// The shape of the source table (grid table, flattened pipe tables…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Text>,
}

impl Source {
    /// Whether the licence is stated as unknown (any letter case).
    pub fn licence_is_unknown(&self) -> bool {
        self.licence
            .as_deref()
            .is_some_and(|l| l.trim().eq_ignore_ascii_case(UNKNOWN_LICENCE))
    }

    /// What a reader is told about the source, as (label, value) lines in a
    /// fixed order: title, publisher, date, link, licence, attribution,
    /// copyright, last checked. A field the data leaves out is left out here,
    /// except that an `unknown` licence is said in words.
    pub fn provenance(&self) -> Vec<(&'static str, String)> {
        let present = |v: &Option<Text>| {
            v.as_deref()
                .filter(|v| !v.trim().is_empty())
                .map(str::to_string)
        };
        let licence = if self.licence_is_unknown() {
            Some("Unknown: the source states no licence".to_string())
        } else {
            present(&self.licence)
        };
        let lines = [
            ("Title", Some(self.title.to_string())),
            ("Publisher", present(&self.publisher)),
            ("Date", present(&self.date)),
            ("Link", present(&self.url)),
            ("Licence", licence),
            ("Attribution", present(&self.attribution)),
            ("Copyright", present(&self.copyright)),
            ("Last checked", present(&self.checked)),
        ];
        lines
            .into_iter()
            .filter_map(|(label, value)| value.map(|v| (label, v)))
            .collect()
    }

    /// How we transcribed it (seed file, source layout): for those who ask,
    /// never in a reader's main view.
    pub fn transcription(&self) -> Vec<(&'static str, String)> {
        let mut lines = Vec::new();
        if let Some(f) = self.seed_file.as_deref().filter(|f| !f.trim().is_empty()) {
            lines.push(("Transcribed from", f.to_string()));
        }
        if let Some(f) = self.format.as_deref().filter(|f| !f.trim().is_empty()) {
            lines.push(("Source layout", f.to_string()));
        }
        lines
    }

    /// The provenance as one line ("Title: …; Publisher: …; …"), for exports.
    pub fn provenance_line(&self) -> String {
        self.provenance()
            .iter()
            .map(|(label, value)| format!("{label}: {value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}
