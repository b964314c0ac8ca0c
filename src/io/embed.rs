//! What an embedder controls: the `<responsibility-matrix>` element's
//! attributes (which `embed.html?…` copies from its query string) and a
//! bring-your-own matrix.
//!
//! Plain Rust, tested natively; `crate::element` wires it to the custom
//! element. Attributes use the same checks as the URL state ([`url_state`]),
//! so a bad value gives the same readable notice and the rest still applies.
//!
//! ```
//! use responsibility_matrix::{catalog, io::embed};
//! let attrs = [("offering", "vmware"), ("variant", "unsupported-os"), ("theme", "dark")];
//! let attrs: Vec<(String, String)> =
//!     attrs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
//! let (view, look, notices) = embed::read_attributes(&attrs, "vmware", catalog::offering);
//! assert_eq!(view.variant.as_deref(), Some("unsupported-os"));
//! assert_eq!(look.theme, embed::Theme::Dark);
//! assert!(notices.is_empty());
//! ```

use crate::i18n::{Lang, Origin};
use crate::io::url_state::decode_pairs;
use crate::rules::state::ViewState;
use rm_format::load::parse_offering;
use rm_format::model::Offering;
use rm_format::validate::ValidationError;

/// A bring-your-own matrix larger than this is refused before parsing.
pub const MAX_MATRIX_BYTES: usize = 2 * 1024 * 1024;

/// The attributes that set the view, with the URL-state key each maps to.
///
/// `shared-only`, `other-columns`, `changes-only` and `call-mode` are boolean
/// attributes; the rest take a value.
pub const VIEW_ATTRIBUTES: &[(&str, &str)] = &[
    ("offering", "o"),
    ("variant", "v"),
    ("search", "q"),
    ("section", "sec"),
    ("domain", "dom"),
    ("party", "party"),
    ("shared-only", "shared"),
    ("other-columns", "cols"),
    ("row", "row"),
    ("view", "view"),
    ("compare-with", "cmp"),
    ("changes-only", "changes"),
    ("call-mode", "call"),
];

/// The attributes that change how the widget looks, not what it shows.
pub const PRESENTATION_ATTRIBUTES: &[&str] = &[
    "theme",
    "compact",
    "hide-controls",
    "hide-title",
    "heading-level",
];

/// The attribute that sets the interface's language (`en`, `fr`; read by
/// [`crate::i18n::Lang::from_attribute`]).
pub const LANG_ATTRIBUTE: &str = "lang";

/// Every attribute the element reacts to (its `observedAttributes`, plus `src`
/// and `sync-url`, which the element's script handles).
pub fn observed_attributes() -> Vec<&'static str> {
    VIEW_ATTRIBUTES
        .iter()
        .map(|(name, _)| *name)
        .chain(PRESENTATION_ATTRIBUTES.iter().copied())
        .chain([LANG_ATTRIBUTE, "src", "sync-url"])
        .collect()
}

/// Colour theme: follow the reader's system setting, or force one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The `data-theme` value on the widget root (`auto` sets none).
    pub fn data_value(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The level of the widget's title (`<h2>` unless the host says otherwise);
/// its own sub-headings sit one level below.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// How the widget looks in its host page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presentation {
    pub theme: Theme,
    /// Tighter spacing and type, for narrow doc columns.
    pub compact: bool,
    /// A read-only embed: no pickers, search, filters or export.
    pub hide_controls: bool,
    /// No title: the host's own heading names the matrix.
    pub hide_title: bool,
    /// The title's heading level, 1 to 6, to fit under the host's headings.
    pub heading_level: u8,
}

impl Default for Presentation {
    fn default() -> Self {
        Presentation {
            theme: Theme::Auto,
            compact: false,
            hide_controls: false,
            hide_title: false,
            heading_level: DEFAULT_HEADING_LEVEL,
        }
    }
}

