#!/usr/bin/env bash
# Signatures per second on one petition from many concurrent clients over loopback, with p50/p99 latency, and in
# the same run the same server's rate on a trivial endpoint (/healthz, one SELECT 1) as the reference.
# Usage: bench/signatures/run.sh [h2|postgresql] [clients] [requests]
DB="${1:-h2}"
CLIENTS="${2:-64}"
REQUESTS="${3:-30000}"
source "$(dirname "$0")/common.sh"
trap cleanup EXIT

build
database
workspace
start_server
petition
echo "Database: $DB; $CLIENTS clients; $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)"
load sign "$PAGE" "$SEEN" --clients "$CLIENTS" --requests 5000 --seconds 60 --prefix warm >/dev/null
load get "$BASE/healthz" --clients "$CLIENTS" --requests 5000 --seconds 60 >/dev/null
# A fresh PostgreSQL database has no statistics until autovacuum's first ANALYZE, about a minute after the first
# rows; until then the planner may look a signer's email up by scanning the whole workspace. An installation with
# supporters already has them; measuring the first minute of an empty database would measure that, not signing.
if [[ "$DB" == "postgresql" ]]; then
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d bench -c "ANALYZE"
fi
# The reference before and after the signatures, since other work on a shared machine can change between them.
load get "$BASE/healthz" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60
load sign "$PAGE" "$SEEN" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60 --prefix run \
  --acked "$WORK/acked.txt"
load get "$BASE/healthz" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60
acked=$(( $(wc -l < "$WORK/acked.txt") + 5000 ))
echo "Signatures counted by the server: $(total_signatures) (acknowledged: $acked, warm-up included)"
