#!/usr/bin/env bash
# Open-data downloads benchmark: loads 100,000 notices and 100,000 published OCDS releases (made from the real
# Contracts Finder releases, ~3.3 KB each as stored) into a private PostgreSQL, starts the opportunities service
# on it (no Kafka: relay and consumers off), and times the two downloads that hand over every record at once:
# the search CSV (every OPEN notice the default search matches, 60,000; and every public notice, OPEN, CLOSED and
# AWARDED, 100,000) and the OCDS bulk package (GET /api/opportunities/ocds/releases.json, 100,000 releases). Each is
# fetched three times; the service's resident memory is read before and after, to show the downloads stream (memory
# does not grow with the rows). The service runs with the deployments' JVM options (deploy/local/lib.sh: a 160 MB
# heap, the quick compiler only); BENCH_JAVA_OPTS replaces them. Writes results-<date>.txt.
#
# Needs: PostgreSQL server binaries (PG_BIN), psql, curl, java 17, python3.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SEARCH="$ROOT/bench/search"
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PG_PORT=${BENCH_PG_PORT:-15498}
APP_PORT=${BENCH_APP_PORT:-18083}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19083}
WORK=${BENCH_WORK:-/tmp/onestop-opendata-bench}
JAVA_OPTS=${BENCH_JAVA_OPTS:-$(source "$ROOT/deploy/local/lib.sh" >/dev/null 2>&1; echo "$JVM_OPTS")}
OUT="$HERE/results-$(date -u +%Y%m%dT%H%M%SZ).txt"
APP="$ROOT/opportunities-service/target/quarkus-app/quarkus-run.jar"
SEED="$ROOT/opportunities-service/src/main/resources/seed/contracts-finder-releases.jsonl"
PGUSER_OS=postgres # initdb refuses to run as root

as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }
psql_b() { psql -h 127.0.0.1 -p "$PG_PORT" -U onestop -d opportunities -v ON_ERROR_STOP=1 -q "$@"; }
rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }

cleanup() {
  [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== machine (load average at start: $(cut -d" " -f1-3 /proc/loadavg))" | tee "$OUT"
{ uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo; "$PG_BIN/postgres" --version; java -version 2>&1 | head -1; } | tee -a "$OUT"

rm -rf "$WORK" && mkdir -p "$WORK" && chmod 777 "$WORK"
as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U onestop -E UTF8 --locale=C --auth=trust >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w start \
  -o "-p $PG_PORT -k $WORK -c shared_buffers=512MB -c jit=off" >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U onestop -d postgres -q -c "create database opportunities"

if [[ ! -f "$APP" || -n "${REBUILD:-}" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -pl opportunities-service -am package -DskipTests)
fi

QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/opportunities" \
ONESTOP_OUTBOX_RELAY_ENABLED=false ONESTOP_CONSUMER_ENABLED=false QUARKUS_KAFKA_HEALTH_ENABLED=false \
QUARKUS_OTEL_SDK_DISABLED=true ONESTOP_ALLOW_INSECURE_DEFAULTS=${ONESTOP_ALLOW_INSECURE_DEFAULTS:-db-password} \
ONESTOP_ALLOW_STAND_INS=${ONESTOP_ALLOW_STAND_INS:-mail} \
  java $JAVA_OPTS -jar "$APP" >>"$WORK/service.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 480); do curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live" >/dev/null 2>&1 && break; sleep 0.25; done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live" >/dev/null || { tail -c 2000 "$WORK/service.log" >&2; exit 1; }

echo "== seeding 100,000 notices and 100,000 releases"
python3 "$SEARCH/base-rows.py" "$SEED" "$ROOT/opportunities-service/src/main/resources/cpv/cpv-2008.csv" >"$WORK/base.tsv"
psql_b -c "create table base (title text, description text, buyer text, cpv_codes text[], cpv_prefixes text[], value_pence bigint)"
psql_b -c "\\copy base from '$WORK/base.tsv'"
psql_b -f "$SEARCH/seed.sql" >/dev/null
# the real releases, one JSON document a line (a quote and delimiter no line holds, so nothing is unescaped)
psql_b -c "create table real_release (n serial, release jsonb)"
psql_b -c "\\copy real_release (release) from '$SEED' with (format csv, quote e'\\x01', delimiter e'\\x02')"
psql_b -f "$HERE/releases.sql" >/dev/null
psql_b -At -c "select 'releases: ' || count(*) || ', stored ' || pg_size_pretty(sum(pg_column_size(release))) from notice_release" | tee -a "$OUT"
OPEN=$(psql_b -At -c "select count(*) from opportunity where status = 'OPEN'")

# the index must hold every OPEN notice before the CSV means anything
for _ in $(seq 1 600); do
  [[ "$(curl -fs "http://127.0.0.1:$APP_PORT/api/opportunities/opportunities?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" == "$OPEN" ]] && break
  sleep 0.5
done

fetch() { # name url
  for run in 1 2 3; do
    before=$(rss_mb)
    read -r secs bytes code < <(curl -s -o "$WORK/body" -w '%{time_total} %{size_download} %{http_code}\n' "$2")
    rows=$(if [[ $1 == csv ]]; then echo $(( $(wc -l <"$WORK/body") - 1 )); else
      python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["releases"]))' "$WORK/body"; fi)
    printf '%-5s run %d: HTTP %s, %s rows, %s MB in %s s; RSS %s MB before, %s MB after\n' "$1" "$run" "$code" "$rows" \
      $(( bytes / 1048576 )) "$secs" "$before" "$(rss_mb)" | tee -a "$OUT"
  done
}
echo "== downloads (load average $(cut -d" " -f1-3 /proc/loadavg), JVM options: $JAVA_OPTS)" | tee -a "$OUT"
fetch csv "http://127.0.0.1:$APP_PORT/api/opportunities/opportunities.csv"
fetch csv "http://127.0.0.1:$APP_PORT/api/opportunities/opportunities.csv?status=OPEN&status=CLOSED&status=AWARDED"
fetch ocds "http://127.0.0.1:$APP_PORT/api/opportunities/ocds/releases.json"
echo "== load average at the end: $(cut -d" " -f1-3 /proc/loadavg)" | tee -a "$OUT"