impl Presentation {
    /// The level of the widget's sub-headings (legends, source): one below
    /// the title, at most 6.
    pub fn subheading_level(&self) -> u8 {
        (self.heading_level + 1).min(6)
    }
}

/// A boolean attribute is on when present, unless its value is `false` or `0`.
fn is_on(value: &str) -> bool {
    !matches!(value.trim().to_ascii_lowercase().as_str(), "false" | "0")
}

/// Applies one presentation attribute (`None`: removed). Returns a notice for a bad value.
pub fn apply_presentation(
    look: &mut Presentation,
    name: &str,
    value: Option<&str>,
) -> Option<String> {
    apply_presentation_in(Lang::En, look, name, value)
}

/// [`apply_presentation`] with its notice in `lang`.
pub fn apply_presentation_in(
    lang: Lang,
    look: &mut Presentation,
    name: &str,
    value: Option<&str>,
) -> Option<String> {
    match name {
        "theme" => match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            None | Some("") | Some("auto") => look.theme = Theme::Auto,
            Some("light") => look.theme = Theme::Light,
            Some("dark") => look.theme = Theme::Dark,
            Some(_) => {
                look.theme = Theme::Auto;
                return Some(lang.not_a_theme(&clip(value.unwrap_or_default())));
            }
        },
        "compact" => look.compact = value.is_some_and(is_on),
        "hide-controls" => look.hide_controls = value.is_some_and(is_on),
        "hide-title" => look.hide_title = value.is_some_and(is_on),
        "heading-level" => {
            let level = value.map(str::trim).filter(|v| !v.is_empty());
            match level.map(str::parse::<u8>) {
                None => look.heading_level = DEFAULT_HEADING_LEVEL,
                Some(Ok(n)) if (1..=6).contains(&n) => look.heading_level = n,
                Some(_) => {
                    look.heading_level = DEFAULT_HEADING_LEVEL;
                    let v = clip(value.unwrap_or_default());
                    return Some(lang.not_a_heading_level(&v, DEFAULT_HEADING_LEVEL));
                }
            }
        }
        _ => {}
    }
    None
}

/// The URL-state pair an attribute stands for (`None`: not a view attribute,
/// or a boolean attribute that is off).
fn view_pair(name: &str, value: &str) -> Option<(String, String)> {
    let key = VIEW_ATTRIBUTES.iter().find(|(n, _)| *n == name)?.1;
    let value = match name {
        "shared-only" | "changes-only" | "call-mode" => {
            if !is_on(value) {
                return None;
            }
            "1".to_string()
        }
        "other-columns" => {
            if !is_on(value) {
                return None;
            }
            "all".to_string()
        }
        _ => value.to_string(),
    };
    Some((key.to_string(), value))
}

/// Reads every attribute at once (when the element connects).
///
/// Returns the view, the presentation and one notice per ignored value.
/// Unknown attribute names (`class`, `id`, …) are not ours and are skipped.
pub fn read_attributes<'a>(
    attributes: &[(String, String)],
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> (ViewState, Presentation, Vec<String>) {
    read_attributes_in(Lang::En, attributes, default_offering, find)
}

/// [`read_attributes`] with its notices in `lang`.
pub fn read_attributes_in<'a>(
    lang: Lang,
    attributes: &[(String, String)],
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> (ViewState, Presentation, Vec<String>) {
    let pairs: Vec<(String, String)> = attributes
        .iter()
        .filter_map(|(name, value)| view_pair(name, value))
        .collect();
    let (view, mut notices) =
        decode_pairs(lang, &pairs, default_offering, find, Origin::Attributes);
    let mut look = Presentation::default();
    for (name, value) in attributes {
        if let Some(n) = apply_presentation_in(lang, &mut look, name, Some(value)) {
            notices.push(n);
        }
    }
    (view, look, notices)
}

