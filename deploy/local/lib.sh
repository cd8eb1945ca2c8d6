# shellcheck shell=bash disable=SC2034  # variables used by the scripts that source this file
# Shared functions of deploy/local/{up,down,status,logs}. Sourced, not executed.
#
# Everything the local stack creates lives under <repo>/.onestop/local (git-ignored):
#   pgsql/                 PostgreSQL server binaries (zonky embedded-postgres-binaries, extracted once)
#   kafka/lib/             Kafka broker jars (copy-dependencies), kafka/server.properties, kafka/cluster-id
#   downloads/             the fetched zonky jar (+ xz-java, used only when the `xz` command is missing)
#   data/postgres          persistent PostgreSQL cluster         } wiped by `up --clean`
#   data/kafka             persistent Kafka KRaft log dir        }
#   data/documents/<db>    uploaded documents (LICENSING_, OPPORTUNITIES_DOCUMENTS_DIR) }
#   keys/                  gateway signing keys of older versions (ONESTOP_KEYS_DIR): imported into its database
#                          on a first start, then unused; the keys now live in the gateway database
#   logs/<name>.log        one log per component
#   run/<name>.pid|.port   pid and port of each running component
#   staff-passwords.env    generated staff passwords (mode 600), reused by later runs
#   db-password            generated password of the PostgreSQL role onestop (mode 600), reused by later runs
#   keys-encryption-key    generated ONESTOP_KEYS_ENCRYPTION_KEY (mode 600), which encrypts the gateway's signing
#                          keys in its database; reused by later runs
#
# Environment (all optional):
#   ONESTOP_PG_PORT (15432)  ONESTOP_KAFKA_PORT (9092)  ONESTOP_KAFKA_CONTROLLER_PORT (9093)
#   ONESTOP_GATEWAY_PORT (8080)  ONESTOP_LICENSING_PORT (8081)  ONESTOP_OPPORTUNITIES_PORT (8082)
#   ONESTOP_PORTAL_PORT (8083, behind the gateway)  ONESTOP_STAND_INS_PORT (8095: the GOV.UK Pay stand-in, ...)
#   management ports (/q/health, /q/metrics; 127.0.0.1 only): ONESTOP_GATEWAY_MANAGEMENT_PORT (9080)
#   ONESTOP_LICENSING_MANAGEMENT_PORT (9081)  ONESTOP_OPPORTUNITIES_MANAGEMENT_PORT (9082)
#   ONESTOP_PORTAL_MANAGEMENT_PORT (9083)  ONESTOP_STAND_INS_MANAGEMENT_PORT (9095)
#   ONESTOP_ALLOW_STAND_INS (pay,mail): the stand-ins the services run with (stand-ins module; the portal says so
#   on every page); ONESTOP_PAY_URL / ONESTOP_PAY_API_KEY / ONESTOP_PAY_WEBHOOK_SECRET to use a real Pay account
#   ONESTOP_OFFICER_PASSWORD / ONESTOP_BUYER_PASSWORD / ONESTOP_ADMIN_PASSWORD
#   ONESTOP_READY_TIMEOUT (120 s)  JAVA_HOME (else `java` on PATH)  ONESTOP_JAVA (the services' java; default below)
#   ONESTOP_JVM_OPTS (the services' JVM options; default below)  ONESTOP_APPCDS (true: start-up archives, see up)
#   ONESTOP_LOCAL_INFRA_ONLY=1  (hidden, for testing: PostgreSQL + Kafka only; no build, no services)
#   ONESTOP_LOCAL_ONLY=<service>  (hidden, for bench/startup: PostgreSQL, Kafka and that one service)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$ROOT/deploy/local"
STATE="$ROOT/.onestop/local"
PGSQL="$STATE/pgsql"
KAFKA_HOME="$STATE/kafka"
DOWNLOADS="$STATE/downloads"
DATA="$STATE/data"
PG_DATA="$DATA/postgres"
KAFKA_DATA="$DATA/kafka"
DOCUMENTS_DATA="$DATA/documents"
KEYS_DIR="$STATE/keys"
LOGS="$STATE/logs"
RUN="$STATE/run"
PASSWORDS_FILE="$STATE/staff-passwords.env"
DB_PASSWORD_FILE="$STATE/db-password"
KEYS_ENCRYPTION_KEY_FILE="$STATE/keys-encryption-key"
TOOLS_POM="$LOCAL_DIR/tools/pom.xml"

