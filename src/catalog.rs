//! The built-in offerings, compiled from `data/*.json` by `build.rs`.
//!
//! No JSON is parsed at run time for these: they are plain Rust statics.

#[allow(unused_imports)]
use crate::model::*;
#[allow(unused_imports)]
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// Every built-in offering, in file-name order.
pub fn offerings() -> &'static [Offering] {
    &OFFERINGS
}

/// A built-in offering by id.
pub fn offering(id: &str) -> Option<&'static Offering> {
    OFFERINGS.iter().find(|o| o.id == id)
}

/// The offering a fresh page opens on (when `data/vmware.json` exists).
pub const PREFERRED_DEFAULT: &str = "vmware";

/// The offering shown when the link names none: [`PREFERRED_DEFAULT`], else the first.
pub fn default_offering() -> Option<&'static Offering> {
    offering(PREFERRED_DEFAULT).or_else(|| OFFERINGS.first())
}
