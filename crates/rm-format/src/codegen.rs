//! Turns `data/*.json` into the compiled-in catalog (build time only).
//!
//! `build.rs` is a thin wrapper around [`build_catalog`]; native tests call the
//! same function on the bad fixtures in `tests/fixtures/`, so every validation
//! rule the build enforces is tested exactly as the build runs it.
//!
//! Only data that passed every rule is written out, as minified JSON
//! ([`generate`] says why JSON rather than Rust statics).

use crate::load::parse_as;
use crate::model::*;
use crate::validate::{validate_all, Origin, ValidationError};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The JSON files of a data directory, sorted, excluding the schema.
pub fn data_files(dir: &Path) -> Result<Vec<PathBuf>, ValidationError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ValidationError {
        file: dir.display().to_string(),
        path: String::new(),
        reason: format!("cannot read the data directory: {e}"),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "schema.json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads, parses and validates every offering in `dir`.
pub fn load_dir(dir: &Path) -> Result<Vec<Offering>, Vec<ValidationError>> {
    load_dirs(&[(dir, "data")])
}

/// Like [`load_dir`] over several directories, each with the label its files
/// are reported under (`data/vmware.json`); offering ids must be unique across
/// all of them.
fn load_dirs(dirs: &[(&Path, &str)]) -> Result<Vec<Offering>, Vec<ValidationError>> {
    let mut errors = Vec::new();
    let mut loaded: Vec<(String, Offering)> = Vec::new();
    for (i, (dir, label)) in dirs.iter().enumerate() {
        // The first directory holds the built-in matrices; others (the
        // benchmark's synthetic ones) are held to the rules of supplied data.
        let origin = if i == 0 {
            Origin::BuiltIn
        } else {
            Origin::Supplied
        };
        let (mut l, mut e) = load_files(dir, label, origin);
        loaded.append(&mut l);
        errors.append(&mut e);
    }
    if let Err(mut e) = validate_all(loaded.iter().map(|(f, o)| (f.as_str(), o))) {
        // validate_all re-reports per-offering errors already caught by parse; keep cross-file ones.
        e.retain(|err| err.reason.starts_with("duplicate offering id"));
        errors.append(&mut e);
    }
    if errors.is_empty() {
        Ok(loaded.into_iter().map(|(_, o)| o).collect())
    } else {
        Err(errors)
    }
}

/// Reads and parses (which validates each offering) every file in `dir`:
/// the offerings that parsed, and every problem found. Files are named
/// `<label>/<file name>` in errors.
fn load_files(
    dir: &Path,
    label: &str,
    origin: Origin,
) -> (Vec<(String, Offering)>, Vec<ValidationError>) {
    let files = match data_files(dir) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![e]),
    };
    if files.is_empty() {
        let error = ValidationError {
            file: dir.display().to_string(),
            path: String::new(),
            reason: "no offering files (*.json) found".into(),
        };
        return (Vec::new(), vec![error]);
    }
    let mut errors = Vec::new();
    let mut loaded: Vec<(String, Offering)> = Vec::new();
    for path in files {
        let name = format!(
            "{label}/{}",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(ValidationError {
                    file: name,
                    path: String::new(),
                    reason: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        match parse_as(&name, &text, origin) {
            Ok(o) => {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if stem != *o.id {
                    errors.push(ValidationError {
                        file: name.clone(),
                        path: "id".into(),
                        reason: format!("id `{}` must match the file name `{stem}.json`", o.id),
                    });
                }
                loaded.push((name, o));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    (loaded, errors)
}

/// Loads `dir` and returns the Rust source of the catalog module.
pub fn build_catalog(dir: &Path) -> Result<String, Vec<ValidationError>> {
    let offerings = load_dir(dir)?;
    generate(&offerings)
}

/// Like [`build_catalog`], with the offerings of several directories, in order:
/// `build.rs` passes `data/` and, when `RM_EXTRA_DATA_DIR` is set, that
/// directory too (the benchmark's synthetic matrices; see `bench/README.md`).
/// Every file is validated exactly as in `data/`; files of the first directory
/// are reported as `data/<file>`, the others under their own path.
pub fn build_catalog_dirs(dirs: &[&Path]) -> Result<String, Vec<ValidationError>> {
    let labels: Vec<String> = dirs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if i == 0 {
                "data".into()
            } else {
                d.display().to_string()
            }
        })
        .collect();
    let pairs: Vec<(&Path, &str)> = dirs
        .iter()
        .copied()
        .zip(labels.iter().map(|l| l.as_str()))
        .collect();
    let offerings = load_dirs(&pairs)?;
    generate(&offerings)
}

/// Rust source of the catalog: each offering's id and title, and the offering
/// itself as minified JSON (the validated model, re-serialised), which
/// `catalog` parses when the offering is first shown.
///
/// Why JSON and not Rust statics: the JSON is smaller in the wasm than the
/// statics it replaces, the parser is in the wasm anyway for bring-your-own
/// matrices, and only the offering shown is parsed.
pub fn generate(offerings: &[Offering]) -> Result<String, Vec<ValidationError>> {
    let mut out = String::new();
    out.push_str("// @generated by build.rs from data/*.json. Do not edit.\n");
    let mut entries = Vec::new();
    for o in offerings {
        let json = serde_json::to_string(o).map_err(|e| {
            vec![ValidationError {
                file: format!("offering `{}`", o.id),
                path: String::new(),
                reason: format!("cannot be written back as JSON: {e}"),
            }]
        })?;
        entries.push(format!(
            "    BuiltIn::new({:?}, {:?}, {:?})",
            &*o.id, &*o.title, json
        ));
    }
    let _ = writeln!(
        out,
        "pub static BUILT_IN: [BuiltIn; {}] = [\n{}\n];",
        entries.len(),
        entries.join(",\n")
    );
    Ok(out)
}