PG_PORT="${ONESTOP_PG_PORT:-15432}"
KAFKA_PORT="${ONESTOP_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${ONESTOP_KAFKA_CONTROLLER_PORT:-9093}"
GATEWAY_PORT="${ONESTOP_GATEWAY_PORT:-8080}"
LICENSING_PORT="${ONESTOP_LICENSING_PORT:-8081}"
OPPORTUNITIES_PORT="${ONESTOP_OPPORTUNITIES_PORT:-8082}"
PORTAL_PORT="${ONESTOP_PORTAL_PORT:-8083}"
STAND_INS_PORT="${ONESTOP_STAND_INS_PORT:-8095}"
GATEWAY_MANAGEMENT_PORT="${ONESTOP_GATEWAY_MANAGEMENT_PORT:-9080}"
LICENSING_MANAGEMENT_PORT="${ONESTOP_LICENSING_MANAGEMENT_PORT:-9081}"
OPPORTUNITIES_MANAGEMENT_PORT="${ONESTOP_OPPORTUNITIES_MANAGEMENT_PORT:-9082}"
PORTAL_MANAGEMENT_PORT="${ONESTOP_PORTAL_MANAGEMENT_PORT:-9083}"
STAND_INS_MANAGEMENT_PORT="${ONESTOP_STAND_INS_MANAGEMENT_PORT:-9095}"
# No silent fakes: the prod-profile services refuse a stand-in unless this names it (see README.md)
STAND_INS_ALLOWED="${ONESTOP_ALLOW_STAND_INS-pay,notify,companies-house,os-places,mail}"
READY_TIMEOUT="${ONESTOP_READY_TIMEOUT:-120}"
# The services' JVM: a small heap (each uses 30-100 MB of it under the soak) given back after a collection when
# mostly free, serial GC (2 cores), bounded metaspace, a 32 MB code cache (flushed of cold code when full), smaller
# thread stacks, and glibc's free memory handed back to the system every 10 s (TrimNativeHeapInterval, JDK 17.0.9+;
# left out on an older JVM); MALLOC_ARENA_MAX=2 (set in up) stops glibc giving every thread an arena. Only the
# quick compiler (C1, TieredStopAtLevel=1): the optimising one (C2) kept 40-50 MB more per service (its compile
# arenas, the profiles it compiles from) and, with five services on two cores, its compiling took the CPU the
# requests needed; the search targets still held, the gateway's throughput lost a tenth to a fifth (ADR 14, with
# the figures). ONESTOP_JVM_OPTS replaces them all.
JVM_OPTS="${ONESTOP_JVM_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=32m -Xss512k -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=10000}"
APPCDS="${ONESTOP_APPCDS:-true}"
CDS="$STATE/cds"

# stand-ins first: the services call it (GOV.UK Pay, ...) once they are up
SERVICES=(stand-ins licensing-service opportunities-service gateway portal)
DATABASES=(licensing opportunities gateway portal)

# --------------------------------------------------------------- replicas
# `up --replicas N` (N > 1) runs N processes of each of these, named <service>.1 .. <service>.N, replica i on
# the service's port + 100*i and management port + 100*i (gateway.1 on 8180/9180, gateway.2 on 8280/9280,
# licensing-service.2 on 8281/9281, ...), and one `balancer` process (deploy/local/tools/Balancer.java) on the
# services' own ports (8080-8083) handing connections to the replicas in turn. Everything that calls a service
# (people, the gateway, the portal, the stand-ins' webhooks) calls its balanced port, as in Kubernetes.
REPLICATED=(licensing-service opportunities-service gateway portal)
REPLICAS_FILE="$RUN/replicas"
BALANCER_SOURCE="$LOCAL_DIR/tools/Balancer.java"

# How many replicas the stack last started with (1 when it never ran with more).
stack_replicas() { local n; n="$(cat "$REPLICAS_FILE" 2>/dev/null || echo 1)"; [[ "$n" =~ ^[1-9]$ ]] && echo "$n" || echo 1; }

is_replicated() { local s; for s in "${REPLICATED[@]}"; do [[ "$s" == "$1" ]] && return 0; done; return 1; }

# The service processes of a stack of N replicas, in start order: with N = 1 the services themselves; with
# more, each replicated service's replicas and, once they all are, the balancer.
service_processes() {
  local n="$1" s i
  for s in "${SERVICES[@]}"; do
    if [[ "$n" -gt 1 ]] && is_replicated "$s"; then
      for ((i = 1; i <= n; i++)); do echo "$s.$i"; done
    else
      echo "$s"
    fi
  done
  [[ "$n" -le 1 ]] || echo balancer
}

