#!/usr/bin/env bash
# Mailing throughput against Postfix's smtp-sink, with smtp-source as the reference. Usage: bench/mailing/run.sh [N]
exec python3 "$(dirname "$0")/bench.py" rate "${1:-100000}"
