//! Shared by the rmx tests: run the built binary, repository paths, a
//! scratch directory per test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the built `rmx` with `args`.
pub fn rmx(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rmx"))
        .args(args)
        .output()
        .expect("rmx runs")
}

/// A path inside the repository.
pub fn root(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory for one test.
pub fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rmx-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    dir
}

/// Asserts that `out` exited 0, showing its stderr otherwise.
pub fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A path as an argument.
pub fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}
