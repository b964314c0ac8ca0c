#!/usr/bin/env bash
# Performance benchmark (bench/README.md): builds the release site and a bench
# build with synthetic matrices, then measures sizes, load, filtering and memory
# in headless Chromium against a plain HTML+JS baseline.
#   scripts/bench.sh [--strict] [--runs N] [--no-build]
# Exit status: 0, or 1 when a budget is OVER and --strict is given.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh   # trunk, wasm-bindgen, wasm-opt (npm binaryen), CHROMIUM_BIN
# shellcheck source=scripts/versions.sh
source scripts/versions.sh
for tool in node trunk wasm-bindgen wasm-opt; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found on PATH (see README.md, Quick start)" >&2; exit 1; }
done
# Sizes depend on the tools: measure only with the versions the project pins.
check_versions || exit 1
for want in "trunk $TRUNK_VERSION" "wasm-bindgen $WASM_BINDGEN_VERSION"; do
  [[ "$(${want%% *} --version | head -n 1)" == "$want" ]] ||
    { echo "bench: $(${want%% *} --version | head -n 1) found, $want expected (make setup)" >&2; exit 1; }
done
[ -d node_modules/playwright-core ] || { echo "bench: node_modules/playwright-core missing (npm install)" >&2; exit 1; }

bash bench/import.sh
exec node bench/bench.mjs "$@"
