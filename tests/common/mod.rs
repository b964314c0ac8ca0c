//! Helpers shared by the seed tests.

/// A seed document from `../shared/seeds/`, read at test time.
///
/// A missing seed fails the test: passing without it would prove nothing.
pub fn read_seed(file: &str) -> String {
    let path = format!("{}/../shared/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("cannot read the seed {path}: {e}. These tests compare data/ with the published source, so shared/ must sit beside the repository.")
    })
}
