#!/usr/bin/env bash
# Two builds of one service started alternately, side by side: from each build's JVM launch to ready
# (/q/health/ready on its management port) and its resident memory (RSS) 2 s after, on a quiet machine (a load
# average below 1, waited for up to 120 s before each start). For a change whose effect is smaller than this
# machine's drift between runs of bench/startup/run.sh (10-20 % within a night).
#
# BEFORE and AFTER are checkouts with the service built (./mvnw package -DskipTests -pl <module> -am); the service
# must be running from the local stack of this checkout (ONESTOP_LOCAL_ONLY=<service> ./deploy/local/up), whose
# environment, JVM and options both builds are started with; it is stopped first. Each build gets a start-up
# archive of its own (class-data sharing, or an ahead-of-time cache on JDK 25+), written by a first start that is
# not counted. Writes ab-<time>-<service>.md beside this script.
#   bench/startup/ab.sh licensing-service 5 /work/before /work/main
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
svc="$1" rounds="$2" before="$(cd "$3" && pwd)" after="$(cd "${4:-$root}" && pwd)"
# shellcheck source=../../deploy/local/lib.sh
source "$root/deploy/local/lib.sh"
out="$here/ab-$(date -u +%Y%m%dT%H%M%SZ)-$svc.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mport="$(service_management_port "$svc")"
pid="$(component_pid "$svc")" || { echo "$svc is not running: ONESTOP_LOCAL_ONLY=$svc ./deploy/local/up" >&2; exit 1; }
mapfile -d '' cmd <"/proc/$pid/cmdline"
mapfile -d '' envs <"/proc/$pid/environ"
kill -TERM "$pid"
wait_gone "$pid" 30
rm -f "$(pid_file "$svc")" "$RUN/$svc.port"
opts=()
for ((i = 1; i < ${#cmd[@]}; i++)); do
  case "${cmd[$i]}" in
    -XX:SharedArchiveFile=*|-Xshare:*|-XX:ArchiveClassesAtExit=*|-Xlog:cds=off|-XX:AOTCache=*|-XX:AOTCacheOutput=*|-Xlog:aot=off) ;;
    -jar) break ;;
    *) opts+=("${cmd[$i]}") ;;
  esac
done
now_ms() { date +%s%3N; }
quiet() {
  local waited=0
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(l >= 1) }' && ((waited < 120)); do
    sleep 5
    waited=$((waited + 5))
  done
}
label() { if [[ "$1" == "$before" ]]; then echo before; else echo after; fi; }
# start TREE ARCHIVE-OPTIONS...: prints "ready_ms rss_mb", then stops it
start() {
  local tree="$1" t0 p ready rss
  shift
  t0="$(now_ms)"
  (cd "$root" && exec env -i "${envs[@]}" "${cmd[0]}" "${opts[@]}" "$@" \
    -jar "$tree/$(service_of "$svc")/target/quarkus-app/quarkus-run.jar" </dev/null >>"$work/$(label "$tree").log" 2>&1) &
  p=$!
  until [[ "$(http_status "http://127.0.0.1:$mport/q/health/ready")" == 200 ]]; do
    if (($(now_ms) - t0 > 180000)); then echo "$svc from $tree not ready in 180 s" >&2; kill -KILL "$p"; exit 1; fi
    sleep 0.02
  done
  ready=$(($(now_ms) - t0))
  sleep 2
  rss=$(($(ps -o rss= -p "$p") / 1024))
  kill -TERM "$p"
  wait "$p" 2>/dev/null
  echo "$ready $rss"
}
# archive record|read LABEL: the options that record or read a start-up archive for the service's JVM, as up's do
# (an ahead-of-time cache on JDK 25+, else a class-data sharing archive)
archive() {
  if (($(java_major "$(java_version "${cmd[0]}")") >= 25)); then
    [[ "$1" == record ]] && echo "-XX:AOTCacheOutput=$work/$2.aot -Xlog:aot=off -Xlog:cds=off" || echo "-XX:AOTCache=$work/$2.aot"
  else
    [[ "$1" == record ]] && echo "-XX:ArchiveClassesAtExit=$work/$2.jsa -Xlog:cds=off" || echo "-XX:SharedArchiveFile=$work/$2.jsa -Xshare:auto"
  fi
}
for tree in "$before" "$after"; do
  # shellcheck disable=SC2046 # a list of options
  start "$tree" $(archive record "$(label "$tree")") >/dev/null
done
{
  echo "# $svc: two builds side by side ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "bench/startup/ab.sh $svc $rounds $before $after; $(nproc) cores, $("${cmd[0]}" -version 2>&1 | head -1)."
  echo "Before: $(git -C "$before" log -1 --format='%h %s' | cut -c1-100)."
  echo "After: $(git -C "$after" log -1 --format='%h %s' | cut -c1-100)$(git -C "$after" diff --quiet HEAD -- . ':!bench' || echo ', with changes not committed')."
  echo
  echo "| round | build | JVM start to ready | RSS at ready + 2 s | load average at launch |"
  echo "| ---: | --- | ---: | ---: | ---: |"
} >"$out"
for ((r = 1; r <= rounds; r++)); do
  for tree in "$before" "$after"; do
    quiet
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2046 # a list of options
    read -r ready rss < <(start "$tree" $(archive read "$(label "$tree")"))
    echo "| $r | $(label "$tree") | $(awk -v m="$ready" 'BEGIN { printf "%.2f s", m / 1000 }') | $rss MB | $load |" | tee -a "$out"
  done
done
echo "Wrote $out; $svc is stopped (./deploy/local/up starts it again)."
