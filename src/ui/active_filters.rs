//! The search and filters in force as removable chips, above the table and
//! every other view, in every mode: call mode and a link or attribute can set
//! a filter whose control is not on screen, and the reader must still see it.
//! Also the empty state's "remove this filter" buttons.

use crate::rules::active_filters::{active_filters, ActiveFilter};
use crate::rules::state::ViewState;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;

/// The active filters as chips; with `removable`, each has a remove button
/// (a read-only embed shows them as plain chips). Absent when nothing filters.
#[component]
pub fn ActiveFilterChips(removable: Signal<bool>) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let filters = Memo::new(move |_| ctx.read(|s| active_filters(lang, s, ctx.offering())));
    move || {
        let list = filters.get();
        (!list.is_empty()).then(|| {
            let chips = list
                .into_iter()
                .map(|f| {
                    let kind = f.kind.id();
                    let button = removable.get().then(|| remove_button(ctx, lang, &f, "×"));
                    view! {
                        <li class="rm-filter-chip" data-rm-filter=kind>
                            <span class="rm-filter-chip__label">{f.label.clone()}</span>
                            {button}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="rm-active-filters" data-rm="active-filters">
                    <span class="rm-active-filters__label" aria-hidden="true">{t.filtered_by}</span>
                    <ul class="rm-active-filters__list" aria-label=t.filtered_by>{chips}</ul>
                    {removable.get().then(|| view! {
                        <button
                            type="button"
                            class="rm-button rm-button--quiet rm-active-filters__clear"
                            data-rm="clear-filters"
                            on:click=move |_| ctx.change(ViewState::reset_filters)
                        >
                            {t.clear_all}
                        </button>
                    })}
                </div>
            }
        })
    }
}

/// "Remove this filter" for each active filter, then "Reset filters": the
/// empty state's way out, one filter at a time.
#[component]
pub fn RemoveFilterButtons() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let filters = Memo::new(move |_| ctx.read(|s| active_filters(lang, s, ctx.offering())));
    view! {
        <ul class="rm-empty__filters">
            {move || filters.get().into_iter().map(|f| {
                let text = lang.remove_quoted(&f.label);
                view! { <li>{remove_button(ctx, lang, &f, &text)}</li> }
            }).collect_view()}
        </ul>
    }
}

/// A button removing one filter; its accessible name says which.
fn remove_button(
    ctx: ViewCtx,
    lang: crate::i18n::Lang,
    f: &ActiveFilter,
    text: &str,
) -> impl IntoView {
    let kind = f.kind;
    view! {
        <button
            type="button"
            class="rm-button rm-filter-chip__remove"
            data-rm="remove-filter"
            data-rm-filter=kind.id()
            aria-label=lang.remove_filter(&f.label)
            on:click=move |_| ctx.change(|s| s.remove_filter(kind))
        >
            {text.to_string()}
        </button>
    }
}
