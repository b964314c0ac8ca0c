//! The XSS corpus used by `tests/e2e/xss.test.mjs` is well formed: valid
//! JSON, an array of `{ "id", "payload" }`, at least 100 distinct ids and
//! payloads, and every `__xss(…)` call in a payload names that payload's own
//! id, so a payload that ran is identified exactly.

use serde::Deserialize;
use std::collections::HashSet;

const CORPUS: &str = include_str!("../e2e/xss-payloads.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    id: String,
    payload: String,
}

fn corpus() -> Vec<Payload> {
    serde_json::from_str(CORPUS).expect("tests/e2e/xss-payloads.json is an array of {id, payload}")
}

#[test]
fn the_corpus_has_at_least_100_unique_ids_and_payloads() {
    let corpus = corpus();
    let ids: HashSet<&str> = corpus.iter().map(|p| p.id.as_str()).collect();
    let payloads: HashSet<&str> = corpus.iter().map(|p| p.payload.as_str()).collect();
    assert!(corpus.len() >= 100, "only {} payloads", corpus.len());
    assert_eq!(ids.len(), corpus.len(), "ids repeat");
    assert_eq!(payloads.len(), corpus.len(), "payloads repeat");
}

#[test]
fn ids_are_short_plain_identifiers() {
    for p in corpus() {
        assert!(
            !p.id.is_empty()
                && p.id.len() <= 40
                && p.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {:?}",
            p.id
        );
        assert!(!p.payload.is_empty(), "{}: empty payload", p.id);
    }
}

#[test]
fn every_xss_call_names_its_own_payload() {
    let corpus = corpus();
    let mut calling = 0;
    for p in &corpus {
        let calls: Vec<&str> = p
            .payload
            .match_indices("__xss(")
            .map(|(i, _)| &p.payload[i..])
            .collect();
        if !calls.is_empty() {
            calling += 1;
        }
        for call in calls {
            let arg = &call["__xss(".len()..];
            let named = [format!("'{}')", p.id), format!("`{}`)", p.id)];
            assert!(
                named.iter().any(|n| arg.starts_with(n.as_str())),
                "{}: a call that does not name its own id: {}",
                p.id,
                &call[..call.len().min(60)]
            );
        }
    }
    // A few payloads are inert controls or hide the call (base64, VBScript);
    // all the others must report themselves if they ever run.
    assert!(
        calling * 10 >= corpus.len() * 9,
        "only {calling} of {} payloads call __xss",
        corpus.len()
    );
}

#[test]
fn the_corpus_covers_every_family_the_brief_names() {
    let all: String = corpus().into_iter().map(|p| p.payload + "\n").collect();
    let lower = all.to_lowercase();
    for needle in [
        "<script>",
        "<script",
        "onerror=",
        "<svg onload",
        "<body onload",
        "<details open ontoggle",
        "<iframe srcdoc",
        "javascript:",
        "data:text/html",
        "vbscript:",
        "<math",
        "&lt;script&gt;",
        "&#x3c;",
        "\\u003c",
        "+adw-",
        "\u{0}",
        "{{constructor.constructor(",
        "${",
        "</style><script>",
        "expression(",
        "\" onmouseover=\"",
        "'><script>",
    ] {
        assert!(lower.contains(needle), "no payload contains {needle:?}");
    }
}
