//! One assignment taken apart as the table shows it: the party badge or tick,
//! the RACI letters, the role chip, the qualifiers and the note, each with the
//! words its tooltip needs, so a renderer looks nothing up.

use super::qualifier_text;
use rm_format::model::{Assignment, Offering, PartyKind, Qualifier, Role};

/// The RACI letters' words live with the data format's vocabulary.
pub use rm_format::vocab::{raci_meaning, raci_name};

/// One RACI letter of an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RaciLetter {
    pub letter: char,
    /// [`raci_name`] of the letter.
    pub name: &'static str,
    /// [`raci_meaning`] of the letter.
    pub meaning: &'static str,
}

impl RaciLetter {
    pub fn new(letter: char) -> Self {
        RaciLetter {
            letter,
            name: raci_name(letter),
            meaning: raci_meaning(letter),
        }
    }

    /// The letter's tooltip: "Responsible: Is in charge of …".
    pub fn title(&self, lang: crate::i18n::Lang) -> String {
        let (name, meaning) = (lang.raci_name(self.letter), lang.raci_meaning(self.letter));
        format!("{name}{}{meaning}", lang.texts().colon)
    }
}

/// A role as a chip: its short form shown, its full name as the tooltip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleChip<'a> {
    /// The abbreviation ("EM"), or the name when the role has none.
    pub label: &'a str,
    /// The role's full name.
    pub title: &'a str,
}

impl<'a> RoleChip<'a> {
    pub fn of(role: &'a Role) -> Self {
        RoleChip {
            label: role.abbreviation.as_deref().unwrap_or(&role.name),
            title: &role.name,
        }
    }
}

/// One qualifier of an assignment ("Reactive only", "Coordinated with Customer").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QualifierPart {
    /// `id()` names the CSS modifier, `explanation()` is the tooltip.
    pub qualifier: Qualifier,
    /// The label as the badge shows it ([`qualifier_text`]).
    pub label: String,
}

impl QualifierPart {
    /// The label inside a sentence: the first letter lower-cased only, so
    /// party names keep their capitals ("coordinated with Customer").
    pub fn in_sentence(&self) -> String {
        let mut chars = self.label.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// One assignment as the table shows it, in display order: `name` (or `tick`),
/// `raci`, `role`, `qualifiers`, `note`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentPart<'a> {
    /// The party's id.
    pub party: &'a str,
    /// The party's kind, for the badge and tick colour ([`super::party_kind_modifier`]);
    /// an unknown party counts as a third party.
    pub kind: PartyKind,
    /// The party's name as a badge: in a scope column only (a split column's
    /// header names the party).
    pub name: Option<&'a str>,
    /// A plain tick ("✓", read "Yes"): a split column's assignment without RACI letters.
    pub tick: bool,
    pub raci: Vec<RaciLetter>,
    pub role: Option<RoleChip<'a>>,
    pub qualifiers: Vec<QualifierPart>,
    /// The assignment's note, printed after its badges.
    pub note: Option<&'a str>,
    /// The whole assignment in words, party included: the group's tooltip.
    pub title: String,
}

impl<'a> AssignmentPart<'a> {
    /// `with_party`: a scope column, which names the party in the cell.
    pub fn new(o: &'a Offering, a: &'a Assignment, with_party: bool) -> Self {
        let party = o.party(&a.party);
        let role = a
            .role
            .as_deref()
            .and_then(|id| party?.roles.iter().find(|r| r.id == id))
            .map(RoleChip::of);
        let mut part = AssignmentPart {
            party: &a.party,
            kind: party.map_or(PartyKind::ThirdParty, |p| p.kind),
            name: Some(party.map_or(&*a.party, |p| &*p.name)),
            tick: false,
            raci: a
                .raci
                .as_deref()
                .unwrap_or_default()
                .chars()
                .map(RaciLetter::new)
                .collect(),
            role,
            qualifiers: a
                .qualifiers
                .iter()
                .map(|q| QualifierPart {
                    qualifier: *q,
                    label: qualifier_text(o, a, *q),
                })
                .collect(),
            note: a.note.as_deref(),
            title: String::new(),
        };
        part.title = part.words();
        if !with_party {
            part.name = None;
            part.tick = a.raci.is_none();
        }
        part
    }

    /// The assignment in words without its note: "Rackspace RA (EM), reactive
    /// only", or "✓" in a split column. What search and summaries read.
    pub fn words(&self) -> String {
        let mut s = String::new();
        if let Some(name) = self.name {
            s.push_str(name);
        }
        if !self.raci.is_empty() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.extend(self.raci.iter().map(|l| l.letter));
        } else if self.tick {
            s.push('✓');
        }
        if let Some(role) = &self.role {
            s.push_str(&format!(" ({})", role.label));
        }
        for q in &self.qualifiers {
            s.push_str(", ");
            s.push_str(&q.in_sentence());
        }
        s
    }

    /// The words followed by the note in parentheses: the exported text.
    pub fn text(&self) -> String {
        match self.note {
            Some(note) => format!("{} ({note})", self.words()),
            None => self.words(),
        }
    }
}
