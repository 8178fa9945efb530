#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree and checks its control fields and contents,
# and validates the desktop entry and AppStream metadata it carries.
#   packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

# Every tool this check calls, with the Debian package that brings it (scripts/setup.sh installs them all):
# a missing one is named, never skipped or left to fail deep inside CPack.
missing=()
for need in cpack:cmake file:file dpkg-shlibdeps:dpkg-dev dpkg-deb:dpkg objdump:binutils \
            desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
  command -v "${need%%:*}" >/dev/null || missing+=("${need%%:*} (Debian package ${need#*:})")
done
[ "${#missing[@]}" -eq 0 ] || fail "missing tools: ${missing[*]}; run scripts/setup.sh test, which installs them"

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$out"/policylens_*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "no .deb in $out"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = policylens ] || fail "Package is '$(field Package)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Version)" ] || fail "no Version"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends="$(field Depends)"
echo "Depends: $depends"
for dep in libpoppler-qt6 libqt6widgets6 libsqlite3 poppler-data fonts-nanum qt6-qpa-plugins; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

contents="$out/contents.txt"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$contents"
for f in /usr/bin/policylens /usr/bin/policylens-cli \
         /usr/share/applications/org.policylens.PolicyLens.desktop \
         /usr/share/metainfo/org.policylens.PolicyLens.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.policylens.PolicyLens.svg \
         /usr/share/policylens/samples/001-hyperscale-ai-plan-2023.pdf \
         /usr/share/policylens/samples/004-kast-ai-future.pdf \
         /usr/share/doc/policylens/copyright; do
  grep -qx "$f" "$contents" || fail "the package lacks $f"
done
if grep -E '^/usr/(include|lib/.*\.a$)|/tests?/|bench' "$contents"; then fail "the package carries build or test files"; fi

dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.policylens.PolicyLens.desktop"
appstreamcli validate --no-net "$out/root/usr/share/metainfo/org.policylens.PolicyLens.metainfo.xml"
# The packaged CLI runs from where it is unpacked and reads a packaged sample, offline.
lib="$out/check.policylens"
"$out/root/usr/bin/policylens-cli" --library "$lib" import "$out/root/usr/share/policylens/samples/002-foundation-model-press-2025.pdf" >/dev/null
"$out/root/usr/bin/policylens-cli" --library "$lib" search 파운데이션 --limit 1 | grep -q "p\." || fail "the packaged CLI found nothing"
# The packaged window opens a new library holding the packaged samples.
gui_lib="$out/first-start.policylens"
HOME="$out" QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/policylens" --library "$gui_lib" 2>"$out/gui.err" &
gui=$!
n=0
for _ in $(seq 1 240); do # up to two minutes on a slow machine
  kill -0 "$gui" 2>/dev/null || fail "the packaged window exited at start: $(cat "$out/gui.err")"
  # Only once the window has made the library: a CLI run before that would make it, and a library that
  # already exists gets no samples.
  [ -f "$gui_lib" ] || { sleep 0.5; continue; }
  n="$("$out/root/usr/bin/policylens-cli" --library "$gui_lib" list 2>/dev/null | grep -c '^#' || true)"
  [ "$n" -ge 4 ] && break
  sleep 0.5
done
kill "$gui" 2>/dev/null || true
wait "$gui" 2>/dev/null || true
[ "$n" -eq 4 ] || fail "the first start imported $n samples, not 4"
echo "package ok"
