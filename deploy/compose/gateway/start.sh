#!/usr/bin/env bash
# Entry point of the gateway image (deploy/compose/gateway/Dockerfile), used by compose and by Kubernetes' dashboard.
# Renders deploy/gateway's own template with deploy/gateway/render.sh (the same routes, limits, headers and
# problem documents as the local stack), then points it at hosts of their own: render.sh writes a gateway for one
# host (listen on 127.0.0.1, every upstream on 127.0.0.1), a container listens on every address and reaches each
# part by its name. Then runs nginx in the foreground, logs to stdout/stderr.
#   start.sh             render and run nginx
#   start.sh --render    render only, print the path of nginx.conf (what deploy/manifests' tests read)
# Environment (defaults for compose): GATEWAY_PORT 8080; MEMBERSHIP_HOST membership, INSPECTION_HOST inspection,
# CADRE_HOST cadre, REPORTING_HOST reporting, KEYCLOAK_HOST keycloak, with *_PORT 8080 each; CORS_ORIGIN,
# GATEWAY_RATE_LIMIT, GATEWAY_RATE_BURST, GATEWAY_RATE_DELAY as render.sh; PARTY_HOME (where deploy/ and
# dashboard/ are, /opt/party in the image); GATEWAY_DIR (written at start, /tmp/party-gateway).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home=${PARTY_HOME:-$(cd "$here/../../.." && pwd)}
dir=${GATEWAY_DIR:-/tmp/party-gateway}

export GATEWAY_PORT=${GATEWAY_PORT:-8080}
export MEMBERSHIP_PORT=${MEMBERSHIP_PORT:-8080} INSPECTION_PORT=${INSPECTION_PORT:-8080}
export CADRE_PORT=${CADRE_PORT:-8080} REPORTING_PORT=${REPORTING_PORT:-8080} KEYCLOAK_PORT=${KEYCLOAK_PORT:-8080}
export DASHBOARD_DIR=${DASHBOARD_DIR:-$home/dashboard/dist}
declare -A hosts=(
    [membership]=${MEMBERSHIP_HOST:-membership}
    [inspection]=${INSPECTION_HOST:-inspection}
    [cadre]=${CADRE_HOST:-cadre}
    [reporting]=${REPORTING_HOST:-reporting}
    [keycloak]=${KEYCLOAK_HOST:-keycloak}
)
for h in "${hosts[@]}"; do
    case $h in
        ''|*[!a-zA-Z0-9.-]*) echo "start.sh: host names are letters, digits, '.' and '-', got '$h'" >&2; exit 2 ;;
    esac
done

# The image runs as nginx's user (USER 101); started as root anyway (docker run --user 0), its workers are
# nginx's user too, not the owner of GATEWAY_DIR (root): render.sh gives them temp/. (Outside the image, where
# there may be no such account, render.sh's default stands.)
if [ "$(id -u)" -eq 0 ] && id nginx >/dev/null 2>&1; then
    export GATEWAY_WORKER_USER=${GATEWAY_WORKER_USER:-nginx}
fi
conf=$("$home/deploy/gateway/render.sh" "$dir")
args=(-E -e 's/^([[:space:]]*)listen 127\.0\.0\.1:([0-9]+);/\1listen \2;/')
for upstream in "${!hosts[@]}"; do
    args+=(-e "/^[[:space:]]*upstream $upstream \\{/,/\\}/ s/server 127\\.0\\.0\\.1:/server ${hosts[$upstream]}:/")
done
sed -i "${args[@]}" "$conf"
if grep -En '^[[:space:]]*(listen|server) 127\.0\.0\.1' "$conf" >&2; then
    echo "start.sh: the lines above still name 127.0.0.1: deploy/gateway/nginx.conf.template has a part this script does not know" >&2
    exit 1
fi

if [ "${1:-}" = --render ]; then
    echo "$conf"
    exit 0
fi
ln -sf /dev/stdout "$dir/logs/access.log"
ln -sf /dev/stderr "$dir/logs/error.log"
exec nginx -p "$dir" -e logs/error.log -c conf/nginx.conf -g 'daemon off;'
