//! References between ids: id syntax, "(known: …)" lists, and the parties
//! and roles a cell or row may name.

use super::{is_valid_id, shorten, Report, MAX_KNOWN};
use crate::model::{Offering, Party};
use std::collections::{HashMap, HashSet};

pub(super) fn check_role_ref(r: &mut Report, parties: &Parties, path: String, reference: &str) {
    let Some((party, role)) = reference.split_once('/') else {
        r.err(path, format!("`{reference}` should be `party/role`"));
        return;
    };
    match parties.get(party) {
        None => r.err(path, format!("unknown party `{party}`{}", parties.known)),
        Some(p) if !p.roles.iter().any(|x| x.id == role) => {
            r.err(path, format!("party `{party}` has no role `{role}`"))
        }
        Some(_) => {}
    }
}

pub(super) fn check_id(r: &mut Report, path: impl Into<String>, id: &str) {
    if !is_valid_id(id) {
        r.err(
            path,
            format!("id `{id}` must be lower-case letters, digits and single hyphens (at most 64)"),
        );
    }
}

pub(super) fn known(ids: &HashSet<&str>) -> String {
    let mut v: Vec<&str> = ids.iter().copied().collect();
    v.sort_unstable();
    if v.is_empty() {
        " (none are defined)".into()
    } else if v.len() > MAX_KNOWN {
        let more = v.len() - MAX_KNOWN;
        v.truncate(MAX_KNOWN);
        let listed: Vec<String> = v.iter().map(|id| shorten(id, 40)).collect();
        format!(" (known: {} and {more} more)", listed.join(", "))
    } else {
        let listed: Vec<String> = v.iter().map(|id| shorten(id, 40)).collect();
        format!(" (known: {})", listed.join(", "))
    }
}

/// The offering's parties by id (the first of each id, as `Offering::party`
/// finds it) and their "(known: …)" list, built once: a file with many
/// parties and many references stays linear.
pub(crate) struct Parties<'a> {
    by_id: HashMap<&'a str, &'a Party>,
    pub(super) known: String,
}

impl<'a> Parties<'a> {
    pub(super) fn new(o: &'a Offering) -> Self {
        let mut by_id = HashMap::new();
        for p in o.parties.iter() {
            by_id.entry(&*p.id).or_insert(p);
        }
        let ids: HashSet<&str> = by_id.keys().copied().collect();
        Parties {
            known: known(&ids),
            by_id,
        }
    }
    pub(super) fn get(&self, id: &str) -> Option<&'a Party> {
        self.by_id.get(id).copied()
    }
}
