#!/usr/bin/env bash
# Kills the server with SIGKILL while clients are signing, restarts it on the same database, and checks that every
# signature acknowledged before the kill (a 2xx or 3xx answer) is there: the person, and their signature.
# Usage: bench/signatures/crash.sh [h2|postgresql] [seconds before the kill]
DB="${1:-h2}"
KILL_AFTER="${2:-8}"
source "$(dirname "$0")/common.sh"
trap cleanup EXIT

build
database
workspace
start_server
petition
load sign "$PAGE" "$SEEN" --clients 64 --requests 1000000 --seconds "$((KILL_AFTER + 4))" --prefix crash \
  --acked "$WORK/acked.txt" &
LOAD_PID=$!
sleep "$KILL_AFTER"
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
echo "Killed the server with SIGKILL after ${KILL_AFTER} s of signing."
wait "$LOAD_PID"

start_server
echo "Restarted; looking for every acknowledged signature..."
"$JAVA" "$HERE/Verify.java" "$BASE" "$KEY" "$PETITION" "$WORK/acked.txt"
