//! The interface's words, in every language the widget speaks: one catalog.
//!
//! Data (offering titles, activities, cells, sources) stays in the language
//! of its source; only the interface around it is translated. Errors written
//! by `rm-format` (validation and import readings) stay in English.
//!
//! - [`Lang`]: the languages, read from a `lang` attribute, `?lang=` or the
//!   browser's preferences ([`Lang::parse`], [`Lang::from_preferences`]);
//! - [`Texts`]: every fixed string, one field each ([`strings`]);
//! - the methods on [`Lang`]: strings with arguments (`format`, and by area
//!   `format_open`, `format_views`, `format_notices`), the sentences the rules
//!   count and name (`format_rules`), and the data format's vocabulary and the
//!   sharing verdicts (`vocab`, whose English is the vocabulary's own).
//!
//! Adding a language: a variant in [`Lang`] (with its code in [`Lang::ALL`]),
//! a `Texts` table in [`strings`] and its arm in each of those functions; the
//! tests fail until every fixed string has a translation.
//!
//! ```
//! use responsibility_matrix::i18n::Lang;
//! assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
//! assert_eq!(Lang::Fr.texts().reset_filters, "Réinitialiser les filtres");
//! assert_eq!(Lang::Fr.count(3, 12), "3 services sur 12");
//! ```

mod format;
mod format_notices;
mod format_open;
mod format_rules;
mod format_views;
pub mod strings;
mod vocab;

/// "s" when `n` is not one (both languages mark the plural so).
fn s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub use format_notices::{Origin, Unknown};
pub use strings::Texts;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, for the root's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language a tag such as `fr`, `fr-CA` or `EN_gb` names, if the
    /// widget speaks it (`None` for anything else, including an empty tag).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the reader's preferred languages the widget speaks
    /// (`navigator.languages`, in order), else English.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::parse(tag.as_ref()))
            .unwrap_or_default()
    }

    /// A `lang` value as an attribute or `?lang=` gives it: `None` (absent
    /// or empty) is English; an unknown value is English with a notice.
    pub fn from_attribute(value: Option<&str>) -> (Lang, Option<String>) {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            None => (Lang::En, None),
            Some(v) => match Lang::parse(v) {
                Some(lang) => (lang, None),
                None => (
                    Lang::En,
                    Some(format!(
                        "lang=“{}” is not a language this widget speaks (en, fr); showing English.",
                        crate::rules::text::clip(v, 60)
                    )),
                ),
            },
        }
    }

    /// This language's fixed strings.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &strings::EN,
            Lang::Fr => &strings::FR,
        }
    }
}

/// The language of the widget being built: the one its root provides
/// (a Leptos context), English outside a widget (the prerender, tests).
pub fn lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// The fixed strings of the widget being built (see [`lang`]).
pub fn t() -> &'static Texts {
    lang().texts()
}
