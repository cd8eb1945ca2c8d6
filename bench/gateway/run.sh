#!/usr/bin/env bash
# Gateway proxy overhead: the same upstream route (licensing-service's licence catalogue, about 9 KB of
# JSON) measured directly, through the OneStop gateway, and through nginx as a reference reverse proxy,
# in one run with the same wrk settings.
#
# Needs: the local stack running (./deploy/local/up), and wrk and nginx (Debian: apt-get install wrk
# nginx-light). Writes results-<date>.txt beside this script.
#   bench/gateway/run.sh [duration, default 20s]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
duration="${1:-20s}"
path=/api/licensing/licence-types
direct="http://127.0.0.1:${ONESTOP_LICENSING_PORT:-8081}$path"
gateway="http://127.0.0.1:${ONESTOP_GATEWAY_PORT:-8080}$path"
nginx_port=8096  # not 8095: the stand-ins app answers there
for tool in wrk nginx curl; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
curl -fsS "$direct" >/dev/null || { echo "licensing-service is not answering $direct: run ./deploy/local/up" >&2; exit 1; }

work="$(mktemp -d)"
trap 'nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream licensing { server 127.0.0.1:${ONESTOP_LICENSING_PORT:-8081}; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / { proxy_pass http://licensing; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -p "$work" -c nginx.conf

out="$here/results-$(date -u +%Y-%m-%d).txt"
{
  echo "# gateway proxy overhead, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# route GET $path ($(curl -fsS "$direct" | wc -c) bytes), wrk -t2 -d$duration --latency"
  for connections in 16 64; do
    for target in "direct $direct" "gateway $gateway" "nginx http://127.0.0.1:$nginx_port$path"; do
      set -- $target
      wrk -t2 -c"$connections" -d5s "$2" >/dev/null   # warm-up (JIT, connection pools)
      echo "## $1, $connections connections"
      wrk -t2 -c"$connections" -d"$duration" --latency "$2" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
    done
  done
} | tee "$out"
