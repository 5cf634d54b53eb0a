#!/usr/bin/env bash
# The dashboard's browser test against a running suite: dashboard/e2e/run.sh GATEWAY_URL SCREENSHOT_DIR
# Real headless Chromium (Debian's chromium package at /usr/bin/chromium, never a downloaded browser) driven by
# playwright-core; a screenshot per step in SCREENSHOT_DIR. Exits non-zero on any failure; the last line is
# "N passed, M failed". Needs the demo users (district-a-admin, district-b-admin; password E2E_PASSWORD, default demo).
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 GATEWAY_URL SCREENSHOT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    echo "[dashboard e2e] installing Debian's chromium" >&2
    if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
    "${as_root[@]}" apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
cd "$here"
[ -d node_modules/playwright-core ] && [ -d node_modules/fflate ] || npm ci --no-audit --no-fund --loglevel=error
mkdir -p "$2"
exec node e2e/dashboard.e2e.mjs "$1" "$2"
