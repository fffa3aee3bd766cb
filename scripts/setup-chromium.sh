#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (test/browser/).
# Quiet and does nothing when it is already there; installs it with apt-get as root (or through
# sudo when that works without a password); otherwise says how to install it and exits 1.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0

install_cmd='apt-get update && apt-get install -y chromium'
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Chromium for the browser tests: $install_cmd" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "Installing Chromium for the browser tests: sudo sh -c '$install_cmd'" >&2
  sudo -n apt-get update -qq >&2
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "The browser tests need Chromium at $CHROMIUM. Install it with:" >&2
  echo "  sudo sh -c '$install_cmd'" >&2
  exit 1
fi
