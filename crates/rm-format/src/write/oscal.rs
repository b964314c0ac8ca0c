//! OSCAL JSON output: not written yet.

use crate::model::Offering;

pub fn write(_o: &Offering) -> Result<String, String> {
    Err("OSCAL export is not available yet; use --format json or csv".into())
}
