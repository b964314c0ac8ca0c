//! The responsibility-matrix file format: the data model, its vocabulary, the
//! JSON loader with error paths, and the validation rules every matrix must
//! pass. Used by the widget's build script (data/*.json → compiled-in catalog),
//! by the widget at run time (bring-your-own matrices) and by native tools.
//!
//! No Leptos and no web-sys: this crate builds for any target.

mod cells_map;
pub mod diff;
pub mod import;
pub mod json_path;
pub mod load;
pub mod model;
pub mod review;
mod shape;
pub mod source;
pub mod validate;
pub mod vocab;
pub mod write;

/// Turns `data/*.json` into the widget's compiled-in catalog and derives the
/// JSON Schema; native only (the build script and tests).
#[cfg(feature = "codegen")]
pub mod codegen;
