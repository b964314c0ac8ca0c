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
        let src = &o.source;
        let link = src.url.as_ref().map(|u| {
            // Only http(s) links become anchors; anything else is shown as text.
            let url = u.to_string();
            if url.starts_with("https://") || url.starts_with("http://") {
                view! { <a href=url.clone() rel="noopener noreferrer">{url.clone()}</a> }.into_any()
            } else {
                url.into_any()
            }
        });
        view! {
            <div class="rm-about">
                {roles}
                {definitions}
                {tables}
                {notes}
                <footer class="rm-source" data-rm="source">
                    "Source: "
                    <cite>{src.title.to_string()}</cite>
                    {format!(", {}", o.provider)}
                    {src.date.as_ref().map(|d| format!(", {d}"))}
                    {link.map(|l| view! { " — " {l} })}
                    <span class="rm-source__seed">{format!(" (transcribed from {}", src.seed_file)}{src.format.as_ref().map(|f| format!(", {f}"))}")"</span>
                </footer>
            </div>
        }
    }
}
