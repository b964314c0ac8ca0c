//! Build step: `data/*.json` → validated → `$OUT_DIR/catalog.rs` (each offering's id, title and JSON).
//!
//! A broken data file fails the build with file, JSON path and reason.
//! The logic lives in `rm_format::codegen` so native tests run it on bad fixtures.

use rm_format::codegen;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let data = manifest.join("data");
    println!("cargo::rerun-if-changed=data");
    // Benchmark only: also compile in the offerings of this directory (the
    // synthetic 1,000- and 10,000-row matrices; see bench/README.md). Unset,
    // the build is exactly data/.
    println!("cargo::rerun-if-env-changed=RM_EXTRA_DATA_DIR");
    let extra = std::env::var_os("RM_EXTRA_DATA_DIR").map(PathBuf::from);
    if let Some(dir) = &extra {
        println!("cargo::rerun-if-changed={}", dir.display());
    }
    let mut dirs = vec![data.as_path()];
    dirs.extend(extra.as_deref());
    match codegen::build_catalog_dirs(&dirs) {
        Ok(source) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("catalog.rs");
            if let Err(e) = std::fs::write(&out, source) {
                eprintln!("error: cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!(
                "error: the matrix data in data/{} is invalid ({} problem(s)):",
                extra
                    .as_ref()
                    .map(|d| format!(" + {}", d.display()))
                    .unwrap_or_default(),
                errors.len()
            );
            for e in &errors {
                eprintln!("  - {e}");
                // Also surface each problem as a Cargo diagnostic line.
                println!("cargo::warning={e}");
            }
            std::process::exit(1);
        }
    }
}
