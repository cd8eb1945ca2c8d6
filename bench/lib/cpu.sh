# CPU time spent by processes, for the proxy benchmarks; sourced by gateway/run.sh and gateway/cpu-per-request.sh.

# cpu_ticks PID...: the processes' user + system CPU time so far, in clock ticks
cpu_ticks() {
  local t=0 p u s
  for p in "$@"; do
    read -r u s < <(awk '{ print $14, $15 }' "/proc/$p/stat")
    t=$((t + u + s))
  done
  echo "$t"
}

# cpu_ms_per_request TICKS REQUESTS: milliseconds of CPU a request, "-" when no request was counted
cpu_ms_per_request() {
  awk -v d="$1" -v hz="$(getconf CLK_TCK)" -v n="$2" 'BEGIN { if (n > 0) printf "%.3f", d * 1000 / hz / n; else printf "-" }'
}
