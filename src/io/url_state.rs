//! The view state in the URL hash, so a copied link reopens exactly that view.
//!
//! Short, stable keys (public API, documented in the README):
//! `o` offering, `v` variant, `q` search, `sec` section, `dom` domain,
//! `party` party, `shared=1`, `cols=all` (show other variants' columns),
//! `legend=raci,qualifiers`, `row` expanded row; the views:
//! `view=compare|own|coverage` (absent: the table), `cmp` what the compare
//! view compares with (a variant id of the offering, or another offering's
//! id), `changes=1` (compare: changed services only), `call=1` (customer-call
//! mode), `own` the checklist's party id (absent: the customer).
//! Example: `#o=vmware&v=unsupported-os&q=patch&party=customer&shared=1`,
//! `#o=vmware&v=supported-os&view=compare&cmp=unsupported-os&changes=1`.
//!
//! Decoding never fails: unknown keys are ignored, bad values fall back to the
//! default and produce a notice the widget shows quietly.

use crate::i18n::{Lang, Origin, Unknown};
use crate::rules::state::{View, ViewState};
use rm_format::model::{Domain, Offering};

/// Serialises the state; default values are left out so links stay short.
pub fn encode(state: &ViewState) -> String {
    let mut parts: Vec<(&str, String)> = vec![("o", state.offering.clone())];
    if let Some(v) = &state.variant {
        parts.push(("v", v.clone()));
    }
    if !state.query.is_empty() {
        parts.push(("q", state.query.clone()));
    }
    if let Some(s) = &state.section {
        parts.push(("sec", s.clone()));
    }
    if let Some(d) = state.domain {
        parts.push(("dom", d.id().to_string()));
    }
    if let Some(p) = &state.party {
        parts.push(("party", p.clone()));
    }
    if state.shared_only {
        parts.push(("shared", "1".into()));
    }
    if state.show_other_columns {
        parts.push(("cols", "all".into()));
    }
    let legends: Vec<&str> = [
        (state.legend_raci, "raci"),
        (state.legend_qualifiers, "qualifiers"),
    ]
    .into_iter()
    .filter_map(|(on, name)| on.then_some(name))
    .collect();
    if !legends.is_empty() {
        parts.push(("legend", legends.join(",")));
    }
    if let Some(r) = &state.expanded_row {
        parts.push(("row", r.clone()));
    }
    if state.view != View::Table {
        parts.push(("view", state.view.id().to_string()));
    }
    if let Some(c) = &state.compare_with {
        parts.push(("cmp", c.clone()));
    }
    if state.changes_only {
        parts.push(("changes", "1".into()));
    }
    if state.call_mode {
        parts.push(("call", "1".into()));
    }
    if let Some(p) = &state.own_party {
        parts.push(("own", p.clone()));
    }
    parts
        .into_iter()
        .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Parses a hash (with or without the leading `#`) against the known offerings.
///
/// Returns the state and one readable notice per ignored value.
pub fn decode<'a>(
    hash: &str,
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> (ViewState, Vec<String>) {
    decode_in(Lang::En, hash, default_offering, find)
}

/// [`decode`] with its notices in `lang`.
pub fn decode_in<'a>(
    lang: Lang,
    hash: &str,
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
) -> (ViewState, Vec<String>) {
    let mut notices = Vec::new();
    let pairs: Vec<(String, String)> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            match (percent_decode(k), percent_decode(v)) {
                (Some(k), Some(v)) => Some((k, v)),
                _ => {
                    notices.push(lang.malformed_part(&truncate(p)));
                    None
                }
            }
        })
        .collect();
    let (state, more) = decode_pairs(lang, &pairs, default_offering, find, Origin::Link);
    notices.extend(more);
    (state, notices)
}

