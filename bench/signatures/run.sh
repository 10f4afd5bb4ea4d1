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
# A fresh PostgreSQL database has no statistics until autovacuum's first ANALYZE, about a minute after the first
# rows; until then the planner may look a signer's email up by scanning the whole workspace. An installation with
# supporters already has them; measuring the first minute of an empty database would measure that, not signing.
warmed=0
if [[ "$DB" == "postgresql" ]]; then
  load sign "$PAGE" "$SEEN" --clients "$CLIENTS" --requests 2000 --seconds 60 --prefix first >/dev/null
  warmed=2000
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d bench -c "ANALYZE"
fi
# On two cores the JIT compiler takes about 100,000 signatures to settle, and until it does it takes a fifth of the
# machine and the rate is a third to a half of the settled one. A server runs for days, so the warm-up is rounds of
# 15,000 signatures and 15,000 /healthz (BENCH_WARM_ROUNDS, 8 unless set), each printed, so the settling shows.
for round in $(seq 1 "${BENCH_WARM_ROUNDS:-8}"); do
  out="$(load sign "$PAGE" "$SEEN" --clients "$CLIENTS" --requests 15000 --seconds 60 --prefix "warm$round")"
  load get "$BASE/healthz" --clients "$CLIENTS" --requests 15000 --seconds 60 >/dev/null
  warmed=$(( warmed + $(echo "$out" | sed -n 's/^sign: \([0-9]*\) acknowledged.*/\1/p') ))
  echo "warm-up $round: $out"
done
# The reference before and after the signatures, since other work on a shared machine can change between them.
load get "$BASE/healthz" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60
load sign "$PAGE" "$SEEN" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60 --prefix run \
  --acked "$WORK/acked.txt"
load get "$BASE/healthz" --clients "$CLIENTS" --requests "$REQUESTS" --seconds 60
acked=$(( $(wc -l < "$WORK/acked.txt") + warmed ))
echo "Signatures counted by the server: $(total_signatures) (acknowledged: $acked, warm-up included)"
