//! The search and filters in force, each named the way the reader would say
//! it: the chips above the table, the empty state's "remove this filter"
//! buttons and the print header all list them from here, so a filter the
//! controls do not show (call mode, a link, an attribute) is never silent.

use crate::i18n::Lang;
use crate::rules::state::ViewState;
use rm_format::model::Offering;

/// One kind of filter, removable on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilterKind {
    Search,
    Section,
    Domain,
    Party,
    SharedOnly,
}

impl FilterKind {
    /// The public name (`data-rm-filter`), the same as the filter's URL key.
    pub fn id(self) -> &'static str {
        match self {
            FilterKind::Search => "q",
            FilterKind::Section => "sec",
            FilterKind::Domain => "dom",
            FilterKind::Party => "party",
            FilterKind::SharedOnly => "shared",
        }
    }
}

/// A filter in force and how it reads ("Domain: Network").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveFilter {
    pub kind: FilterKind,
    pub label: String,
}

/// Every search and filter narrowing the rows, in the order the controls
/// show them; empty when nothing narrows the view.
pub fn active_filters(lang: Lang, state: &ViewState, offering: &Offering) -> Vec<ActiveFilter> {
    let t = lang.texts();
    let mut out = Vec::new();
    let mut push = |kind, label| out.push(ActiveFilter { kind, label });
    let query = state.query.trim();
    if !query.is_empty() {
        push(FilterKind::Search, lang.filter_search(query));
    }
    if let Some(id) = &state.section {
        let title = offering
            .sections
            .iter()
            .find(|s| s.id == *id)
            .map_or(id.as_str(), |s| &s.title);
        push(
            FilterKind::Section,
            lang.filter_named(t.filter_section, title),
        );
    }
    if let Some(d) = state.domain {
        push(
            FilterKind::Domain,
            lang.filter_named(t.domain, lang.domain(d)),
        );
    }
    if let Some(id) = &state.party {
        let name = offering
            .parties
            .iter()
            .find(|p| p.id == *id)
            .map_or(id.as_str(), |p| &p.name);
        push(FilterKind::Party, lang.filter_named(t.filter_party, name));
    }
    if state.shared_only {
        push(FilterKind::SharedOnly, t.filter_shared_only.into());
    }
    out
}

impl ViewState {
    /// Removes one filter, leaving the others.
    pub fn remove_filter(&mut self, kind: FilterKind) {
        match kind {
            FilterKind::Search => self.query.clear(),
            FilterKind::Section => self.section = None,
            FilterKind::Domain => self.domain = None,
            FilterKind::Party => self.party = None,
            FilterKind::SharedOnly => self.shared_only = false,
        }
    }
}
