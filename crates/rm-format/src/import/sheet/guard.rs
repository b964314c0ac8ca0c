//! Limits a spreadsheet must keep before it is read: XLSX and ODS are zip
//! archives, and a few kilobytes can unpack to gigabytes (a zip bomb) or
//! declare a million cells. Every part is unpacked once into nothing,
//! counting, before calamine reads it, so the limit holds whatever the
//! archive's own size fields claim.

use crate::import::error;
use crate::validate::ValidationError;
use std::io::{Cursor, Read};

/// The most the parts of one workbook may unpack to, together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The most parts (files inside the archive) one workbook may have.
pub const MAX_PARTS: usize = 10_000;
/// The most non-empty cells one sheet may have (a matrix has a few thousand).
pub const MAX_CELLS: usize = 1_000_000;
/// The most places (rows × columns actually spanned) the table may take.
pub const MAX_SLOTS: usize = 10_000_000;

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1_048_576.0)
}

/// Checks the archive: it opens, has at most [`MAX_PARTS`] parts, and all of
/// them unpack (really, not as declared) to at most [`MAX_UNPACKED_BYTES`].
pub fn check_archive(file: &str, bytes: &[u8]) -> Result<(), Vec<ValidationError>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        error(
            file,
            "",
            format!("not a readable XLSX or ODS file (its zip container: {e})"),
        )
    })?;
    if zip.len() > MAX_PARTS {
        return Err(error(
            file,
            "",
            format!(
                "the workbook has {} parts (at most {MAX_PARTS}); it is not a spreadsheet this tool reads",
                zip.len()
            ),
        ));
    }
    let too_big = |total: u64| {
        error(
            file,
            "",
            format!(
                "the workbook unpacks to more than {} (at most {} of sheets, strings and styles): a zip bomb, or a sheet too large to import",
                mb(total),
                mb(MAX_UNPACKED_BYTES)
            ),
        )
    };
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|e| {
            error(
                file,
                "",
                format!("part {i} of the workbook is unreadable: {e}"),
            )
        })?;
        declared = declared.saturating_add(part.size());
    }
    if declared > MAX_UNPACKED_BYTES {
        return Err(too_big(declared));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| {
            error(
                file,
                "",
                format!("part {i} of the workbook is unreadable: {e}"),
            )
        })?;
        let name = part.name().map(|n| n.to_string()).unwrap_or_default();
        let left = MAX_UNPACKED_BYTES - total;
        let read = std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink())
            .map_err(|e| error(file, "", format!("the part “{name}” does not unpack: {e}")))?;
        total += read;
        if total > MAX_UNPACKED_BYTES {
            return Err(too_big(total));
        }
    }
    Ok(())
}

/// The bytes of one part, after [`check_archive`] passed (so bounded).
pub(crate) fn part(file: &str, bytes: &[u8], name: &str) -> Result<Vec<u8>, Vec<ValidationError>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| error(file, "", format!("not a readable XLSX or ODS file: {e}")))?;
    let mut part = zip
        .by_name(name)
        .map_err(|_| error(file, "", format!("the workbook has no “{name}”")))?;
    let mut out = Vec::new();
    (&mut part)
        .take(MAX_UNPACKED_BYTES)
        .read_to_end(&mut out)
        .map_err(|e| error(file, "", format!("the part “{name}” does not unpack: {e}")))?;
    Ok(out)
}

/// The error for a sheet over [`MAX_CELLS`] or [`MAX_SLOTS`].
pub(crate) fn too_many_cells(file: &str, what: String) -> Vec<ValidationError> {
    error(
        file,
        "",
        format!(
            "{what}: more than this tool imports (at most {MAX_CELLS} cells in {MAX_SLOTS} places); split the sheet or save the matrix as CSV"
        ),
    )
}
