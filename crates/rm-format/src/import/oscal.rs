//! OSCAL.
use super::ImportOptions;
use crate::model::Offering;
use crate::validate::ValidationError;
pub fn import(file: &str, _text: &str, _o: &ImportOptions) -> Result<Offering, Vec<ValidationError>> { Err(super::error(file, "", "todo")) }
