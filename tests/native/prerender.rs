//! The prerendered matrix (src/prerender.rs) against the presentation rules.
//!
//! Every built-in offering × variant is rendered by the real components under
//! Leptos `ssr`, exactly as the build writes `static/*.html` and index.html.
//! Its table is read back cell by cell and compared with what the plain-Rust
//! rules say the live widget shows: which rows, in which order, which
//! columns, and each cell's words (`rules::present`, `rules::shared`).

use responsibility_matrix::catalog;
use responsibility_matrix::prerender::{self, Fragment};
use responsibility_matrix::rules::filter::{visible_columns, visible_rows, ViewState};
use responsibility_matrix::rules::present::{cell_text, qualifier_text, status_text};
use responsibility_matrix::rules::shared::resolve_same_as;
use rm_format::model::{Assignment, Cell, Offering, Row, Status};

/// One `<tr data-rm-row>` of the rendered table.
#[derive(Debug)]
struct RenderedRow {
    id: String,
    activity: String,
    /// (data-rm-col, text) of each `<td>`.
    cells: Vec<(String, String)>,
}

/// A minimal reader for the markup Leptos writes (well-formed, escaped).
enum Token<'a> {
    Open { name: &'a str, attrs: &'a str },
    Close { name: &'a str },
    Text(&'a str),
}

fn tokens(html: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").expect("comment closes");
            rest = &after[end + 3..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').expect("tag closes");
            out.push(Token::Close {
                name: after[..end].trim(),
            });
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').expect("tag closes");
            let tag = after[..end].trim_end_matches('/');
            let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
            if name != "!" {
                out.push(Token::Open { name, attrs });
            }
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = attrs
        .match_indices(&key)
        .find(|(i, _)| *i == 0 || attrs.as_bytes()[i - 1] == b' ')?
        .0
        + key.len();
    let end = start + attrs[start..].find('"')?;
    Some(&attrs[start..end])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The rows of the `data-rm="matrix"` table, with the text of each cell.
fn rendered_rows(html: &str) -> Vec<RenderedRow> {
    let start = html
        .find("data-rm=\"matrix\"")
        .expect("the page has the matrix table");
    let end = start + html[start..].find("</table>").expect("table closes");
    let mut rows = Vec::new();
    let mut row: Option<RenderedRow> = None;
    // (what the text goes to: None = activity, Some(col)), accumulated text
    let mut cell: Option<(Option<String>, String)> = None;
    for t in tokens(&html[start..end]) {
        match t {
            Token::Open { name: "tr", attrs } => {
                row = attr(attrs, "data-rm-row").map(|id| RenderedRow {
                    id: id.to_string(),
                    activity: String::new(),
                    cells: Vec::new(),
                });
            }
            Token::Open { name: "th", attrs } if row.is_some() => {
                assert_eq!(
                    attr(attrs, "scope"),
                    Some("row"),
                    "a row's only th is its activity"
                );
                cell = Some((None, String::new()));
            }
            Token::Open { name: "td", attrs } if row.is_some() => {
                let col = attr(attrs, "data-rm-col").expect("every td names its column");
                cell = Some((Some(col.to_string()), String::new()));
            }
            Token::Text(text) => {
                if let Some((_, acc)) = cell.as_mut() {
                    acc.push_str(&unescape(text));
                }
            }
            Token::Close { name: "th" | "td" } => {
                if let (Some(r), Some((col, text))) = (row.as_mut(), cell.take()) {
                    match col {
                        None => r.activity = text,
                        Some(c) => r.cells.push((c, text)),
                    }
                }
            }
            Token::Close { name: "tr" } => rows.extend(row.take()),
            _ => {}
        }
    }
    rows
}

/// Compared without whitespace: the markup puts words in separate elements.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '⇄' | '※'))
        .collect()
}

/// The words an assignment shows: party, tick or RACI letters, role, qualifiers, note.
fn assignment_words(o: &Offering, a: &Assignment, with_party: bool) -> String {
    let party = o.party(&a.party);
    let mut s = String::new();
    if with_party {
        s.push_str(party.map(|p| &*p.name).unwrap_or(&a.party));
    }
    match &a.raci {
        Some(letters) => s.push_str(letters),
        None if !with_party => s.push('✓'),
        None => {}
    }
    if let Some(role) = a
        .role
        .as_deref()
        .and_then(|id| party?.roles.iter().find(|r| r.id == id))
    {
        s.push_str(role.abbreviation.as_deref().unwrap_or(&role.name));
    }
    for q in a.qualifiers.iter() {
        s.push_str(&qualifier_text(o, a, *q));
    }
    if let Some(note) = &a.note {
        s.push_str(note);
    }
    s
}

fn status_words(o: &Offering, r: &Row, cell: &Cell, st: &Status, visible: &[&str]) -> String {
    let mut s = status_text(o, st);
    if let Some((_, target)) = resolve_same_as(r, cell, |id| visible.contains(&id)) {
        s.push_str(&format!("→ {}", cell_text(o, target)));
    }
    s
}

/// What the rules say each `<td>` of `r` shows: (column or party id, words).
fn expected_cells(o: &Offering, state: &ViewState, r: &Row) -> Vec<(String, String)> {
    let columns = visible_columns(o, state);
    let visible: Vec<&str> = columns.iter().map(|c| &*c.column.id).collect();
    let mut out = Vec::new();
    for vc in &columns {
        let c = vc.column;
        let Some(cell) = r.cell(&c.id) else {
            out.push((c.id.to_string(), "—".to_string()));
            continue;
        };
        // An inferred cell shows the word "inferred" after its value: on the
        // first party that says something in a split cell (else the first).
        let mark = |words: String, marked: bool| {
            if marked && cell.inference.is_some() {
                format!("{words}inferred")
            } else {
                words
            }
        };
        if c.split_by_party {
            let carrier = o
                .parties
                .iter()
                .position(|p| cell.status.is_some() || cell.assign.iter().any(|a| a.party == p.id))
                .unwrap_or(0);
            for (i, p) in o.parties.iter().enumerate() {
                let words = match &cell.status {
                    Some(st) => status_words(o, r, cell, st, &visible),
                    None => match cell.assign.iter().find(|a| a.party == p.id) {
                        Some(a) => assignment_words(o, a, false),
                        None => "–".to_string(),
                    },
                };
                out.push((p.id.to_string(), mark(words, i == carrier)));
            }
        } else {
            let words = if let Some(text) = &cell.text {
                text.to_string()
            } else if let Some(st) = &cell.status {
                status_words(o, r, cell, st, &visible)
            } else {
                cell.assign
                    .iter()
                    .map(|a| assignment_words(o, a, true))
                    .collect::<Vec<_>>()
                    .join(" and ")
            };
            out.push((c.id.to_string(), mark(words, true)));
        }
    }
    out
}

fn offering(f: &Fragment) -> &'static Offering {
    catalog::offering(&f.offering).expect("a fragment names a built-in offering")
}

#[test]
fn every_offering_and_variant_has_a_fragment() {
    let fragments = prerender::fragments();
    for o in catalog::offerings() {
        assert!(
            fragments
                .iter()
                .any(|f| f.offering == o.id && f.variant.is_none()),
            "{}",
            o.id
        );
        for v in o.variant_options() {
            let file = format!("{}-{}.html", o.id, v.id);
            assert!(fragments.iter().any(|f| f.file == file), "{file}");
        }
    }
    let mut files: Vec<_> = fragments.iter().map(|f| &f.file).collect();
    files.dedup();
    assert_eq!(files.len(), fragments.len(), "file names are unique");
}

#[test]
fn static_tables_match_the_rules_cell_by_cell() {
    let mut cells_compared = 0;
    for f in prerender::fragments() {
        let o = offering(&f);
        let state = f.state();
        let html = prerender::fragment_html(&f);
        let rendered = rendered_rows(&html);
        let expected = visible_rows(o, &state);
        let ids: Vec<&str> = rendered.iter().map(|r| &*r.id).collect();
        let expected_ids: Vec<&str> = expected.iter().map(|v| &*v.row.id).collect();
        assert_eq!(ids, expected_ids, "{}: rows and their order", f.file);
        for (got, want) in rendered.iter().zip(&expected) {
            let r = want.row;
            assert!(
                squash(&got.activity).starts_with(&squash(&r.activity)),
                "{} row {}: activity {:?} vs {:?}",
                f.file,
                r.id,
                got.activity,
                r.activity
            );
            let want_cells = expected_cells(o, &state, r);
            let got_cols: Vec<&str> = got.cells.iter().map(|(c, _)| &**c).collect();
            let want_cols: Vec<&str> = want_cells.iter().map(|(c, _)| &**c).collect();
            assert_eq!(got_cols, want_cols, "{} row {}: columns", f.file, r.id);
            for ((col, got), (_, want)) in got.cells.iter().zip(&want_cells) {
                assert_eq!(
                    squash(got),
                    squash(want),
                    "{} row {} column {col}",
                    f.file,
                    r.id
                );
                cells_compared += 1;
            }
        }
    }
    assert!(cells_compared > 1000, "compared {cells_compared} cells");
}

#[test]
fn the_default_page_shows_every_row_of_the_default_offering() {
    let state = prerender::default_state().expect("a default offering");
    let o = catalog::offering(&state.offering).expect("built in");
    let html = prerender::static_html(state);
    let rows = rendered_rows(&html);
    assert_eq!(rows.len(), o.rows().count(), "every row, unfiltered");
    assert!(
        html.contains("data-rm=\"source\""),
        "the source credit is there"
    );
}

#[test]
fn legends_open_without_script_and_controls_say_so_once() {
    // The first fragment whose offering has a collapsible legend (only the
    // legends an offering uses are shown).
    let fragments = prerender::fragments();
    let f = fragments
        .iter()
        .find(|f| prerender::widget_html(f.state()).contains("class=\"rm-legend__toggle\""))
        .expect("some offering has a collapsible legend");
    let live = prerender::widget_html(f.state());
    let html = prerender::fragment_html(f);
    // Collapsible legends (the always-open marks key is not one of them).
    let collapsible = |html: &str| {
        html.matches("data-rm=\"legend-").count() - html.matches("data-rm=\"legend-marks\"").count()
    };
    let legends = collapsible(&live);
    assert!(legends >= 1, "the live widget has its legends ({legends})");
    assert_eq!(
        live.matches("class=\"rm-legend__toggle\"").count(),
        legends,
        "each a toggle button"
    );
    // Each legend is a <details> with a legend summary (the About has a <details> of its own).
    assert_eq!(
        html.matches("<summary class=\"rm-legend__heading rm-legend__summary\">")
            .count(),
        legends
    );
    assert_eq!(collapsible(&html), legends);
    assert!(
        !html.contains("rm-legend__body\" hidden")
            && !html.contains("hidden class=\"rm-legend__body")
    );
    assert_eq!(html.matches(prerender::NO_SCRIPT_NOTE).count(), 1);
    // The legend bodies are open to read (no `hidden`) inside <details>.
    let first = html.find("<details ").unwrap_or(0);
    let body = &html[first..first + html[first..].find("</details>").unwrap_or(0)];
    assert!(
        body.contains("rm-legend__body") && !body.contains(" hidden"),
        "{body}"
    );
}

#[test]
fn static_controls_are_disabled_until_the_widget_takes_over() {
    let f = &prerender::fragments()[0];
    let live = prerender::widget_html(f.state());
    let html = prerender::static_html(f.state());
    let controls = live.matches("<input ").count() + live.matches("<select ").count();
    assert!(controls >= 2, "the live widget has its search and pickers");
    let disabled =
        html.matches("<input disabled ").count() + html.matches("<select disabled ").count();
    assert_eq!(disabled, controls);
    assert!(
        !html.contains("<button type"),
        "every static button is disabled"
    );
}

/// The text pieces of the About's `[data-rm="provenance"]` list, in order
/// (each `<dt>` label and `<dd>` value).
fn provenance_pieces(html: &str) -> Vec<String> {
    let hook = html
        .find("data-rm=\"provenance\"")
        .expect("the About has a provenance list");
    let start = hook + html[hook..].find('>').expect("the tag closes") + 1;
    let end = start + html[start..].find("</dl>").expect("the list closes");
    tokens(&html[start..end])
        .into_iter()
        .filter_map(|t| match t {
            Token::Text(s) => Some(unescape(s).trim().to_string()),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// (label, value) pairs the About must show, from the data's `source` fields.
fn expected_provenance(s: &rm_format::model::Source) -> Vec<(&'static str, String)> {
    let mut out = vec![("Title", s.title.to_string())];
    out.extend(s.publisher.as_deref().map(|p| ("Publisher", p.to_string())));
    out.extend(s.date.as_deref().map(|d| ("Date", d.to_string())));
    out.extend(s.url.as_deref().map(|u| ("Link", u.to_string())));
    out.extend(s.licence.as_deref().map(|l| {
        let shown = if l.eq_ignore_ascii_case("unknown") {
            "Unknown: the source states no licence".to_string()
        } else {
            l.to_string()
        };
        ("Licence", shown)
    }));
    out.extend(
        s.attribution
            .as_deref()
            .map(|a| ("Attribution", a.to_string())),
    );
    out.extend(s.copyright.as_deref().map(|c| ("Copyright", c.to_string())));
    out.extend(
        s.checked
            .as_deref()
            .map(|c| ("Last checked", c.to_string())),
    );
    out
}

fn assert_about_shows(id: &str, html: &str, s: &rm_format::model::Source) {
    let pieces = provenance_pieces(html);
    let pairs: Vec<(String, String)> = pieces
        .chunks(2)
        .map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default()))
        .collect();
    let expected: Vec<(String, String)> = expected_provenance(s)
        .into_iter()
        .map(|(l, v)| (l.to_string(), v))
        .collect();
    assert_eq!(pairs, expected, "{id}: the About's source lines");
}

#[test]
fn the_about_shows_each_offerings_source_date_licence_and_last_check() {
    for o in catalog::offerings() {
        let f = prerender::fragments()
            .into_iter()
            .find(|f| f.offering == o.id && f.variant.is_none())
            .expect("a fragment per offering");
        let html = prerender::fragment_html(&f);
        // Every built-in states its licence (or "unknown") and its last check.
        assert!(
            o.source.licence.is_some() && o.source.checked.is_some(),
            "{}",
            o.id
        );
        assert_about_shows(&o.id, &html, &o.source);
    }
    // The one source that gives an address is a link, and only an http(s) one.
    let f = prerender::fragments()
        .into_iter()
        .find(|f| f.offering == "ovhcloud-kubernetes" && f.variant.is_none())
        .expect("ovhcloud-kubernetes");
    let html = prerender::fragment_html(&f);
    assert!(html.contains(
        "<a href=\"https://docs.ovhcloud.com/en/guides/public-cloud/containers-orchestration/managed-kubernetes/responsibility-model\""
    ));
}

#[test]
fn a_supplied_matrix_shows_the_licence_and_attribution_it_gives() {
    let o = catalog::offering("ovhcloud-kubernetes").expect("built in");
    let mut value = serde_json::to_value(o).expect("serialises");
    value["id"] = "acme-kubernetes".into();
    value["source"]["licence"] = "CC BY 4.0".into();
    value["source"]["attribution"] = "© Acme, reproduced with permission".into();
    let json = value.to_string();
    let html = prerender::supplied_fragment_html("acme.json", &json).expect("accepted");
    let mut source = o.source.clone();
    source.licence = Some("CC BY 4.0".into());
    source.attribution = Some("© Acme, reproduced with permission".into());
    assert_about_shows("acme-kubernetes", &html, &source);
}
