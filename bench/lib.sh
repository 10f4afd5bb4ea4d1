# Shared by the benchmark scripts: a JDK, a free loopback port, the server's lifecycle and the machine's facts.

bench_java() {
  local home="${JAVA_HOME:-}"
  if [[ -z "$home" ]]; then
    for d in /usr/lib/jvm/*; do [[ -x "$d/bin/javac" ]] && home="$d"; done
  fi
  echo "$home/bin/java"
}

free_port() {
  local port
  for port in $(seq 18080 18180); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "No free port between 18080 and 18180" >&2
  return 1
}

# Starts ./convoca on a free port with DIR/data; sets BASE and SERVER_PID (./convoca execs the JVM itself).
start_server() {
  local dir="$1"
  local port
  port="$(free_port)"
  BASE="http://127.0.0.1:$port"
  ./convoca start --port "$port" --data-dir "$dir/data" > "$dir/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$BASE/healthz"; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "The server stopped; see $dir/server.log" >&2; return 1; fi
    sleep 0.5
  done
  echo "The server did not answer within 2 minutes; see $dir/server.log" >&2
  return 1
}

stop_server() {
  if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
}

peak_memory() {
  awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER_PID/status"
}

machine() {
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -m | awk '/Mem:/ {printf "%.1f GB", $2 / 1024}') memory"
  echo "- JDK: $("$(bench_java)" -version 2>&1 | head -1)"
  echo "- database: ${CONVOCA_DATABASE_URL:-embedded H2 (file)}"
}

# The same rule as ./convoca: rebuild the jar when a source is newer.
build_if_needed() {
  if [[ ! -f target/convoca.jar || -n "$(find src pom.xml -newer target/convoca.jar -print -quit)" ]]; then
    ./mvnw -q -B -DskipTests package
  fi
}
