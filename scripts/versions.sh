# shellcheck shell=bash
# The tool versions the build depends on, stated once. Sourced by setup.sh,
# test.sh, bench.sh and .github/workflows/pages.yml; check_versions (run by
# setup.sh and test.sh) fails when a file that must repeat one of them
# (Cargo.toml/Cargo.lock, Trunk.toml, package.json) says something else.
# The Rust toolchain itself is pinned in rust-toolchain.toml.

# Trunk builds the site. 0.22 needs a newer rustc than the pinned one.
TRUNK_VERSION=0.21.14
# wasm-bindgen: the crate (Cargo.toml pins "=", Cargo.lock resolves it), the
# CLI and test runner, and Trunk.toml [tools] wasm_bindgen must be the same.
WASM_BINDGEN_VERSION=0.2.130
# wasm-split-cli (crate wasm_split_cli_support) cuts the release build into
# chunks; its runtime half is Leptos's wasm_split_helpers, in Cargo.lock.
WASM_SPLIT_VERSION=0.2.4
# binaryen's wasm-opt, from npm (package.json "binaryen": "<this>.0.0");
# Trunk.toml [tools] wasm_opt = "version_<this>".
BINARYEN_VERSION=132

# check_versions: prints one line per disagreement and returns 1 if any.
check_versions() {
  local root=${1:-.} bad=0 found
  found=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
  if [[ $found != "$WASM_BINDGEN_VERSION" ]]; then
    echo "versions: Cargo.lock has wasm-bindgen ${found:-(none)}, scripts/versions.sh says $WASM_BINDGEN_VERSION" >&2
    bad=1
  fi
  if ! grep -q "^wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"" "$root/Cargo.toml"; then
    echo "versions: Cargo.toml must pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" (scripts/versions.sh)" >&2
    bad=1
  fi
  found=$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' "$root/Trunk.toml")
  if [[ $found != "$WASM_BINDGEN_VERSION" ]]; then
    echo "versions: Trunk.toml [tools] wasm_bindgen is \"$found\", scripts/versions.sh says $WASM_BINDGEN_VERSION" >&2
    bad=1
  fi
  found=$(sed -n 's/^wasm_opt *= *"\(.*\)"/\1/p' "$root/Trunk.toml")
  if [[ $found != "version_$BINARYEN_VERSION" ]]; then
    echo "versions: Trunk.toml [tools] wasm_opt is \"$found\", scripts/versions.sh says version_$BINARYEN_VERSION" >&2
    bad=1
  fi
  if ! grep -q "\"binaryen\": \"$BINARYEN_VERSION.0.0\"" "$root/package.json"; then
    echo "versions: package.json must depend on \"binaryen\": \"$BINARYEN_VERSION.0.0\" (scripts/versions.sh)" >&2
    bad=1
  fi
  # The size floor of the benchmark is a crate of its own with the same pin.
  if [[ -f $root/bench/floor/Cargo.lock ]]; then
    found=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/bench/floor/Cargo.lock")
    if [[ $found != "$WASM_BINDGEN_VERSION" ]]; then
      echo "versions: bench/floor/Cargo.lock has wasm-bindgen ${found:-(none)}, scripts/versions.sh says $WASM_BINDGEN_VERSION" >&2
      bad=1
    fi
  fi
  return "$bad"
}
