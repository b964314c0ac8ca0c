//! OSCAL JSON (SSP control-implementation, component definitions): not read yet.

use super::ImportOptions;
use crate::model::Offering;
use crate::validate::ValidationError;

pub fn import(file: &str, _text: &str, _options: &ImportOptions) -> Result<Offering, Vec<ValidationError>> {
    Err(super::error(file, "", "OSCAL import is not available yet; export the responsibilities as CSV"))
}
