#!/usr/bin/env bash
# Load test of POST /v1/screen with wrk (Debian package), on 127.0.0.1 only, for a bounded duration.
#
#   server/bench/wrk-screen.sh [SECONDS=60] [CONNECTIONS=32]
#
# Starts `embargo serve` on a throwaway embedded store (lists loaded on first start), creates an analyst and
# an API key, lifts the rate limit for that run (--rate-limit), warms the server up under the same load
# (EMBARGO_BENCH_WARMUP seconds, default 60), runs wrk with screen.lua, prints the figures (requests/s, p50,
# p99, errors) and stops the server. EMBARGO_BENCH_JAVA_OPTS replaces the server's JVM options (-Xmx2g). Needs cli/target/embargo.jar (built if missing).
set -euo pipefail
secs=${1:-60}
conns=${2:-32}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/cli/target/embargo.jar"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
if [ ! -f "$jar" ]; then (cd "$root" && mvn -q -B -o -DskipTests package); fi

work=$(mktemp -d)
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
export EMBARGO_HOME="$work/home"

echo "bench-password-$RANDOM$RANDOM" | java -jar "$jar" users add bench --role admin,analyst --password-stdin >/dev/null
key=$(java -jar "$jar" users key bench 2>/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

java ${EMBARGO_BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" serve --offline --host 127.0.0.1 --port "$port" \
  --rate-limit 1000000 --rate-burst 1000000 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$work/serve.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/health"; echo
# Warm-up, not measured: on two cores the JIT needs about a minute of load before the server reaches its steady
# state (a 10 s warm-up measured a third of the steady throughput). EMBARGO_BENCH_WARMUP overrides the seconds.
warm=${EMBARGO_BENCH_WARMUP:-60}
echo "warming up ${warm}s"
EMBARGO_BENCH_KEY="$key" wrk -t1 -c"$conns" -d"${warm}s" -s "$here/screen.lua" "http://127.0.0.1:$port/v1/screen" >/dev/null
echo "measuring ${secs}s, $conns connections"
EMBARGO_BENCH_KEY="$key" wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$here/screen.lua" \
  "http://127.0.0.1:$port/v1/screen"
