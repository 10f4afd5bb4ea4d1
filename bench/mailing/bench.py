#!/usr/bin/env python3
"""The mailing benchmark. See README.md next to this file.

  bench.py rate [N]    send one personalized ~20 KB newsletter to N supporters through smtp-sink, then time
                       smtp-source sending N messages of the same size into the same sink
  bench.py crash [N]   kill -9 the server in the middle of a send, start it again, count copies per recipient

BENCH_CONNECTIONS (8) sets the server's SMTP connections, BENCH_JAVA_OPTS (-Xmx512m) its JVM options, and
BENCH_H2_OPTIONS is appended to the embedded database's URL (";WRITE_DELAY=0" makes every commit reach the file).
"""
import glob
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOLS = os.path.join(ROOT, "target", "bench", "tools")
JAR = os.path.join(ROOT, "target", "convoca.jar")
HERE = os.path.dirname(os.path.abspath(__file__))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))


def log(*args):
    print(time.strftime("%H:%M:%S"), *args, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def java_home():
    for home in [os.environ.get("JAVA_HOME", "")] + sorted(glob.glob("/usr/lib/jvm/*"), reverse=True):
        if home and os.path.exists(os.path.join(home, "bin", "javac")):
            return home
    sys.exit("A JDK 21 or newer is needed.")


def postfix_tools():
    sink = os.path.join(TOOLS, "usr", "sbin", "smtp-sink")
    if not os.path.exists(sink):
        os.makedirs(TOOLS, exist_ok=True)
        work = os.path.dirname(TOOLS)
        subprocess.run(["apt-get", "download", "postfix"], cwd=work, check=True)
        deb = sorted(glob.glob(os.path.join(work, "postfix_*.deb")))[-1]
        subprocess.run(["dpkg-deb", "-x", deb, TOOLS], check=True)
    return {"LD_LIBRARY_PATH": os.path.join(TOOLS, "usr", "lib", "postfix")}


def build(java):
    sources = [os.path.join(ROOT, "pom.xml")] + glob.glob(os.path.join(ROOT, "src", "main", "**", "*"), recursive=True)
    if not os.path.exists(JAR) or max(os.path.getmtime(f) for f in sources) > os.path.getmtime(JAR):
        log("building the server")
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-B", "-o", "-DskipTests", "package"], cwd=ROOT,
                       check=True, env=dict(os.environ, JAVA_HOME=java))


