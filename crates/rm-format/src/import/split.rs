//! Splitting cell text at top-level separators: outside parentheses and the
//! JSON strings that annotations may carry.

/// The text before a final top-level `( … )` group, and that group's
/// comma-separated items (JSON strings inside are kept whole).
pub fn split_annotations(text: &str) -> (String, Vec<String>) {
    let t = text.trim_end();
    if !t.ends_with(')') {
        return (text.to_string(), Vec::new());
    }
    let mut depth = 0usize;
    let mut open = None;
    let mut in_string = false;
    let mut escaped = false;
    for (i, ch) in t.char_indices() {
        if in_string {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' if depth > 0 => in_string = true,
            '(' => {
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    match open {
        Some(start) if depth == 0 && start > 0 => {
            let inner = &t[start + 1..t.len() - 1];
            let items = split_items(inner)
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
            (t[..start].trim_end().to_string(), items)
        }
        _ => (text.to_string(), Vec::new()),
    }
}

/// An annotation's items: split at ", " outside JSON strings and parentheses.
pub(crate) fn split_items(text: &str) -> Vec<String> {
    split_with(text, &[", "], true)
}

/// Splits at any of `separators` outside parentheses (and JSON strings inside them).
pub(crate) fn split_top(text: &str, separators: &[&str]) -> Vec<String> {
    split_with(text, separators, false)
}

pub(crate) fn split_with(text: &str, separators: &[&str], strings_at_top: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, len) in top_positions(text, separators, strings_at_top) {
        out.push(text[start..at].to_string());
        start = at + len;
    }
    out.push(text[start..].to_string());
    out
}

pub(crate) fn top_separators<'s>(text: &str, separators: &[&'s str]) -> Vec<&'s str> {
    top_positions(text, separators, false)
        .into_iter()
        .filter_map(|(at, len)| {
            separators
                .iter()
                .copied()
                .find(|s| s.len() == len && text[at..].starts_with(s))
        })
        .collect()
}

pub(crate) fn top_positions(
    text: &str,
    separators: &[&str],
    strings_at_top: bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut skip_to = 0;
    for (i, ch) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if in_string {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' if depth > 0 || strings_at_top => in_string = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => {
                if let Some(sep) = separators.iter().find(|s| text[i..].starts_with(**s)) {
                    out.push((i, sep.len()));
                    skip_to = i + sep.len();
                }
            }
            _ => {}
        }
    }
    out
}
