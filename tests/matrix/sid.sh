#!/usr/bin/env bash
# QGIS 3.44 LTR for the test matrix: a Debian sid chroot kept OUTSIDE the clone and reused between runs.
#
#   tests/matrix/sid.sh run COMMAND...   set the chroot up where needed, then run COMMAND in the clone inside it
#   tests/matrix/sid.sh shell            an interactive shell there (same set-up)
#   tests/matrix/sid.sh remove           unmount and delete the chroot
#
# Why a chroot: no QGIS newer than 3.22 installs on Debian bookworm, and sid carries the current LTR (3.44, Qt5,
# Python 3.14, urllib3 2.x). First use: debootstrap (~30 s) + the same apt packages as the host (~2-3 min); later
# uses only check. The clone is bind-mounted at /src; the chroot's own venvs live in /opt/fp so they survive
# fresh clones. Needs root (CI and `make test` run as root; otherwise sudo is used).
# Settings: SID_CHROOT (default /var/cache/fusion_platform_qgis/sid), SID_MIRROR, SID_PACKAGES (apt packages),
# SID_EXTRA_PACKAGES (more apt packages one caller needs, e.g. the Qt6 tier's PyQt6 libraries).
set -euo pipefail

ROOT=${SID_CHROOT:-/var/cache/fusion_platform_qgis/sid}
SUITE=${SID_SUITE:-sid}   # another Debian release in another SID_CHROOT: `make test-py39`'s bullseye (Python 3.9)
MIRROR=${SID_MIRROR:-http://deb.debian.org/debian}
PACKAGES=${SID_PACKAGES:-qgis python3-qgis qgis-providers xvfb xauth python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools python3-gdal gdal-bin python3-requests python3-numpy curl}
PACKAGES="$PACKAGES make ca-certificates"   # the chroot also needs these to run the Makefile and pip
SRC=$(cd "$(dirname "$0")/../.." && pwd)
HOST_CA=${SID_HOST_CA:-/etc/ssl/certs/ca-certificates.crt}
CHROOT_CA=/etc/ssl/fp-host-ca.crt

if [ "$(id -u)" != 0 ]; then exec sudo -E "$0" "$@"; fi
say() { echo "[sid] $*" >&2; }

MOUNTS=(proc dev dev/pts dev/shm src)
mount_all() {
  mkdir -p "$ROOT/src"
  mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
  for m in dev dev/pts dev/shm; do mountpoint -q "$ROOT/$m" || mount --bind "/$m" "$ROOT/$m"; done
  mountpoint -q "$ROOT/src" && umount -l "$ROOT/src"
  mount --bind "$SRC" "$ROOT/src"
}
unmount_all() {
  local i
  for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do
    mountpoint -q "$ROOT/${MOUNTS[$i]}" && umount -l "$ROOT/${MOUNTS[$i]}" || true
  done
}

ensure_root() {
  # A chroot is trusted only once its set-up finished: debootstrap writes into $ROOT.new and only a complete tree is
  # moved into place; one that does not run a program (an interrupted copy, a foreign tree) is made again.
  if [ -x "$ROOT/usr/bin/apt-get" ] && ! chroot "$ROOT" /bin/true 2>/dev/null; then
    say "the chroot in $ROOT does not run: making it again"
    unmount_all; rm -rf "$ROOT"
  fi
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    if ! command -v debootstrap >/dev/null; then
      say "installing debootstrap"
      apt-get install -y -qq debootstrap >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }
    fi
    say "creating the Debian $SUITE chroot in $ROOT (debootstrap, about 1 minute)"
    rm -rf "$ROOT.new" && mkdir -p "$(dirname "$ROOT")"
    debootstrap --variant=minbase "$SUITE" "$ROOT.new" "$MIRROR" >/dev/null
    rm -rf "$ROOT" && mv "$ROOT.new" "$ROOT"
  fi
  # pip and requests inside trust what the host trusts (the host may sit behind an intercepting proxy). A minbase sid
  # has no /etc/ssl until ca-certificates is installed, and that install itself needs the CA: make the folder.
  mkdir -p "$ROOT$(dirname "$CHROOT_CA")"
  cp "$HOST_CA" "$ROOT$CHROOT_CA"
  printf '[global]\ncert = %s\ndisable-pip-version-check = true\n' "$CHROOT_CA" > "$ROOT/etc/pip.conf"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  # Packages: the marker lists what a finished install put there; anything asked for and not in it is installed
  # (an interrupted install leaves no marker, and dpkg is asked to finish what it had started first).
  local want missing
  want=$(echo "$PACKAGES ${SID_EXTRA_PACKAGES:-}" | tr ' ' '\n' | sed '/^$/d' | sort -u)
  missing=$(comm -23 <(echo "$want") <(sort -u "$ROOT/.fp-packages" 2>/dev/null || true) | tr '\n' ' ')
  if [ -n "${missing// /}" ]; then
    say "installing in the chroot with apt (QGIS and friends on first use: 2-3 minutes): $missing"
    mount_all  # packages' scripts (systemd's among them) want /proc and /dev
    chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive dpkg --configure -a >/dev/null 2>&1 || true
    # The sid index on the mirror can be past its Valid-Until date: accept it.
    chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o Acquire::Check-Valid-Until=false update
    chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    { cat "$ROOT/.fp-packages" 2>/dev/null || true; echo "$want"; } | sed '/^$/d' | sort -u > "$ROOT/.fp-packages.new"
    mv "$ROOT/.fp-packages.new" "$ROOT/.fp-packages"
  fi
}

in_chroot() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 \
    TERM="${TERM:-dumb}" CI="${CI:-}" REQUESTS_CA_BUNDLE="$CHROOT_CA" SSL_CERT_FILE="$CHROOT_CA" PIP_CERT="$CHROOT_CA" \
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
}

mkdir -p "$(dirname "$ROOT")"
exec 9>"$(dirname "$ROOT")/.sid.lock"   # one user of the chroot at a time
flock 9
case "${1:-}" in
  run)
    shift; [ $# -gt 0 ] || { echo "usage: $0 run COMMAND..." >&2; exit 2; }
    trap unmount_all EXIT; ensure_root; mount_all
    in_chroot bash -c 'cd /src && exec "$@"' bash "$@"
    ;;
  shell)
    trap unmount_all EXIT; ensure_root; mount_all
    in_chroot bash -c 'cd /src && exec bash -i'
    ;;
  remove)
    unmount_all; rm -rf "$ROOT" "$ROOT.new"; say "removed $ROOT"
    ;;
  *) echo "usage: $0 run COMMAND... | shell | remove" >&2; exit 2 ;;
esac
