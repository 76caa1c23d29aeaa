#!/usr/bin/env bash
# Make this checkout runnable on a fresh Debian/Ubuntu machine: the system libraries Qt
# needs, a real Secret Service for the keyring tests, Xvfb for screenshots, then .venv.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt offscreen (the first six) and a real window on xcb (the rest, for Xvfb screenshots);
  # Qt's "xcb-cursor0 is needed" can hide another missing xcb library
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  xvfb xauth
  # A real keyring: gnome-keyring in a private D-Bus session (dbus-x11 keeps systemd out)
  gnome-keyring libsecret-tools dbus-x11
  # Japanese and Chinese text instead of boxes
  fonts-wqy-microhei
  # The share dialog's curl form is run for real in the tests
  curl wget
  # pdftoppm renders the batch QR sheet (a PDF) to images in its test
  poppler-utils
  # desktop-file-validate and appstreamcli check resources/; update-desktop-database for
  # `ossshare desktop install`
  desktop-file-utils appstream
  python3-venv
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "bootstrap: installing ${missing[*]}"
    # On a shared machine another apt run may hold the lock for a while: wait for it.
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: not a Debian system; make sure these are installed: ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.ossshare-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
