# Shared by run.sh and crash.sh: build, start and stop a Convoca server on loopback, and set up a petition.
# Sourced, not run. Expects DB to be "h2" or "postgresql".
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/target/convoca.jar"
# A free port, unless one is given: other servers may be running on this machine.
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
BASE="http://127.0.0.1:$PORT"
PG_URL="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:55433/bench}"
PG_HOST=127.0.0.1 PG_PORT=55433 PG_USER=postgres
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WORK="$(mktemp -d /tmp/convoca-bench.XXXXXX)"
SERVER_PID=""

build() {
  if [[ ! -f "$JAR" || -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
    echo "Building the server jar..." >&2
    (cd "$ROOT" && JAVA_HOME="$(dirname "$(dirname "$JAVA")")" ./mvnw -q -B -o -DskipTests package >&2)
  fi
}

# The database the server uses: a fresh H2 file, or a fresh PostgreSQL database named bench.
database() {
  export CONVOCA_DATA_DIR="$WORK/data" CONVOCA_PORT="$PORT"
  if [[ "$DB" == "postgresql" ]]; then
    psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null
    export CONVOCA_DATABASE_URL="$PG_URL" CONVOCA_DATABASE_USERNAME="$PG_USER" CONVOCA_DATABASE_PASSWORD=""
  elif [[ -n "${BENCH_H2_URL:-}" ]]; then
    export CONVOCA_DATABASE_URL="${BENCH_H2_URL//@DIR@/$WORK/data}"
  else
    unset CONVOCA_DATABASE_URL
  fi
}

# A workspace "bench" and an API key for it, made with the operator commands before the server starts.
workspace() {
  "$JAVA" -jar "$JAR" workspace create bench --name "Bench Coalition" >/dev/null
  KEY="$("$JAVA" -jar "$JAR" apikey create --workspace bench | tail -1)"
}

# The rate limits are for the public internet; a load test from one loopback address would only measure them.
start_server() {
  "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
    --convoca.petitions.signatures-per-ip-per-minute=1000000000 \
    --convoca.petitions.signatures-per-email-per-hour=1000000 \
    --convoca.api.requests-per-second=100000 ${BENCH_SERVER_ARGS:-} >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "The server stopped while starting; see $WORK/server.log" >&2
      exit 1
    fi
    if curl -fs "$BASE/healthz" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "The server did not start; see $WORK/server.log" >&2
  exit 1
}

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# An open petition made through the API; sets PETITION (its id), PAGE (its public address) and SEEN (the
# fingerprint of the texts its form shows, which every signature must send back).
petition() {
  local reply
  reply="$(curl -fs -H "OSDI-API-Token: $KEY" -H "Content-Type: application/json" \
    -d '{"title": "Bench petition", "description": "Load test", "petition_text": "Sign", "target": [{"name": "Nobody"}]}' \
    "$BASE/api/v2/petitions")"
  PETITION="$(echo "$reply" | python3 -c 'import json,sys; print(json.load(sys.stdin)["identifiers"][0].split(":")[1])')"
  PAGE="$BASE/bench/petitions/bench-petition"
  SEEN="$(curl -fs "$PAGE" | sed -n 's/.*name="seen" value="\([0-9a-f]*\)".*/\1/p' | head -1)"
}

total_signatures() {
  curl -fs -H "OSDI-API-Token: $KEY" "$BASE/api/v2/petitions/$PETITION" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_signatures"])'
}

# CPU time used so far, in clock ticks, by the server and, on PostgreSQL, by the database's processes: per request,
# it says what signing costs whatever else the machine is doing, which a rate on a shared machine cannot.
cpu_ticks() {
  local pids="$SERVER_PID" sum=0
  if [[ "$DB" == "postgresql" ]]; then pids+=" $(pgrep -u postgres -d ' ' || true)"; fi
  for p in $pids; do
    if [[ -r "/proc/$p/stat" ]]; then sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$p/stat") )); fi
  done
  echo "$sum"
}

load() {
  local before after out n
  before="$(cpu_ticks)"
  out="$("$JAVA" "$HERE/Load.java" "$@")"
  after="$(cpu_ticks)"
  n="$(echo "$out" | sed -n 's/^[a-z]*: \([0-9]*\) acknowledged.*/\1/p')"
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "$out"  # the server was killed meanwhile (crash.sh): its time is gone with it
    return
  fi
  echo "$out; $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="${n:-0}" -v db="$DB" 'BEGIN {
    printf "CPU of the server%s: %.3f ms per request", (db == "postgresql" ? " and PostgreSQL" : ""),
      n ? t * 1000 / hz / n : 0 }')"
}

cleanup() {
  stop_server
  if [[ -n "${BENCH_KEEP:-}" ]]; then echo "Kept $WORK (server.log, acked.txt)"; else rm -rf "$WORK"; fi
}
