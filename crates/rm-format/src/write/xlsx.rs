//! The whole matrix as a styled workbook (rust_xlsxwriter): the same wide
//! table as the CSV writer, so it imports back to the same rows and cells,
//! with the header row (and the columns up to the activity) frozen, each
//! party's cells in the party's colour, shared cells bold on their own
//! colour, and a note on every cell whose source words or reading differ
//! from what the cell shows. A second sheet, "Key", gives the source's
//! provenance and explains the colours.
//!
//! Every value is written as a string, never as a formula or a number, so
//! text such as `=HYPERLINK(…)` stays text in any spreadsheet program.

use super::table::{build, Part};
use crate::model::{Cell, Offering, PartyKind};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Note, Workbook, XlsxError};

/// Fills light enough for black text at WCAG AA contrast, by party order.
const PARTY_FILLS: [u32; 6] = [0xDCEAF7, 0xFCE9CF, 0xDFF1DC, 0xF1E0F3, 0xE4E4E4, 0xFFF6C8];
const SHARED_FILL: u32 = 0xE6DDF5;
const HEADER_FILL: u32 = 0xD0D7DE;
/// Cell notes beyond this many are left out (the source and reading columns still hold them).
const MAX_NOTES: usize = 10_000;

/// The workbook's bytes.
pub fn write(o: &Offering) -> Result<Vec<u8>, String> {
    build_workbook(o)
        .and_then(|mut w| w.save_to_buffer())
        .map_err(|e| format!("cannot write the XLSX workbook: {e}"))
}

fn base() -> Format {
    Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xB0B7BF))
}

fn build_workbook(o: &Offering) -> Result<Workbook, XlsxError> {
    let t = build(o);
    let plain = base();
    let header = base()
        .set_bold()
        .set_background_color(Color::RGB(HEADER_FILL))
        .set_border_bottom(FormatBorder::Medium);
    let party_formats: Vec<Format> = (0..o.parties.len())
        .map(|i| base().set_background_color(Color::RGB(PARTY_FILLS[i % PARTY_FILLS.len()])))
        .collect();
    let shared = base()
        .set_bold()
        .set_background_color(Color::RGB(SHARED_FILL))
        .set_border(FormatBorder::Medium);
    let shared_party: Vec<Format> = party_formats.iter().map(|f| f.clone().set_bold()).collect();
    let status = base().set_italic().set_font_color(Color::RGB(0x4A4A4A));

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Matrix")?;
    let activity = t
        .parts
        .iter()
        .position(|p| matches!(p, Part::Activity))
        .unwrap_or(0);
    for (c, (h, part)) in t.headers.iter().zip(&t.parts).enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, h, &header)?;
        let width = match part {
            Part::Activity | Part::Notes => 40.0,
            Part::Source { .. } | Part::Reading { .. } | Part::Note { .. } => 30.0,
            Part::InferredFrom { .. } | Part::Inference { .. } => 30.0,
            Part::SectionTitle => 22.0,
            Part::Cell { .. } | Part::PartyCell { .. } => 24.0,
            _ => 14.0,
        };
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, (activity + 1) as u16)?;
    let mut notes = 0;
    for (r, ((_, row), values)) in o.rows().zip(&t.rows).enumerate() {
        let line = (r + 1) as u32;
        for (c, (part, text)) in t.parts.iter().zip(values).enumerate() {
            let col = c as u16;
            let cell: Option<&Cell> = match part {
                Part::Cell { column } | Part::PartyCell { column, .. } => {
                    row.cell(&o.columns[*column].id)
                }
                _ => None,
            };
            let format = match (part, cell) {
                (Part::Cell { .. }, Some(x)) if x.assign.len() > 1 => &shared,
                (Part::Cell { .. }, Some(x)) if x.assign.len() == 1 => o
                    .parties
                    .iter()
                    .position(|p| p.id == x.assign[0].party)
                    .map_or(&plain, |i| &party_formats[i]),
                (Part::PartyCell { party, .. }, Some(x))
                    if x.assign.iter().any(|a| a.party == o.parties[*party].id) =>
                {
                    if x.assign.len() > 1 {
                        &shared_party[*party]
                    } else {
                        &party_formats[*party]
                    }
                }
                (Part::Cell { .. } | Part::PartyCell { .. }, Some(x)) if x.status.is_some() => {
                    &status
                }
                _ => &plain,
            };
            if text.is_empty() {
                sheet.write_blank(line, col, format)?;
            } else {
                sheet.write_string_with_format(line, col, text, format)?;
            }
            if let (Some(x), Part::Cell { .. } | Part::PartyCell { party: 0, .. }) = (cell, part) {
                if let Some(note) = note_for(x, text).filter(|_| notes < MAX_NOTES) {
                    sheet.insert_note(line, col, &Note::new(note).set_width(320))?;
                    notes += 1;
                }
            }
        }
    }
    if !t.rows.is_empty() {
        sheet.autofilter(
            0,
            0,
            t.rows.len() as u32,
            (t.headers.len().max(1) - 1) as u16,
        )?;
    }
    key_sheet(&mut book, o, &header, &plain, &party_formats, &shared)?;
    Ok(book)
}

/// "Source: …" and "Reading: …" when they say more than the cell shows.
fn note_for(cell: &Cell, shown: &str) -> Option<String> {
    let mut lines = Vec::new();
    if !cell.source_text.is_empty() && *cell.source_text != *shown {
        lines.push(format!("Source: {}", cell.source_text));
    }
    if let Some(r) = cell.reading.as_deref() {
        lines.push(format!("Reading: {r}"));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The second sheet: what the matrix is, where it is from, and the colours.
fn key_sheet(
    book: &mut Workbook,
    o: &Offering,
    header: &Format,
    plain: &Format,
    parties: &[Format],
    shared: &Format,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name("Key")?;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 70)?;
    let mut r = 0;
    let mut line = |sheet: &mut rust_xlsxwriter::Worksheet,
                    a: &str,
                    b: &str,
                    f: &Format|
     -> Result<(), XlsxError> {
        sheet.write_string_with_format(r, 0, a, f)?;
        sheet.write_string_with_format(r, 1, b, plain)?;
        r += 1;
        Ok(())
    };
    line(sheet, "Matrix", &o.title, header)?;
    line(sheet, "Provider", &o.provider, plain)?;
    // The source's provenance, in the About's order and words; its title as "Source".
    for (label, value) in o.source.provenance() {
        let label = if label == "Title" { "Source" } else { label };
        line(sheet, label, &value, plain)?;
    }
    line(sheet, "", "", plain)?;
    line(sheet, "Colour", "Meaning", header)?;
    for (i, p) in o.parties.iter().enumerate() {
        let kind = match p.kind {
            PartyKind::Provider => "the provider",
            PartyKind::Customer => "the customer",
            PartyKind::ThirdParty => "a third party",
        };
        line(
            sheet,
            &p.name,
            &format!("{}'s cells ({kind})", p.name),
            &parties[i],
        )?;
    }
    line(
        sheet,
        "Shared",
        "Shared cells: more than one party holds them (bold, with a heavier border)",
        shared,
    )?;
    line(
        sheet,
        "Notes",
        "A note on a cell gives the source's own words and the reading, where they differ from the cell",
        plain,
    )?;
    Ok(())
}
