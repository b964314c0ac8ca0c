//! The format crate's integration tests, one binary: importers (CSV,
//! OSCAL, XLSX/ODS, our JSON) on realistic and hostile files, the review step, and the
//! writers' round trips and source lines over every built-in offering.

mod csv_source_block;
mod hostile_json;
mod import_csv;
mod import_oscal;
mod provenance_in_writers;
mod review;
mod roundtrip;
mod sheet_hostile;
mod sheet_workbooks;
mod support;