/// The checks of [`decode`] over already-decoded `(key, value)` pairs (the last
/// value of a key wins). `origin` says where they came from in notices.
pub fn decode_pairs<'a>(
    lang: Lang,
    pairs: &[(String, String)],
    default_offering: &str,
    find: impl Fn(&str) -> Option<&'a Offering>,
    origin: Origin,
) -> (ViewState, Vec<String>) {
    let mut notices = Vec::new();
    let get = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };

    let requested = get("o").filter(|id| !id.is_empty());
    let offering = match requested.map(|id| (id, find(id))) {
        Some((_, Some(o))) => Some(o),
        Some((id, None)) => {
            notices.push(lang.unknown(Unknown::Offering, &truncate(id), origin));
            find(default_offering)
        }
        None => find(default_offering),
    };
    // Without a known offering nothing else in the link can be checked: keep the defaults.
    let Some(offering) = offering else {
        return (ViewState::for_offering(default_offering), notices);
    };
    let mut state = ViewState::for_offering(&offering.id);

    if let Some(v) = get("v").filter(|v| !v.is_empty()) {
        if offering.variant(v).is_some() {
            state.variant = Some(v.to_string());
        } else {
            notices.push(lang.not_a_type(&truncate(v), &offering.title));
        }
    }
    if let Some(q) = get("q") {
        state.query = q.chars().take(200).collect();
    }
    if let Some(s) = get("sec").filter(|s| !s.is_empty()) {
        if offering.sections.iter().any(|x| x.id == s) {
            state.section = Some(s.to_string());
        } else {
            notices.push(lang.unknown(Unknown::Section, &truncate(s), origin));
        }
    }
    if let Some(d) = get("dom").filter(|d| !d.is_empty()) {
        match Domain::from_id(d) {
            Some(d) => state.domain = Some(d),
            None => notices.push(lang.unknown(Unknown::Domain, &truncate(d), origin)),
        }
    }
    if let Some(p) = get("party").filter(|p| !p.is_empty()) {
        if offering.party(p).is_some() {
            state.party = Some(p.to_string());
        } else {
            notices.push(lang.unknown(Unknown::Party, &truncate(p), origin));
        }
    }
    match get("shared") {
        None | Some("0") | Some("") => {}
        Some("1") => state.shared_only = true,
        Some(other) => notices.push(lang.not_a_flag("shared", &truncate(other))),
    }
    match get("cols") {
        None | Some("") => {}
        Some("all") => state.show_other_columns = true,
        Some(other) => notices.push(lang.not_cols_all(&truncate(other))),
    }
    if let Some(list) = get("legend") {
        for name in list.split(',').filter(|n| !n.is_empty()) {
            match name {
                "raci" => state.legend_raci = true,
                "qualifiers" => state.legend_qualifiers = true,
                other => notices.push(lang.unknown(Unknown::Legend, &truncate(other), origin)),
            }
        }
    }
    if let Some(r) = get("row").filter(|r| !r.is_empty()) {
        if offering.rows().any(|(_, row)| row.id == r) {
            state.expanded_row = Some(r.to_string());
        } else {
            notices.push(lang.unknown(Unknown::Row, &truncate(r), origin));
        }
    }
    match get("view") {
        None | Some("") => {}
        Some(v) => match View::from_id(v) {
            Some(view) => state.view = view,
            None => notices.push(lang.unknown_view(&truncate(v))),
        },
    }
    if let Some(c) = get("cmp").filter(|c| !c.is_empty()) {
        if c != offering.id && (offering.variant(c).is_some() || find(c).is_some()) {
            state.compare_with = Some(c.to_string());
        } else {
            notices.push(lang.not_a_comparison(&truncate(c), &offering.title));
        }
    }
    state.changes_only = flag(lang, get("changes"), "changes", &mut notices);
    state.call_mode = flag(lang, get("call"), "call", &mut notices);
    if let Some(p) = get("own").filter(|p| !p.is_empty()) {
        if offering.party(p).is_some() {
            state.own_party = Some(p.to_string());
        } else {
            notices.push(lang.unknown_own_party(&truncate(p)));
        }
    }
    (state, notices)
}

/// A `1`/`0` flag; anything else is ignored with a notice.
fn flag(lang: Lang, value: Option<&str>, key: &str, notices: &mut Vec<String>) -> bool {
    match value {
        None | Some("0") | Some("") => false,
        Some("1") => true,
        Some(other) => {
            notices.push(lang.not_a_flag(key, &truncate(other)));
            false
        }
    }
}

/// A value quoted in a notice: at most 40 characters.
fn truncate(s: &str) -> String {
    crate::rules::text::clip(s, 40)
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; `None` for a broken escape or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                // Two hex digits, nothing else: `from_str_radix` alone would
                // also take a sign ("%+1").
                let hex = bytes.get(i + 1..i + 3)?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
