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

/// How [`Source::provenance`] words an `unknown` licence for readers.
pub const UNKNOWN_LICENCE_TEXT: &str = "Unknown: the source states no licence";

/// The heading over the provenance lines where an export lists them after
/// its table (the Markdown list, the CSV block).
pub const PROVENANCE_HEADING: &str = "Source";

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
    /// A source known only by its title (every other field absent); `const`
    /// so a static offering can hold one.
    pub const fn titled(title: Text) -> Self {
        Source {
            title,
            publisher: None,
            url: None,
            date: None,
            licence: None,
            attribution: None,
            copyright: None,
            checked: None,
            seed_file: None,
            format: None,
        }
    }

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
            Some(UNKNOWN_LICENCE_TEXT.to_string())
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

    /// The source read back from its [`Source::provenance`] lines (as an
    /// export lists them): each label sets its field, the unknown-licence
    /// wording becomes `unknown` again. `None` without a `Title` line or when
    /// a label is not one of the provenance labels, so other two-column text
    /// is never taken for a source.
    pub fn from_provenance<'a>(
        lines: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<Source> {
        let mut source = Source::titled(Text::Borrowed(""));
        let mut titled = false;
        for (label, value) in lines {
            let value = Some(Text::Owned(value.trim().to_string()));
            match label.trim() {
                "Title" => {
                    titled = true;
                    source.title = value.unwrap_or_default();
                }
                "Publisher" => source.publisher = value,
                "Date" => source.date = value,
                "Link" => source.url = value,
                "Licence" => {
                    source.licence = if value.as_deref() == Some(UNKNOWN_LICENCE_TEXT) {
                        Some(Text::Borrowed(UNKNOWN_LICENCE))
                    } else {
                        value
                    }
                }
                "Attribution" => source.attribution = value,
                "Copyright" => source.copyright = value,
                "Last checked" => source.checked = value,
                _ => return None,
            }
        }
        (titled && !source.title.trim().is_empty()).then_some(source)
    }

    /// How we transcribed it (seed file, source layout): for those who ask,
    /// never in a reader's main view.
    pub fn transcription(&self) -> Vec<(&'static str, String)> {
        let mut lines = Vec::new();
        // "none" (no seed file) is not a file to credit.
        let seed = self.seed_file.as_deref().map(str::trim);
        if let Some(f) = seed.filter(|f| !f.is_empty() && !f.eq_ignore_ascii_case("none")) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn source() -> Source {
        Source {
            title: Cow::Borrowed("Managed Kubernetes - Responsibility model"),
            publisher: Some(Cow::Borrowed("OVHcloud")),
            url: Some(Cow::Borrowed("https://docs.ovhcloud.com/x")),
            date: Some(Cow::Borrowed("2023-07-06")),
            licence: Some(Cow::Borrowed("Unknown")),
            attribution: None,
            copyright: None,
            checked: Some(Cow::Borrowed("2026-12-01")),
            seed_file: Some(Cow::Borrowed("003_bbc6fcbd73c502f1.txt")),
            format: Some(Cow::Borrowed("Markdown tables")),
        }
    }

    #[test]
    fn provenance_lists_what_the_data_gives_in_order_and_says_unknown_in_words() {
        let lines = source().provenance();
        let labels: Vec<&str> = lines.iter().map(|(l, _)| *l).collect();
        assert_eq!(
            labels,
            [
                "Title",
                "Publisher",
                "Date",
                "Link",
                "Licence",
                "Last checked"
            ]
        );
        assert_eq!(lines[4].1, "Unknown: the source states no licence");
        // Our seed file and the source's layout never appear in the reader's lines.
        assert!(lines
            .iter()
            .all(|(_, v)| !v.contains("003_") && !v.contains("Markdown")));
        assert_eq!(
            source().transcription(),
            [
                ("Transcribed from", "003_bbc6fcbd73c502f1.txt".to_string()),
                ("Source layout", "Markdown tables".to_string())
            ]
        );
    }

    #[test]
    fn a_stated_licence_and_attribution_are_shown_as_given() {
        let mut s = source();
        s.licence = Some(Cow::Borrowed("CC BY 4.0"));
        s.attribution = Some(Cow::Borrowed("© Example"));
        s.url = None;
        let line = s.provenance_line();
        assert_eq!(
            line,
            "Title: Managed Kubernetes - Responsibility model; Publisher: OVHcloud; Date: 2023-07-06; Licence: CC BY 4.0; Attribution: © Example; Last checked: 2026-12-01"
        );
        assert!(!s.licence_is_unknown());
    }

    #[test]
    fn provenance_lines_read_back_to_the_same_reader_fields() {
        let mut s = source();
        s.attribution = Some(Cow::Borrowed("© Example"));
        s.copyright = Some(Cow::Borrowed("Copyright 2023 OVH SAS"));
        let lines = s.provenance();
        let back = Source::from_provenance(lines.iter().map(|(l, v)| (*l, v.as_str())))
            .expect("a titled block");
        assert_eq!(back.provenance(), lines);
        assert_eq!(back.licence.as_deref(), Some(UNKNOWN_LICENCE));
        assert_eq!(back.url, s.url);
        assert_eq!(back.checked, s.checked);
        // What we transcribed from is no reader line, so it does not come back.
        assert_eq!(back.seed_file, None);
    }

    #[test]
    fn other_two_column_text_is_not_a_source() {
        assert_eq!(
            Source::from_provenance([("Title", "T"), ("Colour", "Blue")]),
            None
        );
        assert_eq!(Source::from_provenance([("Publisher", "OVHcloud")]), None);
        assert_eq!(Source::from_provenance([("Title", " ")]), None);
    }

    #[test]
    fn a_supplied_source_with_only_a_title_shows_only_the_title() {
        let s = Source::titled(Cow::Borrowed("Our page"));
        assert_eq!(s.provenance(), [("Title", "Our page".to_string())]);
        assert!(s.transcription().is_empty());
    }

    #[test]
    fn a_seed_file_of_none_is_not_credited() {
        let s = Source {
            seed_file: Some(Cow::Borrowed("none")),
            format: None,
            ..source()
        };
        assert!(s.transcription().is_empty(), "{:?}", s.transcription());
    }
}
