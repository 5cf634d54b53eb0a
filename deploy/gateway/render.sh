#!/usr/bin/env bash
# Renders the gateway configuration: deploy/gateway/render.sh GATEWAY_DIR
# Writes GATEWAY_DIR/conf/nginx.conf (+ the included snippets) and creates GATEWAY_DIR/logs and GATEWAY_DIR/temp.
# Every setting below can be overridden by an environment variable of the same name; GATEWAY_WORKER_USER (only
# when run as root) names the account nginx's workers run as, by default the owner of GATEWAY_DIR.
# Then: nginx -p GATEWAY_DIR -e logs/error.log -c conf/nginx.conf -g 'daemon off;'
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 GATEWAY_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$1/conf" "$1/logs" "$1/temp"

export GATEWAY_PREFIX_DIR="$(cd "$1" && pwd)"
export GATEWAY_PORT="${GATEWAY_PORT:-8080}"
export MEMBERSHIP_PORT="${MEMBERSHIP_PORT:-8081}"
export INSPECTION_PORT="${INSPECTION_PORT:-8082}"
export CADRE_PORT="${CADRE_PORT:-8083}"
export REPORTING_PORT="${REPORTING_PORT:-8084}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export CORS_ORIGIN="${CORS_ORIGIN:-http://127.0.0.1:5173}"
export DASHBOARD_DIR="${DASHBOARD_DIR:-$(cd "$here/../.." && pwd)/dashboard/dist}"
export GATEWAY_RATE_LIMIT="${GATEWAY_RATE_LIMIT:-20r/s}"
export GATEWAY_RATE_BURST="${GATEWAY_RATE_BURST:-40}"
export GATEWAY_RATE_DELAY="${GATEWAY_RATE_DELAY:-$(( GATEWAY_RATE_BURST / 2 ))}"

for v in GATEWAY_PORT MEMBERSHIP_PORT INSPECTION_PORT CADRE_PORT REPORTING_PORT KEYCLOAK_PORT GATEWAY_RATE_BURST GATEWAY_RATE_DELAY; do
    case "${!v}" in
        ''|*[!0-9]*) echo "render.sh: $v must be a number, got '${!v}'" >&2; exit 2 ;;
    esac
done
case "$GATEWAY_RATE_LIMIT" in
    *[0-9]r/s|*[0-9]r/m) ;;
    *) echo "render.sh: GATEWAY_RATE_LIMIT must look like 20r/s or 600r/m, got '$GATEWAY_RATE_LIMIT'" >&2; exit 2 ;;
esac
case "$CORS_ORIGIN" in
    http://*|https://*) ;;
    *) echo "render.sh: CORS_ORIGIN must be an origin such as http://127.0.0.1:5173, got '$CORS_ORIGIN'" >&2; exit 2 ;;
esac
for v in CORS_ORIGIN GATEWAY_PREFIX_DIR DASHBOARD_DIR; do
    case "${!v}" in
        *[\"\'\;\$\{\}\\[:space:]]*) echo "render.sh: $v must not contain quotes, spaces, ';', '\$', braces or backslashes" >&2; exit 2 ;;
    esac
done

# The workers' account. A master started as root runs its workers as "nobody" unless the configuration names a
# user. On a clone run as root from a 0700 directory (a mkdtemp, CI's fresh clone) nobody cannot pass that
# directory: it cannot write GATEWAY_DIR/temp, where nginx puts request bodies above client_body_buffer_size and
# large responses (a 500 for the body), nor read DASHBOARD_DIR. So as root the workers run as the owner of
# GATEWAY_DIR, who can reach both (root for a root-owned clone, the same account every other part of the suite
# runs as), and temp/ belongs to them. Not as root nginx cannot switch accounts and no user line is written.
if [ "$(id -u)" -eq 0 ]; then
    worker_user="${GATEWAY_WORKER_USER:-$(stat -c '%U' "$GATEWAY_PREFIX_DIR")}"
    case "$worker_user" in
        ''|UNKNOWN|*[!a-zA-Z0-9._-]*) echo "render.sh: GATEWAY_WORKER_USER (by default the owner of GATEWAY_DIR) must be a user name of this machine, got '$worker_user'" >&2; exit 2 ;;
    esac
    worker_group="$(id -gn "$worker_user" 2>/dev/null)" || { echo "render.sh: GATEWAY_WORKER_USER '$worker_user' is no account of this machine" >&2; exit 2; }
    mkdir -p "$1/temp/client_body" "$1/temp/proxy" "$1/temp/fastcgi" "$1/temp/uwsgi" "$1/temp/scgi"
    chown -R "$worker_user:$worker_group" "$1/temp"
    export GATEWAY_WORKER_USER_DIRECTIVE="user $worker_user $worker_group;"
else
    export GATEWAY_WORKER_USER_DIRECTIVE="# (no user directive: the master does not run as root, its workers run as $(id -un))"
fi

vars='${GATEWAY_PREFIX_DIR} ${GATEWAY_WORKER_USER_DIRECTIVE} ${GATEWAY_PORT} ${MEMBERSHIP_PORT} ${INSPECTION_PORT} ${CADRE_PORT} ${REPORTING_PORT} ${KEYCLOAK_PORT} ${CORS_ORIGIN} ${GATEWAY_RATE_LIMIT} ${GATEWAY_RATE_BURST} ${GATEWAY_RATE_DELAY} ${DASHBOARD_DIR}'
conf="$GATEWAY_PREFIX_DIR/conf"
envsubst "$vars" < "$here/nginx.conf.template" > "$conf/nginx.conf"
for snippet in security-headers.conf cors-headers.conf api-proxy.conf; do
    envsubst "$vars" < "$here/$snippet" > "$conf/$snippet"
done
envsubst "$vars" < "$here/../../dashboard/nginx-location.conf" > "$conf/dashboard-location.conf"
echo "$conf/nginx.conf"