# Every component of a stack of N replicas (default: the running stack's), in start order.
components() { echo postgres; echo kafka; service_processes "${1:-$(stack_replicas)}"; }

service_of() { echo "${1%%.*}"; }          # gateway.2 -> gateway
replica_of() { [[ "$1" == *.* ]] && echo "${1##*.}" || echo 0; }   # gateway.2 -> 2, gateway -> 0

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

# The version of a java command ("17.0.15", "25.0.3"): from its JDK's release file, else by asking it.
java_version() {
  local bin home version=""
  bin="$(readlink -f "$(command -v "$1" 2>/dev/null || echo "$1")")"
  home="$(dirname "$(dirname "$bin")")"
  [[ -r "$home/release" ]] && version="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")"
  [[ -n "$version" ]] || version="$("$bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')"
  echo "${version:-0}"
}
# The feature release of a version: 17 of "17.0.15", 25 of "25.0.3"
java_major() { local major="${1%%[.+-]*}"; [[ "$major" =~ ^[0-9]+$ ]] && echo "$major" || echo 0; }

# The services' JVM: $JAVA, or ONESTOP_JAVA. On a JDK 25+ each service starts from an ahead-of-time cache, in about
# two thirds of the time JDK 17 takes with its class-data archive but with 15-20 MB more resident after the soak
# benchmark, over its 256 MB target (ADR 16): a council's choice, e.g. ONESTOP_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
# The jars are built for Java 17 and run on any later JDK.
SERVICE_JAVA="${ONESTOP_JAVA:-$JAVA}"
SERVICE_JAVA_VERSION="$(java_version "$SERVICE_JAVA")"
# TrimNativeHeapInterval (in JVM_OPTS above) came with JDK 17.0.9: an older JVM starts without it
if [[ -z "${ONESTOP_JVM_OPTS:-}" ]] && ! "$SERVICE_JAVA" -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1; then
  JVM_OPTS="${JVM_OPTS% -XX:TrimNativeHeapInterval=10000}"
fi

# Where a service's start-up archive is kept, for the JVM that runs it: an ahead-of-time cache (.aot, JDK 25+) or
# a class-data sharing archive (.jsa, JDK 17-24); either is for one build of the service and one JVM.
class_data_archive() {
  local extension=jsa
  (($(java_major "$SERVICE_JAVA_VERSION") >= 25)) && extension=aot
  echo "$CDS/$1.java-$SERVICE_JAVA_VERSION.$extension"
}
# True when that archive is there and written after the service's jar was built
has_current_archive() { local archive; archive="$(class_data_archive "$1")"; [[ -s "$archive" && "$archive" -nt "$(service_jar "$1")" ]]; }

log()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# A property of deploy/local/tools/pom.xml, e.g. pom_property kafka.version
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$TOOLS_POM" | head -1; }

# The port of a service, of one of its replicas (gateway.2: the service's port + 200) or of its balancer.
service_port() {
  local base
  base="$(base_port "$(service_of "$1")")" || return 1
  echo $((base + 100 * $(replica_of "$1")))
}
base_port() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;;
    licensing-service) echo "$LICENSING_PORT" ;;
    opportunities-service) echo "$OPPORTUNITIES_PORT" ;;
    portal) echo "$PORTAL_PORT" ;;
    stand-ins) echo "$STAND_INS_PORT" ;;
    *) return 1 ;;
  esac
}
# Where a service answers /q/health and /q/metrics (never published).
service_management_port() {
  local base
  [[ "$1" != balancer ]] || return 1
  base="$(base_management_port "$(service_of "$1")")" || return 1
  echo $((base + 100 * $(replica_of "$1")))
}
base_management_port() {
  case "$1" in
    gateway) echo "$GATEWAY_MANAGEMENT_PORT" ;;
    licensing-service) echo "$LICENSING_MANAGEMENT_PORT" ;;
    opportunities-service) echo "$OPPORTUNITIES_MANAGEMENT_PORT" ;;
    portal) echo "$PORTAL_MANAGEMENT_PORT" ;;
    stand-ins) echo "$STAND_INS_MANAGEMENT_PORT" ;;
    *) return 1 ;;
  esac
}
service_jar() { echo "$ROOT/$(service_of "$1")/target/quarkus-app/quarkus-run.jar"; }

