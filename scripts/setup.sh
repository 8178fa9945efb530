#!/usr/bin/env bash
# PolicyLens set-up on Debian 12: installs what is missing, builds, then either starts PolicyLens on a library
# holding the bundled sample documents (`run`) or runs the whole test suite (`test`).
#   scripts/setup.sh run     GUI when a display exists, otherwise a short CLI demo
#   scripts/setup.sh test    build, then ctest (what .ci/run calls)
set -euo pipefail

mode="${1:-run}"
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${POLICYLENS_BUILD_DIR:-$here/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libpoppler-qt6-dev libicu-dev libsqlite3-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  poppler-data poppler-utils fonts-nanum xvfb xauth
  desktop-file-utils appstream
  file dpkg-dev qpdf libstemmer-dev libhangul-data
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> Installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "==> Building in $build"
cmake_args=(-S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo)
[ "$mode" = test ] && cmake_args+=(-DPOLICYLENS_WERROR=ON)
cmake "${cmake_args[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

if [ "$mode" = test ]; then
  echo "==> Running the test suite"
  cd "$build"
  export QT_QPA_PLATFORM=offscreen
  exec ctest --output-on-failure -j "$jobs"
fi

cli="$build/app/cli/policylens-cli"
gui="$build/app/gui/policylens"
library="${POLICYLENS_LIBRARY:-${XDG_DATA_HOME:-$HOME/.local/share}/policylens/library.policylens}"
mkdir -p "$(dirname "$library")"
echo "==> Library: $library (adding the bundled samples)"
"$cli" --library "$library" import "$here/resources/samples"

if [ -x "$gui" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  echo "==> Starting PolicyLens"
  exec "$gui" --library "$library"
fi

echo
echo "==> No display: a short CLI demo (the GUI starts when DISPLAY is set, e.g. under xvfb-run)"
"$cli" --library "$library" list
echo
echo "\$ policylens-cli search '초거대 AI' --limit 3"
"$cli" --library "$library" search '초거대 AI' --limit 3
echo
echo "\$ policylens-cli search '데이터 year:2025' --limit 3"
"$cli" --library "$library" search '데이터 year:2025' --limit 3
echo
echo "More: $cli --library '$library' --help"
