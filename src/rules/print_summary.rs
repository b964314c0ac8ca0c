//! What a printed page says it shows: the variant, search and filters in force,
//! so a PDF handed out in a customer meeting is never mistaken for the whole
//! matrix when it is a filtered view.

use crate::rules::state::ViewState;
use rm_format::model::Offering;

/// One line per active choice, in the order the controls show them; a single
/// "every service" line when nothing narrows the view.
pub fn lines(state: &ViewState, offering: &Offering) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(v) = &state.variant {
        let dimension = offering.variants.as_ref();
        let label = dimension
            .and_then(|d| d.options.iter().find(|o| o.id == *v))
            .map_or(v.as_str(), |o| &o.label);
        let what = dimension.map_or("Variant", |d| &d.label);
        out.push(format!("{what}: {label}"));
    }
    if !state.query.trim().is_empty() {
        out.push(format!("Search: “{}”", state.query.trim()));
    }
    if let Some(id) = &state.section {
        let title = offering
            .sections
            .iter()
            .find(|s| s.id == *id)
            .map_or(id.as_str(), |s| &s.title);
        out.push(format!("Section: {title}"));
    }
    if let Some(d) = state.domain {
        out.push(format!("Domain: {}", d.label()));
    }
    if let Some(id) = &state.party {
        let name = offering
            .parties
            .iter()
            .find(|p| p.id == *id)
            .map_or(id.as_str(), |p| &p.name);
        out.push(format!("Party: {name}"));
    }
    if state.shared_only {
        out.push("Only services with a shared responsibility".into());
    }
    let filtered = !state.query.trim().is_empty()
        || state.section.is_some()
        || state.domain.is_some()
        || state.party.is_some()
        || state.shared_only;
    if !filtered {
        out.push("No search or filters: every service".into());
    }
    out
}
