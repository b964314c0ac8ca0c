//! The review step between opening a file and showing it: what the import
//! found (rows, sections, parties, scopes) and every reading it made, and the
//! reader's answers to its questions (which party is the provider, which the
//! customer; a party renamed or merged into another).
//!
//! Plain Rust so the widget and native tools share it. [`Review::apply`]
//! re-reads the file with the chosen provider and customer (so "Shared" and
//! words such as "Vendor" resolve to the parties chosen, not the guessed
//! ones), then renames and merges, records each choice as a reading and runs
//! the same validator as the built-in data.

mod apply;
mod findings;
mod merge;

pub use findings::{Findings, FoundParty, Reading};

use crate::import::{self, Format, Grid, ImportOptions};
use crate::model::{Offering, PartyKind};
use crate::validate::ValidationError;

/// What was opened, kept so the file can be read again with the choices.
#[derive(Debug, Clone)]
pub enum Opened {
    /// A text or spreadsheet file in one of the import formats.
    File { format: Format, bytes: Vec<u8> },
    /// A spreadsheet already read into a grid (by the browser's sheet module).
    Grid(Grid),
}

/// The reader's answers, by the party ids of the first reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    pub provider: String,
    pub customer: String,
    /// (party id, new display name).
    pub renames: Vec<(String, String)>,
    /// (party id merged away, party id it joins).
    pub merges: Vec<(String, String)>,
}

/// One opened file under review.
#[derive(Debug, Clone)]
pub struct Review {
    file: String,
    opened: Opened,
    found: Offering,
    choices: Choices,
}

impl Review {
    /// Opens `bytes` (format guessed from the name and contents when `format`
    /// is `None`) with no choices made yet.
    pub fn open(
        file: &str,
        bytes: Vec<u8>,
        format: Option<Format>,
    ) -> Result<Review, Vec<ValidationError>> {
        let format = format.unwrap_or_else(|| Format::guess(file, &bytes));
        Review::new(file, Opened::File { format, bytes })
    }

    /// Opens what `opened` holds, read once without choices.
    pub fn new(file: &str, opened: Opened) -> Result<Review, Vec<ValidationError>> {
        let found = read(file, &opened, &ImportOptions::default())?;
        let kind_id = |kind| {
            found
                .parties
                .iter()
                .find(|p| p.kind == kind)
                .map(|p| p.id.to_string())
                .unwrap_or_default()
        };
        let choices = Choices {
            provider: kind_id(PartyKind::Provider),
            customer: kind_id(PartyKind::Customer),
            ..Choices::default()
        };
        Ok(Review {
            file: file.to_string(),
            opened,
            found,
            choices,
        })
    }

    /// The file's name, as errors and readings call it.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The offering as first read, before any choice.
    pub fn found(&self) -> &Offering {
        &self.found
    }

    /// The choices so far.
    pub fn choices(&self) -> &Choices {
        &self.choices
    }

    /// Makes `id` the provider; if it was the customer, the previous provider
    /// becomes the customer (the two swap rather than collide).
    pub fn choose_provider(&mut self, id: &str) {
        if self.choices.customer == id {
            self.choices.customer = std::mem::take(&mut self.choices.provider);
        }
        self.choices.provider = id.to_string();
    }

    /// Makes `id` the customer; swaps with the provider as [`Self::choose_provider`] does.
    pub fn choose_customer(&mut self, id: &str) {
        if self.choices.provider == id {
            self.choices.provider = std::mem::take(&mut self.choices.customer);
        }
        self.choices.customer = id.to_string();
    }

    /// Shows party `id` as `name` (an empty or unchanged name removes the rename).
    pub fn rename(&mut self, id: &str, name: &str) {
        self.choices.renames.retain(|(p, _)| p != id);
        let name = name.trim();
        let same = self.found.party(id).is_some_and(|p| p.name == name);
        if !name.is_empty() && !same {
            self.choices
                .renames
                .push((id.to_string(), name.to_string()));
        }
    }

    /// Merges party `from` into `into` (`into` empty, or `from` itself: no merge).
    pub fn merge(&mut self, from: &str, into: &str) {
        self.choices.merges.retain(|(p, _)| p != from);
        if !into.is_empty() && into != from {
            self.choices
                .merges
                .push((from.to_string(), into.to_string()));
        }
    }

    /// The party `from` is merged into, if any.
    pub fn merged_into(&self, from: &str) -> Option<&str> {
        let found = self.choices.merges.iter().find(|(p, _)| p == from);
        found.map(|(_, into)| into.as_str())
    }

    /// The name party `id` will have (renamed, or as found).
    pub fn name_of(&self, id: &str) -> String {
        match self.choices.renames.iter().find(|(p, _)| p == id) {
            Some((_, name)) => name.clone(),
            None => self
                .found
                .party(id)
                .map(|p| p.name.to_string())
                .unwrap_or_default(),
        }
    }

    /// What the first reading found, for the review to list.
    pub fn findings(&self) -> Findings {
        Findings::of(&self.found)
    }

    /// The offering with every choice applied and recorded, validated.
    pub fn apply(&self) -> Result<Offering, Vec<ValidationError>> {
        apply::apply(self)
    }
}

/// Reads `opened` with `options`, validated.
fn read(
    file: &str,
    opened: &Opened,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    match opened {
        Opened::File { format, bytes } => import::import(file, bytes, *format, options),
        Opened::Grid(grid) => import::import_grid(file, grid.clone(), options),
    }
}

/// One error about the choices, named like the importers' errors.
fn choice_error(file: &str, reason: String) -> Vec<ValidationError> {
    vec![ValidationError {
        file: file.to_string(),
        path: "review".into(),
        reason,
    }]
}
