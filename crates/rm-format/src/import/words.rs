//! The words cells use, as the seeds and common spreadsheets write them:
//! ticks, RACI letters in their many spellings, qualifier phrases and the
//! names people use for "the provider" and "the customer".
//!
//! Each reader says whether it had to interpret (a reading is then recorded)
//! or found the canonical spelling (nothing to record).

use crate::model::Qualifier;

/// Lower case, single spaces, no surrounding space or final full stop.
pub fn norm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word.to_lowercase());
    }
    while out.ends_with('.') {
        out.pop();
    }
    out
}

/// A tick: `Some(false)` for ✔/✓ (read as is), `Some(true)` for the words and
/// letters that had to be read as a tick (x, yes, ●…).
pub fn tick(text: &str) -> Option<bool> {
    match norm(text).as_str() {
        "✔" | "✓" | "✔\u{fe0f}" => Some(false),
        "x" | "yes" | "y" | "✅" | "☑" | "●" | "•" | "true" | "*" => Some(true),
        _ => None,
    }
}

/// RACI letters in any common spelling (`RA`, `R/A`, `R, A`, `r+a`): the
/// letters in source order, and whether the spelling differed from them.
pub fn raci(text: &str) -> Option<(String, bool)> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 16 {
        return None;
    }
    let mut letters = String::new();
    for ch in trimmed.chars() {
        match ch {
            'R' | 'A' | 'C' | 'I' | 'r' | 'a' | 'c' | 'i' => {
                let up = ch.to_ascii_uppercase();
                if letters.contains(up) {
                    return None;
                }
                letters.push(up);
            }
            '/' | ',' | '+' | '&' | ' ' | '-' | '|' => {}
            _ => return None,
        }
    }
    // Two or more letters written as one lower-case word ("ra", "ai") could be
    // a real word; accept lower case only when separated or single.
    if letters.is_empty() || (trimmed.len() > 1 && trimmed.chars().all(|c| c.is_ascii_lowercase()))
    {
        return None;
    }
    let changed = letters != trimmed;
    Some((letters, changed))
}

/// Every spelling of a qualifier phrase this reader knows (lower case), but
/// "coordinated with …" and "unless … purchased", which take more words.
const QUALIFIER_PHRASES: &[(&str, Qualifier)] = &[
    ("reactive only", Qualifier::ReactiveOnly),
    ("reactive", Qualifier::ReactiveOnly),
    ("reactively", Qualifier::ReactiveOnly),
    ("per request", Qualifier::PerRequest),
    ("on request", Qualifier::PerRequest),
    ("upon request", Qualifier::PerRequest),
    ("by request", Qualifier::PerRequest),
    ("when requested", Qualifier::PerRequest),
    ("on demand", Qualifier::PerRequest),
    ("fee", Qualifier::Fee),
    ("for a fee", Qualifier::Fee),
    ("additional fee", Qualifier::Fee),
    ("extra fee", Qualifier::Fee),
    ("at extra cost", Qualifier::Fee),
    ("billable", Qualifier::Fee),
    ("chargeable", Qualifier::Fee),
    ("reasonable endeavour", Qualifier::ReasonableEndeavour),
    ("reasonable endeavours", Qualifier::ReasonableEndeavour),
    ("reasonable endeavor", Qualifier::ReasonableEndeavour),
    ("reasonable endeavors", Qualifier::ReasonableEndeavour),
    ("reasonable effort", Qualifier::ReasonableEndeavour),
    ("reasonable efforts", Qualifier::ReasonableEndeavour),
    ("best effort", Qualifier::ReasonableEndeavour),
    ("best-effort", Qualifier::ReasonableEndeavour),
    ("unless services purchased", Qualifier::UnlessPurchased),
    ("advise only", Qualifier::AdviseOnly),
    ("advice only", Qualifier::AdviseOnly),
    ("advisory", Qualifier::AdviseOnly),
    ("advisory only", Qualifier::AdviseOnly),
    ("provides prerequisite", Qualifier::Prerequisite),
    ("provides prerequisites", Qualifier::Prerequisite),
    ("prerequisite", Qualifier::Prerequisite),
    ("community support", Qualifier::CommunitySupport),
    ("community supported", Qualifier::CommunitySupport),
    ("community support only", Qualifier::CommunitySupport),
    ("qualified configuration", Qualifier::QualifiedConfiguration),
];

/// The canonical phrase for a qualifier (its label, lower case).
pub fn qualifier_phrase(q: Qualifier) -> String {
    q.label().to_lowercase()
}

/// The longest qualifier phrase at the start of `words` (lower case): the
/// qualifier, how many words it took, and whether it was a non-canonical spelling.
pub fn qualifier_at(words: &[String]) -> Option<(Qualifier, usize, bool)> {
    if words.is_empty() {
        return None;
    }
    if words[0] == "unless" {
        let end = words
            .iter()
            .position(|w| w.contains("purchas") || w.contains("bought"))?;
        let phrase = words[..=end].join(" ");
        let canonical = qualifier_phrase(Qualifier::UnlessPurchased);
        return Some((Qualifier::UnlessPurchased, end + 1, phrase != canonical));
    }
    let mut best: Option<(Qualifier, usize, bool)> = None;
    for (phrase, q) in QUALIFIER_PHRASES {
        let n = phrase.split(' ').count();
        if n <= words.len() && words[..n].join(" ") == *phrase && best.is_none_or(|(_, m, _)| n > m)
        {
            best = Some((*q, n, *phrase != qualifier_phrase(*q)));
        }
    }
    best
}

/// Words a source uses for the provider without naming it.
pub const PROVIDER_WORDS: &[&str] = &[
    "provider",
    "service provider",
    "the provider",
    "vendor",
    "supplier",
    "csp",
    "cloud service provider",
    "us",
    "we",
];

/// Words a source uses for the customer.
pub const CUSTOMER_WORDS: &[&str] = &[
    "customer",
    "the customer",
    "customers",
    "client",
    "you",
    "tenant",
    "consumer",
    "subscriber",
];

/// Splits cell words for phrase matching: lower case, surrounding commas and
/// full stops removed.
pub fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c == ',' || c == '.' || c == ';')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}
