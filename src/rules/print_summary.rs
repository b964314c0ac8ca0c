//! What a printed page says it shows: the variant, search and filters in force,
//! so a PDF handed out in a customer meeting is never mistaken for the whole
//! matrix when it is a filtered view.

use crate::i18n::Lang;
use crate::rules::active_filters::active_filters;
use crate::rules::state::ViewState;
use rm_format::model::Offering;

/// One line per active choice, in the order the controls show them; a single
/// "every service" line when nothing narrows the view.
pub fn lines(lang: Lang, state: &ViewState, offering: &Offering) -> Vec<String> {
    let t = lang.texts();
    let mut out = Vec::new();
    if let Some(v) = &state.variant {
        let dimension = offering.variants.as_ref();
        let label = dimension
            .and_then(|d| d.options.iter().find(|o| o.id == *v))
            .map_or(v.as_str(), |o| &o.label);
        let what = dimension.map_or(t.variant, |d| &d.label);
        out.push(lang.filter_named(what, label));
    }
    let filters = active_filters(lang, state, offering);
    let filtered = !filters.is_empty();
    out.extend(filters.into_iter().map(|f| f.label));
    if !filtered {
        out.push(t.every_service.into());
    }
    out
}
