#!/usr/bin/env bash
# Dev server with live reload: http://127.0.0.1:8080 (`make serve` runs setup first).
# Extra arguments go to `trunk serve`, e.g. `scripts/serve.sh --port 9000` or
# `scripts/serve.sh --release`. Debug builds skip wasm-opt; --release runs it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