class Server:
    def __init__(self, java, work, smtp_port, port):
        self.java, self.work, self.port = java, work, port
        self.env = dict(os.environ, JAVA_HOME=java, CONVOCA_PORT=str(port), CONVOCA_DATA_DIR=os.path.join(work, "data"),
                        CONVOCA_SMTP_HOST="127.0.0.1", CONVOCA_SMTP_PORT=str(smtp_port),
                        CONVOCA_BASE_URL="https://news.bench.example.org",
                        CONVOCA_MAILINGS_CONNECTIONS=str(CONNECTIONS))
        self.process = None
        if os.environ.get("BENCH_H2_OPTIONS"):
            self.env["CONVOCA_DATABASE_URL"] = self.jdbc()

    def url(self):
        return os.path.join(self.work, "data", "convoca")

    def jdbc(self):
        return ("jdbc:h2:file:" + self.url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE" + os.environ.get("BENCH_H2_OPTIONS", ""))

    def start(self, timed):
        out = open(os.path.join(self.work, "server.log"), "a")
        java = os.path.join(self.java, "bin", "java")
        command = [java] + os.environ.get("BENCH_JAVA_OPTS", "-Xmx512m").split() + ["-jar", JAR]
        if timed:
            command = ["/usr/bin/time", "-v", "-o", os.path.join(self.work, "server.time")] + command
        self.process = subprocess.Popen(command, env=self.env, stdout=out, stderr=subprocess.STDOUT)
        for _ in range(3000):  # a loaded machine can take minutes to start the server
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        sys.exit("The server did not start; see " + os.path.join(self.work, "server.log"))

    def java_pid(self):
        if os.path.basename(self.process.args[0]) != "time":
            return self.process.pid
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout.split()
        return int(out[0])

    def stop(self):
        os.kill(self.java_pid(), signal.SIGTERM)
        self.process.wait(timeout=120)

    def kill(self):
        os.kill(self.java_pid(), signal.SIGKILL)
        self.process.wait(timeout=60)

    def command(self, *args):
        out = subprocess.run([os.path.join(self.java, "bin", "java"), "-jar", JAR] + list(args), env=self.env,
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stdout + out.stderr)
        return out.stdout.strip().splitlines()

    def workspace(self, slug, people):
        self.command("workspace", "create", slug, "--name", "Red de Acción " + slug)
        key = self.command("apikey", "create", "--workspace", slug)[-1]
        h2 = sorted(glob.glob(os.path.expanduser("~/.m2/repository/com/h2database/h2/*/h2-*.jar")))[-1]
        subprocess.run([os.path.join(self.java, "bin", "java"), "-cp", h2, os.path.join(HERE, "Generate.java"),
                        self.jdbc(), "sa", "", slug, str(people)], check=True)
        return key

    def api(self, key, method, path, body=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/v2{path}", method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"OSDI-API-Token": key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=600) as r:
            return json.loads(r.read())


def newsletter():
    """About 20 KB on the wire: a greeting by name, stories with headings, a button, in English and Spanish."""
    story = ("Our legal team met with {{given_name|friend}} and hundreds of families this month. " * 2
             + "The new report documents what happened at the border crossings, with testimonies, numbers and "
             "recommendations for Congress. Read it, share it with your community, and join the call on Thursday. ")
    def body(greeting, heading):
        parts = [f"<p>{greeting} {{{{given_name|friend}}}},</p>"]
        for i in range(8):
            parts.append(f"<h2>{heading} {i + 1}</h2><p>{story * 3}</p>")
        parts.append('<p><a href="https://example.org/report">Read the report</a></p>')
        return "".join(parts)
    return {"subject": "{{given_name|Friend}}, our October report is out",
            "body": body("Dear", "Story"), "everyone": True,
            "versions": {"es": {"subject": "{{given_name|Amiga}}, salió nuestro informe de octubre",
                                "body": body("Querida", "Historia")}}}


def send(server, key, until=None):
    message = server.api(key, "POST", "/messages", newsletter())
    mid = message["identifiers"][0].split(":", 1)[1]
    start = time.time()
    sent = server.api(key, "POST", f"/messages/{mid}/send", {})
    fixed = time.time() - start
    log(f"sending to {sent['total_targeted']} people (fixing the recipients took {fixed:.1f} s)")
    while True:
        m = server.api(key, "GET", f"/messages/{mid}")
        if m["status"] == "sent" or (until and until(m)):
            m["fixed_seconds"] = fixed
            return mid, time.time() - start, m
        time.sleep(0.1)


def cpu_seconds(pid):
    """User and system CPU time a live process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_by_thread(pid):
    """CPU seconds used so far by each kind of thread of a live process (numbers in thread names folded)."""
    seconds = {}
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            name = "".join("N" if c.isdigit() else c for c in open(os.path.join(task, "comm")).read().strip())
            fields = open(os.path.join(task, "stat")).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[name] = seconds.get(name, 0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return seconds


def sink_sizes(path):
    sizes = [int(line.split("\t")[1]) for line in open(path) if "\t" in line]
    return len(sizes), int(statistics.mean(sizes)) if sizes else 0


def smtp_source(env, port, n, size, sessions):
    """Messages per second, and the CPU seconds smtp-source itself used."""
    tool = os.path.join(TOOLS, "usr", "sbin", "smtp-source")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    subprocess.run([tool, "-d", "-s", str(sessions), "-m", str(n), "-l", str(size), "-f", "noticias@example.org",
                    "-t", "someone@example.org", f"127.0.0.1:{port}"], env=dict(os.environ, **env), check=True)
    elapsed = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return n / elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def rate(n):
    java = java_home()
    build(java)
    env = postfix_tools()
    work = os.path.join(ROOT, "target", "bench", "rate")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    smtp_port, port = free_port(), free_port()
    server = Server(java, work, smtp_port, port)
    recorder = subprocess.Popen([sys.executable, os.path.join(HERE, "record-sink.py"), str(smtp_port),
                                 os.path.join(work, "warmup.log")])
    time.sleep(0.5)
    server.start(timed=True)
    log("warming up with 10,000 people through the recording sink, to learn the message size and let the JIT work")
    warm = server.workspace("warmup", 10000)
    send(server, warm)
    recorder.terminate()
    recorder.wait()
    count, size = sink_sizes(os.path.join(work, "warmup.log"))
    log(f"warm-up: {count} messages of {size} bytes on average")
    sink = subprocess.Popen([os.path.join(TOOLS, "usr", "sbin", "smtp-sink"), "-u", "nobody", "-m", "512",
                             f"127.0.0.1:{smtp_port}", "1024"], env=dict(os.environ, **env))
    time.sleep(0.5)
    log(f"generating {n} supporters")
    key = server.workspace("bench", n)
    log("sending")
    server_cpu, sink_cpu = cpu_seconds(server.java_pid()), cpu_seconds(sink.pid)
    threads = cpu_by_thread(server.java_pid())
    _, elapsed, m = send(server, key)
    server_cpu, sink_cpu = cpu_seconds(server.java_pid()) - server_cpu, cpu_seconds(sink.pid) - sink_cpu
    threads = {k: v - threads.get(k, 0) for k, v in cpu_by_thread(server.java_pid()).items()}
    log("server CPU seconds by thread:", ", ".join(f"{k} {v:.1f}" for k, v in
                                                   sorted(threads.items(), key=lambda kv: -kv[1]) if v >= 0.1))
    convoca = m["statistics"]["sent"] / elapsed
    log(f"Convoca: {m['statistics']['sent']} sent in {elapsed:.1f} s = {convoca:.0f} messages/s")
    server.stop()
    peak = [line for line in open(os.path.join(work, "server.time")) if "Maximum resident" in line][0]
    peak_mb = int(peak.split(":")[1]) // 1024
    results = {"n": n, "size": size, "connections": CONNECTIONS, "convoca_rate": round(convoca),
               "convoca_seconds": round(elapsed, 1), "fixing_recipients_seconds": round(m["fixed_seconds"], 1),
               "convoca_rate_after_fixing": round(m["statistics"]["sent"] / (elapsed - m["fixed_seconds"])),
               "peak_rss_mb": peak_mb, "dkim": bool(os.environ.get("CONVOCA_DKIM_PRIVATE_KEY")),
               "load_1_5_15_min_after_send": [round(x, 1) for x in os.getloadavg()],
               # What each message cost the processor, which another program on the machine changes far less than
               # it changes a rate: Convoca's server, and the sink while Convoca sent into it.
               "convoca_cpu_ms_per_message": round(server_cpu * 1000 / n, 3),
               "sink_cpu_ms_per_message_from_convoca": round(sink_cpu * 1000 / n, 3)}
    for sessions in (CONNECTIONS, 20):
        sink_before = cpu_seconds(sink.pid)
        rate_, source_cpu = smtp_source(env, smtp_port, n, size, sessions)
        results[f"smtp_source_{sessions}"] = round(rate_)
        results[f"smtp_source_{sessions}_cpu_ms_per_message"] = round(source_cpu * 1000 / n, 3)
        results[f"sink_cpu_ms_per_message_from_smtp_source_{sessions}"] = round(
            (cpu_seconds(sink.pid) - sink_before) * 1000 / n, 3)
        log(f"smtp-source, {sessions} sessions: {results[f'smtp_source_{sessions}']} messages/s")
    sink.terminate()
    best = max(results[f"smtp_source_{CONNECTIONS}"], results["smtp_source_20"])
    results["ratio"] = round(convoca / best, 2)
    log("result", json.dumps(results))
    return results


def crash(n):
    java = java_home()
    build(java)
    work = os.path.join(ROOT, "target", "bench", "crash")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    smtp_port, port = free_port(), free_port()
    record = os.path.join(work, "received.log")
    recorder = subprocess.Popen([sys.executable, os.path.join(HERE, "record-sink.py"), str(smtp_port), record,
                                 "--delay-ms", os.environ.get("BENCH_SINK_DELAY_MS", "2")])
    time.sleep(0.5)
    server = Server(java, work, smtp_port, port)
    server.start(timed=False)
    log(f"generating {n} supporters")
    key = server.workspace("crash", n)
    mid, _, m = send(server, key, until=lambda m: m["statistics"]["sent"] >= n * 0.4)
    log(f"kill -9 with {m['statistics']['sent']} of {n} sent")
    server.kill()
    server.start(timed=False)
    log("restarted; waiting for the send to finish by itself")
    while server.api(key, "GET", f"/messages/{mid}")["status"] != "sent":
        time.sleep(0.5)
    final = server.api(key, "GET", f"/messages/{mid}")
    server.stop()
    time.sleep(1)
    recorder.terminate()
    recorder.wait()
    copies = {}
    for line in open(record):
        if "\t" in line:
            rcpt = line.split("\t")[0]
            copies[rcpt] = copies.get(rcpt, 0) + 1
    twice = sorted(r for r, c in copies.items() if c > 1)
    results = {"n": n, "killed_after": m["statistics"]["sent"], "distinct_recipients": len(copies),
               "missed": n - len(copies), "received_twice": len(twice), "more_than_twice":
               sum(1 for c in copies.values() if c > 2), "connections": CONNECTIONS,
               "recorded_sent": final["statistics"]["sent"]}
    log("result", json.dumps(results), "twice:", twice[:20])
    return results


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "rate"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else (100_000 if mode == "rate" else 20_000)
    result = rate(count) if mode == "rate" else crash(count)
    with open(os.path.join(ROOT, "target", "bench", f"{mode}-result.json"), "w") as f:
        json.dump(result, f)
