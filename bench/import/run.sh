#!/usr/bin/env bash
# Import throughput: policylens-cli import vs pdftotext over the same files, whole-process wall time.
#   bench/import/run.sh [BUILD_DIR] [FOLDER...]
# Defaults: build/, ../shared/corpus/seeds and ../shared/corpus/real/ko (when present).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"; shift || true
folders=("$@")
if [ "${#folders[@]}" -eq 0 ]; then
  for d in "$here/../shared/corpus/seeds" "$here/../shared/corpus/real/ko"; do [ -d "$d" ] && folders+=("$d"); done
  [ "${#folders[@]}" -gt 0 ] || folders=("$here/resources/samples")
fi
cli="$build/app/cli/policylens-cli"
[ -x "$cli" ] || { echo "build first: $cli not found" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext (poppler-utils) is needed" >&2; exit 2; }

mapfile -t files < <(find "${folders[@]}" -maxdepth 1 -iname '*.pdf' | sort)
pages=0
for f in "${files[@]}"; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
  pages=$((pages + ${n:-0}))
done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

best_of() { # best of 3 runs, seconds
  local best=""
  for _ in 1 2 3; do
    rm -f "$tmp"/lib*
    local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
    local d; d=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
  done
  echo "$best"
}
pl_import() { "$cli" --library "$tmp/lib.policylens" import "${files[@]}"; }
pdftotext_all() { for f in "${files[@]}"; do pdftotext "$f" "$tmp/out.txt"; done; }

t_pl=$(best_of pl_import)
t_pt=$(best_of pdftotext_all)
printf 'files: %d  pages: %d  cores: %s\n' "${#files[@]}" "$pages" "$(nproc)"
printf 'policylens-cli import: %6.2f s  %7.1f pages/s\n' "$t_pl" "$(echo "$pages / $t_pl" | bc -l)"
printf 'pdftotext (serial):    %6.2f s  %7.1f pages/s\n' "$t_pt" "$(echo "$pages / $t_pt" | bc -l)"
printf 'ratio (policylens / pdftotext): %.2f  (goal >= 1.0)\n' "$(echo "$t_pt / $t_pl" | bc -l)"
