#!/usr/bin/env bash
# Performance benchmark (bench/README.md): builds the release site and a bench
# build with synthetic matrices, then measures sizes, load, filtering and memory
# in headless Chromium against a plain HTML+JS baseline.
#   scripts/bench.sh [--strict] [--runs N] [--no-build]
# Exit status: 0, or 1 when a budget is OVER and --strict is given.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh   # trunk, wasm-bindgen, wasm-opt (npm binaryen@132), CHROMIUM_BIN
for tool in node trunk wasm-bindgen wasm-opt; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found on PATH (see README.md, Quick start)" >&2; exit 1; }
done
[ -d node_modules/playwright-core ] || { echo "bench: node_modules/playwright-core missing (npm install)" >&2; exit 1; }

exec node bench/bench.mjs "$@"
