#!/usr/bin/env bash
# Import times of a 10,000-row wide CSV and the same matrix as XLSX with the
# release `rmx`: generates the CSV (node, independent of rmx), builds rmx in
# release, times one CSV import, writes the imported matrix as XLSX with
# `rmx export` and times importing that. Called by scripts/bench.sh.
# Usage: bench/import.sh [ROWS]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node - "$rows" "$work/wide.csv" <<'JS'
// A wide CSV as a provider's spreadsheet exports it: section, activity,
// domain, notes and three scope columns using the seeds' cell vocabulary.
const [rows, out] = [Number(process.argv[2]), process.argv[3]];
const cells = ['Acme', 'Customer', 'Shared', 'Acme and Customer', 'N/A', 'Customer (per request)', 'Acme (reactive only)', ''];
const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const lines = ['Section,Activity,Domain,Notes,Hardware,Operating system,Application'];
for (let i = 0; i < rows; i++) {
  const c = (k) => cells[(i * 7 + k * 3) % cells.length];
  lines.push([`Section ${Math.floor(i / 100) + 1}`, `Activity ${i + 1}: patch, back up and monitor`, 'monitoring',
    i % 10 === 0 ? 'Reviewed "quarterly"' : '', c(0), c(1), c(2)].map(quote).join(','));
}
require('fs').writeFileSync(out, lines.join('\r\n') + '\r\n');
JS

echo "building rmx (release)…" >&2
cargo build --release --quiet -p rmx
bin="$target/release/rmx"

# time_import INPUT OUTPUT: runs `rmx import` and prints its wall time in ms;
# on failure shows rmx's stderr and exits with its status.
time_import() {
  local start end status=0
  start=$(date +%s%N)
  "$bin" import "$1" -o "$2" --provider Acme --customer Customer 2>"$work/stderr" || status=$?
  end=$(date +%s%N)
  head -n 20 "$work/stderr" >&2
  if [ "$status" -ne 0 ]; then
    echo "import of $1 failed (exit $status)" >&2
    exit "$status"
  fi
  echo $(( (end - start) / 1000000 ))
}
kb() { echo $(( $(stat -c %s "$1") / 1024 )); }

ms=$(time_import "$work/wide.csv" "$work/matrix.json")
printf 'import of a %s-row wide CSV (%s KB): %d ms\n' "$rows" "$(kb "$work/wide.csv")" "$ms"

"$bin" export "$work/matrix.json" --format xlsx -o "$work/wide.xlsx"
ms=$(time_import "$work/wide.xlsx" "$work/from-xlsx.json")
printf 'import of the same %s rows as XLSX (%s KB): %d ms\n' "$rows" "$(kb "$work/wide.xlsx")" "$ms"
