# shellcheck shell=bash
# Sourced (never run) by the other scripts in scripts/: puts the project's tools
# on PATH and points the browser tooling at Debian's Chromium. Every value can be
# overridden from the environment. Safe under `set -euo pipefail`.

RM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# npm's binaryen (wasm-opt 132) must win over any Debian wasm-opt in /usr/bin.
export PATH="$RM_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Browsers (Debian packages chromium + chromium-driver).
export CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# wasm-bindgen-test: `cargo test --target wasm32-unknown-unknown` runs each test
# binary through wasm-bindgen-test-runner, which drives headless Chromium through
# chromedriver with the capabilities (Chromium flags) in webdriver.json.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER:-wasm-bindgen-test-runner}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$RM_ROOT/webdriver.json}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-90}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}"

# Trunk asks crates.io for a newer trunk on every run, even with offline = true in
# Trunk.toml; its "new version available" hint (0.22) must not be followed here.
export TRUNK_SKIP_VERSION_CHECK="${TRUNK_SKIP_VERSION_CHECK:-true}"
