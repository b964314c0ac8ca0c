//! The importers' entries into the "open" chunk: reading a file, a paste
//! or the spreadsheet module's answer, and applying the review. The state
//! ([`super::state`]) calls them; they know nothing of the UI.

use crate::io::embed::MatrixRejected;
use crate::io::open::{self, Opening};
use crate::ui::on_demand::on_demand;
use rm_format::model::Offering;
use rm_format::review::Review;

on_demand!(
    open,
    /// Reads a picked or dropped file.
    pub fn read_file(name: String, bytes: Vec<u8>) -> Result<Opening, MatrixRejected> {
        open::open_file(&name, bytes)
    }
);

on_demand!(
    open,
    /// Reads a pasted table.
    pub fn read_pasted(text: String) -> Result<Review, MatrixRejected> {
        open::open_pasted(&text)
    }
);

on_demand!(
    open,
    /// Reads the spreadsheet module's answer for file `name`.
    pub fn read_sheet_answer(name: String, json: String) -> Result<Review, MatrixRejected> {
        open::review_sheet_answer(&name, &json)
    }
);

on_demand!(
    open,
    /// Applies the review, with an id none of `taken` has.
    pub fn apply(review: Review, taken: Vec<&'static str>) -> Result<Offering, MatrixRejected> {
        open::confirm(&review, |id| taken.contains(&id))
    }
);
