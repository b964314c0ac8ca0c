//! The views of an offering besides the table, one file each, each its own
//! chunk: the widget enters them through the functions below only.

mod checklist;
mod checklist_item;
mod checklist_marks;
mod compare;
mod compare_offerings;
mod coverage;

use super::on_demand::on_demand;
use leptos::prelude::*;

on_demand!(
    compare,
    /// Compare two variants (or two matrices) by activity.
    pub fn compare_view() -> AnyView {
        // Nothing when the view was left before its chunk arrived.
        when_shown(|| view! { <compare::CompareView /> }.into_any())
    }
);

on_demand!(
    own,
    /// "What do I own?": the checklist of one party.
    pub fn own_view() -> AnyView {
        // Nothing when the view was left before its chunk arrived.
        when_shown(|| view! { <checklist::Checklist /> }.into_any())
    }
);

on_demand!(
    coverage,
    /// Coverage: who holds each domain, as bars.
    pub fn coverage_view() -> AnyView {
        // Nothing when the view was left before its chunk arrived.
        when_shown(|| view! { <coverage::CoverageChart /> }.into_any())
    }
);

/// `build()`, unless the widget's context is gone (the reader left the view,
/// or the widget was removed, while the chunk was arriving).
fn when_shown(build: impl FnOnce() -> AnyView) -> AnyView {
    if use_context::<crate::ui::context::ViewCtx>().is_some() {
        build()
    } else {
        ().into_any()
    }
}
