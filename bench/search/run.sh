#!/usr/bin/env bash
# Search benchmark: loads 100,000 notices (built from the real Contracts Finder releases) into a private
# PostgreSQL, starts the opportunities service on it (no Kafka needed: relay and consumers off), and
# measures GET /api/opportunities/opportunities with wrk: common and rare words, with and without
# filters, and the default listing. The search is answered from the service's embedded Lucene index
# (ADR 9), which remembers no results: the run also records how long the index took to catch up with
# the 100,000 seeded notices and to be rebuilt from PostgreSQL when the service restarts. For comparison
# it runs the plain SQL of docs/performance.md with pgbench in the same run. Writes the figures to
# results-<date>.txt; copy them into RESULTS.md.
#
# Needs: PostgreSQL server binaries (PG_BIN), psql, pgbench, wrk, java 17, python3.
# Usage: bench/search/run.sh            (DURATION=20s CONNECTIONS=16 by default)
# The service runs with a 1 GB heap (100,000 notices) and the JIT the deployments use (deploy/local/lib.sh: C1
# only); BENCH_JAVA_OPTS replaces the latter ("" for the JVM's default, both compilers).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PG_PORT=${BENCH_PG_PORT:-15499}
APP_PORT=${BENCH_APP_PORT:-18082}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19082}
WORK=${BENCH_WORK:-/tmp/onestop-search-bench}
DURATION=${DURATION:-20s}
SERVICE_JAVA_OPTS="-Xmx1g ${BENCH_JAVA_OPTS--XX:TieredStopAtLevel=1}"
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
OUT="$HERE/results-$(date -u +%Y%m%dT%H%M%SZ)-lucene.txt"
APP="$ROOT/opportunities-service/target/quarkus-app/quarkus-run.jar"
PGUSER_OS=postgres # initdb refuses to run as root

as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u "$PGUSER_OS" -- "$@"; else "$@"; fi; }
psql_b() { psql -h 127.0.0.1 -p "$PG_PORT" -U onestop -d opportunities -v ON_ERROR_STOP=1 -q "$@"; }

