//! "Open a matrix…": a file the reader picks, drops or pastes, read in the
//! browser (nothing is uploaded) into a [`Review`], and the reviewed offering
//! made ready to show next to the built-in ones.
//!
//! Plain Rust, tested natively. Spreadsheets (XLSX, ODS) are read by a
//! separate module loaded on first use, which hands back a grid as JSON
//! ([`review_sheet_answer`]); every other format is read here.

use super::embed::MatrixRejected;
use rm_format::import::{Format, Grid};
use rm_format::model::{Note, NoteKind, Offering};
use rm_format::review::{Opened, Review};
use rm_format::validate::ValidationError;
use std::borrow::Cow;

/// What the file picker offers: every format the widget reads.
pub const ACCEPT: &str = ".json,.csv,.tsv,.txt,.md,.markdown,.xlsx,.ods,\
application/json,text/csv,text/tab-separated-values,text/markdown,text/plain,\
application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,\
application/vnd.oasis.opendocument.spreadsheet";

/// A file larger than this is refused before it is read: a browser tab
/// reading more would stall.
pub const MAX_OPEN_BYTES: usize = 10 * 1024 * 1024;

/// The name a pasted table goes by in the review and in errors.
pub const PASTED: &str = "the pasted table";

/// The table in text pasted onto the widget (not into a text box), from its
/// first non-blank line (a copy from a web page often starts with one), or
/// `None` when it does not look like a table worth opening: it needs two or
/// more lines, the first with a column separator (a tab from a spreadsheet or
/// a web page, `|` from Markdown, `,` or `;`). A stray word or sentence is not
/// taken for a matrix.
pub fn pasted_table(text: &str) -> Option<&str> {
    let start = text
        .split_inclusive('\n')
        .take_while(|l| l.trim().is_empty())
        .map(str::len)
        .sum::<usize>();
    let table = &text[start..];
    let mut lines = table.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next()?;
    (lines.next().is_some() && first.contains(['\t', '|', ',', ';'])).then_some(table)
}

/// What opening a file leads to.
#[derive(Debug)]
pub enum Opening {
    /// Read: the review can be shown.
    Review(Box<Review>),
    /// A spreadsheet: the sheet module must read it first.
    Sheet(Format),
}

/// Reads a picked or dropped file (`name` as the reader's system calls it).
pub fn open_file(name: &str, bytes: Vec<u8>) -> Result<Opening, MatrixRejected> {
    if bytes.len() > MAX_OPEN_BYTES {
        return Err(rejected(
            name,
            format!(
                "the file is {:.1} MB; at most {} MB can be opened here (the command line `rmx import` reads larger files)",
                bytes.len() as f64 / 1_048_576.0,
                MAX_OPEN_BYTES / 1_048_576
            ),
        ));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(rejected(name, "the file is empty".into()));
    }
    let format = Format::guess(name, &bytes);
    if matches!(format, Format::Xlsx | Format::Ods) {
        return Ok(Opening::Sheet(format));
    }
    let review = Review::open(name, bytes, Some(format)).map_err(|e| from_errors(name, &e))?;
    Ok(Opening::Review(Box::new(review)))
}

/// Reads a table pasted as text: tab-separated from a spreadsheet, a
/// Markdown table, CSV or our JSON, told apart by their contents.
pub fn open_pasted(text: &str) -> Result<Review, MatrixRejected> {
    if text.trim().is_empty() {
        return Err(rejected(PASTED, "nothing was pasted".into()));
    }
    let bytes = text.as_bytes().to_vec();
    let format = Format::guess(PASTED, &bytes);
    Review::open(PASTED, bytes, Some(format)).map_err(|e| from_errors(PASTED, &e))
}

/// The sheet module's answer for `name`: `{"grid": …}` or `{"errors": [{path, reason}]}`.
pub fn review_sheet_answer(name: &str, answer: &str) -> Result<Review, MatrixRejected> {
    #[derive(serde::Deserialize)]
    struct Problem {
        #[serde(default)]
        path: String,
        reason: String,
    }
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Grid(Grid),
        Errors(Vec<Problem>),
    }
    let answer: Answer = serde_json::from_str(answer)
        .map_err(|e| rejected(name, format!("the spreadsheet reader answered badly ({e})")))?;
    match answer {
        Answer::Grid(grid) => {
            Review::new(name, Opened::Grid(grid)).map_err(|e| from_errors(name, &e))
        }
        Answer::Errors(problems) => Err(MatrixRejected {
            source: name.to_string(),
            problems: problems
                .into_iter()
                .map(|p| line(&p.path, &p.reason))
                .collect(),
        }),
    }
}

/// The reviewed offering, with an id no offering of this widget has yet
/// (`is_taken`); a changed id is recorded as a reading.
pub fn confirm(
    review: &Review,
    is_taken: impl Fn(&str) -> bool,
) -> Result<Offering, MatrixRejected> {
    let mut o = review.apply().map_err(|e| from_errors(review.file(), &e))?;
    if is_taken(&o.id) {
        let base = o.id.to_string();
        let keep = base.len().min(60);
        let base = base[..keep].trim_end_matches('-');
        let id = (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !is_taken(id))
            .unwrap_or_else(|| base.to_string());
        o.notes.to_mut().push(Note {
            kind: NoteKind::Reading,
            text: Cow::Owned(format!(
                "The id “{}” is already shown here; this matrix is “{id}”.",
                o.id
            )),
        });
        o.id = Cow::Owned(id);
    }
    Ok(o)
}

/// The importers' errors as the widget lists them: `where: reason`.
fn from_errors(file: &str, errors: &[ValidationError]) -> MatrixRejected {
    MatrixRejected {
        source: file.to_string(),
        problems: errors.iter().map(|e| line(&e.path, &e.reason)).collect(),
    }
}

fn line(path: &str, reason: &str) -> String {
    if path.is_empty() {
        reason.to_string()
    } else {
        format!("{path}: {reason}")
    }
}

fn rejected(file: &str, problem: String) -> MatrixRejected {
    MatrixRejected {
        source: file.to_string(),
        problems: vec![problem],
    }
}
