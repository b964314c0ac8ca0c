//! The built `rmx` binary, one test target: validate, import, export and
//! diff; spreadsheets in and out; render.

mod commands;
mod sheets_render;
mod support;
