#!/usr/bin/env bash
# Whole-process figures of issue 8: the window's cold start to first paint and the peak RSS of the window, an
# import and a search, and library bytes per page.
#   bench/startup/run.sh [BUILD_DIR] [LIBRARY]
# LIBRARY defaults to the 100k-page, 1,000-document library of bench/search (build it first with
# bench/search/run.sh); the samples are imported into a fresh library for the import and bytes-per-page figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"
big="${2:-$build/bench/search/search-100000.policylens}"
gui="$build/tests/driver/policylens-driver"; cli="$build/app/cli/policylens-cli"
[ -x "$gui" ] && [ -x "$cli" ] || { echo "build first: $gui, $cli" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$tmp" XDG_CONFIG_HOME="$tmp/config"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$big" ]; then
  docs="$("$cli" --library "$big" list | grep -c '^#' || true)"
  echo "window on $big ($docs documents), 5 cold starts:"
  for i in 1 2 3 4 5; do
    /usr/bin/time -f "  wall %e s, peak RSS %M KB" "$gui" --library "$big" --quit-after-first-paint 2>&1 \
      | grep -E "first paint|wall" | tr '\n' ' '; echo
  done
  /usr/bin/time -f "search 인공지능 on it: wall %e s, peak RSS %M KB" "$cli" --library "$big" search 인공지능 --limit 50 2>&1 >/dev/null | tail -1
else
  echo "no $big: run bench/search/run.sh first for the 1,000-document figures"
fi
lib="$tmp/samples.policylens"
/usr/bin/time -f "import of resources/samples: wall %e s, peak RSS %M KB" "$cli" --library "$lib" import "$here/resources/samples" 2>&1 >/dev/null | tail -1
pages="$("$cli" --library "$lib" list --json | python3 -c 'import json,sys; j=json.load(sys.stdin); d=j["documents"] if isinstance(j,dict) else j; print(sum(x["pages"] for x in d))')"
"$cli" --library "$lib" list >/dev/null # checkpoints the WAL on close
bytes="$(stat -c %s "$lib")"
echo "library bytes per page (samples): $bytes / $pages = $((bytes / pages))"
