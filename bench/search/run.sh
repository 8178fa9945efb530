#!/usr/bin/env bash
# Search latency on a 100k-page synthetic library: policylens Searcher vs plain FTS5 trigram.
#   bench/search/run.sh [BUILD_DIR] [bench_search options...]
# e.g. bench/search/run.sh build --profile;  bench/search/run.sh build --pages 10000 --repeat 3
# The library is cached as BUILD_DIR/bench/search/search-PAGES.policylens (+ .trigram.sqlite), built on the
# first run only; delete them to rebuild.
# Source texts: ../shared/corpus/seeds/source/*.txt when present, else the text of resources/samples/*.pdf
# as policylens-cli reads it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"; shift || true
bench="$build/bench/search/bench_search"
[ -x "$bench" ] || { echo "build first: cmake -DPOLICYLENS_BUILD_BENCH=ON ... && make bench_search" >&2; exit 2; }

sources="$here/../shared/corpus/seeds/source"
if ! ls "$sources"/*.txt >/dev/null 2>&1; then
  sources="$build/bench/search/sources"
  if ! ls "$sources"/*.txt >/dev/null 2>&1; then
    cli="$build/app/cli/policylens-cli"
    [ -x "$cli" ] || { echo "no source texts and no $cli to read resources/samples" >&2; exit 2; }
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$sources"
    n=0
    for pdf in "$here"/resources/samples/*.pdf; do
      n=$((n + 1))
      "$cli" --library "$tmp/lib.policylens" import "$pdf" >/dev/null
      "$cli" --library "$tmp/lib.policylens" text "$n" > "$sources/$(printf '%03d' "$n").txt"
    done
  fi
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1)"
exec "$bench" --sources "$sources" "$@"
