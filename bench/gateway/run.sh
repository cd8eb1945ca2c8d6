#!/usr/bin/env bash
# Gateway proxy overhead: the same upstream route (licensing-service's licence catalogue, about 11 KB of JSON read
# from PostgreSQL) measured directly, through the OneStop gateway, and through nginx as a reference reverse proxy,
# side by side in one run with the same wrk settings, at 16 and 64 connections.
#
# Restarts the local stack (./deploy/local/down, then up) with the gateway's rate limits raised, so that the run
# measures proxying and not the anonymous limit (300 a minute): it checks the limit it got before measuring. Every
# response is counted by status (bench/lib/statuses.lua): the script exits 1 if any answer was not 2xx or any socket
# failed, so a refusal can never pass for throughput. Leaves the stack running.
#
# Needs: wrk and nginx (Debian: apt-get install wrk nginx-light), curl; the services' jars built.
#   bench/gateway/run.sh [duration, default 20s]
# Beside nginx, the floor for any proxy on the JVM: BareProxy.java (a Vert.x server piping to a pooled client and
# nothing else), run with the services' JVM options as "vertx-floor"; for the gateway, nginx and the floor, the CPU
# their processes spent per request over each figure's run (a steadier measure on this shared machine than the
# throughput ratios, which move by a fifth between runs).
#
# Settings: BENCH_KEEP_STACK=1 measures the stack already running (its limits must be raised already);
#   BENCH_EXTRA_TARGETS="name=url ..." measures more targets in the same run (another gateway build, say);
#   BENCH_FLOOR=0 leaves the Vert.x floor out;
#   ROUNDS=n repeats the whole set n times (default 1); WARMUP=30s, how long each target is warmed before any figure.
# Writes results-<time>.txt (raw wrk output) and results-<time>.md (the table with the ratios) beside this script.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-20s}"
rounds="${ROUNDS:-1}"
path=/api/licensing/licence-types
direct="http://127.0.0.1:${ONESTOP_LICENSING_PORT:-8081}$path"
gateway="http://127.0.0.1:${ONESTOP_GATEWAY_PORT:-8080}$path"
nginx_port="${BENCH_NGINX_PORT:-8096}"  # not 8095: the stand-ins app answers there
lua="$root/bench/lib/statuses.lua"
raised=1000000
for tool in wrk nginx curl; do command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }; done

if [[ "${BENCH_KEEP_STACK:-0}" != 1 ]]; then
  (cd "$root" && ./deploy/local/down >/dev/null 2>&1 || true)
  (cd "$root" && ONESTOP_RATE_AUTH_PER_MINUTE=$raised ONESTOP_RATE_USER_PER_MINUTE=$raised \
    ONESTOP_RATE_ANONYMOUS_PER_MINUTE=$raised ./deploy/local/up >/dev/null)
fi
curl -fsS "$direct" >/dev/null || { echo "licensing-service is not answering $direct" >&2; exit 1; }
quota="$(curl -fsS -o /dev/null -D - "$gateway" | tr -d '\r' | sed -n 's/^RateLimit-Policy: .*;q=\([0-9]*\);.*/\1/Ip')"
if [[ -z "$quota" || "$quota" -lt 100000 ]]; then
  echo "the gateway's anonymous limit is ${quota:-unknown} a minute: start it with ONESTOP_RATE_ANONYMOUS_PER_MINUTE=$raised" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
# nginx as a council would run it in front of the same service, doing what the gateway does on this route: a worker
# per core, a JSON access line per request (the gateway writes one), a request id and X-Forwarded-For passed on.
# NGINX_ACCESS_LOG=off measures it without the access log.
if [[ "${NGINX_ACCESS_LOG:-on}" == off ]]; then access_log="access_log off;"; else access_log="access_log $work/access.log onestop;"; fi
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  log_format onestop escape=json '{"timestamp":"\$time_iso8601","remote":"\$remote_addr","request":"\$request_method \$uri",'
                                 '"status":\$status,"bytes":\$body_bytes_sent,"seconds":\$request_time,"requestId":"\$request_id"}';
  $access_log
  upstream licensing { server 127.0.0.1:${ONESTOP_LICENSING_PORT:-8081}; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://licensing; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header X-Request-Id \$request_id; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      add_header X-Request-Id \$request_id always;
    }
  }
}
CONF
nginx -p "$work" -c nginx.conf

targets=("direct=$direct" "gateway=$gateway" "nginx=http://127.0.0.1:$nginx_port$path")
for _ in $(seq 1 50); do [[ -s "$work/nginx.pid" ]] && pgrep -P "$(cat "$work/nginx.pid")" >/dev/null && break; sleep 0.1; done
# the processes whose CPU each request is charged to (the gateway's when it runs as one process)
declare -A pids=([gateway]="$(cat "$root/.onestop/local/run/gateway.pid" 2>/dev/null)"
  [nginx]="$(cat "$work/nginx.pid") $(pgrep -P "$(cat "$work/nginx.pid")" | tr '\n' ' ')")
