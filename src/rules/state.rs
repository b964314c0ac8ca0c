//! The view state: everything the reader picked, and the operations that
//! change it.
//!
//! Components never assign its fields themselves: they call these methods
//! (through the UI's view context), so every change the widget can make is a
//! plain function, tested natively.

use rm_format::model::{Domain, Offering};

/// Everything that decides what the widget shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Offering id.
    pub offering: String,
    /// Chosen variant id; `None` shows every variant.
    pub variant: Option<String>,
    /// Free-text search.
    pub query: String,
    /// Only this section (id).
    pub section: Option<String>,
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only rows where this party holds a tick, R or A.
    pub party: Option<String>,
    /// Only rows shared with the customer ([`crate::rules::shared::row_sharing`]).
    pub shared_only: bool,
    /// With a variant chosen, also show the other variants' columns (de-emphasised).
    pub show_other_columns: bool,
    /// Expanded legends.
    pub legend_raci: bool,
    pub legend_qualifiers: bool,
    /// Expanded row details (row id).
    pub expanded_row: Option<String>,
    /// Which view shows the offering: the table (default), a comparison, a
    /// party's checklist or the coverage summary.
    pub view: View,
    /// What the compare view compares with: a variant id of this offering or
    /// another offering's id; `None`: [`crate::rules::compare::default_target`].
    pub compare_with: Option<String>,
    /// Compare view: only the services whose responsibility changes.
    pub changes_only: bool,
    /// Customer-call (presentation) mode: large type, high contrast, fewer controls.
    pub call_mode: bool,
    /// Checklist view: whose checklist (party id); `None`: the customer.
    pub own_party: Option<String>,
}

/// The widget's views of one offering (`view=` in the URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum View {
    /// The responsibility matrix.
    #[default]
    Table,
    /// Two variants, or two offerings, side by side.
    Compare,
    /// "What do I own?": one party's checklist.
    Own,
    /// Coverage summary: who owns, shares, or nobody, per section.
    Coverage,
}

impl View {
    pub const ALL: [View; 4] = [View::Table, View::Compare, View::Own, View::Coverage];

    /// The id used in the URL (`view=compare`).
    pub fn id(self) -> &'static str {
        match self {
            View::Table => "table",
            View::Compare => "compare",
            View::Own => "own",
            View::Coverage => "coverage",
        }
    }

    /// The view's name on its button.
    pub fn label(self) -> &'static str {
        match self {
            View::Table => "Table",
            View::Compare => "Compare",
            View::Own => "What do I own?",
            View::Coverage => "Coverage",
        }
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// What the shown columns (and so the search index and the mounted table)
/// depend on: unchanged while the reader types or filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ColumnSet {
    pub offering: String,
    pub variant: Option<String>,
    pub show_other_columns: bool,
}

impl ColumnSet {
    /// The unfiltered view of these columns.
    pub fn state(&self) -> ViewState {
        ViewState {
            variant: self.variant.clone(),
            show_other_columns: self.show_other_columns,
            ..ViewState::for_offering(&self.offering)
        }
    }
}

/// Everything that narrows the rows besides the search text, borrowed: two
/// states with equal filters differ at most in what is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filters<'a> {
    pub offering: &'a str,
    pub variant: Option<&'a str>,
    pub show_other_columns: bool,
    pub section: Option<&'a str>,
    pub domain: Option<Domain>,
    pub party: Option<&'a str>,
    pub shared_only: bool,
}

/// `Some(v)` unless `v` is empty (a select's "no choice" option).
fn non_empty(v: &str) -> Option<String> {
    (!v.is_empty()).then(|| v.to_string())
}

impl ViewState {
    /// The default view of an offering.
    pub fn for_offering(id: &str) -> ViewState {
        ViewState {
            offering: id.to_string(),
            ..ViewState::default()
        }
    }

    /// Whether any filter narrows the rows (the reset button's condition).
    pub fn is_filtered(&self) -> bool {
        !self.query.trim().is_empty()
            || self.section.is_some()
            || self.domain.is_some()
            || self.party.is_some()
            || self.shared_only
    }