cleanup() {
  [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== machine (load average at start: $(cut -d" " -f1-3 /proc/loadavg))" | tee "$OUT"
{ uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo; free -g | sed -n 2p; "$PG_BIN/postgres" --version; java -version 2>&1 | head -1; echo "service JVM options: $SERVICE_JAVA_OPTS"; { wrk --version 2>&1 || true; } | head -1; } | tee -a "$OUT"

echo "== PostgreSQL in $WORK"
rm -rf "$WORK" && mkdir -p "$WORK" && chmod 777 "$WORK"
as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U onestop -E UTF8 --locale=C --auth=trust >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w start \
  -o "-p $PG_PORT -k $WORK -c shared_buffers=1GB -c max_connections=100 -c jit=off" >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U onestop -d postgres -q -c "create database opportunities"

if [[ ! -f "$APP" || -n "${REBUILD:-}" ]]; then
  (cd "$ROOT" && ./mvnw -B -q -pl opportunities-service -am package -DskipTests)
fi

start_service() {
  QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/opportunities" \
  QUARKUS_DATASOURCE_JDBC_MAX_SIZE=32 \
  ONESTOP_OUTBOX_RELAY_ENABLED=false ONESTOP_CONSUMER_ENABLED=false QUARKUS_KAFKA_HEALTH_ENABLED=false \
  OPPORTUNITIES_NOTICES_BACKFILL_EVERY=off \
  QUARKUS_OTEL_SDK_DISABLED=true ONESTOP_ALLOW_INSECURE_DEFAULTS=${ONESTOP_ALLOW_INSECURE_DEFAULTS:-db-password} \
  ONESTOP_ALLOW_STAND_INS=${ONESTOP_ALLOW_STAND_INS:-mail} \
    java $SERVICE_JAVA_OPTS -jar "$APP" >>"$WORK/service.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 480); do curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live" >/dev/null 2>&1 && break; sleep 0.25; done
  curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live" >/dev/null || { tail -c 2000 "$WORK/service.log" >&2; exit 1; }
}

echo "== service on :$APP_PORT (Flyway creates the schema)"
start_service
echo "== seeding 100,000 notices"
python3 "$HERE/base-rows.py" "$ROOT/opportunities-service/src/main/resources/seed/contracts-finder-releases.jsonl" \
  "$ROOT/opportunities-service/src/main/resources/cpv/cpv-2008.csv" >"$WORK/base.tsv"
psql_b -c "create table base (title text, description text, buyer text, cpv_codes text[], cpv_prefixes text[], value_pence bigint)"
psql_b -c "\\copy base from '$WORK/base.tsv'"
SECONDS=0
psql_b -f "$HERE/seed.sql" >/dev/null
echo "seeded in ${SECONDS}s" | tee -a "$OUT"
psql_b -At -c "select 'notices: ' || count(*) || ', OPEN: ' || count(*) filter (where status = 'OPEN') from opportunity" | tee -a "$OUT"
psql_b -At -c "select 'OPEN matching services: ' || count(*) from opportunity where status = 'OPEN' and search @@ websearch_to_tsquery('english', 'services')" | tee -a "$OUT"
psql_b -At -c "select 'OPEN matching courier: ' || count(*) from opportunity where status = 'OPEN' and search @@ websearch_to_tsquery('english', 'courier')" | tee -a "$OUT"

BASE="http://127.0.0.1:$APP_PORT/api/opportunities/opportunities"
OPEN=$(psql_b -At -c "select count(*) from opportunity where status = 'OPEN'")
open_in_index() { curl -fs "$BASE?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }
SECONDS=0
until [[ "$(open_in_index)" == "$OPEN" ]]; do sleep 0.2; done
echo "index caught up with the seeded notices (written by \"another replica\") in ${SECONDS}s" | tee -a "$OUT"

echo "== restart: the index is rebuilt from PostgreSQL"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
started=$(date +%s.%N)
start_service
echo "service live after restart in $(python3 -c "import time; print(round(time.time() - $started, 1))")s" | tee -a "$OUT"
grep -o "Search index built from [^\"]*" "$WORK/service.log" | tail -1 | tee -a "$OUT"
[[ "$(open_in_index)" == "$OPEN" ]] || { echo "index after restart does not list every OPEN notice" >&2; exit 1; }

declare -a NAMES=(
  "default listing (OPEN, closing soonest)"
  "common word q=services, ranked"
  "common word q=services, sort=closing"
  "common word + CPV 45 + value >= £100k"
  "rare word q=courier, ranked"
  "rare word + smeSuitable + postcode B1"
  "phrase + OR + exclusion"
)
declare -a URLS=(
  "$BASE"
  "$BASE?q=services"
  "$BASE?q=services&sort=closing"
  "$BASE?q=services&cpv=45&minValuePence=10000000"
  "$BASE?q=courier"
  "$BASE?q=courier&smeSuitable=true&postcode=B1"
  "$BASE?q=%22support%20services%22%20OR%20cleaning%20-children"
)
for i in "${!URLS[@]}"; do
  curl -fs "${URLS[$i]}" >/dev/null # warm the JVM
  for _ in $(seq 1 50); do curl -fs "${URLS[$i]}" >/dev/null; done
  echo "== ${NAMES[$i]}: ${URLS[$i]#http://127.0.0.1:$APP_PORT}" | tee -a "$OUT"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${URLS[$i]}" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx" | tee -a "$OUT"
done

echo "== every request a different common-word search (hits, total and facets each time)" | tee -a "$OUT"
cat >"$WORK/distinct.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/opportunities/opportunities?q=services&minValuePence=" .. counter)
end
LUA
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/distinct.lua" "http://127.0.0.1:$APP_PORT" \
  | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx" | tee -a "$OUT"

echo "== every request a different word (the words of the titles, in turn)" | tee -a "$OUT"
psql_b -At -c "select distinct lower(w) from opportunity, regexp_split_to_table(title, '[^A-Za-z]+') w where length(w) > 3 limit 2000" >"$WORK/words.txt"
{ echo "words = {"; sed 's/.*/"&",/' "$WORK/words.txt"; echo "}"; cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/opportunities/opportunities?q=" .. words[1 + counter % #words])
end
LUA
} >"$WORK/words.lua"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/words.lua" "http://127.0.0.1:$APP_PORT" \
  | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx" | tee -a "$OUT"

echo "== service memory: $(ps -o rss= -p "$APP_PID" | awk '{printf "%d MB RSS", $1/1024}'), index $(du -sh "$(ls -dt /tmp/onestop-search-[0-9]* | head -1)" 2>/dev/null | cut -f1) on disk (memory-mapped)" | tee -a "$OUT"

echo "== alert matching: one new notice against 10,000 saved searches (one statement)" | tee -a "$OUT"
psql_b -f "$HERE/saved-searches.sql" | grep -E "Execution Time|rows=" | tail -2 | tee -a "$OUT"

echo "== plain SQL for comparison (pgbench, $CONNECTIONS clients, prepared)" | tee -a "$OUT"
for f in naive-common naive-facets; do
  echo "-- $f.sql" | tee -a "$OUT"
  PGPASSWORD= pgbench -h 127.0.0.1 -p "$PG_PORT" -U onestop -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
    -T "${DURATION%s}" -r -f "$HERE/$f.sql" opportunities 2>&1 | grep -E "latency average|tps =" | tee -a "$OUT"
done
echo "load average at the end: $(cut -d" " -f1-3 /proc/loadavg)" | tee -a "$OUT"
echo "results in $OUT"
