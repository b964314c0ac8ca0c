#!/usr/bin/env bash
# Runs every test suite and ends with a summary (`make test` runs setup first).
#
#   scripts/test.sh [STAGE ...]      stages, in this order (default: all):
#     native  cargo test (unit, integration and doc tests, on the host):
#             tests/native, tests/seeds, tests/fuzz and any other tests/*.rs
#     wasm    cargo test --target wasm32-unknown-unknown --test wasm
#             (tests/wasm/), in headless Chromium (wasm-bindgen-test)
#     build   trunk build --release  -> dist/
#     e2e     node --test tests/e2e/*.test.mjs against dist/ (needs `build`
#             in the same run, or an existing dist/ when run alone)
#
# A failing stage does not stop the later ones, except that e2e is skipped when
# the build in the same run failed; within a stage cargo runs every test binary
# (--no-fail-fast), so the counts cover them all. The last line is
# "Summary: N passed, M failed, K skipped" over all tests (K: libtest's ignored,
# node's skipped and todo); a stage that fails without a failing test (a compile
# or build error) counts as one failure there. Exit status: 0 only when every
# stage passed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# shellcheck source=scripts/versions.sh
source scripts/versions.sh

ALL_STAGES=(native wasm build e2e)
# The public URL of the sub-path build: a GitHub Pages project site lives under /<repo>/.
export RM_SUBPATH=${RM_SUBPATH:-/responsibility-matrix/}
if (($# == 0)); then
  stages=("${ALL_STAGES[@]}")
else
  stages=("$@")
  for s in "${stages[@]}"; do
    [[ " ${ALL_STAGES[*]} " == *" $s "* ]] || {
      echo "test.sh: unknown stage '$s' (stages: ${ALL_STAGES[*]})" >&2
      exit 2
    }
  done
fi
want() { [[ " ${stages[*]} " == *" $1 "* ]]; }

LOG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/rm-test.XXXXXX")
trap 'rm -rf "$LOG_DIR"' EXIT

summary=()        # one line per stage
total_passed=0
total_failed=0
total_skipped=0
failed_stages=()
build_failed=false

# count_results LOG: prints "passed failed skipped" read from the closing lines
# of libtest / wasm-bindgen-test-runner ("test result: ok. 3 passed; 0 failed;
# 1 ignored; ...") and node's test runner (TAP "# pass 3" / "# fail 0" /
# "# skipped 1" / "# todo 0", or the same after "ℹ " in the spec reporter).
count_results() {
  awk '
    /^test result: / {
      for (i = 1; i <= NF; i++) {
        if ($(i) ~ /^passed;?$/) p += $(i - 1)
        if ($(i) ~ /^failed;?$/) f += $(i - 1)
        if ($(i) ~ /^ignored;?$/) s += $(i - 1)
      }
    }
    /^(# |ℹ )pass [0-9]+$/ { p += $NF }
    /^(# |ℹ )fail [0-9]+$/ { f += $NF }
    /^(# |ℹ )(skipped|todo) [0-9]+$/ { s += $NF }
    END { printf "%d %d %d\n", p, f, s }
  ' "$1"
}

# stage NAME DESCRIPTION CMD...: runs CMD, tees its output, records the result.
stage() {
  local name=$1 desc=$2
  shift 2
  local log="$LOG_DIR/$name.log" start=$SECONDS rc=0
  printf '\n==> %s: %s\n' "$desc" "$*"
  "$@" 2>&1 | tee "$log" || rc=$?
  local passed failed skipped
  read -r passed failed skipped < <(count_results "$log")
  local status=ok
  if ((rc != 0)); then
    status=FAILED
    failed_stages+=("$name")
    ((failed > 0)) || failed=1
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  local counts=""
  [[ $name == build* ]] || counts="$passed passed, $failed failed, $skipped skipped"
  summary+=("$(printf '  %-7s %-6s %-38s %5ss  %s' "$name" "$status" "$counts" $((SECONDS - start)) "$desc")")
  [[ $status == ok ]]
}

skip() {
  summary+=("$(printf '  %-7s %-6s %-38s %5s   %s' "$1" skip "" "" "$2")")
}

# Cargo.lock, Trunk.toml and package.json must name the versions in versions.sh.
if ! check_versions; then
  summary+=("$(printf '  %-7s %-6s %-38s %5s   %s' versions FAILED "" "" "scripts/versions.sh disagrees with a pin (above)")")
  failed_stages+=(versions)
  total_failed=$((total_failed + 1))
fi

# The seed tests compare data/ with the source documents, which live outside
# the repository (../shared/seeds/ or $RM_SEEDS_DIR). Without them they fail,
# unless RM_SEEDS_OPTIONAL=1 (a checkout that cannot have them, such as the
# Pages workflow): then tests/seeds is left out and the summary says so.
SEEDS_DIR=${RM_SEEDS_DIR:-../shared/seeds}
native_tests() {
  if [[ -d $SEEDS_DIR || ${RM_SEEDS_OPTIONAL:-} != 1 ]]; then
    cargo test --locked --workspace --no-fail-fast
    return
  fi
  echo "No seeds at $SEEDS_DIR and RM_SEEDS_OPTIONAL=1: tests/seeds is not run."
  local rc=0
  cargo test --locked --no-fail-fast -p responsibility-matrix --lib --bins --test native --test fuzz || rc=1
  cargo test --locked --no-fail-fast -p responsibility-matrix --doc || rc=1
  cargo test --locked --no-fail-fast -p rm-format -p rmx -p rm-import-web || rc=1
  return $rc
}

if want native; then
  stage native "native tests (cargo test)" native_tests || true
  if [[ ! -d $SEEDS_DIR && ${RM_SEEDS_OPTIONAL:-} == 1 ]]; then
    skip seeds "tests/seeds: no seed documents at $SEEDS_DIR"
  fi
fi

if want wasm; then
  stage wasm "wasm component tests in headless Chromium" \
    cargo test --locked --no-fail-fast --target wasm32-unknown-unknown --test wasm || true
fi

if want build; then
  stage build "release build (trunk build --release -> dist/)" trunk build --release || build_failed=true
  # The same site for a GitHub Pages project URL (.github/workflows/pages.yml builds it
  # the same way); tests/e2e/subpath.test.mjs serves it under that sub-path.
  stage build-subpath "release build under a sub-path (-> target/dist-subpath/)" \
    trunk build --release --public-url "$RM_SUBPATH" --dist target/dist-subpath || build_failed=true
fi

if want e2e; then
  if $build_failed; then
    skip e2e "end-to-end tests: skipped, the release build failed"
    failed_stages+=(e2e)
  else
    e2e_tests=(tests/e2e/*.test.mjs)
    if [[ ! -e ${e2e_tests[0]} ]]; then
      skip e2e "end-to-end tests: no tests/e2e/*.test.mjs"
    else
      stage e2e "end-to-end tests in headless Chromium (node --test)" \
        node --test --test-timeout=600000 "${e2e_tests[@]}" || true
    fi
  fi
fi

printf '\n==> Summary (stage, status, tests, time)\n'
printf '%s\n' "${summary[@]}"
if ((${#failed_stages[@]} == 0)); then
  printf 'All stages passed.\n'
  printf 'Summary: %d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
  exit 0
else
  printf 'FAILED stages: %s\n' "${failed_stages[*]}"
  printf 'Summary: %d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
  exit 1
fi
