#!/usr/bin/env bash
# Checks the README's two set-up commands on a bare Debian 12 (the promise of issue 20): a minbase
# debootstrap chroot with nothing preinstalled, a clean clone of this repository's HEAD inside it, then
# `scripts/setup.sh test` and `scripts/setup.sh run` as root with an empty environment. Needs root and
# debootstrap on the host; takes 30–40 minutes on two cores (packages, a full build, the suite).
#   scripts/check-bare.sh [CHROOT_DIR]     (default /srv/policylens-bookworm; reused when present)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${1:-/srv/policylens-bookworm}"
[ "$(id -u)" -eq 0 ] || { echo "check-bare: run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-bare: needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }
[ -x "$root/bin/bash" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cleanup() { umount -l "$root/proc" "$root/sys" "$root/dev" 2>/dev/null || true; }
trap cleanup EXIT
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mountpoint -q "$root/sys" || mount --rbind /sys "$root/sys"
mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
rm -rf "$root/root/policylens"
git clone -q "$here" "$root/root/policylens"
bare() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=xterm bash -c "$1"; }
echo "==> scripts/setup.sh test in a bare Debian 12"
bare "cd /root/policylens && bash scripts/setup.sh test"
echo "==> scripts/setup.sh run in a bare Debian 12 (no display: the CLI demo)"
bare "cd /root/policylens && bash scripts/setup.sh run"
echo "check-bare: both set-up commands passed"