/// Applies one changed attribute to the current view (`None`: removed).
///
/// A new `offering` starts that offering's default view; any other attribute
/// changes only its own part of the view, so what the reader did (a search,
/// an open row) survives a change of, say, `variant`.
pub fn apply_view_attribute<'a>(
    view: &mut ViewState,
    name: &str,
    value: Option<&str>,
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> Vec<String> {
    apply_view_attribute_in(Lang::En, view, name, value, default_offering, find)
}

/// [`apply_view_attribute`] with its notices in `lang`.
pub fn apply_view_attribute_in<'a>(
    lang: Lang,
    view: &mut ViewState,
    name: &str,
    value: Option<&str>,
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> Vec<String> {
    if name == "offering" {
        let pairs: Vec<(String, String)> = value
            .map(|v| vec![("o".to_string(), v.to_string())])
            .unwrap_or_default();
        let (next, notices) =
            decode_pairs(lang, &pairs, default_offering, find, Origin::Attributes);
        if next.offering != view.offering {
            *view = ViewState {
                legend_raci: view.legend_raci,
                legend_qualifiers: view.legend_qualifiers,
                ..next
            };
        }
        return notices;
    }
    let mut pairs = vec![("o".to_string(), view.offering.clone())];
    pairs.extend(value.and_then(|v| view_pair(name, v)));
    let (next, notices) = decode_pairs(lang, &pairs, default_offering, find, Origin::Attributes);
    match name {
        "variant" => view.variant = next.variant,
        "search" => view.query = next.query,
        "section" => view.section = next.section,
        "domain" => view.domain = next.domain,
        "party" => view.party = next.party,
        "shared-only" => view.shared_only = next.shared_only,
        "other-columns" => view.show_other_columns = next.show_other_columns,
        "row" => view.expanded_row = next.expanded_row,
        "view" => view.view = next.view,
        "compare-with" => view.compare_with = next.compare_with,
        "changes-only" => view.changes_only = next.changes_only,
        "call-mode" => view.call_mode = next.call_mode,
        _ => {}
    }
    notices
}

/// Why a bring-your-own matrix was not loaded: one line per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRejected {
    /// What the embedder called it (its URL, or "inline JSON").
    pub source: String,
    /// `path: reason` lines, in the order found.
    pub problems: Vec<String>,
}

impl MatrixRejected {
    fn one(source: &str, problem: String) -> MatrixRejected {
        MatrixRejected {
            source: source.to_string(),
            problems: vec![problem],
        }
    }
}

/// Parses and validates an embedder's matrix with the same schema and rules as
/// the built-in data, refusing input over [`MAX_MATRIX_BYTES`] and an id that
/// a built-in offering already has (so it can never replace one).
pub fn load_matrix(
    source: &str,
    json: &str,
    is_taken: impl Fn(&str) -> bool,
) -> Result<Offering, MatrixRejected> {
    if json.len() > MAX_MATRIX_BYTES {
        return Err(MatrixRejected::one(
            source,
            format!(
                "the matrix is {} bytes; the limit is {} bytes (2 MB)",
                json.len(),
                MAX_MATRIX_BYTES
            ),
        ));
    }
    if json.trim().is_empty() {
        return Err(MatrixRejected::one(source, "the matrix is empty".into()));
    }
    let offering = parse_offering(source, json).map_err(|errors| MatrixRejected {
        source: source.to_string(),
        problems: errors.iter().map(problem_line).collect(),
    })?;
    if is_taken(&offering.id) {
        return Err(MatrixRejected::one(
            source,
            format!(
                "id: “{}” is already the id of a built-in offering; choose another id",
                clip(&offering.id)
            ),
        ));
    }
    Ok(offering)
}

/// `path: reason`, or just the reason for a problem with the whole file.
fn problem_line(e: &ValidationError) -> String {
    if e.path.is_empty() {
        e.reason.clone()
    } else {
        format!("{}: {}", e.path, e.reason)
    }
}

/// A value quoted in a message: at most 60 characters.
fn clip(s: &str) -> String {
    crate::rules::text::clip(s, 60)
}
