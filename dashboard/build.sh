#!/usr/bin/env bash
# Builds the dashboard: dashboard/build.sh  ->  dashboard/dist (served by the gateway at /, see nginx-location.conf)
# Needs Node.js 20.19+ and npm; installs exactly the locked packages (npm ci). No browser is downloaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v npm >/dev/null || { echo "dashboard/build.sh: node and npm are required (Debian: apt-get install -y nodejs npm)" >&2; exit 2; }
npm ci --no-audit --no-fund --loglevel=error
npm run --silent test:unit
npm run --silent build
echo "$(pwd)/dist"
