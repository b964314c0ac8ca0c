//! Under the table: the source credit, how the source was read, the terms it
//! defines and its reference tables (e.g. SLA response times).

use crate::ui::context::ViewCtx;
use leptos::prelude::*;
use rm_format::model::NoteKind;

#[component]
pub fn About() -> impl IntoView {
    let ctx = ViewCtx::expect();
    move || {
        let o = ctx.offering();
        let notes = (!o.notes.is_empty()).then(|| {
            view! {
                <section class="rm-about__block" data-rm="readings">
                    <h3>"How the source was read"</h3>
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
                    <h3>"Definitions from the source"</h3>
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
                        <h3>{format!("Roles at {}", p.name)}</h3>
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
        // how we transcribed it stays behind "About this data".
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
                view! { <div><dt>{label}</dt><dd>{shown}</dd></div> }
            })
            .collect_view();
        let transcription = o.source.transcription();
        let transcription = (!transcription.is_empty()).then(|| {
            view! {
                <details class="rm-source__about">
                    <summary>"About this data"</summary>
                    <dl>
                        {transcription.into_iter().map(|(label, value)| view! {
                            <div><dt>{label}</dt><dd>{value}</dd></div>
                        }).collect_view()}
                    </dl>
                </details>
            }
        });
        view! {
            <div class="rm-about">
                {roles}
                {definitions}
                {tables}
                {notes}
                <footer class="rm-source" data-rm="source">
                    <h3 class="rm-source__heading">"Source"</h3>
                    <dl class="rm-definitions" data-rm="provenance">{provenance}</dl>
                    {transcription}
                </footer>
            </div>
        }
    }
}
