#!/usr/bin/env bash
# Installs what `make serve` and `make test` need, skipping whatever is already
# present at the right version, so a second run installs nothing and takes a
# few seconds. Prints one line per tool. Exports nothing: other scripts source
# scripts/env.sh for PATH and friends.
#
#   Rust          the toolchain and wasm32 target in rust-toolchain.toml (rustup)
#   trunk         TRUNK_VERSION                                    (cargo install)
#   wasm-bindgen  WASM_BINDGEN_VERSION, CLI + test runner          (cargo install)
#   wasm-split    WASM_SPLIT_VERSION, the release build's splitter (cargo install, ~1.5 min)
#   chromium, chromium-driver, poppler-utils (pdftotext, print tests)  (Debian apt)
#   node_modules  wasm-opt BINARYEN_VERSION (npm binaryen), playwright-core, axe-core (npm ci)
# The versions are in scripts/versions.sh; setup first checks that Cargo.lock,
# Trunk.toml and package.json agree with it.
#
# Fresh 2-core machine: ~12.5 min for trunk, ~4.5 min for wasm-bindgen-cli, <1 min
# for Chromium. A `cargo install` of the same tool already running (e.g. a
# background provisioning job) is waited for, never started twice.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/versions.sh
source scripts/versions.sh

RUST_TARGET=wasm32-unknown-unknown
APT_PACKAGES=(chromium chromium-driver poppler-utils)
LOG_DIR="${TMPDIR:-/tmp}/responsibility-matrix-setup"
mkdir -p "$LOG_DIR"

say() { printf 'setup: %s\n' "$*"; }
die() {
  printf 'setup: ERROR: %s\n' "$*" >&2
  exit 1
}
# run_logged LOG CMD...: runs CMD with its output in LOG; on failure shows the tail.
run_logged() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    printf 'setup: ERROR: "%s" failed; last lines of %s:\n' "$*" "$log" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}
since() { printf '%ss' $((SECONDS - $1)); }

# One setup at a time (e.g. `make -j serve test`).
exec 9>"$LOG_DIR/lock"
flock 9

# Waits while another `cargo install` of crate $1 runs (pgrep matches the cargo
# process itself, not a shell whose command line merely mentions it).
wait_for_other_cargo_install() {
  local crate=$1 start=$SECONDS next_note=$SECONDS pids
  while pids=$(pgrep -f "^[^ ]*cargo install .*${crate}"); do
    if ((SECONDS >= next_note)); then
      say "waiting for a running \`cargo install ... ${crate}\` (pid ${pids//$'\n'/ }) to finish ($((SECONDS - start))s so far)"
      next_note=$((SECONDS + 60))
    fi
    if ((SECONDS - start >= 3600)); then
      die "a \`cargo install ... ${crate}\` has been running for over an hour; stop it or let it finish, then rerun"
    fi
    sleep 5
  done
}

# Prints "<name> <version>" of a tool, or nothing when it is missing or broken.
tool_version() {
  if command -v "$1" >/dev/null 2>&1; then "$1" --version 2>/dev/null | head -n 1 || true; fi
}

setup_start=$SECONDS

# --- versions: Cargo.lock, Trunk.toml and package.json agree with versions.sh --------
check_versions || die "the versions above disagree with scripts/versions.sh; make them equal"

# --- Rust target ---------------------------------------------------------------------
command -v rustup >/dev/null 2>&1 || die "rustup not found: install Rust with rustup first"
t=$SECONDS
if rustup target list --installed | grep -qx "$RUST_TARGET"; then
  say "rust target $RUST_TARGET: present"
else
  say "rust target $RUST_TARGET: installing ..."
  run_logged "$LOG_DIR/rustup.log" rustup target add "$RUST_TARGET"
  say "rust target $RUST_TARGET: installed ($(since $t))"
fi

# --- Chromium + chromedriver (Debian) ----------------------------------------------
t=$SECONDS
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  say "${APT_PACKAGES[*]} $(dpkg-query -W -f='${Version}' chromium): present"
else
  say "${missing[*]}: installing with apt-get (~1 min) ..."
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install ${missing[*]} with apt-get as root"
    SUDO=(sudo)
  fi
  run_logged "$LOG_DIR/apt-update.log" "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update
  run_logged "$LOG_DIR/apt-install.log" "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}"
  say "${missing[*]} $(dpkg-query -W -f='${Version}' chromium): installed ($(since $t))"
