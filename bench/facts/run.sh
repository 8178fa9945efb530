#!/usr/bin/env bash
# Fact extraction time against import time, whole-process wall time, best of three.
#   bench/facts/run.sh [BUILD_DIR] [FOLDER]
# Import reads the facts inside its transaction, so "import" below includes extraction. Extraction alone is
# `extract N --refresh` (read passages, extract, store facts) minus `extract N` (read the stored facts).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"
folder="${2:-$here/resources/samples}"
cli="$build/app/cli/policylens-cli"
[ -x "$cli" ] || { echo "build first: $cli not found" >&2; exit 2; }
mapfile -t files < <(find "$folder" -maxdepth 1 -iname '*.pdf' | sort)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
lib="$tmp/lib.policylens"

best_of() { # best of 3 runs, seconds; $1 = 1 to start from an empty library each time
  local fresh=$1; shift
  local best=""
  for _ in 1 2 3; do
    [ "$fresh" = 1 ] && rm -f "$tmp"/lib*
    local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    local d; d=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
  done
  echo "$best"
}

t_import=$(best_of 1 "$cli" --library "$lib" import "${files[@]}")
"$cli" --library "$lib" import "${files[@]}" >/dev/null 2>&1 || true
t_extract=0
for id in $(seq 1 "${#files[@]}"); do
  t_refresh=$(best_of 0 "$cli" --library "$lib" extract "$id" --json --refresh)
  t_read=$(best_of 0 "$cli" --library "$lib" extract "$id" --json)
  t_extract=$(echo "$t_extract + $t_refresh - $t_read" | bc -l)
done
t_without=$(echo "$t_import - $t_extract" | bc -l)
printf 'files: %d  cores: %s\n' "${#files[@]}" "$(nproc)"
printf 'import (facts included): %.2f s\n' "$t_import"
printf 'fact extraction:         %.2f s\n' "$t_extract"
printf 'import without facts:    %.2f s\n' "$t_without"
printf 'extraction / import:     %.2f\n' "$(echo "$t_extract / $t_without" | bc -l)"