    /// The columns this state shows.
    pub fn column_set(&self) -> ColumnSet {
        ColumnSet {
            offering: self.offering.clone(),
            variant: self.variant.clone(),
            show_other_columns: self.show_other_columns,
        }
    }

    /// The filters this state applies besides the search text.
    pub fn filters(&self) -> Filters<'_> {
        Filters {
            offering: &self.offering,
            variant: self.variant.as_deref(),
            show_other_columns: self.show_other_columns,
            section: self.section.as_deref(),
            domain: self.domain,
            party: self.party.as_deref(),
            shared_only: self.shared_only,
        }
    }

    /// How many of the section, domain, party and "shared only" filters are on
    /// (the phone layout's "More filters (n active)").
    pub fn secondary_filters_on(&self) -> usize {
        [
            self.section.is_some(),
            self.domain.is_some(),
            self.party.is_some(),
            self.shared_only,
        ]
        .iter()
        .filter(|x| **x)
        .count()
    }

    /// The default view of another offering, keeping what is not about the
    /// offering: legends, the view, call mode and "changes only"; the compare
    /// target only when it is another offering (`is_offering` says which ids
    /// are) and the checklist party only when the new offering has it.
    pub fn switched_to(
        &self,
        offering: &Offering,
        is_offering: impl Fn(&str) -> bool,
    ) -> ViewState {
        let compare_with = self
            .compare_with
            .clone()
            .filter(|c| *c != *offering.id && offering.variant(c).is_none() && is_offering(c));
        ViewState {
            legend_raci: self.legend_raci,
            legend_qualifiers: self.legend_qualifiers,
            view: self.view,
            compare_with,
            changes_only: self.changes_only,
            call_mode: self.call_mode,
            own_party: self
                .own_party
                .clone()
                .filter(|p| offering.party(p).is_some()),
            ..ViewState::for_offering(&offering.id)
        }
    }

    /// Switches to another offering in place (see [`ViewState::switched_to`]).
    pub fn switch_offering(&mut self, offering: &Offering, is_offering: impl Fn(&str) -> bool) {
        *self = self.switched_to(offering, is_offering);
    }

    /// Clears search and filters, keeping offering, variant and legends.
    pub fn reset_filters(&mut self) {
        self.query.clear();
        self.section = None;
        self.domain = None;
        self.party = None;
        self.shared_only = false;
    }

    /// Picks a variant by id; `""` shows every variant.
    pub fn pick_variant(&mut self, id: &str) {
        self.variant = non_empty(id);
    }

    /// Sets the search text; `false` (and no change) when it is already that.
    pub fn set_query(&mut self, query: String) -> bool {
        if self.query == query {
            return false;
        }
        self.query = query;
        true
    }

    /// Shows one of the views.
    pub fn show(&mut self, view: View) {
        self.view = view;
    }

    /// Opens the compare view, or goes back to the table from it.
    pub fn toggle_compare(&mut self) {
        self.view = if self.view == View::Compare {
            View::Table
        } else {
            View::Compare
        };
    }

    /// Picks what the compare view compares with; `""`: the default target.
    pub fn compare_with(&mut self, id: &str) {
        self.compare_with = non_empty(id);
    }

    /// Turns customer-call mode on or off.
    pub fn toggle_call_mode(&mut self) {
        self.call_mode = !self.call_mode;
    }

    /// Opens a row's details, or closes them when they are the open ones
    /// (one row at a time).
    pub fn toggle_row(&mut self, row_id: &str) {
        self.expanded_row = if self.expanded_row.as_deref() == Some(row_id) {
            None
        } else {
            Some(row_id.to_string())
        };
    }

    /// Picks whose checklist the "What do I own?" view shows; `""`: the default party.
    pub fn pick_own_party(&mut self, party: &str) {
        self.own_party = non_empty(party);
    }

    /// Expands or collapses the RACI legend.
    pub fn toggle_raci_legend(&mut self) {
        self.legend_raci = !self.legend_raci;
    }

    /// Expands or collapses the qualifier legend.
    pub fn toggle_qualifier_legend(&mut self) {
        self.legend_qualifiers = !self.legend_qualifiers;
    }
}
