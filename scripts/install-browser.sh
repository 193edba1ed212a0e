#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests, when it is not there yet.
# Playwright drives it through executable_path; we never download a browser build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing; install Debian's 'chromium' package (needs root), or the browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
