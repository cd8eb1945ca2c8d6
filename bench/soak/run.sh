#!/usr/bin/env bash
# The soak benchmark: a steady mixed workload (searches, draft and paid applications, officers' decisions,
# suppliers' responses) through the gateway of the local stack, with each service's memory, the outbox backlog
# and the consumers' lag sampled every 10 s (Soak.java beside this script says what it does).
#
# Restarts the local stack with the gateway's rate limits raised (the workload is many users from one address) and
# the sample notices loaded, runs, writes results-<time>.md beside this script, and leaves the stack running.
#   bench/soak/run.sh [seconds, default 600] [operations per second, default 20]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
rate="${2:-20}"
cd "$root"
./deploy/local/down >/dev/null 2>&1 || true
ONESTOP_RATE_AUTH_PER_MINUTE=100000 ONESTOP_RATE_USER_PER_MINUTE=100000 ONESTOP_RATE_ANONYMOUS_PER_MINUTE=100000 \
  ./deploy/local/up --sample-data
out="$here/results-$(date -u +%Y%m%dT%H%M%SZ).md"
java -cp "$root/.onestop/local/kafka/lib/*" "$here/Soak.java" "$seconds" "$rate" "$out"
# the services' JVM options (deploy/local/lib.sh, or ONESTOP_JVM_OPTS), which the memory figures depend on
# shellcheck source=../../deploy/local/lib.sh
source "$root/deploy/local/lib.sh"
printf '\nJava %s, JVM options: `%s`, start-up archive: %s\n' "$SERVICE_JAVA_VERSION" "$JVM_OPTS" "$APPCDS" >>"$out"
