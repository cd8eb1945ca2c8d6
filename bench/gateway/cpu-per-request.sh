#!/usr/bin/env bash
# CPU each request costs a proxy: the processes' user+system time over one wrk run, divided by the requests served.
# A throughput ratio on this 2-core machine follows it (proxy, service, PostgreSQL and wrk share the CPU).
#   bench/gateway/cpu-per-request.sh URL PID [PID...]      (CONNECTIONS=16, DURATION=15s)
# e.g. the gateway: bench/gateway/cpu-per-request.sh http://127.0.0.1:8080/api/licensing/licence-types "$(cat .onestop/local/run/gateway.pid)"
#      nginx:       ... http://127.0.0.1:8096/api/licensing/licence-types $(pgrep -f "nginx: worker")
set -euo pipefail
url="$1"
shift
ticks() { local t=0 p u s; for p in "$@"; do read -r u s < <(awk '{ print $14, $15 }' "/proc/$p/stat"); t=$((t + u + s)); done; echo "$t"; }
before="$(ticks "$@")"
out="$(wrk -t2 -c"${CONNECTIONS:-16}" -d"${DURATION:-15s}" "$url")"
after="$(ticks "$@")"
awk -v d=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$(awk '/requests in/ { print $1 }' <<<"$out")" \
  -v rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
  'BEGIN { printf "%s req/s, %.3f ms of CPU per request\n", rps, d * 1000 / hz / n }'
