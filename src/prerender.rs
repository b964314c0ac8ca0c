//! The widget as static HTML, rendered natively (Leptos `ssr`) by the same
//! components the browser mounts, so the prerendered matrix cannot drift
//! from the live one.
//!
//! `src/bin/prerender.rs` writes these pages at build time: the standalone
//! page's default view into `index.html` and one fragment per built-in
//! offering × variant into `static/`. Native only: the wasm build renders live.

use crate::catalog::{self, Choice};
use crate::io::embed::{self, MatrixRejected};
use crate::rules::state::ViewState;
use crate::ui::widget::Widget;
use leptos::prelude::*;

/// Said once, quietly, to a reader without JavaScript: the table, the legends
/// and the source are all there, the controls above them are not live.
pub const NO_SCRIPT_NOTE: &str =
    "Search, filters and the other views need JavaScript; the full matrix is shown below.";

/// One static fragment: what it shows and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    pub offering: String,
    pub variant: Option<String>,
    /// Its file name under `static/`: `<offering>.html` or `<offering>-<variant>.html`.
    pub file: String,
}

impl Fragment {
    /// The view the fragment shows: the offering's default view, with the variant chosen.
    pub fn state(&self) -> ViewState {
        ViewState {
            variant: self.variant.clone(),
            ..ViewState::for_offering(&self.offering)
        }
    }
}

/// Every built-in offering, with every variant and without one.
pub fn fragments() -> Vec<Fragment> {
    let mut out = Vec::new();
    for o in catalog::offerings() {
        out.push(Fragment {
            offering: o.id.to_string(),
            variant: None,
            file: format!("{}.html", o.id),
        });
        for v in o.variant_options() {
            out.push(Fragment {
                offering: o.id.to_string(),
                variant: Some(v.id.to_string()),
                file: format!("{}-{}.html", o.id, v.id),
            });
        }
    }
    out
}

/// The standalone page's first view: the default offering, unfiltered.
pub fn default_state() -> Option<ViewState> {
    catalog::default_offering().map(|o| ViewState::for_offering(&o.id))
}

/// The widget's markup for `state`, exactly as the live widget builds it.
pub fn widget_html(state: ViewState) -> String {
    widget_html_with(state, catalog::choices())
}

/// [`widget_html`] with the offering picker listing `offerings`.
fn widget_html_with(state: ViewState, offerings: Vec<Choice>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let state = RwSignal::new(state);
        let notices = RwSignal::new(Vec::<String>::new());
        let offerings = Signal::stored(offerings);
        view! { <Widget state notices sync_url=false offerings /> }.to_html()
    })
}

/// The widget's markup made readable without JavaScript: the collapsed
/// legends become `<details>` (which open without script), and the controls,
/// which need the live widget, are `disabled` until it takes over (same
/// boxes, so nothing moves). Everything else is [`widget_html`] unchanged.
pub fn static_html(state: ViewState) -> String {
    disable_controls(&legends_as_details(&widget_html(state)))
}

fn disable_controls(html: &str) -> String {
    html.replace("<input ", "<input disabled ")
        .replace("<select ", "<select disabled ")
        .replace("<button ", "<button disabled ")
}

/// `<section … class="rm-legend"><h3…><button…>Title</button></h3><div … hidden>`
/// → `<details … class="rm-legend"><summary…><span…>Title</span></summary><div …>`
/// (the span draws like the live toggle button: same box, nothing moves).
fn legends_as_details(html: &str) -> String {
    const OPEN: &str = "<section ";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        match legend_as_details(after) {
            Some((converted, used)) => {
                out.push_str(&converted);
                rest = &after[used..];
            }
            None => {
                // Not a legend (or an unknown shape): keep the live markup.
                out.push_str(OPEN);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Converts one legend (the text after `<section `); returns the replacement
/// and how much of `after` it consumed, or `None` if it is not a legend.
fn legend_as_details(after: &str) -> Option<(String, usize)> {
    let attrs_end = after.find('>')?;
    let attrs = &after[..attrs_end];
    if !attrs.split(' ').any(|a| a == "class=\"rm-legend\"") {
        return None;
    }
    let button = after.find("<button")?;
    let title_start = button + after[button..].find('>')? + 1;
    let title_end = title_start + after[title_start..].find("</button>")?;
    let title = &after[title_start..title_end];
    let heading_end = title_end + after[title_end..].find("</h3>")? + "</h3>".len();
    let body_open_end = heading_end + after[heading_end..].find('>')?;
    let body_open = after[heading_end..body_open_end].replace(" hidden", "");
    let close = body_open_end + after[body_open_end..].find("</section>")?;
    let body = &after[body_open_end..close];
    let html = format!(
        "<details {attrs}><summary class=\"rm-legend__heading rm-legend__summary\"><span class=\"rm-legend__toggle\">{title}</span></summary>{body_open}{body}</details>"
    );
    Some((html, close + "</section>".len()))
}

/// A fragment for `<responsibility-matrix>` fallback content or `embed.html`:
/// the widget's markup and the no-script note, in the page's own styles.
pub fn fragment_html(fragment: &Fragment) -> String {
    format!(
        "<noscript><p class=\"rm-noscript\">{NO_SCRIPT_NOTE}</p></noscript>{}",
        static_html(fragment.state())
    )
}

/// The fragment for a matrix a page supplies (`<responsibility-matrix
/// src="acme.json">`): checked as the element checks it (same limits, no
/// built-in id), and shown as the element shows it, the built-in offerings
/// in its picker and the supplied one open. `source` names it in errors.
pub fn supplied_fragment_html(source: &str, json: &str) -> Result<String, MatrixRejected> {
    let offering = embed::load_matrix(source, json, |id| catalog::offering(id).is_some())?;
    // Rendered once per run; the view borrows the offering as the live one does.
    let offering: &'static rm_format::model::Offering = Box::leak(Box::new(offering));
    let mut offerings = catalog::choices();
    offerings.push(Choice::Supplied(offering));
    let state = ViewState::for_offering(&offering.id);
    Ok(format!(
        "<noscript><p class=\"rm-noscript\">{NO_SCRIPT_NOTE}</p></noscript>{}",
        disable_controls(&legends_as_details(&widget_html_with(state, offerings)))
    ))
}
