//! The `detail` of the element's `rm-change` event: the view state a host
//! page needs to follow the reader (which offering, variant, filters, view and
//! open row), as a plain serialisable struct.
//!
//! Built from [`ViewState`] so the event and the URL state can never disagree;
//! `crate::element` sends it as JSON and the element's script dispatches it.
//!
//! ```
//! use responsibility_matrix::{io::events::ChangeDetail, rules::state::ViewState};
//! let state = ViewState { offering: "vmware".into(), query: "patch".into(), ..ViewState::default() };
//! let detail = ChangeDetail::from_state(&state);
//! assert_eq!(detail.filters.search, "patch");
//! assert!(detail.to_json().contains("\"offering\":\"vmware\""));
//! ```

use crate::io::url_state;
use crate::rules::state::ViewState;
use serde::Serialize;

/// What `event.detail` holds for `rm-change` (field names are public API).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeDetail {
    /// Offering id.
    pub offering: String,
    /// Variant id; `null` shows every variant.
    pub variant: Option<String>,
    pub filters: Filters,
    /// `table`, `compare`, `own` or `coverage`.
    pub view: &'static str,
    /// The expanded row's id, if one is open.
    pub row: Option<String>,
    /// The same view as a URL-state fragment (`o=vmware&q=patch`), for links.
    pub hash: String,
}

/// The active search and filters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Filters {
    pub search: String,
    pub section: Option<String>,
    pub domain: Option<&'static str>,
    pub party: Option<String>,
    pub shared_only: bool,
    pub other_columns: bool,
}

impl ChangeDetail {
    pub fn from_state(state: &ViewState) -> ChangeDetail {
        ChangeDetail {
            offering: state.offering.clone(),
            variant: state.variant.clone(),
            filters: Filters {
                search: state.query.clone(),
                section: state.section.clone(),
                domain: state.domain.map(|d| d.id()),
                party: state.party.clone(),
                shared_only: state.shared_only,
                other_columns: state.show_other_columns,
            },
            view: state.view.id(),
            row: state.expanded_row.clone(),
            hash: url_state::encode(state),
        }
    }

    /// The detail as JSON (the script parses it into `event.detail`).
    pub fn to_json(&self) -> String {
        // Only strings, booleans and options: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}
