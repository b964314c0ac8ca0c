//! The built-in matrices against the published documents they were written
//! from: each module parses its seed independently of the loader and compares
//! cell by cell, so a lost, altered or invented statement fails here.

mod goss;
mod hyperv;
mod kubernetes;
mod ovhcloud;
mod provenance;
mod vmware;

/// A seed document, read at test time from `$RM_SEEDS_DIR`, by default
/// `../shared/seeds/` beside the repository.
///
/// A missing seed fails the test: passing without it would prove nothing.
pub fn read_seed(file: &str) -> String {
    let dir = std::env::var("RM_SEEDS_DIR")
        .unwrap_or_else(|_| format!("{}/../shared/seeds", env!("CARGO_MANIFEST_DIR")));
    let path = format!("{dir}/{file}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read the seed {path}: {e}. These tests compare data/ with the published source, so shared/ must sit beside the repository (or RM_SEEDS_DIR name its seeds/).")
    })
}
