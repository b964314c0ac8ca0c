//! The built-in offerings, compiled in from `data/*.json` by `build.rs`.
//!
//! The build validates every file, then embeds each offering as minified JSON
//! with its id and title (see `codegen::generate` for why JSON). An offering is
//! parsed the first time it is asked for, once: opening the page parses only
//! the offering it shows, and the picker lists the others by id and title.

use rm_format::model::{Offering, Source};
use std::borrow::Cow;
use std::sync::OnceLock;

/// One built-in offering: what a picker needs, and the data, parsed on demand.
pub struct BuiltIn {
    id: &'static str,
    title: &'static str,
    json: &'static str,
    parsed: OnceLock<Option<Offering>>,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

impl BuiltIn {
    /// Used by the generated catalog: the offering is not parsed yet.
    const fn new(id: &'static str, title: &'static str, json: &'static str) -> Self {
        BuiltIn {
            id,
            title,
            json,
            parsed: OnceLock::new(),
        }
    }

    /// The offering id (`vmware`), without parsing.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The display title, without parsing.
    pub fn title(&self) -> &'static str {
        self.title
    }

    /// The offering, parsed on first use. `None` only if the embedded JSON does
    /// not parse, which the build's validation and `tests/catalog.rs` rule out;
    /// the failure is logged rather than panicking.
    pub fn offering(&'static self) -> Option<&'static Offering> {
        self.parsed
            .get_or_init(|| match rm_format::load::deserialize(self.json) {
                Ok(o) => Some(o),
                Err((path, e)) => {
                    log_error(&format!("built-in offering `{}`: at {path}: {e}", self.id));
                    None
                }
            })
            .as_ref()
    }
}

#[cfg(target_arch = "wasm32")]
fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

#[cfg(not(target_arch = "wasm32"))]
fn log_error(message: &str) {
    eprintln!("{message}");
}

/// Every built-in offering, in file-name order, unparsed.
pub fn built_in() -> &'static [BuiltIn] {
    &BUILT_IN
}

/// Every built-in offering, parsed (each once). For views that need them all,
/// such as "compare two offerings"; a picker should use [`built_in`].
pub fn offerings() -> Vec<&'static Offering> {
    BUILT_IN.iter().filter_map(BuiltIn::offering).collect()
}

/// A built-in offering by id (parsing only that one).
pub fn offering(id: &str) -> Option<&'static Offering> {
    BUILT_IN.iter().find(|b| b.id == id)?.offering()
}

/// The offering a fresh page opens on (when `data/vmware.json` exists).
pub const PREFERRED_DEFAULT: &str = "vmware";

/// The offering shown when the link names none: [`PREFERRED_DEFAULT`], else the first.
pub fn default_offering() -> Option<&'static Offering> {
    offering(PREFERRED_DEFAULT).or_else(|| BUILT_IN.iter().find_map(BuiltIn::offering))
}

/// An entry of an offering picker: a built-in offering (parsed when first
/// shown), a matrix the embedding page supplied (parsed on arrival) or one
/// the reader opened ("Open a matrix…", kept while the page stays open).
#[derive(Clone, Copy)]
pub enum Choice {
    BuiltIn(&'static BuiltIn),
    Supplied(&'static Offering),
    Opened(&'static Offering),
}

impl Choice {
    /// The offering id, without parsing.
    pub fn id(self) -> &'static str {
        match self {
            Choice::BuiltIn(b) => b.id,
            Choice::Supplied(o) | Choice::Opened(o) => &o.id,
        }
    }

    /// The display title, without parsing.
    pub fn title(self) -> &'static str {
        match self {
            Choice::BuiltIn(b) => b.title,
            Choice::Supplied(o) | Choice::Opened(o) => &o.title,
        }
    }

    /// The offering itself (see [`BuiltIn::offering`] for `None`).
    pub fn offering(self) -> Option<&'static Offering> {
        match self {
            Choice::BuiltIn(b) => b.offering(),
            Choice::Supplied(o) | Choice::Opened(o) => Some(o),
        }
    }
}

/// The offering of a picker entry by id (parsing it if it is built in and new).
pub fn find_choice(choices: &[Choice], id: &str) -> Option<&'static Offering> {
    choices.iter().find(|c| c.id() == id)?.offering()
}

/// The built-in offerings as picker entries, in file-name order.
pub fn choices() -> Vec<Choice> {
    BUILT_IN.iter().map(Choice::BuiltIn).collect()
}

/// What a view shows if no offering can be read at all: an empty matrix that
/// says so, instead of a panic. Unreachable in a build whose tests pass.
pub static UNREADABLE: Offering = Offering {
    id: Cow::Borrowed("unreadable"),
    title: Cow::Borrowed("No offering could be read"),
    provider: Cow::Borrowed(""),
    summary: Cow::Borrowed(
        "The built-in data did not parse; the browser console names the offering.",
    ),
    source: Source::titled(Cow::Borrowed("")),
    parties: Cow::Borrowed(&[]),
    columns: Cow::Borrowed(&[]),
    variants: None,
    sections: Cow::Borrowed(&[]),
    definitions: Cow::Borrowed(&[]),
    reference_tables: Cow::Borrowed(&[]),
    notes: Cow::Borrowed(&[]),
};
