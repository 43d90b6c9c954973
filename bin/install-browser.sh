#!/usr/bin/env bash
# Installs the headless browser the browser tests drive: Debian's chromium and chromium-driver packages.
# Idempotent: when /usr/bin/chromium and /usr/bin/chromedriver exist it does nothing. Otherwise it installs them
# with apt-get when running as root, and else says what is missing and how to get it, and exits 1.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

missing=()
[ -x /usr/bin/chromium ] || missing+=(/usr/bin/chromium)
[ -x /usr/bin/chromedriver ] || missing+=(/usr/bin/chromedriver)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: ${missing[*]} missing and not running as root; install them with" \
       "'sudo apt-get install chromium chromium-driver' (the browser tests skip without them)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "install-browser: ${missing[*]} missing and apt-get not found; install Chromium and its chromedriver" \
       "at /usr/bin/chromium and /usr/bin/chromedriver (the browser tests skip without them)" >&2
  exit 1
fi

echo "install-browser: installing chromium and chromium-driver with apt-get (${missing[*]} missing)" >&2
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { apt-get update -q && apt-get install -y -q chromium chromium-driver; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "install-browser: apt-get failed (last lines above); the browser tests will skip" >&2
  exit 1
fi
for f in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$f" ] || { echo "install-browser: apt-get finished but $f is still missing" >&2; exit 1; }
done
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) installed" >&2
