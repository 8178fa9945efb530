#!/usr/bin/env bash
# Timeline paint time with 10,000 events while panning: ms per frame and frames per second.
#   bench/timeline/run.sh [BUILD_DIR] [bench_timeline options...]
# e.g. bench/timeline/run.sh build;  bench/timeline/run.sh build --events 50000 --frames 100 --json
# Needs a build configured with -DPOLICYLENS_BUILD_BENCH=ON (then `make bench_timeline`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:-$here/build}" && pwd)"; shift || true
bench="$build/bench/timeline/bench_timeline"
[ -x "$bench" ] || { echo "build first: cmake -DPOLICYLENS_BUILD_BENCH=ON ... && make bench_timeline" >&2; exit 2; }
echo "machine: $(nproc) cores, $(uname -sr), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), offscreen raster"
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec "$bench" "$@"
