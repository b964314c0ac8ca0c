//! The rules for an offering's provenance: built-in matrices say who publishes
//! the source, under which licence (`unknown` allowed) and when we last checked
//! our transcription; any matrix that gives a field gives it in a usable form.

use super::{Origin, Report};
use crate::model::{Source, Text};

pub(super) fn check_source(r: &mut Report, s: &Source, origin: Origin) {
    if s.title.trim().is_empty() {
        r.err("source.title", "must not be empty");
    }
    let optional = [
        ("publisher", &s.publisher),
        ("url", &s.url),
        ("date", &s.date),
        ("licence", &s.licence),
        ("attribution", &s.attribution),
        ("copyright", &s.copyright),
        ("checked", &s.checked),
        ("seed_file", &s.seed_file),
        ("format", &s.format),
    ];
    for (field, value) in optional {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            r.err(
                format!("source.{field}"),
                "must not be empty (leave the field out instead)",
            );
        }
    }
    if origin == Origin::BuiltIn {
        let required: [(&str, &Option<Text>, &str); 4] = [
            (
                "publisher",
                &s.publisher,
                "who publishes the source document",
            ),
            (
                "licence",
                &s.licence,
                "the licence of the source's content, or `unknown`",
            ),
            (
                "checked",
                &s.checked,
                "the date our transcription was last checked, YYYY-MM-DD",
            ),
            (
                "seed_file",
                &s.seed_file,
                "the seed file it was transcribed from",
            ),
        ];
        for (field, value, what) in required {
            if value.is_none() {
                r.err(
                    "source",
                    format!("a built-in matrix needs `source.{field}` ({what})"),
                );
            }
        }
    }
    if let Some(checked) = s.checked.as_deref().filter(|c| !c.trim().is_empty()) {
        if !is_iso_date(checked) {
            r.err(
                "source.checked",
                format!("`{checked}` is not a date written YYYY-MM-DD"),
            );
        }
    }
    if let Some(url) = s.url.as_deref().filter(|u| !u.trim().is_empty()) {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            r.err(
                "source.url",
                format!("`{url}` must start with https:// or http://"),
            );
        }
    }
}

/// `YYYY-MM-DD` with a month 01-12 and a day that month can have.
pub fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(&text[..4]), num(&text[5..7]), num(&text[8..])) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}
