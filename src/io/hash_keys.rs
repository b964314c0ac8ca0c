//! `sync-url="name"`: an embedded widget keeps its view in the host page's
//! hash under its own key, so a reader can share a link to an embedded view.
//!
//! The host's hash is a list of `key=value` pairs joined by `&`; the widget
//! owns only the pair whose key is `rm-<name>`, whose value is its URL state
//! ([`url_state::encode`]) percent-encoded once more. Every other pair (the
//! host's own, other widgets') is kept byte for byte, in order, so several
//! widgets on one page each keep their own key. A hash that is not a pair
//! list (`#section-2`) is kept as its own first part.
//!
//! ```
//! use responsibility_matrix::io::hash_keys;
//! let hash = hash_keys::write("#intro", "vm", "o=vmware&q=patch");
//! assert_eq!(hash, "#intro&rm-vm=o%3Dvmware%26q%3Dpatch");
//! assert_eq!(hash_keys::read(&hash, "vm").as_deref(), Some("o=vmware&q=patch"));
//! ```

use crate::io::url_state::{percent_decode, percent_encode};

/// The hash key a widget named `name` owns (`rm-` + the name).
pub fn key(name: &str) -> String {
    format!("rm-{}", percent_encode(name.trim()))
}

/// Whether `name` can name a widget's key: non-empty after trimming.
pub fn is_valid_name(name: &str) -> bool {
    !name.trim().is_empty()
}

fn parts(hash: &str) -> impl Iterator<Item = &str> {
    hash.trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
}

/// The URL state stored under `name` in `hash`, if there is one (the last
/// one wins, as with a repeated query parameter).
pub fn read(hash: &str, name: &str) -> Option<String> {
    let key = key(name);
    parts(hash)
        .filter_map(|p| p.split_once('='))
        .filter(|(k, _)| *k == key)
        .last()
        .and_then(|(_, v)| percent_decode(v))
}

/// `hash` with the pair for `name` set to `state` (an empty `state` removes
/// it); every other part is kept in order. Returns `#…`, or `""` when nothing
/// is left.
pub fn write(hash: &str, name: &str, state: &str) -> String {
    let key = key(name);
    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for part in parts(hash) {
        let is_ours = part.split_once('=').is_some_and(|(k, _)| k == key);
        if !is_ours {
            out.push(part.to_string());
        } else if !placed && !state.is_empty() {
            out.push(format!("{key}={}", percent_encode(state)));
            placed = true;
        }
    }
    if !placed && !state.is_empty() {
        out.push(format!("{key}={}", percent_encode(state)));
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("#{}", out.join("&"))
    }
}
