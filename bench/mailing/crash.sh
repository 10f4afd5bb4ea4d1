#!/usr/bin/env bash
# Kill -9 the server mid-send, restart it, count copies per recipient. Usage: bench/mailing/crash.sh [N]
exec python3 "$(dirname "$0")/bench.py" crash "${1:-20000}"
