//! The view as JSON: the offering cut down to the view, in the data format,
//! with a `view` object saying what produced it.

use super::grid::filtered_offering;
use crate::rules::filter::{applicable_rows, visible_rows, ViewState};
use rm_format::model::Offering;
use serde::Serialize;

/// The `view` object of a JSON export: what produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewInfo {
    /// The offering id.
    pub offering: String,
    /// The chosen variant id; `null` for all types.
    pub variant: Option<String>,
    /// The search text ("" when none).
    pub query: String,
    pub filters: FilterInfo,
    /// Other variants' columns kept visible.
    pub show_other_columns: bool,
    /// The URL hash that opens this view (`#o=…`).
    pub link: String,
    /// Rows exported and rows the variant applies to ("N of M services").
    pub rows: usize,
    pub total_rows: usize,
}

/// The filters of a [`ViewInfo`]; `null` / `false` when not set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FilterInfo {
    pub section: Option<String>,
    pub domain: Option<&'static str>,
    pub party: Option<String>,
    pub shared_only: bool,
}

/// The `view` object of the current view.
pub fn view_info(o: &Offering, state: &ViewState) -> ViewInfo {
    ViewInfo {
        offering: o.id.to_string(),
        variant: state.variant.clone(),
        query: state.query.clone(),
        filters: FilterInfo {
            section: state.section.clone(),
            domain: state.domain.map(|d| d.id()),
            party: state.party.clone(),
            shared_only: state.shared_only,
        },
        show_other_columns: state.show_other_columns,
        link: format!("#{}", crate::io::url_state::encode(state)),
        rows: visible_rows(o, state).len(),
        total_rows: applicable_rows(o, state).len(),
    }
}

#[derive(Serialize)]
struct JsonExport<'a> {
    #[serde(flatten)]
    offering: &'a Offering,
    view: ViewInfo,
}

/// The view as JSON: [`filtered_offering`], serialised with the model's own
/// serde (so it reads back with the data loader once `view` is removed),
/// followed by a `view` object ([`ViewInfo`]); pretty-printed.
pub fn to_json(o: &Offering, state: &ViewState) -> Result<String, String> {
    let export = JsonExport {
        offering: &filtered_offering(o, state),
        view: view_info(o, state),
    };
    let mut s = serde_json::to_string_pretty(&export)
        .map_err(|e| format!("could not write the JSON: {e}"))?;
    s.push('\n');
    Ok(s)
}
