//! Pickers, search and filters, and the "N of M services" count.
//!
//! Every control has a visible `<label>`; values live in the one
//! [`ViewState`](crate::rules::state::ViewState), changed through its methods.

use crate::catalog::{self, Choice};
use crate::io::url_state;
use crate::rules::present::{inference_title, variant_picker_label};
use crate::rules::state::ViewState;
use crate::ui::common::{FilterSelect, FlagCheckbox};
use crate::ui::context::{TableCtx, ViewCtx};
use leptos::prelude::*;
use rm_format::model::Domain;

/// The controls above the table; `link_base` is where "Copy link" points
/// (`None`: this page). The less-used filters and `children` (the export
/// buttons) fold behind one "More filters" control, so the table starts
/// high on the screen; the filters in force show as chips meanwhile.
#[component]
pub fn Controls(
    link_base: Option<String>,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let more_open = RwSignal::new(false);
    let active = move || ctx.read(ViewState::secondary_filters_on);
    let table_view = move || ctx.read(|s| s.view == crate::rules::state::View::Table);
    let lang = crate::i18n::lang();
    let t = lang.texts();
    view! {
        <form class="rm-controls" part="toolbar" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="rm-controls__pick">
                <OfferingPicker />
                <VariantPicker />
            </div>
            <div class="rm-controls__filter">
                <SearchBox />
                <button
                    type="button"
                    class="rm-button rm-more-toggle"
                    data-rm="more-filters"
                    aria-expanded=move || more_open.get().to_string()
                    aria-controls="rm-more-filters"
                    on:click=move |_| more_open.update(|o| *o = !*o)
                >
                    {move || {
                        let what = if table_view() { t.more_filters_export } else { t.more_filters };
                        match active() {
                            0 => what.to_string(),
                            n => lang.more_filters_active(what, n),
                        }
                    }}
                </button>
            </div>
            <div class="rm-controls__actions">
                <button
                    type="button"
                    class="rm-button"
                    data-rm="reset"
                    prop:disabled=move || ctx.read(|s| !s.is_filtered())
                    on:click=move |_| ctx.change(ViewState::reset_filters)
                >
                    {t.reset_filters}
                </button>
                <CopyLink link_base />
            </div>
            <div id="rm-more-filters" class="rm-controls__more" class:rm-controls__more--open=move || more_open.get()>
                <div class="rm-controls__more-filters">
                    <SectionFilter />
                    <DomainFilter />
                    <PartyFilter />
                    <FlagCheckbox label=t.shared_only data_rm="shared-only" get=|s| s.shared_only set=|s, on| s.shared_only = on />
                    <OtherColumnsCheckbox />
                </div>
                {children.map(|c| c())}
            </div>
        </form>
    }
}

/// The offering picker: built-in offerings, then (in their own group) any
/// matrix the embedding page supplied.
#[component]
fn OfferingPicker() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let option = move |c: Choice| {
        let selected = move || ctx.read(|s| s.offering == c.id());
        view! {
            <option value=c.id() selected=selected>
                {c.title()}
            </option>
        }
    };
    let builtin = catalog::built_in().len();
    let t = crate::i18n::t();
    view! {
        <label class="rm-field">
            <span class="rm-field__label">{t.offering}</span>
            <select
                data-rm="offering-picker"
                prop:value=move || ctx.read(|s| s.offering.clone())
                // Keeps legends, the view, call mode and what still applies.
                on:change=move |ev| ctx.switch_offering(&event_target_value(&ev))
            >
                {move || {
                    let all = ctx.offerings();
                    let (ours, rest) = all.split_at(builtin.min(all.len()));
                    let ours = ours.iter().copied().map(option).collect_view();
                    let group = |label: &'static str, opened: bool| {
                        let items: Vec<Choice> = rest
                            .iter()
                            .copied()
                            .filter(|c| matches!(c, Choice::Opened(_)) == opened)
                            .collect();
                        (!items.is_empty()).then(|| {
                            let items = items.into_iter().map(option).collect_view();
                            view! { <optgroup label=label>{items}</optgroup> }
                        })
                    };
                    let supplied = group(t.supplied_group, false);
                    let opened = group(t.opened_group, true);
                    view! { {ours} {supplied} {opened} }
                }}
            </select>
        </label>
    }
}