floor_port="${BENCH_FLOOR_PORT:-8097}"
if [[ "${BENCH_FLOOR:-1}" == 1 ]]; then
  if curl -fsS -o /dev/null "http://127.0.0.1:$floor_port$path" 2>/dev/null; then
    echo "port $floor_port already answers $path: stop what runs there, or set BENCH_FLOOR_PORT" >&2
    exit 1
  fi
  # the gateway's own Vert.x and Netty, Java's NIO as the gateway uses it, the services' JVM and its options
  floor_jars="$(ls "$root"/gateway/target/quarkus-app/lib/main/{io.vertx.vertx-core,io.netty.netty-}*.jar | tr '\n' :)"
  read -r floor_java floor_opts < <(source "$root/deploy/local/lib.sh" && echo "$SERVICE_JAVA $JVM_OPTS")
  # shellcheck disable=SC2086 # the options are a list
  "$floor_java" $floor_opts -cp "$floor_jars" "$here/BareProxy.java" "$floor_port" \
    "${ONESTOP_LICENSING_PORT:-8081}" >"$work/floor.log" 2>&1 &
  pids[vertx-floor]=$!
  trap 'kill "${pids[vertx-floor]}" 2>/dev/null; nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 150); do curl -fsS -o /dev/null "http://127.0.0.1:$floor_port$path" 2>/dev/null && break; sleep 0.2; done
  curl -fsS -o /dev/null "http://127.0.0.1:$floor_port$path" || { echo "the Vert.x floor did not start: $(cat "$work/floor.log")" >&2; exit 1; }
  targets+=("vertx-floor=http://127.0.0.1:$floor_port$path")
fi
for extra in ${BENCH_EXTRA_TARGETS:-}; do targets+=("$extra"); done
# A freshly started service is still being compiled: warmed through every target first (WARMUP, default 30s each),
# or the first figures measure the JIT and not the proxies (the service under nginx, measured last, looked faster
# than the same service measured directly first)
for target in "${targets[@]}"; do wrk -t2 -c16 -d"${WARMUP:-30s}" "${target#*=}" >/dev/null; done

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
raw="$here/results-$stamp.txt"
table="$here/results-$stamp.md"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
# wrk latency (850.00us, 4.20ms, 1.03s) in milliseconds
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
failed=0
declare -A rps p50 p99 cpu
# shellcheck source=../lib/cpu.sh
source "$root/bench/lib/cpu.sh"
{
  echo "# gateway proxy overhead, $(date -u +%FT%TZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average $load_start"
  echo "# route GET $path ($(curl -fsS "$direct" | wc -c) bytes), wrk -t2 -d$duration --latency -s statuses.lua, $rounds round(s)"
} | tee "$raw"
for round in $(seq 1 "$rounds"); do
  for connections in 16 64; do
    for target in "${targets[@]}"; do
      name="${target%%=*}" url="${target#*=}"
      wrk -t2 -c"$connections" -d5s "$url" >/dev/null   # warm-up (JIT, connection pools)
      # shellcheck disable=SC2086 # a list of pids
      before="$(cpu_ticks ${pids[$name]:-})"
      out="$(wrk -t2 -c"$connections" -d"$duration" --latency -s "$lua" "$url")"
      # shellcheck disable=SC2086
      spent=$(($(cpu_ticks ${pids[$name]:-}) - before))
      { echo "## $name, $connections connections, round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
        grep -E "Requests/sec|Latency  |50%|99%|statuses|Non-2xx|Socket errors" <<<"$out"; } | tee -a "$raw"
      key="$round/$connections/$name"
      rps[$key]="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"
      p50[$key]="$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
      p99[$key]="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
      cpu[$key]="-"
      [[ -z "${pids[$name]:-}" ]] || cpu[$key]="$(cpu_ms_per_request "$spent" "$(awk '/requests in/ { print $1 }' <<<"$out")")"
      bad="$(sed -n 's/.* non2xx=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 \2/p' <<<"$out")"
      if [[ -z "$bad" || "$bad" != "0 0" ]]; then
        echo "FAILED: $name at $connections connections: non-2xx and socket errors: ${bad:-not counted}" | tee -a "$raw" >&2
        failed=1
      fi
    done
  done
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "Run $stamp, $(nproc) cores, load average $load_start at the start, $load_end at the end; wrk -t2, $duration per figure;"
  echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'): a worker per core, access log ${NGINX_ACCESS_LOG:-on}, request id and X-Forwarded-For passed on."
  echo
  echo "| round | connections | path | req/s | p50 ms | p99 ms | req/s vs nginx | req/s vs direct | p50 added to direct | proxy CPU ms per request |"
  echo "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for round in $(seq 1 "$rounds"); do
    for connections in 16 64; do
      for target in "${targets[@]}"; do
        name="${target%%=*}" key="$round/$connections/${target%%=*}"
        awk -v r="$round" -v c="$connections" -v n="$name" -v q="${rps[$key]}" -v a="${p50[$key]}" -v b="${p99[$key]}" \
          -v qn="${rps[$round/$connections/nginx]}" -v qd="${rps[$round/$connections/direct]}" -v ad="${p50[$round/$connections/direct]}" \
          -v u="${cpu[$key]}" \
          'BEGIN { printf "| %s | %s | %s | %\047d | %.2f | %.2f | %.0f%% | %.0f%% | %+.2f ms | %s |\n", r, c, n, q, a, b, 100*q/qn, 100*q/qd, a-ad, u }'
      done
    done
  done
  echo
  [[ "$failed" == 0 ]] && echo "Every response 2xx, no socket error." || echo "**Some responses were not 2xx, or sockets failed: the figures above are not valid.**"
} | tee "$table"
exit "$failed"
