#!/usr/bin/env bash
# Peak memory of an import against the number of files: policylens-cli import of COUNT files (default 20 and
# 2000) into a new library, whole-process maximum resident set size from /usr/bin/time.
#   bench/import/rss.sh [BUILD_DIR] [COUNT...]
# The files are copies of resources/samples/*.pdf and ../shared/corpus/real/ko/*.pdf (when present), taken in
# turn under distinct names; each copy ends with its own comment line after %%EOF (ignored by PDF readers), so
# the library's SHA-256 dedupe sees distinct documents. The goal: peak RSS of the 2,000-file import within 1.5×
# that of the 20-file import.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build}"; shift || true
counts=("$@")
[ "${#counts[@]}" -gt 0 ] || counts=(20 2000)
cli="$build/app/cli/policylens-cli"
[ -x "$cli" ] || { echo "build first: $cli not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time (Debian package time) is needed" >&2; exit 2; }

sources=("$here"/resources/samples/*.pdf)
[ -d "$here/../shared/corpus/real/ko" ] && sources+=("$here"/../shared/corpus/real/ko/*.pdf)
declare -A pagesOf
for f in "${sources[@]}"; do
  pagesOf[$f]=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}')
done
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

printf 'sources: %d PDFs  cores: %s\n' "${#sources[@]}" "$(nproc)"
printf '%6s %8s %10s %9s %9s\n' files pages 'peak MB' seconds 'pages/s'
first=""
for n in "${counts[@]}"; do
  rm -rf "$tmp/in" "$tmp"/lib*
  mkdir "$tmp/in"
  pages=0
  for ((i = 0; i < n; i++)); do
    src="${sources[i % ${#sources[@]}]}"
    dst="$tmp/in/$(printf 'copy-%05d-' "$i")$(basename "$src")"
    { cat "$src"; printf '\n%%copy %d\n' "$i"; } >"$dst"
    pages=$((pages + ${pagesOf[$src]:-0}))
  done
  /usr/bin/time -f '%M %e' -o "$tmp/time" "$cli" --library "$tmp/lib.policylens" import "$tmp/in" \
    >"$tmp/out" 2>"$tmp/err" || true
  read -r kb secs <"$tmp/time"
  imported=$(grep -c '^added' "$tmp/out" || true)
  [ "$imported" -eq "$n" ] || { echo "only $imported of $n files imported:" >&2; tail -5 "$tmp/err" >&2; }
  awk -v n="$n" -v p="$pages" -v kb="$kb" -v s="$secs" \
    'BEGIN { printf "%6d %8d %10.1f %9.1f %9.1f\n", n, p, kb / 1024, s, (s > 0 ? p / s : 0) }'
  [ -n "$first" ] || first=$kb
done
if [ "${#counts[@]}" -gt 1 ]; then
  awk -v a="$kb" -v b="$first" 'BEGIN { printf "peak RSS, last / first: %.2f  (goal <= 1.5)\n", a / b }'
fi
