//! CSV per RFC 4180 (quoted fields, doubled quotes, line breaks inside
//! quotes, CRLF or LF), with the delimiter sniffed from the header line:
//! comma, semicolon or tab. A small reader of our own: no dependency, and
//! it reports the line of a malformed field.

use super::{table, Grid, ImportOptions};
use crate::model::Offering;
use crate::validate::ValidationError;

/// Reads CSV text (already UTF-8, BOM removed) into an offering.
pub fn import(
    file: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<Offering, Vec<ValidationError>> {
    let delimiter = sniff(text);
    let mut grid = parse(text, delimiter)
        .map_err(|(line, reason)| super::error(file, format!("line {line}"), reason))?;
    let name = match delimiter {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    };
    grid.format = format!("CSV ({name}-separated)");
    grid.source = table::take_source_block(&mut grid);
    table::import(file, grid, options)
}

/// The delimiter of the first line outside quotes: the most frequent of `,` `;` tab.
pub fn sniff(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Fields by row; (line, reason) for a quote left open.
pub fn parse(text: &str, delimiter: u8) -> Result<Grid, (usize, String)> {
    let bytes = text.as_bytes();
    let mut grid = Grid::default();
    let mut row: Vec<String> = Vec::new();
    let mut field: Vec<u8> = Vec::new();
    let mut line = 1;
    let mut row_line = 1;
    let mut i = 0;
    let mut quoted = false;
    let mut was_quoted = false;
    let mut quote_line = 0;
    let push_field = |field: &mut Vec<u8>, row: &mut Vec<String>, was_quoted: bool| {
        // Only byte boundaries of ASCII delimiters are cut: the field stays UTF-8.
        let text = String::from_utf8_lossy(field).into_owned();
        let _ = was_quoted;
        row.push(unescape_formula(text));
        field.clear();
    };
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => {
                    field.push(b'"');
                    i += 1;
                }
                b'"' => quoted = false,
                b'\n' => {
                    line += 1;
                    field.push(b);
                }
                _ => field.push(b),
            }
        } else if b == b'"' && field.is_empty() && !was_quoted {
            quoted = true;
            was_quoted = true;
            quote_line = line;
        } else if b == delimiter {
            push_field(&mut field, &mut row, was_quoted);
            was_quoted = false;
        } else if b == b'\n' || b == b'\r' {
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            push_field(&mut field, &mut row, was_quoted);
            was_quoted = false;
            grid.rows.push(std::mem::take(&mut row));
            grid.lines.push(row_line);
            line += 1;
            row_line = line;
        } else {
            field.push(b);
        }
        i += 1;
    }
    if quoted {
        return Err((
            quote_line,
            "a quoted field is not closed (a `\"` is missing)".into(),
        ));
    }
    if !field.is_empty() || !row.is_empty() || was_quoted {
        push_field(&mut field, &mut row, was_quoted);
        grid.rows.push(row);
        grid.lines.push(row_line);
    }
    Ok(grid)
}

/// A leading `'` before `=`, `+`, `-` or `@` is how spreadsheets (and our CSV
/// writer) keep formula-looking text as text; the text is the rest.
fn unescape_formula(text: String) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => text,
    }
}
