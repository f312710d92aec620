#!/usr/bin/env bash
# Installs the browser and fonts the report's browser test needs: Debian's Chromium and Noto fonts, which
# have Vietnamese glyphs. Idempotent: does nothing when /usr/bin/chromium is already there. Runs without a
# terminal or standard input (CI). Needs root, or sudo without a password.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
  echo "install-browser: /usr/bin/chromium is already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "install-browser: not root and no sudo; install chromium and fonts-noto-core by hand" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-browser: installing chromium and Vietnamese-capable fonts with apt-get"
${SUDO} apt-get update -q
${SUDO} apt-get install -y -q --no-install-recommends chromium fonts-noto-core fonts-dejavu-core
/usr/bin/chromium --version