# ---------------------------------------------------------------- processes
# A pid counts as running if /proc has it and it is not a zombie: PID 1 on some
# machines (containers) does not reap orphans, so a stopped component may linger
# as <defunct>; that is stopped.
pid_alive() {
  local pid="$1" state
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$pid/status" 2>/dev/null)" || return 1
  [[ -n "$state" && "$state" != Z && "$state" != X ]]
}

# The marker (a path only our process has on its command line) guards against
# acting on a recycled pid that now belongs to someone else's process.
component_marker() {
  case "$1" in
    postgres) echo "$PG_DATA" ;;
    kafka) echo "$KAFKA_HOME/server.properties" ;;
    balancer) echo "$BALANCER_SOURCE" ;;
    *) service_jar "$1" ;;
  esac
}

pid_file() { echo "$RUN/$1.pid"; }

# Prints the pid of a running component started by us, or fails.
component_pid() {
  local name="$1" pid cmdline
  if [[ "$name" == postgres && -f "$PG_DATA/postmaster.pid" ]]; then
    pid="$(head -1 "$PG_DATA/postmaster.pid")"       # authoritative for PostgreSQL
  else
    pid="$(cat "$(pid_file "$name")" 2>/dev/null)" || return 1
  fi
  pid_alive "$pid" || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *"$(component_marker "$name")"* ]] || return 1
  echo "$pid"
}

# Waits until pid is gone (or a zombie); returns 1 on timeout.
wait_gone() {
  local pid="$1" timeout="$2" i
  for ((i = 0; i < timeout * 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  return 1
}

# ------------------------------------------------------------------ network
# True when something accepts TCP connections on 127.0.0.1:port (bash /dev/tcp, no extra tools).
# shellcheck disable=SC2016  # $1 expands in the child bash
port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null; }

wait_port() {
  local port="$1" timeout="$2" pid="${3:-}" i
  for ((i = 0; i < timeout * 5; i++)); do
    port_open "$port" && return 0
    [[ -n "$pid" ]] && ! pid_alive "$pid" && return 2
    sleep 0.2
  done
  return 1
}

# HTTP status code of GET url (000 when unreachable). Uses curl when installed,
# else a plain HTTP/1.1 request over bash /dev/tcp (url must be http://127.0.0.1:PORT/PATH).
http_status() {
  local url="$1"
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true
    return 0
  fi
  local rest="${url#http://}" hostport path host port line
  hostport="${rest%%/*}"; path="/${rest#*/}"; host="${hostport%%:*}"; port="${hostport##*:}"
  # shellcheck disable=SC2016  # expanded by the child bash
  line="$(timeout 5 bash -c '
      exec 3<>"/dev/tcp/$1/$2" || exit 1
      printf "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" "$3" "$1" >&3
      IFS= read -r l <&3 && printf "%s" "$l"' _ "$host" "$port" "$path" 2>/dev/null)" || true
  line="${line#HTTP/* }"
  [[ "${line:0:3}" =~ ^[0-9]{3}$ ]] && echo "${line:0:3}" || echo 000
}

# --------------------------------------------------------------- PostgreSQL
# initdb and postgres refuse to run as root. As root we use zonky's own trick:
# `unshare -U` runs them in a fresh user namespace where the process is "nobody"
# and the root-owned data directory also appears owned by "nobody", so the
# ownership checks pass, while file access still uses the real (root) uid. It
# needs no extra user and works on a stock Debian 12 (root may always create
# user namespaces). Where user namespaces are blocked (e.g. a container's seccomp
# profile), we fall back to running as the unprivileged user `nobody`, which
# needs the repository path to be traversable by it (not under /root).
# The mode is chosen once per data directory: a data dir owned by another user
# keeps being run as that user.
pg_mode() {
  if [[ "$(id -u)" != 0 ]]; then echo direct; return; fi
  if [[ -d "$PG_DATA" && "$(stat -c %u "$PG_DATA")" != 0 ]]; then echo "user:$(stat -c %U "$PG_DATA")"; return; fi
  if unshare -U true 2>/dev/null; then echo unshare; return; fi
  echo user:nobody
}

# Runs a PostgreSQL binary (bin/<name>) in the right mode.
pg_exec() {
  local bin="$PGSQL/bin/$1"; shift
  local mode; mode="$(pg_mode)"
  case "$mode" in
    direct) "$bin" "$@" ;;
    unshare) unshare -U -- "$bin" "$@" ;;
    user:*) runuser -u "${mode#user:}" -- "$bin" "$@" ;;
  esac
}
