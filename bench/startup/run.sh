#!/usr/bin/env bash
# Start-up and memory of the services: how long each takes from launch to ready (/q/health/ready on its management
# port) when started alone, both from running deploy/local/up and from its JVM being launched, with only PostgreSQL
# and Kafka running and the machine quiet (a load average below 1, waited for up to 90 s; the figure is recorded
# beside it), its resident memory (RSS) once ready, and how long the whole local stack takes to come up from built
# jars (./deploy/local/up, PostgreSQL and Kafka already initialised).
#
# Uses the local stack (deploy/local), with whatever ONESTOP_JVM_OPTS / ONESTOP_APPCDS are set; runs each start
# twice, because the first start after a build writes the start-up archive (class-data sharing, or an ahead-of-time cache on JDK 25+) the second one reads
# (deploy/local/up). Writes results-<time>.md beside this script and leaves the stack running.
#   bench/startup/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../deploy/local/lib.sh
source "$root/deploy/local/lib.sh"
out="$here/results-$(date -u +%Y%m%dT%H%M%SZ).md"
now_ms() { date +%s%3N; }
# milliseconds since the machine booted: now, and when process PID was started (its /proc stat, in clock ticks)
uptime_ms() { awk '{ printf "%d", $1 * 1000 }' /proc/uptime; }
started_ms() { sed 's/.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", $20 * 1000 / hz }'; }

stop_one() {
  local pid
  pid="$(component_pid "$1")" || return 0
  kill -TERM "$pid"
  wait_gone "$pid" 150 || { kill -KILL "$pid"; wait_gone "$pid" 10 || true; }   # writing an archive takes a while
  rm -f "$(pid_file "$1")" "$RUN/$1.port"
}

# start_alone NAME: prints "ready_ms jvm_ready_ms quarkus_started_s rss_mb archive load_average_at_launch", then
# stops it; ready_ms from running up, jvm_ready_ms from the service's JVM being launched (up's own checks left out)
start_alone() {
  local name="$1" port t0 started rss archive=none jvm_ready
  port="$(service_management_port "$name")"
  stop_one "$name"   # a normal stop: the JVM writes its start-up archive if it was started to
  local file
  file="$(class_data_archive "$name")"
  has_current_archive "$name" && archive="${file##*.}-$(($(stat -c %s "$file") / 1048576))MB"
  wait_quiet
  t0="$(now_ms)"
  ONESTOP_LOCAL_ONLY="$name" "$root/deploy/local/up" >/dev/null 2>&1 &
  until [[ "$(http_status "http://127.0.0.1:$port/q/health/ready")" == 200 ]]; do
    if (($(now_ms) - t0 > 180000)); then echo "$name not ready in 180 s" >&2; return 1; fi
    sleep 0.05
  done
  local ready=$(($(now_ms) - t0))
  jvm_ready=$(($(uptime_ms) - $(started_ms "$(component_pid "$name")")))
  wait
  started="$(grep -o 'started in [0-9.]*s' "$LOGS/$name.log" | tail -1 | grep -o '[0-9.]*' || echo '?')"
  sleep 2
  rss=$(($(ps -o rss= -p "$(component_pid "$name")") / 1024))
  echo "$ready $jvm_ready $started $rss $archive $load"
  stop_one "$name"
}

# a load average (1 min) below 1, waited for up to 90 s; prints nothing, sets load
wait_quiet() {
  local waited=0
  load="$(cut -d' ' -f1 /proc/loadavg)"
  while awk -v l="$load" 'BEGIN { exit !(l >= 1) }' && ((waited < 90)); do
    sleep 5
    waited=$((waited + 5))
    load="$(cut -d' ' -f1 /proc/loadavg)"
  done
}

"$root/deploy/local/up" >/dev/null   # builds what changed, writes any stale start-up archive at its stop below
for name in "${SERVICES[@]}"; do stop_one "$name"; done
{
  echo "### Start-up, $(date -u +%FT%TZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo
  echo "Java $SERVICE_JAVA_VERSION ($SERVICE_JAVA), JVM options: \`${ONESTOP_JVM_OPTS:-$JVM_OPTS}\`, start-up archive (class-data sharing, or an ahead-of-time cache from JDK 25): ${ONESTOP_APPCDS:-true}"
  echo
  echo "Each service started alone (\`ONESTOP_LOCAL_ONLY\`), PostgreSQL and Kafka running; the load average when it was launched."
  echo
  echo "| service | start | start-up archive | launch to ready | JVM start to ready | Quarkus \"started in\" | RSS when ready | load average |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
} | tee "$out"
for name in "${SERVICES[@]}"; do
  for attempt in first second; do
    read -r ready jvm_ready started rss archive load < <(start_alone "$name")
    printf '| %s | %s | %s | %.1f s | %.1f s | %s s | %s MB | %s |\n' "$name" "$attempt" "$archive" \
      "$(awk -v m="$ready" 'BEGIN { print m / 1000 }')" "$(awk -v m="$jvm_ready" 'BEGIN { print m / 1000 }')" \
      "$started" "$rss" "$load" | tee -a "$out"
  done
done
"$root/deploy/local/down" >/dev/null
"$root/deploy/local/up" >/dev/null   # PostgreSQL and Kafka first, so the figure below is the stack from built jars
for name in "${SERVICES[@]}"; do stop_one "$name"; done
t0="$(now_ms)"
"$root/deploy/local/up" >/dev/null
{
  echo
  echo "Whole stack (the five services, PostgreSQL and Kafka already running) up in $(awk -v m="$(($(now_ms) - t0))" 'BEGIN { printf "%.1f", m / 1000 }') s, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
} | tee -a "$out"
t0="$(now_ms)"
"$root/deploy/local/down" >/dev/null
"$root/deploy/local/up" >/dev/null
echo "Everything (PostgreSQL and Kafka too) down and up again in $(awk -v m="$(($(now_ms) - t0))" 'BEGIN { printf "%.1f", m / 1000 }') s, load average $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$out"
