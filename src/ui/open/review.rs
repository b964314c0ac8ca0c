//! The review step: what the file holds (rows, sections, parties, scopes)
//! and every reading the import made, with the questions only the reader can
//! answer: which party is the provider and which the customer, and whether a
//! party should be shown under another name or merged into another one.
//! {t.show_this_matrix} applies [`rm_format::review::Review`]'s choices.

use super::state::OpenUi;
use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::review::Review;

/// At most this many readings are listed; all are kept with the matrix.
const READINGS_SHOWN: usize = 100;

/// The review step, built once per opened file.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let ui = OpenUi::expect();
    let ctx = ViewCtx::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    move || {
        ui.generation.track();
        let (file, f) = ui
            .review
            .with_untracked(|r| r.as_ref().map(|r| (r.file().to_string(), r.findings())))?;
        let more = f.readings.len().saturating_sub(READINGS_SHOWN);
        Some(view! {
            <h3 class="rm-help__title" id="rm-open-title">{lang.review_title(&file)}</h3>
            <p data-rm="open-found">{lang.found(f.rows, f.sections.len(), f.parties.len(), f.scopes.len())}</p>
            <dl class="rm-open__found" data-rm="open-findings">
                <dt>{t.sections}</dt>
                <dd data-rm="open-sections">{list_or_none(&f.sections, t.no_sections)}</dd>
                <dt>{t.scopes}</dt>
                <dd data-rm="open-scopes">{list_or_none(&f.scopes, t.no_scopes)}</dd>
                {(!f.details.is_empty()).then(|| view! {
                    <dt>{t.detail_columns}</dt>
                    <dd>{f.details.join(", ")}</dd>
                })}
            </dl>
            <fieldset class="rm-open__group">
                <legend>{t.who_is_who}</legend>
                <PartySelect label=t.provider data_rm="open-provider" pick=|r| r.choices().provider.clone()
                    choose=|r, id| r.choose_provider(id) />
                <PartySelect label=t.customer data_rm="open-customer" pick=|r| r.choices().customer.clone()
                    choose=|r, id| r.choose_customer(id) />
            </fieldset>
            <fieldset class="rm-open__group">
                <legend>{t.parties}</legend>
                {f.parties.iter().map(|p| view! { <PartyRow id=p.id.clone() name=p.name.clone() /> }).collect_view()}
            </fieldset>
            <h4 class="rm-help__title">{lang.readings_count(f.readings.len())}</h4>
            <p class="rm-help__note">
                {t.readings_note}
            </p>
            <ul class="rm-open__readings" data-rm="open-readings">
                {f.readings.iter().take(READINGS_SHOWN).map(|r| view! {
                    <li data-rm="open-reading"><span class="rm-open__at">{format!("{}{}", r.at, t.colon)}</span>{r.text.clone()}</li>
                }).collect_view()}
                {(f.readings.is_empty()).then(|| view! { <li>{t.readings_none}</li> })}
            </ul>
            {(more > 0).then(|| view! { <p class="rm-help__note">{lang.and_more(more)}</p> })}
            <ReviewError />
            <div class="rm-open__actions">
                <button type="button" class="rm-button" data-rm="open-confirm" on:click=move |_| ui.confirm(ctx)>
                    {t.show_this_matrix}
                </button>
                <button type="button" class="rm-button rm-button--quiet" data-rm="open-cancel" on:click=move |_| ui.close()>
                    {t.cancel}
                </button>
            </div>
        })
    }
}

fn list_or_none(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.into()
    } else {
        items.join(", ")
    }
}

/// A provider or customer picker over the parties that are not merged away.
#[component]
fn PartySelect(
    label: &'static str,
    data_rm: &'static str,
    pick: fn(&Review) -> String,
    choose: fn(&mut Review, &str),
) -> impl IntoView {
    let ui = OpenUi::expect();
    let current = move || ui.review.with(|r| r.as_ref().map(pick).unwrap_or_default());
    view! {
        <label class="rm-field">
            <span class="rm-field__label">{label}</span>
            <select
                data-rm=data_rm
                prop:value=current
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    ui.choose(|r| choose(r, &id));
                }
            >
                {move || ui.review.with(|r| {
                    let Some(r) = r else { return Vec::new() };
                    r.found()
                        .parties
                        .iter()
                        .filter(|p| r.merged_into(&p.id).is_none())
                        .map(|p| {
                            let id = p.id.to_string();
                            let selected = pick(r) == id;
                            view! { <option value=id selected=selected>{r.name_of(&p.id)}</option> }
                        })
                        .collect::<Vec<_>>()
                })}
            </select>
        </label>
    }
}

/// One party: its name as shown (editable) and whether it joins another party.
#[component]
fn PartyRow(id: String, name: String) -> impl IntoView {
    let ui = OpenUi::expect();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    let shown = {
        let id = id.clone();
        move || {
            ui.review
                .with(|r| r.as_ref().map(|r| r.name_of(&id)).unwrap_or_default())
        }
    };
    let into = {
        let id = id.clone();
        move || {
            ui.review.with(|r| {
                r.as_ref()
                    .and_then(|r| r.merged_into(&id).map(str::to_string))
                    .unwrap_or_default()
            })
        }
    };
    let kind = {
        let id = id.clone();
        move || {
            ui.review.with(|r| {
                let Some(r) = r else { return "" };
                let c = r.choices();
                if r.merged_into(&id).is_some() {
                    t.kind_merged
                } else if c.provider == id {
                    t.kind_provider
                } else if c.customer == id {
                    t.kind_customer
                } else {
                    t.kind_third
                }
            })
        }
    };
    let others = {
        let id = id.clone();
        move || {
            ui.review.with(|r| {
                let Some(r) = r else { return Vec::new() };
                r.found()
                    .parties
                    .iter()
                    .filter(|p| p.id != id)
                    .map(|p| {
                        let value = p.id.to_string();
                        let selected = r.merged_into(&id) == Some(&*p.id);
                        view! { <option value=value selected=selected>{r.name_of(&p.id)}</option> }
                    })
                    .collect::<Vec<_>>()
            })
        }
    };
    let (rename_id, merge_id) = (id.clone(), id.clone());
    view! {
        <div class="rm-open__party" data-rm="open-party" data-rm-party=id.clone()>
            <label class="rm-field">
                <span class="rm-field__label">{lang.name_shown_for(&name)}</span>
                <input
                    type="text"
                    data-rm="open-rename"
                    prop:value=shown
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        ui.choose(|r| r.rename(&rename_id, &value));
                    }
                />
            </label>
            <label class="rm-field">
                <span class="rm-field__label">{lang.merge_into(&name)}</span>
                <select
                    data-rm="open-merge"
                    prop:value=into
                    on:change=move |ev| {
                        let target = event_target_value(&ev);
                        ui.choose(|r| r.merge(&merge_id, &target));
                    }
                >
                    <option value="">{t.keep_own_party}</option>
                    {others}
                </select>
            </label>
            <span class="rm-open__kind" data-rm="open-party-kind">{kind}</span>
        </div>
    }
}

/// Why the choices could not be applied; the dialog stays open.
#[component]
fn ReviewError() -> impl IntoView {
    let ui = OpenUi::expect();
    let t = crate::i18n::t();
    move || {
        ui.review_error.get().map(|e| {
            view! {
                <div class="rm-notice rm-notice--error" data-rm="open-review-error" role="alert">
                    <p class="rm-notice__title">{t.cannot_show_yet}</p>
                    <ul>{e.problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}
