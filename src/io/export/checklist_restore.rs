//! Reads a checklist export (Markdown, CSV or OSCAL, as
//! [`super::checklist`] and [`super::checklist_oscal`] write them) back into
//! items with their ticks, owners and notes, matched later by row id
//! ([`crate::rules::checklist_marks::Marks::restore`]). Anything else is
//! refused with a reason, never half-read.

use super::checklist::CSV_HEADER;
use crate::rules::checklist_marks::{Mark, RestoredItem};
use rm_format::import::oscal::NS;
use rm_format::validate::is_valid_id;
use serde_json::Value;

/// The largest file read back (an export of 10,000 items with notes is far smaller).
pub const MAX_RESTORE_BYTES: usize = 4 * 1024 * 1024;

/// The items of a checklist export, in file order.
pub fn read_checklist_file(text: &str) -> Result<Vec<RestoredItem>, String> {
    if text.len() > MAX_RESTORE_BYTES {
        return Err(format!(
            "the file is {} bytes; the limit is {MAX_RESTORE_BYTES} bytes",
            text.len()
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    let items = if start.starts_with('{') {
        read_oscal(start)?
    } else if start.starts_with('#') || text.lines().any(|l| l.starts_with("- [")) {
        read_markdown(text)
    } else {
        read_csv(text)?
    };
    if items.is_empty() {
        return Err("it holds no checklist item with a row id; restore reads the Markdown, CSV or OSCAL file that “What do I own?” downloads".into());
    }
    Ok(items)
}

/// The inverse of [`super::checklist::markdown_field`] (and, for the
/// activity shown in a report, of `markdown_escape`).
pub fn markdown_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(ch) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("<br>") {
            out.push('\n');
            rest = after;
        } else if let Some(after) = rest.strip_prefix("&#32;") {
            out.push(' ');
            rest = after;
        } else if ch == '\\' && rest[1..].starts_with(|c: char| c.is_ascii_punctuation()) {
            out.push_str(&rest[1..2]);
            rest = &rest[2..];
        } else {
            out.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
    }
    out
}

/// `- [x] Activity — holds <!-- rm-row: id -->`, then `  - Owner: …` and `  - Note: …`.
fn read_markdown(text: &str) -> Vec<RestoredItem> {
    let mut items: Vec<RestoredItem> = Vec::new();
    // Sub-items belong to the item line just above them, if it had an id.
    let mut open = false;
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let ticked = match line.get(..6) {
            Some("- [ ] ") => Some(false),
            Some("- [x] ") | Some("- [X] ") => Some(true),
            _ => None,
        };
        if let Some(ticked) = ticked {
            open = false;
            let Some((body, id)) = line[6..].rsplit_once(" <!-- rm-row: ") else {
                continue;
            };
            let Some(id) = id.strip_suffix(" -->").filter(|id| is_valid_id(id)) else {
                continue;
            };
            let activity = body.split(" — ").next().unwrap_or(body);
            items.push(RestoredItem {
                row_id: id.to_string(),
                activity: markdown_unescape(activity),
                mark: Mark {
                    ticked,
                    ..Mark::default()
                },
            });
            open = true;
        } else if let (true, Some(item)) = (open, items.last_mut()) {
            if let Some(owner) = line.strip_prefix("  - Owner: ") {
                item.mark.owner = markdown_unescape(owner);
            } else if let Some(note) = line.strip_prefix("  - Note: ") {
                item.mark.note = markdown_unescape(note);
            } else {
                open = false;
            }
        }
    }
    items
}

/// The columns of [`CSV_HEADER`], found by name, so a spreadsheet that moved them still reads.
fn read_csv(text: &str) -> Result<Vec<RestoredItem>, String> {
    let records = csv_records(text)?;
    let Some((header, rows)) = records.split_first() else {
        return Ok(Vec::new());
    };
    let column = |name: &str| {
        header.iter().position(|h| h.trim() == name).ok_or_else(|| {
            format!(
                "its first line has no “{name}” column (a checklist CSV has {})",
                CSV_HEADER.join(", ")
            )
        })
    };
    let (id, service, ticked) = (column("Row id")?, column("Service")?, column("Ticked")?);
    let (owner, note) = (column("Owner")?, column("Note")?);
    let mut items = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let field = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        if row.iter().all(|f| f.is_empty()) {
            // The export ends with a blank line and its source block.
            if rows
                .get(n + 1)
                .is_some_and(|next| next.len() == 1 && next[0] == "Source")
            {
                break;
            }
            continue;
        }
        let row_id = field(id).trim();
        if !is_valid_id(row_id) {
            return Err(format!(
                "record {}: “{}” is not a row id",
                n + 2,
                crate::rules::text::clip(row_id, 40)
            ));
        }
        let ticked = match field(ticked).trim() {
            "yes" | "Yes" | "YES" | "x" | "X" | "true" => true,
            "no" | "No" | "NO" | "" | "false" => false,
            other => {
                return Err(format!(
                    "record {}: Ticked is “{}”, not yes or no",
                    n + 2,
                    crate::rules::text::clip(other, 40)
                ))
            }
        };
        items.push(RestoredItem {
            row_id: row_id.to_string(),
            activity: field(service).to_string(),
            mark: Mark {
                ticked,
                owner: unguard(field(owner)),
                note: unguard(field(note)),
            },
        });
    }
    Ok(items)
}

/// The inverse of [`super::checklist::formula_guard`].
fn unguard(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\'']) => rest.to_string(),
        _ => text.to_string(),
    }
}

/// RFC 4180 records: quoted fields, doubled quotes, line breaks in quotes, CRLF or LF.
fn csv_records(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut line, mut chars) = (false, 1, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                line += usize::from(c == '\n');
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                line += 1;
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(format!("a quoted field is never closed (line {line})"));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

/// The implemented requirements of [`super::checklist_oscal`]'s document.
fn read_oscal(text: &str) -> Result<Vec<RestoredItem>, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("it is not valid JSON ({e})"))?;
    let requirements = doc
        .pointer("/system-security-plan/control-implementation/implemented-requirements")
        .and_then(Value::as_array)
        .ok_or("it is JSON but not an OSCAL system security plan with implemented requirements")?;
    let ns_prop = |v: &Value, name: &str| -> Option<String> {
        v.get("props")?.as_array()?.iter().find_map(|p| {
            (p.get("name")?.as_str()? == name && p.get("ns")?.as_str()? == NS)
                .then(|| p.get("value")?.as_str().map(str::to_string))?
        })
    };
    let mut items = Vec::new();
    for req in requirements {
        let Some(row_id) = ns_prop(req, "row-id")
            .or_else(|| req.get("control-id")?.as_str().map(str::to_string))
            .filter(|id| is_valid_id(id))
        else {
            continue;
        };
        let by = req.pointer("/by-components/0");
        let text_of = |key: &str| {
            by.and_then(|b| b.get(key)?.as_str().map(str::to_string))
                .unwrap_or_default()
        };
        let ticked = by.is_some_and(|b| {
            b.get("satisfied")
                .and_then(Value::as_array)
                .is_some_and(|s| !s.is_empty())
                || b.pointer("/implementation-status/state")
                    .and_then(Value::as_str)
                    == Some("implemented")
        });
        items.push(RestoredItem {
            activity: ns_prop(req, "activity").unwrap_or_else(|| row_id.clone()),
            row_id,
            mark: Mark {
                ticked,
                owner: by.and_then(|b| ns_prop(b, "owner")).unwrap_or_default(),
                note: text_of("remarks"),
            },
        });
    }
    Ok(items)
}
