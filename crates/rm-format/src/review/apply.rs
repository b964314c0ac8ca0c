//! Applies the review's choices: reads the file again with the chosen
//! provider and customer, merges and renames parties, records every choice
//! as a reading and validates the result.

use super::merge::merge_party;
use super::{choice_error, read, Review};
use crate::import::ImportOptions;
use crate::model::{Note, NoteKind, Offering, PartyKind};
use crate::validate::{validate_offering, ValidationError};
use std::borrow::Cow;

pub(super) fn apply(review: &Review) -> Result<Offering, Vec<ValidationError>> {
    let file = review.file.as_str();
    let found = &review.found;
    let c = &review.choices;
    let found_name = |id: &str| found.party(id).map(|p| p.name.to_string());
    let (Some(provider), Some(customer)) = (found_name(&c.provider), found_name(&c.customer))
    else {
        return Err(choice_error(
            file,
            "choose a provider and a customer among the parties found".into(),
        ));
    };
    if c.provider == c.customer {
        return Err(choice_error(
            file,
            format!("“{provider}” cannot be both the provider and the customer"),
        ));
    }
    let guessed = |kind| found.parties.iter().find(|p| p.kind == kind);
    let unchanged = guessed(PartyKind::Provider).is_some_and(|p| p.id == c.provider)
        && guessed(PartyKind::Customer).is_some_and(|p| p.id == c.customer);
    let mut o = if unchanged {
        found.clone()
    } else {
        let options = ImportOptions {
            provider: Some(provider.clone()),
            customer: Some(customer.clone()),
            ..ImportOptions::default()
        };
        // A name the importer reads as a role word ("Customer" chosen as the
        // provider) cannot be re-read; then the choice sets the kinds alone.
        read(file, &review.opened, &options).unwrap_or_else(|_| found.clone())
    };
    // The second reading names parties as the first did; ids follow names.
    let id_now = |o: &Offering, id: &str| -> Result<String, Vec<ValidationError>> {
        let name = found_name(id).unwrap_or_default();
        o.parties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.id.to_string())
            .ok_or_else(|| {
                choice_error(
                    file,
                    format!("“{name}” is no longer a party when read again"),
                )
            })
    };
    let provider_id = id_now(&o, &c.provider)?;
    let customer_id = id_now(&o, &c.customer)?;
    for p in o.parties.to_mut() {
        p.kind = if p.id == provider_id {
            PartyKind::Provider
        } else if p.id == customer_id {
            PartyKind::Customer
        } else {
            PartyKind::ThirdParty
        };
    }
    let mut readings = vec![
        format!("Chosen in the review: “{provider}” is the provider."),
        format!("Chosen in the review: “{customer}” is the customer."),
    ];
    for (from, into) in &c.merges {
        let Some(target) = final_target(review, from, into) else {
            return Err(choice_error(
                file,
                format!(
                    "“{}” cannot be merged into “{}”: the merges go round in a circle",
                    found_name(from).unwrap_or_default(),
                    found_name(into).unwrap_or_default()
                ),
            ));
        };
        if *from == c.provider || *from == c.customer {
            let role = if *from == c.provider {
                "provider"
            } else {
                "customer"
            };
            return Err(choice_error(
                file,
                format!(
                    "“{}” is the {role}; choose another {role} before merging it away",
                    found_name(from).unwrap_or_default()
                ),
            ));
        }
        let (from_now, into_now) = (id_now(&o, from)?, id_now(&o, &target)?);
        let cells = merge_party(&mut o, &from_now, &into_now);
        readings.push(format!(
            "Chosen in the review: “{}” merged into “{}” ({cells} cells).",
            found_name(from).unwrap_or_default(),
            found_name(&target).unwrap_or_default()
        ));
    }
    for (id, name) in &c.renames {
        if review.merged_into(id).is_some() {
            continue;
        }
        let now = id_now(&o, id)?;
        if let Some(p) = o.parties.to_mut().iter_mut().find(|p| p.id == now) {
            readings.push(format!(
                "Chosen in the review: “{}” is shown as “{name}”.",
                p.name
            ));
            p.name = Cow::Owned(name.clone());
        }
    }
    o.provider = Cow::Owned(review.name_of(&c.provider));
    o.notes
        .to_mut()
        .extend(readings.into_iter().map(|text| Note {
            kind: NoteKind::Reading,
            text: Cow::Owned(text),
        }));
    validate_offering(file, &o)?;
    Ok(o)
}

/// The party a merge of `from` into `into` ends up in, following merges of
/// `into` itself; `None` when they lead back to `from`.
fn final_target(review: &Review, from: &str, into: &str) -> Option<String> {
    let mut seen = vec![from.to_string()];
    let mut at = into.to_string();
    while let Some(next) = review.merged_into(&at) {
        if seen.iter().any(|s| s == next) {
            return None;
        }
        seen.push(std::mem::replace(&mut at, next.to_string()));
    }
    (!seen.contains(&at)).then_some(at)
}