/// The "OS/VM type" picker; absent when the offering has no variants.
#[component]
fn VariantPicker() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let t = crate::i18n::t();
    move || {
        let o = ctx.offering();
        let dim = o.variants.as_ref()?;
        Some(view! {
            <label class="rm-field" title=dim.inference.as_ref().map(|i| inference_title(crate::i18n::lang(), i))>
                <span class="rm-field__label">{variant_picker_label(dim)}</span>
                <select
                    data-rm="variant-picker"
                    prop:value=move || ctx.read(|s| s.variant.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.change(|s| s.pick_variant(&v));
                    }
                >
                    <option value="" selected=move || ctx.read(|s| s.variant.is_none())>
                        {t.all_types}
                    </option>
                    {dim
                        .options
                        .iter()
                        .map(|v| {
                            let id = v.id.to_string();
                            let selected = move || ctx.read(|s| s.variant.as_deref() == Some(id.as_str()));
                            view! {
                                <option value=v.id.to_string() selected=selected>
                                    {v.label.to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        })
    }
}

/// "Show the other types’ columns", when a type is chosen and the offering
/// has columns per type.
#[component]
fn OtherColumnsCheckbox() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let applies = move || {
        ctx.offering()
            .columns
            .iter()
            .any(|c| !c.variants.is_empty())
            && ctx.read(|s| s.variant.is_some())
    };
    let t = crate::i18n::t();
    view! {
        <Show when=applies>
            <FlagCheckbox label=t.other_columns data_rm="show-other-columns" get=|s| s.show_other_columns set=|s, on| s.show_other_columns = on />
        </Show>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let table = TableCtx::expect();
    // On a table larger than a page, what is typed reaches the view state in
    // the next task, not inside the input event: right after that event the
    // browser lays the page out for the caret, so table changes made inside
    // it were laid out in the same task, which is slow on a large table.
    // Keys typed meanwhile apply together. Smaller tables apply at once.
    // Dropping a pending Timeout cancels it.
    let pending: StoredValue<Option<gloo::timers::callback::Timeout>, LocalStorage> =
        StoredValue::new_local(None);
    let set_query = move |q: String| ctx.set_query(q);
    let apply = move |input: web_sys::HtmlInputElement| {
        if table.total.get_untracked() <= crate::rules::table_rows::PAGE {
            pending.set_value(None);
            set_query(input.value());
            return;
        }
        let later = gloo::timers::callback::Timeout::new(0, move || set_query(input.value()));
        pending.set_value(Some(later));
    };
    let t = crate::i18n::t();
    view! {
        <label class="rm-field rm-field--search">
            <span class="rm-field__label">{t.search_label}</span>
            <input
                type="search"
                data-rm="search"
                placeholder=t.search_placeholder
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                prop:value=move || ctx.read(|s| s.query.clone())
                on:input=move |ev| apply(event_target::<web_sys::HtmlInputElement>(&ev))
            />
        </label>
    }
}

/// `Some(v)` unless `v` is empty.
fn non_empty(v: String) -> Option<String> {
    (!v.is_empty()).then_some(v)
}

#[component]
fn SectionFilter() -> impl IntoView {
    view! {
        <FilterSelect
            label=crate::i18n::t().section
            data_rm="section-filter"
            empty_label=crate::i18n::t().all_sections
            get=|s| s.section.clone().unwrap_or_default()
            set=|s, v| s.section = non_empty(v)
            options=|o, s| {
                o.sections
                    .iter()
                    .filter(|sec| {
                        s.variant.as_deref().is_none_or(|v| sec.variants.is_empty() || sec.variants.iter().any(|x| x == v))
                    })
                    .map(|sec| {
                        let label = match &sec.number {
                            Some(n) => format!("{n} {}", sec.title),
                            None => sec.title.to_string(),
                        };
                        (sec.id.to_string(), label)
                    })
                    .collect()
            }
        />
    }
}

#[component]
fn DomainFilter() -> impl IntoView {
    view! {
        <FilterSelect
            label=crate::i18n::t().domain
            data_rm="domain-filter"
            empty_label=crate::i18n::t().all_domains
            get=|s| s.domain.map(|d| d.id().to_string()).unwrap_or_default()
            set=|s, v| s.domain = Domain::from_id(&v)
            options=|o, _| {
                Domain::ALL
                    .into_iter()
                    .filter(|d| o.rows().any(|(_, r)| r.domain == *d))
                    .map(|d| (d.id().to_string(), crate::i18n::lang().domain(d).to_string()))
                    .collect()
            }
        />
    }
}

#[component]
fn PartyFilter() -> impl IntoView {
    let lang = crate::i18n::lang();
    view! {
        <FilterSelect
            label=lang.texts().party
            data_rm="party-filter"
            empty_label=lang.texts().any_party
            get=|s| s.party.clone().unwrap_or_default()
            set=|s, v| s.party = non_empty(v)
            options=|o, _| {
                // Read where the options are built: the widget's language is in context there.
                let lang = crate::i18n::lang();
                o.parties.iter().map(|p| (p.id.to_string(), lang.where_responsible(&p.name))).collect()
            }
        />
    }
}

/// Copies a link to exactly this view; shows the link when the clipboard is unavailable.
#[component]
fn CopyLink(link_base: Option<String>) -> impl IntoView {
    let ctx = ViewCtx::expect();
    let status = RwSignal::new(String::new());
    let lang = crate::i18n::lang();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Embedded, the link opens this view on the widget's own page; standalone, this page.
        let base = link_base.clone().unwrap_or_else(|| {
            let href = window.location().href().unwrap_or_default();
            href.split('#').next().unwrap_or_default().to_string()
        });
        let link = format!("{base}#{}", ctx.read_untracked(url_state::encode));
        let promise = window.navigator().clipboard().write_text(&link);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set(lang.texts().link_copied.into()),
                Err(_) => status.set(lang.copy_this_link(&link)),
            }
        });
    };
    view! {
        <button type="button" class="rm-button" data-rm="copy-link" on:click=copy>
            {lang.texts().copy_link}
        </button>
        <span class="rm-copy-status" role="status" data-rm="copy-status">
            {move || status.get()}
        </span>
    }
}

/// "N of M services", announced politely to screen readers.
#[component]
pub fn ResultCount() -> impl IntoView {
    let table = TableCtx::expect();
    let counts = Memo::new(move |_| (table.rows.with(Vec::len), table.total.get()));
    let lang = crate::i18n::lang();
    view! {
        <p class="rm-count" data-rm="count" role="status" aria-live="polite">
            {move || {
                let (n, m) = counts.get();
                lang.count(n, m)
            }}
        </p>
    }
}
