#!/usr/bin/env bash
# CPU each request costs a proxy: the processes' user+system time over one wrk run, divided by the requests served.
# A throughput ratio on this 2-core machine follows it (proxy, service, PostgreSQL and wrk share the CPU).
#   bench/gateway/cpu-per-request.sh URL PID [PID...]      (CONNECTIONS=16, DURATION=15s)
# e.g. the gateway: bench/gateway/cpu-per-request.sh http://127.0.0.1:8080/api/licensing/licence-types "$(cat .onestop/local/run/gateway.pid)"
#      nginx:       ... http://127.0.0.1:8096/api/licensing/licence-types $(pgrep -f "nginx: worker")
set -euo pipefail
url="$1"
shift
# shellcheck source=../lib/cpu.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/cpu.sh"
before="$(cpu_ticks "$@")"
out="$(wrk -t2 -c"${CONNECTIONS:-16}" -d"${DURATION:-15s}" "$url")"
after="$(cpu_ticks "$@")"
echo "$(awk '/Requests\/sec/ { print $2 }' <<<"$out") req/s, $(cpu_ms_per_request $((after - before)) "$(awk '/requests in/ { print $1 }' <<<"$out")") ms of CPU per request"
