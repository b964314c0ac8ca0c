//! The element's public surface for tools: `site/custom-elements.json` (the
//! Custom Elements Manifest, schema 2.0.0), generated from the one attribute
//! list in [`crate::io::embed`] plus the events, parts and design tokens
//! listed here, so editors, linters and docs generators see what the element
//! really accepts. `tests/custom_elements.rs` keeps the committed file in
//! step (`UPDATE_MANIFEST=1 cargo test --test custom_elements` regenerates it).

use crate::io::embed;
use serde_json::{json, Value};

/// What each attribute does (every observed attribute must have a line).
pub fn describe_attribute(name: &str) -> Option<&'static str> {
    Some(match name {
        "offering" => "Offering id (default: the page's own matrix, else the built-in default).",
        "variant" => "Variant id of the offering; absent shows every variant.",
        "search" => "Free-text search.",
        "section" => "Only this section (id).",
        "domain" => "Only this domain (id).",
        "party" => "Only rows where this party (id) holds a tick, R or A.",
        "shared-only" => "Boolean: only rows with a shared cell.",
        "other-columns" => "Boolean: with a variant chosen, also show the other variants' columns.",
        "row" => "Row id whose details are open.",
        "view" => "table (default), compare, own or coverage.",
        "compare-with" => {
            "What the compare view compares with: a variant id or another offering's id."
        }
        "changes-only" => "Boolean: compare view shows changed services only.",
        "call-mode" => "Boolean: customer-call mode (large type, fewer controls).",
        "theme" => {
            "auto (default: the host's color-scheme, then the reader's preference), light or dark."
        }
        "compact" => "Boolean: tighter spacing and type for narrow columns.",
        "hide-controls" => "Boolean: read-only embed without pickers, search, filters or export.",
        "hide-title" => "Boolean: no widget title, for a page whose own heading names the matrix.",
        "heading-level" => {
            "The title's heading level, 1 to 6 (default 2); the widget's sub-headings sit one below."
        }
        "lang" => "Interface language: en (default) or fr; data stays in its source's language.",
        "src" => "Same-origin URL of a matrix in the data format (or an inline JSON script child).",
        "sync-url" => {
            "Keep the view in the host page's hash under the key rm-<value> (off when absent)."
        }
        _ => return None,
    })
}

/// The events the element dispatches (all bubble and are composed).
pub const EVENTS: &[(&str, &str)] = &[
    ("rm-ready", "The widget has taken over; detail is the view state (as rm-change)."),
    ("rm-change", "The view changed; detail: { offering, variant, filters: { search, section, domain, party, sharedOnly, otherColumns }, view, row, hash }."),
    ("rm-error", "Something was refused or failed to load; detail: { kind: \"matrix\" | \"load\" | \"chunk\", source, problems: string[] }."),
];

/// `::part()` names, for host stylesheets.
pub const PARTS: &[(&str, &str)] = &[
    ("toolbar", "The search and filter form."),
    ("table", "The matrix <table>."),
    ("header-cell", "A column header cell of the matrix."),
    ("cell", "A responsibility cell of the matrix."),
    ("badge", "A party badge (tick or RACI letters) inside a cell or legend."),
    ("legend", "One legend (RACI letters, qualifiers)."),
    ("notice", "A notice (ignored attribute, refused matrix); the refused-matrix alert is also part error."),
    ("error", "The alert listing why a supplied matrix was refused."),
    ("print-header", "The print-only header: offering, variant, active search and filters, date."),
];

/// What each design token colours or sets.
pub fn describe_token(name: &str) -> Option<&'static str> {
    Some(match name {
        "--rm-bg" => "Widget background (pairs with --rm-text).",
        "--rm-surface" => "Panels and header cells.",
        "--rm-surface-2" => "Raised controls, section rows.",
        "--rm-text" => "Body text.",
        "--rm-muted" => "Secondary text.",
        "--rm-border" => "Borders and rules.",
        "--rm-accent" => "Links, active controls.",
        "--rm-focus" => "Focus ring.",
        "--rm-provider-bg" => "Provider badge background.",
        "--rm-provider-fg" => "Provider badge text.",
        "--rm-customer-bg" => "Customer badge background.",
        "--rm-customer-fg" => "Customer badge text.",
        "--rm-third-bg" => "Third-party badge background.",
        "--rm-third-fg" => "Third-party badge text.",
        "--rm-shared-bg" => "Shared cell background.",
        "--rm-shared-edge" => "Shared cell edge marker.",
        "--rm-shared-fg" => "Shared cell label text.",
        "--rm-emph-bg" => "Emphasised (chosen variant) column.",
        "--rm-qual-bg" => "Qualifier chip background.",
        "--rm-qual-fg" => "Qualifier chip text.",
        "--rm-no-fg" => "\"No\" status and error text.",
        "--rm-reading-fg" => "\"How we read this\" marker.",
        "--rm-mark-bg" => "Search match highlight.",
        "--rm-radius" => "Corner radius.",
        "--rm-gap" => "Spacing between blocks.",
        "--rm-font" => "Font family.",
        _ => return None,
    })
}