fi
[[ -x "$CHROMIUM_BIN" ]] || die "$CHROMIUM_BIN missing although the chromium package is installed"
[[ -x "$CHROMEDRIVER" ]] || die "$CHROMEDRIVER missing although the chromium-driver package is installed"

# --- node_modules: wasm-opt (binaryen), playwright-core, axe-core ---------------------
command -v npm >/dev/null 2>&1 || die "node/npm not found: Node.js >= 20 is needed"
t=$SECONDS
wasm_opt_ok() { [[ -x node_modules/.bin/wasm-opt ]] && node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "^wasm-opt version ${BINARYEN_VERSION}\b"; }
if wasm_opt_ok && npm ls --depth=0 >/dev/null 2>&1; then
  say "node_modules (wasm-opt ${BINARYEN_VERSION}, playwright-core, axe-core): present"
else
  say "node_modules: installing with npm ci ..."
  run_logged "$LOG_DIR/npm-ci.log" npm ci --no-audit --no-fund
  wasm_opt_ok || die "npm ci finished but node_modules/.bin/wasm-opt is not version ${BINARYEN_VERSION}"
  say "node_modules: installed ($(since $t))"
fi

# --- cargo-installed tools ----------------------------------------------------------
# cargo_tool CRATE VERSION BINARY [CARGO-INSTALL-FLAG...]: makes sure that
# `BINARY --version` says "BINARY VERSION", else installs CRATE@VERSION.
cargo_tool() {
  local crate=$1 version=$2 bin=$3 t=$SECONDS
  shift 3
  local flags=("$@")
  if [[ "$(tool_version "$bin")" == "$bin $version" ]]; then
    say "$bin $version: present"
    return
  fi
  wait_for_other_cargo_install "$crate"
  if [[ "$(tool_version "$bin")" == "$bin $version" ]]; then
    say "$bin $version: present (installed by the cargo install waited for, $(since $t))"
    return
  fi
  local found
  found=$(tool_version "$bin")
  say "$bin $version: installing with cargo install ${flags[*]:+${flags[*]} }$crate@$version${found:+ (found: $found)}, several minutes (log: $LOG_DIR/$crate.log) ..."
  # A CARGO_TARGET_DIR from the caller would make cargo install build there and
  # serialize on it; let cargo use its own temporary directory.
  run_logged "$LOG_DIR/$crate.log" env -u CARGO_TARGET_DIR cargo install "${flags[@]}" "$crate@$version"
  hash -r
  [[ "$(tool_version "$bin")" == "$bin $version" ]] ||
    die "installed $crate@$version but \`$bin --version\` says \"$(tool_version "$bin")\" (is another $bin earlier on PATH? $(command -v "$bin"))"
  say "$bin $version: installed ($(since $t))"
}

cargo_tool trunk "$TRUNK_VERSION" trunk --locked
# wasm-bindgen-cli: install WITHOUT --locked (with it, this install fails here).
cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
[[ "$(tool_version wasm-bindgen-test-runner)" == "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]] ||
  die "wasm-bindgen-test-runner is not version $WASM_BINDGEN_VERSION: rerun \`cargo install --force wasm-bindgen-cli@$WASM_BINDGEN_VERSION\`"
# The release build's code splitting (scripts/split-build.mjs). The binary has
# no --version: cargo's own list of installed crates says which one it is.
split_ok() { cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:" && command -v wasm-split-cli >/dev/null; }
t=$SECONDS
if split_ok; then
  say "wasm-split-cli $WASM_SPLIT_VERSION: present"
else
  wait_for_other_cargo_install wasm_split_cli_support
  if ! split_ok; then
    say "wasm-split-cli $WASM_SPLIT_VERSION: installing with cargo install --locked wasm_split_cli_support@$WASM_SPLIT_VERSION (log: $LOG_DIR/wasm-split.log) ..."
    run_logged "$LOG_DIR/wasm-split.log" env -u CARGO_TARGET_DIR cargo install --locked --features build-binary "wasm_split_cli_support@$WASM_SPLIT_VERSION"
    hash -r
    split_ok || die "installed wasm_split_cli_support@$WASM_SPLIT_VERSION but wasm-split-cli is not on PATH"
  fi
  say "wasm-split-cli $WASM_SPLIT_VERSION: ready ($(since $t))"
fi

say "all tools ready ($(since $setup_start))"
