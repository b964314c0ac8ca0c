//! The parties an import finds: named in headers or only in cells, matched
//! by name or by the words people use for "the provider" and "the customer",
//! and finally given their kinds (provider, customer, third party).

use super::words::{norm, CUSTOMER_WORDS, PROVIDER_WORDS};
use super::{slug, ImportOptions};
use crate::model::{Note, NoteKind, Party, PartyKind, Role};
use std::borrow::Cow;

#[derive(Debug, Clone)]
struct Entry {
    id: String,
    name: String,
    roles: Vec<String>,
}

/// Parties found so far, and the readings their matching needed.
#[derive(Debug, Clone)]
pub struct PartyBook {
    entries: Vec<Entry>,
    provider: Option<String>,
    customer: Option<String>,
    notes: Vec<String>,
}

impl PartyBook {
    pub fn new(options: &ImportOptions) -> Self {
        PartyBook {
            entries: Vec::new(),
            provider: options.provider.as_deref().map(norm),
            customer: options.customer.as_deref().map(norm),
            notes: Vec::new(),
        }
    }

    fn is_customer_name(&self, name: &str) -> bool {
        let n = norm(name);
        match &self.customer {
            Some(c) => *c == n,
            None => CUSTOMER_WORDS.contains(&n.as_str()) && self.provider.as_deref() != Some(&n),
        }
    }

    /// The party the options or the names make the customer, if already known.
    fn customer_index(&self) -> Option<usize> {
        if let Some(i) = self
            .entries
            .iter()
            .position(|e| self.is_customer_name(&e.name))
        {
            return Some(i);
        }
        if self.customer.is_some() {
            return None;
        }
        // No party is called the customer: the first one that is not the provider.
        let provider = match &self.provider {
            Some(p) => self.entries.iter().position(|e| norm(&e.name) == *p),
            None => Some(0),
        };
        (0..self.entries.len()).find(|i| Some(*i) != provider)
    }

    /// The provider: the one the options name, else the first party that is not the customer.
    fn provider_index(&self) -> Option<usize> {
        match &self.provider {
            Some(p) => self.entries.iter().position(|e| norm(&e.name) == *p),
            None => self
                .entries
                .iter()
                .position(|e| !self.is_customer_name(&e.name)),
        }
    }

    /// The id of the party called `name`, with a reading when it was matched
    /// through a word for the provider or the customer.
    pub fn find(&self, name: &str) -> Option<(String, Option<String>)> {
        let n = norm(name);
        if n.is_empty() {
            return None;
        }
        if let Some(e) = self.entries.iter().find(|e| norm(&e.name) == n) {
            return Some((e.id.clone(), None));
        }
        let (index, role) = if PROVIDER_WORDS.contains(&n.as_str()) {
            (self.provider_index()?, "the provider")
        } else if CUSTOMER_WORDS.contains(&n.as_str()) {
            // Only a party named as the customer: the fallback guess is not a name.
            (
                self.entries
                    .iter()
                    .position(|e| self.is_customer_name(&e.name))?,
                "the customer",
            )
        } else {
            return None;
        };
        let e = &self.entries[index];
        Some((
            e.id.clone(),
            Some(format!("“{}” read as {role} ({}).", name.trim(), e.name)),
        ))
    }

    /// The id for `name`, adding it as a new party when no party matches.
    /// `in_cells`: the name was found only in a cell, not in a header.
    pub fn find_or_add(&mut self, name: &str, in_cells: bool) -> (String, Option<String>) {
        if let Some(found) = self.find(name) {
            return found;
        }
        let name = name.trim().to_string();
        let mut id = slug(&name);
        let base = id.clone();
        let mut n = 2;
        while self.entries.iter().any(|e| e.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        if in_cells {
            self.notes.push(format!(
                "“{name}” is named only in cells, not as a column; it is a party of its own."
            ));
        }
        self.entries.push(Entry {
            id: id.clone(),
            name,
            roles: Vec::new(),
        });
        (id, None)
    }

    /// The provider's and the customer's ids, adding a "Provider" or "Customer"
    /// party when the file has none (for "Shared").
    pub fn provider_and_customer(&mut self) -> (String, String) {
        if self.customer_index().is_none() {
            let name = self.customer.clone().unwrap_or_else(|| "Customer".into());
            self.find_or_add(&capitalised(&name), true);
        }
        if self.provider_index().is_none() {
            let name = self.provider.clone().unwrap_or_else(|| "Provider".into());
            self.find_or_add(&capitalised(&name), true);
        }
        let p = self.provider_index().map(|i| self.entries[i].id.clone());
        let c = self.customer_index().map(|i| self.entries[i].id.clone());
        (p.unwrap_or_default(), c.unwrap_or_default())
    }

    /// The display name of a party id.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.as_str())
    }

    /// Records a role id inside a party (from `party/role` references).
    pub fn add_role(&mut self, party: &str, role: &str) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == party) {
            if !e.roles.iter().any(|r| r == role) {
                e.roles.push(role.to_string());
            }
        }
    }

    /// The parties with their kinds, and the offering-level readings.
    pub fn finish(mut self) -> Result<(Vec<Party>, Vec<Note>), String> {
        for (option, label) in [(&self.provider, "provider"), (&self.customer, "customer")] {
            if let Some(name) = option {
                if !self.entries.iter().any(|e| norm(&e.name) == *name) {
                    let known: Vec<&str> = self.entries.iter().map(|e| e.name.as_str()).collect();
                    return Err(format!(
                        "the {label} “{name}” is not a party of this file (parties: {})",
                        known.join(", ")
                    ));
                }
            }
        }
        let (provider, customer) = self.provider_and_customer();
        let mut notes = std::mem::take(&mut self.notes);
        let mut parties = Vec::new();
        for e in &self.entries {
            let kind = if e.id == provider {
                if self.provider.is_none() {
                    notes.push(format!(
                        "“{}” read as the provider: the first party that is not the customer.",
                        e.name
                    ));
                }
                PartyKind::Provider
            } else if e.id == customer {
                if self.customer.is_none() && norm(&e.name) != "customer" {
                    notes.push(format!("“{}” read as the customer.", e.name));
                }
                PartyKind::Customer
            } else {
                notes.push(format!("“{}” read as a third party.", e.name));
                PartyKind::ThirdParty
            };
            let roles: Vec<Role> = e
                .roles
                .iter()
                .map(|r| Role {
                    id: Cow::Owned(r.clone()),
                    name: Cow::Owned(r.to_uppercase()),
                    abbreviation: None,
                    description: Cow::Owned(format!("Role “{r}” named by the imported file.")),
                })
                .collect();
            parties.push(Party {
                id: Cow::Owned(e.id.clone()),
                name: Cow::Owned(e.name.clone()),
                kind,
                roles: Cow::Owned(roles),
            });
        }
        let notes = notes
            .into_iter()
            .map(|text| Note {
                kind: NoteKind::Reading,
                text: Cow::Owned(text),
            })
            .collect();
        Ok((parties, notes))
    }
}

fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