/// A design token as `style/main.css` defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub name: String,
    /// The whole default value.
    pub default: String,
    /// `light-dark(light, dark)` split in two; `None` for a theme-free value.
    pub light_dark: Option<(String, String)>,
}

/// The `--rm-*` tokens declared in the stylesheet's first `:root, :host` block.
pub fn tokens(css: &str) -> Vec<Token> {
    let Some(start) = css.find(":root, :host {") else {
        return Vec::new();
    };
    let block = &css[start..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().split_once(':')?;
            let name = name.trim();
            if !name.starts_with("--rm-") {
                return None;
            }
            let value = value.trim().trim_end_matches(';').trim().to_string();
            let light_dark = value
                .strip_prefix("light-dark(")
                .and_then(|v| v.strip_suffix(')'))
                .and_then(|v| v.split_once(','))
                .map(|(l, d)| (l.trim().to_string(), d.trim().to_string()));
            Some(Token {
                name: name.to_string(),
                default: value,
                light_dark,
            })
        })
        .collect()
}

/// The manifest, from the stylesheet text. `Err` names what lacks a description.
pub fn generate(css: &str) -> Result<Value, String> {
    let attributes = embed::observed_attributes()
        .into_iter()
        .map(|name| {
            let description = describe_attribute(name).ok_or_else(|| {
                format!("attribute `{name}` has no description in io/manifest.rs")
            })?;
            Ok(json!({ "name": name, "type": { "text": "string" }, "description": description }))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let css_properties = tokens(css)
        .into_iter()
        .map(|t| {
            let description = describe_token(&t.name).ok_or_else(|| {
                format!("token `{}` has no description in io/manifest.rs", t.name)
            })?;
            Ok(json!({ "name": t.name, "default": t.default, "description": description }))
        })
        .collect::<Result<Vec<_>, String>>()?;
    if css_properties.is_empty() {
        return Err("no --rm-* tokens found in the `:root, :host` block".into());
    }
    let list = |items: &[(&str, &str)]| -> Vec<Value> {
        items
            .iter()
            .map(|(n, d)| json!({ "name": n, "description": d }))
            .collect()
    };
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|(n, d)| json!({ "name": n, "type": { "text": "CustomEvent" }, "description": d }))
        .collect();
    Ok(json!({
        "schemaVersion": "2.0.0",
        "readme": "docs/embedding.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "responsibility-matrix.js",
            "declarations": [{
                "kind": "class",
                "name": "ResponsibilityMatrixElement",
                "tagName": "responsibility-matrix",
                "customElement": true,
                "superclass": { "name": "HTMLElement" },
                "description": "A shared-responsibility matrix of a managed hosting offering, in an open shadow root.",
                "attributes": attributes,
                "members": [
                    { "kind": "field", "name": "view", "readonly": true, "type": { "text": "object | null" },
                      "description": "The current view state (the last rm-change or rm-ready detail)." },
                    { "kind": "field", "name": "observedAttributes", "static": true, "readonly": true,
                      "type": { "text": "string[]" }, "description": "Every attribute the element reacts to." }
                ],
                "events": events,
                "cssParts": list(PARTS),
                "cssProperties": css_properties
            }],
            "exports": [
                { "kind": "custom-element-definition", "name": "responsibility-matrix",
                  "declaration": { "name": "ResponsibilityMatrixElement", "module": "responsibility-matrix.js" } },
                { "kind": "js", "name": "ResponsibilityMatrixElement",
                  "declaration": { "name": "ResponsibilityMatrixElement", "module": "responsibility-matrix.js" } }
            ]
        }]
    }))
}

/// The manifest as the committed file holds it: pretty JSON, trailing newline.
pub fn generate_text(css: &str) -> Result<String, String> {
    let mut text = serde_json::to_string_pretty(&generate(css)?).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}
