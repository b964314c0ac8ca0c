//! Under the table: the terms the source defines, its reference tables (e.g.
//! SLA response times) and the source credit (title, publisher, date, link).
//! How we read and transcribed the source waits behind a quiet "About this
//! data" for those who ask.

use crate::ui::common::heading;
use crate::ui::context::{Headings, ViewCtx};
use leptos::prelude::*;
use rm_format::model::NoteKind;

#[component]
pub fn About() -> impl IntoView {
    let ctx = ViewCtx::expect();
    let headings = Headings::get();
    let lang = crate::i18n::lang();
    let t = lang.texts();
    move || {
        let o = ctx.offering();
        let sub = headings.sub();
        let h = move |text: String| heading(sub, "rm-about__heading", text.into_any());
        let notes = (!o.notes.is_empty()).then(|| {
            view! {
                <section class="rm-about__readings" data-rm="readings">
                    <p class="rm-about__readings-title">{t.about_readings}</p>
                    <ul>
                        {o.notes.iter().map(|n| view! {
                            <li class=if n.kind == NoteKind::Reading { "rm-note rm-note--reading" } else { "rm-note" }>
                                {n.text.to_string()}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        });
        let definitions = (!o.definitions.is_empty()).then(|| {
            view! {
                <section class="rm-about__block" data-rm="definitions">
                    {h(t.about_definitions.to_string())}
                    <dl class="rm-definitions">
                        {o.definitions.iter().map(|d| view! {
                            <div><dt>{d.term.to_string()}</dt><dd>{d.meaning.to_string()}</dd></div>
                        }).collect_view()}
                    </dl>
                </section>
            }
        });
        let tables = o
            .reference_tables
            .iter()
            .map(|t| {
                view! {
                    <section class="rm-about__block" data-rm="reference-table" data-rm-table=t.id.to_string()>
                        <div class="rm-scroll" role="region" aria-label=t.title.to_string() tabindex="0">
                            <table class="rm-reference">
                                <caption>{t.title.to_string()}</caption>
                                <thead><tr>{t.headers.iter().map(|h| view! { <th scope="col">{h.to_string()}</th> }).collect_view()}</tr></thead>
                                <tbody>
                                    {t.rows.iter().map(|row| view! {
                                        <tr>{row.iter().enumerate().map(|(i, c)| if i == 0 {
                                            view! { <th scope="row">{c.to_string()}</th> }.into_any()
                                        } else {
                                            view! { <td>{c.to_string()}</td> }.into_any()
                                        }).collect_view()}</tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {(!t.notes.is_empty()).then(|| view! {
                            <ul>{t.notes.iter().map(|n| view! { <li class="rm-note">{n.text.to_string()}</li> }).collect_view()}</ul>
                        })}
                    </section>
                }
            })
            .collect_view();
        let roles = o
            .parties
            .iter()
            .filter(|p| !p.roles.is_empty())
            .map(|p| {
                view! {
                    <section class="rm-about__block" data-rm="roles">
                        {h(lang.roles_at(&p.name))}
                        <dl class="rm-definitions">
                            {p.roles.iter().map(|r| view! {
                                <div>
                                    <dt>{r.name.to_string()}{r.abbreviation.as_ref().map(|a| format!(" ({a})"))}</dt>
                                    <dd>{r.description.to_string()}</dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    </section>
                }
            })
            .collect_view();
        // Readers see the source (title, publisher, date, link, licence);
        // how we transcribed it stays behind {t.about_data}.
        let provenance = o
            .source
            .provenance()
            .into_iter()
            .map(|(label, value)| {
                // Only http(s) links become anchors; anything else is shown as text.
                let shown = if label == "Link"
                    && (value.starts_with("https://") || value.starts_with("http://"))
                {
                    view! { <a href=value.clone() rel="noopener noreferrer">{value.clone()}</a> }
                        .into_any()
                } else {
                    value.into_any()
                };
                view! { <div><dt>{lang.provenance_label(label)}</dt><dd>{shown}</dd></div> }
            })
            .collect_view();
        let transcription = o.source.transcription();
        let about_data = (!transcription.is_empty() || notes.is_some()).then(|| {
            view! {
                <details class="rm-source__about" data-rm="about-data">
                    <summary>{t.about_data}</summary>
                    {notes}
                    {(!transcription.is_empty()).then(|| view! {
                        <dl>
                            {transcription.into_iter().map(|(label, value)| view! {
                                <div><dt>{lang.provenance_label(label)}</dt><dd>{value}</dd></div>
                            }).collect_view()}
                        </dl>
                    })}
                </details>
            }
        });
        view! {
            <div class="rm-about">
                {roles}
                {definitions}
                {tables}
                <footer class="rm-source" data-rm="source">
                    {heading(sub, "rm-source__heading", t.source_heading.into_any())}
                    <dl class="rm-definitions" data-rm="provenance">{provenance}</dl>
                    {about_data}
                </footer>
            </div>
        }
    }
}
