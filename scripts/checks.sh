#!/usr/bin/env bash
# Standing checks beyond the test suite (issue 8), run by .ci/run after `scripts/setup.sh test`:
#   1. the whole test suite in an ASan + UBSan build (CMake preset `asan`, GUI tests offscreen), but
#      tst_package, which packages the release build;
#   2. every fuzz target for a short while under libFuzzer with ASan + UBSan (preset `fuzz`, clang-16).
# Installs clang-16 and its runtime from Debian 12 when they are missing.
#   scripts/checks.sh [asan|fuzz|all]
set -euo pipefail
what="${1:-all}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="$(nproc 2>/dev/null || echo 2)"

if [ "$what" = fuzz ] || [ "$what" = all ]; then
  missing=()
  for p in clang-16 libclang-rt-16-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> Installing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" ||
      { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; }
  fi
fi

if [ "$what" = asan ] || [ "$what" = all ]; then
  echo "==> ASan + UBSan: the whole test suite (GUI tests offscreen)"
  cmake --preset asan -DPOLICYLENS_BUILD_GUI=ON >/dev/null
  cmake --build --preset asan -j "$jobs"
  ctest --preset asan -j "$jobs"
fi

if [ "$what" = fuzz ] || [ "$what" = all ]; then
  echo "==> libFuzzer: each target for a short while"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  ctest --preset fuzz
fi
