//! The stack's floor: Leptos 0.8 (CSR) + serde_json + every offering's JSON,
//! showing the default offering as a plain table (service and each cell's
//! source words) with a search box that hides non-matching rows. Nothing
//! else: no pickers, filters, badges, shared marks, legends, URL state or
//! views. It tells what this stack costs before any of the widget's features.

use leptos::prelude::*;
use serde_json::Value;

/// Every offering's minified JSON, the page's offering (VMware) first (`build.rs`).
const DATA: &[&str] = &include!(concat!(env!("OUT_DIR"), "/offerings.rs"));

/// One table row: its id, its texts (service first), and all of them lower-cased for search.
#[derive(Clone)]
struct Line {
    id: String,
    texts: Vec<String>,
    folded: String,
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn lines(offering: &Value, columns: &[String]) -> Vec<Line> {
    let mut out = Vec::new();
    for section in offering["sections"].as_array().into_iter().flatten() {
        for row in section["rows"].as_array().into_iter().flatten() {
            let mut texts = vec![text(&row["activity"])];
            texts.extend(
                columns
                    .iter()
                    .map(|c| text(&row["cells"][c]["source_text"])),
            );
            let folded = texts.join(" ").to_lowercase();
            out.push(Line {
                id: text(&row["id"]),
                texts,
                folded,
            });
        }
    }
    out
}

fn main() {
    let offering: Value = DATA
        .first()
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or(Value::Null);
    let columns: Vec<(String, String)> = offering["columns"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| (text(&c["id"]), text(&c["label"])))
        .collect();
    let ids: Vec<String> = columns.iter().map(|(id, _)| id.clone()).collect();
    let rows = lines(&offering, &ids);
    // The other offerings are parsed too, as a picker would need their titles.
    let titles: Vec<String> = DATA
        .iter()
        .skip(1)
        .filter_map(|d| serde_json::from_str::<Value>(d).ok())
        .map(|o| text(&o["title"]))
        .collect();
    let query = RwSignal::new(String::new());
    let app = move || {
        view! {
            <h2>{text(&offering["title"])}</h2>
            <p>{format!("Also: {}", titles.join(", "))}</p>
            <label>"Search " <input data-rm="search" type="search" on:input=move |ev| query.set(event_target_value(&ev).to_lowercase()) /></label>
            <table data-rm="matrix">
                <thead><tr><th>"Service"</th>{columns.iter().map(|(_, label)| view! { <th>{label.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    <For each=move || rows.clone() key=|line| line.id.clone() let:line>
                        <tr data-rm-row=line.id.clone() hidden=move || !query.with(|q| line.folded.contains(q.as_str()))>
                            {line.texts.iter().map(|t| view! { <td>{t.clone()}</td> }).collect_view()}
                        </tr>
                    </For>
                </tbody>
            </table>
        }
    };
    let root = document()
        .get_element_by_id("app")
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    if let Some(root) = root {
        leptos::mount::mount_to(root, app).forget();
    }
}
