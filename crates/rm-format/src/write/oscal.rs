//! stub
use crate::model::Offering;
pub fn write(_o: &Offering) -> Result<String, String> { Err("todo".into()) }
