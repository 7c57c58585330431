#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sendcheck's benchmarks, side by side with the tools people use instead.

  /usr/bin/python3 tests/benchmarks/run_benchmarks.py --build-dir build [--runs N] [--quick]
                   [--json OUT] [--only SECTION,...] [--delay-ms D]

Prints a Markdown table (sendcheck-cli's figure, the peer's figure from the same run, and the
ratio sendcheck-cli / peer) and a description of the machine, and saves everything as JSON
(default: bench-results.json in the build directory) so runs can be compared. Every figure is
the median of --runs runs. All traffic stays on 127.0.0.1. These are measurements, not
pass/fail tests: the exit code is 0 when every benchmark ran, 1 when one could not run.

Sections (--only): roundtrips, plain, session, burst, large, messagefile, domain, gui, practice.

  roundtrips  one send (STARTTLS or implicit TLS, AUTH PLAIN, one recipient, 2 KB, QUIT) through
              latency_proxy.py, which delays server-to-client data and counts how many times the
              client waited for the server; against aiosmtpd (bench_peer.py) with PIPELINING.
              Peers: swaks --pipeline, msmtp, curl.
  plain       one plain session (no TLS, no AUTH, 2 KB) to Postfix's smtp-sink as a whole
              process: wall time, CPU time, peak memory. Peers: curl, smtp-source.
  session     one STARTTLS + AUTH PLAIN session (2 KB) to aiosmtpd without added latency, as a
              whole process: wall time, CPU time, peak memory. Peer: curl.
  burst       sendcheck-cli send --count M over 1 and 10 connections to smtp-sink, beside
              smtp-source -d -m M -s 1 / -s 10: messages per second (whole process) and CPU per
              message.
  large       a 50 MB attachment (random bytes, so base64 on the wire) to smtp-sink and over
              STARTTLS+AUTH to aiosmtpd: MB/s (attachment bytes / wall time) and peak memory.
              Peers: curl (-F with base64 encoder), swaks --attach.
  messagefile a prepared 50 MB message (text, CRLF lines, leading dots) sent as it is into
              smtp-sink: `send --message-file` against `curl --upload-file` (MB/s of file
              bytes / wall time) and peak memory over the 2 KB send's.
  domain      `sendcheck-cli domain` for a domain with ten SPF includes, NSD behind a 30 ms
              latency proxy (bench_domain.py): wall time in round trips of 30 ms (needs nsd).
  gui         the GUI's own figures via `sendcheck --benchmark-gui`, when the build has it.
  practice    `sendcheck-cli practice` as the server: smtp-source -s 200 against it, then a
              slow-loris of idle sockets; messages lost, the server's peak memory (VmHWM), and
              whether new sessions were served meanwhile (practice_load.py; no peer to compare).

--quick: 2 runs, 200 messages per burst, a 10 MB attachment and message file (for CI; under 3
minutes).

Needs (Debian): postfix (smtp-sink, smtp-source), python3-aiosmtpd, swaks, curl, msmtp,
openssl. CPU time and peak memory come from os.wait4() of each child process.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.abspath(os.path.join(HERE, "..", ".."))
PYTHON = "/usr/bin/python3"
USER = "bench@local.test"
SENDER = "bench@local.test"
RECIPIENT = "rcpt@local.test"
PASSWORD_ENV = "SENDCHECK_BENCH_PASSWORD"
SECTIONS = ["roundtrips", "plain", "session", "burst", "large", "messagefile", "domain", "gui",
            "practice"]
CLIENT_TIMEOUT = 300


class BenchError(Exception):
    pass


def which_any(*names):
    for name in names:
        path = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if path:
            return path
    return None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise BenchError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def median(values):
    return statistics.median(values) if values else None


class Peer:
    """A server process started for the benchmarks; always stopped again (context manager)."""

    def __init__(self, name, argv, env=None, port=None):
        self.name = name
        self.argv = argv
        self.env = env
        self.port = port
        self.process = None
        self.errors = tempfile.TemporaryFile()

    def __enter__(self):
        self.process = subprocess.Popen(self.argv, env=self.env, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=self.errors,
                                        start_new_session=True)
        if self.port is None:
            self.port = self._read_port()
        else:
            wait_for_port(self.port)
        return self

    def _read_port(self):
        result = {}

        def reader():
            for raw in self.process.stdout:
                line = raw.decode("utf-8", "replace").strip()
                if line.startswith("PORT "):
                    result["port"] = int(line.split()[1])
                    break

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        thread.join(15)
        if "port" not in result:
            self.stop()
            self.errors.seek(0)
            raise BenchError(f"{self.name} did not start: {self.errors.read().decode(errors='replace')[-500:]}")
        return result["port"]

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __exit__(self, *exc):
        self.stop()
        return False


GNU_TIME = "/usr/bin/time"


def measure(argv, env=None, stdin_path=None, timeout=CLIENT_TIMEOUT, cwd=None, memory=False):
    """Runs one client process; returns its wall time and CPU time (os.wait4), and with
    memory=True its peak RSS.

    The peak RSS that wait4() reports for a child of this Python process never goes below
    Python's own: the kernel records the forked copy's high-water mark at exec. So peak memory
    comes from GNU time (package `time`), whose small forked child is the client itself. GNU
    time costs about 2 ms of CPU, so runs that report CPU time for small figures do without it.
    """
    rss_file = None
    if memory and os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file, *argv]
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdin=stdin, stdout=out, stderr=err, cwd=cwd)
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
        if stdin_path:
            stdin.close()
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    result = {
        "rc": process.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024.0,
        "maxrss_from": "wait4 (not below the runner's own)",
        "stdout": out.read().decode("utf-8", "replace"),
        "stderr": err.read().decode("utf-8", "replace"),
    }
    if rss_file:
        with open(rss_file) as f:
            lines = f.read().split()
        os.unlink(rss_file)
        if lines and lines[-1].isdigit():
            result["maxrss_mb"] = int(lines[-1]) / 1024.0
            result["maxrss_from"] = "GNU time"
        argv = argv[4:]
    if result["rc"] != 0:
        name = os.path.basename(argv[0])
        raise BenchError(f"{name} exited with {result['rc']}: "
                         f"{(result['stderr'] or result['stdout']).strip()[-800:]}")
    return result


class Bench:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.runs = args.runs or (2 if args.quick else 5)
        self.burst_count = 200 if args.quick else 1000
        self.large_mb = 10 if args.quick else 50
        self.delay_ms = args.delay_ms
        self.rows = []      # table rows
        self.results = {}   # everything, for JSON
        self.goals = []
        self.errors = []
        self.tmp = tempfile.mkdtemp(prefix="sendcheck-bench-")
        self.cli = self.find_binary("sendcheck-cli")
        if not self.cli:
            raise BenchError(f"sendcheck-cli not found under {args.build_dir}: build the target "
                             "sendcheck-cli first")
        self.password = "bench-" + os.urandom(8).hex()
        self.env = dict(os.environ)
        self.env[PASSWORD_ENV] = self.password
        # Keep sendcheck-cli away from the user's profiles and keychain.
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache")):
            self.env[var] = os.path.join(self.tmp, sub)
            os.makedirs(self.env[var], exist_ok=True)
        self.env["QT_LOGGING_RULES"] = "*.debug=false"
        self.env["LC_ALL"] = "C.UTF-8"
        self.smtp_sink = which_any("/usr/sbin/smtp-sink", "/usr/lib/postfix/sbin/smtp-sink", "smtp-sink")
        self.smtp_source = which_any("/usr/sbin/smtp-source", "/usr/lib/postfix/sbin/smtp-source",
                                     "smtp-source")
        self.make_files()

    # --- set-up -------------------------------------------------------------------------------

    def find_binary(self, name):
        build = os.path.abspath(self.args.build_dir)
        for sub in ("app/cli", "app/gui", "app", "bin", "."):
            path = os.path.join(build, sub, name)
            if os.path.isfile(path) and os.access(path, os.X_OK):
                return path
        for root, _dirs, files in os.walk(build):
            if name in files and os.access(os.path.join(root, name), os.X_OK):
                return os.path.join(root, name)
        return None

    def path(self, name):
        return os.path.join(self.tmp, name)

    def make_files(self):
        openssl = which_any("openssl")
        if not openssl:
            raise BenchError("openssl not found (apt install openssl)")

        def run(*argv):
            subprocess.run([openssl, *argv], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=60)

        # A throw-away CA and a server certificate for 127.0.0.1 and localhost.
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", self.path("ca.key"), "-out", self.path("ca.pem"), "-days", "2",
            "-subj", "/CN=Sendcheck benchmark CA")
        run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", self.path("server.key"), "-out", self.path("server.csr"),
            "-subj", "/CN=localhost")
        with open(self.path("ext.cnf"), "w") as f:
            f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                    "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
        run("x509", "-req", "-in", self.path("server.csr"), "-CA", self.path("ca.pem"),
            "-CAkey", self.path("ca.key"), "-CAcreateserial", "-out", self.path("server.pem"),
            "-days", "2", "-extfile", self.path("ext.cnf"))

        # The 2 KB text body, and the same as a whole message for curl and msmtp.
        line = "The quick brown fox jumps over the lazy dog, benchmark text line.\n"  # 66 bytes
        body = (line * 32)[:2048]
        with open(self.path("body.txt"), "w") as f:
            f.write(body)
        with open(self.path("message.eml"), "w", newline="") as f:
            f.write(f"From: <{SENDER}>\r\nTo: <{RECIPIENT}>\r\nSubject: Sendcheck benchmark\r\n"
                    f"Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
                    f"Message-ID: <bench.{os.getpid()}@local.test>\r\n\r\n")
            f.write(body.replace("\n", "\r\n"))

        # Secrets for the peer clients live in 0600 files, never on a command line.
        with open(os.open(self.path("netrc"), os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(f"machine 127.0.0.1 login {USER} password {self.password}\n")
        with open(os.open(self.path("swaks.conf"), os.O_WRONLY | os.O_CREAT, 0o600), "w") as f:
            f.write(f"auth-password {self.password}\n")

    def msmtp_config(self, port, security):
        name = self.path(f"msmtp-{security}-{port}.conf")
        with open(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write("defaults\n"
                    f"tls on\ntls_starttls {'on' if security == 'starttls' else 'off'}\n"
                    f"tls_trust_file {self.path('ca.pem')}\n"
                    "account bench\nhost 127.0.0.1\n"
                    f"port {port}\nauth plain\nuser {USER}\npassword {self.password}\n"
                    f"from {SENDER}\nlogfile\nsyslog off\n"
                    "account default : bench\n")
        return name

    def aiosmtpd(self, implicit_tls):
        argv = [PYTHON, os.path.join(HERE, "bench_peer.py"), "--port", "0",
                "--cert", self.path("server.pem"), "--key", self.path("server.key"),
                "--user", USER, "--password-env", PASSWORD_ENV, "--known", RECIPIENT]
        if implicit_tls:
            argv.append("--implicit-tls")
        return Peer("aiosmtpd", argv, env=self.env)

    def sink(self):
        if not self.smtp_sink:
            raise BenchError("smtp-sink not found (apt install postfix)")
        port = free_port()
        argv = [self.smtp_sink]
        if os.geteuid() == 0:
            argv += ["-u", "nobody"]
        argv += [f"127.0.0.1:{port}", "256"]
        return Peer("smtp-sink", argv, port=port)

    def need(self, name, path):
        if not path:
            raise BenchError(f"{name} not found (apt install {name.split('-')[0] if name != 'smtp-source' else 'postfix'})")
        return path

    # --- clients ------------------------------------------------------------------------------

    def cli_send(self, port, security, auth=True, extra=()):
        argv = [self.cli, "send", "--host", "127.0.0.1", "--port", str(port),
                "--security", security, "--from", SENDER, "--to", RECIPIENT]
        if auth:
            argv += ["--auth", "plain", "--user", USER, "--password-env", PASSWORD_ENV]
        else:
            argv += ["--auth", "none"]
        if security != "none":
            argv += ["--ca-file", self.path("ca.pem")]
        return argv + list(extra)

    def swaks_send(self, port, security, auth=True, extra=()):
        swaks = self.need("swaks", which_any("swaks"))
        argv = [swaks, "--server", "127.0.0.1", "--port", str(port), "--from", SENDER,
                "--to", RECIPIENT, "--pipeline", "--silent", "2"]
        if security == "starttls":
            argv += ["--tls"]
        elif security == "tls":
            argv += ["--tls-on-connect"]
        if auth:
            argv += ["--auth", "PLAIN", "--auth-user", USER, "--config", self.path("swaks.conf")]
        return argv + list(extra)

    def curl_send(self, port, security, auth=True, extra=(), upload=True):
        curl = self.need("curl", which_any("curl"))
        scheme = "smtps" if security == "tls" else "smtp"
        argv = [curl, "--silent", "--show-error", f"{scheme}://127.0.0.1:{port}",
                "--mail-from", SENDER, "--mail-rcpt", RECIPIENT]
        if security == "starttls":
            argv += ["--ssl-reqd"]
        if security != "none":
            argv += ["--cacert", self.path("ca.pem")]
        if auth:
            argv += ["--netrc-file", self.path("netrc"), "--login-options", "AUTH=PLAIN"]
        if upload:
            argv += ["--upload-file", self.path("message.eml")]
        return argv + list(extra)

    def msmtp_send(self, port, security):
        msmtp = self.need("msmtp", which_any("msmtp"))
        return [msmtp, "-C", self.msmtp_config(port, security), RECIPIENT]

    # --- reporting ----------------------------------------------------------------------------

    def row(self, bench, measure_name, ours, peer, theirs, unit, better):
        ratio = (ours / theirs) if (ours is not None and theirs) else None
        self.rows.append({"benchmark": bench, "measure": measure_name, "unit": unit,
                          "sendcheck": ours, "peer": peer, "peer_value": theirs,
                          "ratio": ratio, "better": better})

    def goal(self, text, met, detail):
        self.goals.append({"goal": text, "met": bool(met), "detail": detail})

    def interleaved(self, where, clients, runs, one_run):
        """Runs every client once per round, round after round, so that all of them see the
        same load on the machine; a client that fails is reported and left out."""
        samples = {name: [] for name in clients}
        for _ in range(runs):
            for name, spec in clients.items():
                if name not in samples:
                    continue
                try:
                    samples[name].append(one_run(name, spec))
                except (BenchError, ValueError) as e:
                    self.errors.append(f"{where}/{name}: {e}")
                    del samples[name]
        return samples

    # --- sections -----------------------------------------------------------------------------

    def section_roundtrips(self):
        out = {}
        for security in ("starttls", "tls"):
            with self.aiosmtpd(implicit_tls=security == "tls") as server:
                stats = self.path(f"proxy-{security}.jsonl")
                open(stats, "w").close()
                proxy_argv = [PYTHON, os.path.join(HERE, "latency_proxy.py"), "--target-port",
                              str(server.port), "--delay-ms", str(self.delay_ms), "--stats", stats]
                with Peer("latency proxy", proxy_argv) as proxy:
                    clients = {
                        "sendcheck-cli": (self.cli_send(proxy.port, security,
                                                        extra=["--body-file", self.path("body.txt"), "--quiet"]), None),
                        "swaks --pipeline": (self.swaks_send(proxy.port, security,
                                                             extra=["--body", self.path("body.txt")]), None),
                        "msmtp": (self.msmtp_send(proxy.port, security), self.path("message.eml")),
                        "curl": (self.curl_send(proxy.port, security), None),
                    }

                    def one_run(_name, spec):
                        argv, stdin = spec
                        seen = self.count_lines(stats)
                        result = measure(argv, env=self.env, stdin_path=stdin)
                        record = self.next_record(stats, seen)
                        return record["round_trips"], result["wall_s"]

                    samples = self.interleaved(f"roundtrips/{security}", clients, self.runs, one_run)
                    figures = {}
                    for name, pairs in samples.items():
                        trips = [t for t, _ in pairs]
                        walls = [w for _, w in pairs]
                        figures[name] = {"round_trips": median(trips), "round_trips_all": trips,
                                         "wall_ms": median(walls) * 1000,
                                         "wall_ms_all": [round(w * 1000, 1) for w in walls]}
                    out[security] = figures
            ours = figures.get("sendcheck-cli")
            label = "STARTTLS send" if security == "starttls" else "Implicit TLS send"
            for name, fig in figures.items():
                if name == "sendcheck-cli" or not ours:
                    continue
                self.row(label, "round trips", ours["round_trips"], name, fig["round_trips"], "", "lower")
            for name, fig in figures.items():
                if name == "sendcheck-cli" or not ours:
                    continue
                self.row(label, f"wall time, {self.delay_ms:g} ms latency", ours["wall_ms"], name,
                         fig["wall_ms"], "ms", "lower")
            if ours:
                # 8 for STARTTLS (issue); implicit TLS saves the plain EHLO and STARTTLS: 6.
                target = 8 if security == "starttls" else 6
                self.goal(f"{label}: at most {target} round trips", ours["round_trips"] <= target,
                          f"{ours['round_trips']:g} (runs: {ours['round_trips_all']})")
        self.results["roundtrips"] = {"delay_ms": self.delay_ms, "clients": out,
                                      "method": "latency_proxy.py: server-to-client runs after client data"}

    @staticmethod
    def count_lines(path):
        with open(path) as f:
            return sum(1 for _ in f)

    def next_record(self, path, seen, timeout=15.0):
        # The proxy writes its record once both sides are closed, a moment after the client exits.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(path) as f:
                lines = f.read().splitlines()
            if len(lines) > seen:
                if len(lines) > seen + 1:
                    raise BenchError(f"client opened {len(lines) - seen} connections, expected 1")
                return json.loads(lines[seen])
            time.sleep(0.02)
        raise BenchError("the latency proxy recorded no connection")

    def section_plain(self):
        source = self.need("smtp-source", self.smtp_source)
        runs = max(self.runs * 2, 5)
        with self.sink() as sink:
            clients = {
                "sendcheck-cli": self.cli_send(sink.port, "none", auth=False,
                                               extra=["--body-file", self.path("body.txt"), "--quiet"]),
                # The same without keeping the run in the history (an SQLite write): the part
                # of the figure that is the history's.
                "sendcheck-cli --no-history": self.cli_send(
                    sink.port, "none", auth=False,
                    extra=["--body-file", self.path("body.txt"), "--quiet", "--no-history"]),
                "curl": self.curl_send(sink.port, "none", auth=False),
                "smtp-source": [source, "-m", "1", "-s", "1", "-l", "2048", "-f", SENDER, "-t", RECIPIENT,
                                f"127.0.0.1:{sink.port}"],
            }
            figures = {}
            all_samples = self.interleaved("plain", clients, runs,
                                           lambda _name, argv: measure(argv, env=self.env))
            # Peak memory in runs of their own (GNU time would add to the CPU figures).
            memory = self.interleaved("plain/memory", clients, max(self.runs, 3),
                                      lambda _name, argv: measure(argv, env=self.env, memory=True))
            for name, samples in all_samples.items():
                figures[name] = {
                    "maxrss_from": memory[name][0]["maxrss_from"] if memory.get(name) else None,
                    "wall_ms": median([s["wall_s"] for s in samples]) * 1000,
                    "cpu_ms": median([s["cpu_s"] for s in samples]) * 1000,
                    "user_ms": median([s["user_s"] for s in samples]) * 1000,
                    "sys_ms": median([s["sys_s"] for s in samples]) * 1000,
                    "maxrss_mb": median([s["maxrss_mb"] for s in memory.get(name, [])]),
                    "runs": runs,
                }
        self.results["plain"] = figures
        ours = figures.get("sendcheck-cli")
        if not ours:
            return
        variants = [("Plain session (process)", ours)]
        if figures.get("sendcheck-cli --no-history"):
            variants.append(("Plain session, --no-history", figures["sendcheck-cli --no-history"]))
        for label, mine in variants:
            for measure_name, key, unit in (("wall time", "wall_ms", "ms"), ("CPU time", "cpu_ms", "ms"),
                                            ("peak memory", "maxrss_mb", "MB")):
                for name in ("curl", "smtp-source"):
                    if name in figures:
                        self.row(label, measure_name, mine[key], name, figures[name][key], unit, "lower")
        if "curl" in figures:
            curl = figures["curl"]
            for label, mine in variants:
                self.goal(f"{label}: no slower than curl (wall time)", mine["wall_ms"] <= curl["wall_ms"],
                          f"{mine['wall_ms']:.1f} ms vs curl {curl['wall_ms']:.1f} ms")
                self.goal(f"{label}: peak memory at most curl's + 2 MB",
                          mine["maxrss_mb"] <= curl["maxrss_mb"] + 2,
                          f"{mine['maxrss_mb']:.1f} MB vs curl {curl['maxrss_mb']:.1f} MB")

    def section_session(self):
        """One STARTTLS + AUTH PLAIN send as a whole process, no added latency: start-up, TLS
        and the conversation together, beside curl doing the same."""
        runs = max(self.runs * 2, 5)
        with self.aiosmtpd(implicit_tls=False) as server:
            clients = {
                "sendcheck-cli": self.cli_send(server.port, "starttls",
                                               extra=["--body-file", self.path("body.txt"), "--quiet"]),
                "sendcheck-cli --no-history": self.cli_send(
                    server.port, "starttls",
                    extra=["--body-file", self.path("body.txt"), "--quiet", "--no-history"]),
                "curl": self.curl_send(server.port, "starttls"),
            }
            samples = self.interleaved("session", clients, runs,
                                       lambda _name, argv: measure(argv, env=self.env))
            memory = self.interleaved("session/memory", clients, max(self.runs, 3),
                                      lambda _name, argv: measure(argv, env=self.env, memory=True))
        figures = {}
        for name, runs_of in samples.items():
            figures[name] = {"wall_ms": median([s["wall_s"] for s in runs_of]) * 1000,
                             "wall_ms_all": [round(s["wall_s"] * 1000, 1) for s in runs_of],
                             "cpu_ms": median([s["cpu_s"] for s in runs_of]) * 1000,
                             "maxrss_mb": median([s["maxrss_mb"] for s in memory.get(name, [])])}
        self.results["session"] = figures
        ours, curl = figures.get("sendcheck-cli"), figures.get("curl")
        if not ours or not curl:
            return
        variants = [("STARTTLS + AUTH session (process)", ours)]
        if figures.get("sendcheck-cli --no-history"):
            variants.append(("STARTTLS + AUTH session, --no-history", figures["sendcheck-cli --no-history"]))
        for label, mine in variants:
            self.row(label, "wall time", mine["wall_ms"], "curl", curl["wall_ms"], "ms", "lower")
            self.row(label, "CPU time", mine["cpu_ms"], "curl", curl["cpu_ms"], "ms", "lower")
            self.row(label, "peak memory", mine["maxrss_mb"], "curl", curl["maxrss_mb"], "MB", "lower")
            self.goal(f"{label}: no slower than curl (wall time)", mine["wall_ms"] <= curl["wall_ms"],
                      f"{mine['wall_ms']:.1f} ms vs curl {curl['wall_ms']:.1f} ms")

    def make_message_file(self, megabytes):
        """A prepared message of about `megabytes` MB: header, then base64-looking text lines
        (76 characters, CRLF), one in 50 starting with a dot, so dot-stuffing has work."""
        name = self.path(f"message-{megabytes}MB.eml")
        import base64
        block = base64.encodebytes(os.urandom(57 * 1000)).replace(b"\n", b"\r\n")
        lines = block.split(b"\r\n")
        lines = [(b"." + l[1:]) if i % 50 == 0 and l else l for i, l in enumerate(lines)]
        block = b"\r\n".join(lines)
        with open(name, "wb") as f:
            f.write(f"From: <{SENDER}>\r\nTo: <{RECIPIENT}>\r\nSubject: Sendcheck benchmark, "
                    f"prepared message\r\nMessage-ID: <bench-file.{os.getpid()}@local.test>\r\n"
                    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                    .encode())
            while f.tell() < megabytes * 1000 * 1000:
                f.write(block)
        return name

    def section_messagefile(self):
        megabytes = self.large_mb
        eml = self.make_message_file(megabytes)
        size = os.path.getsize(eml)
        runs = min(self.runs, 3)
        with self.sink() as sink:
            baseline = median([measure(self.cli_send(sink.port, "none", auth=False,
                                                     extra=["--body-file", self.path("body.txt"), "--quiet"]),
                                       env=self.env, memory=True)["maxrss_mb"] for _ in range(runs)])
            clients = {
                "sendcheck-cli": self.cli_send(sink.port, "none", auth=False,
                                               extra=["--message-file", eml, "--quiet", "--timeout", "600"]),
                # The history's fdatasync can take seconds while the disk is busy.
                "sendcheck-cli --no-history": self.cli_send(
                    sink.port, "none", auth=False,
                    extra=["--message-file", eml, "--quiet", "--timeout", "600", "--no-history"]),
                "curl": self.curl_send(sink.port, "none", auth=False, upload=False,
                                       extra=["--upload-file", eml]),
            }
            samples = self.interleaved("messagefile", clients, runs,
                                       lambda _name, argv: measure(argv, env=self.env, timeout=900,
                                                                   memory=True))
            # CPU time without GNU time in between (its own cost is nothing beside 50 MB, but the
            # figures stay comparable with the other sections).
        figures = {}
        for name, runs_of in samples.items():
            wall = median([s["wall_s"] for s in runs_of])
            figures[name] = {"mb_per_second": size / 1e6 / wall, "wall_s": wall,
                             "wall_s_all": [round(s["wall_s"], 3) for s in runs_of],
                             "cpu_s": median([s["cpu_s"] for s in runs_of]),
                             "maxrss_mb": median([s["maxrss_mb"] for s in runs_of])}
        os.unlink(eml)
        self.results["messagefile"] = {"file_bytes": size, "baseline_maxrss_mb": baseline,
                                       "clients": figures}
        curl = figures.get("curl")
        for variant, suffix in (("sendcheck-cli", ""), ("sendcheck-cli --no-history", ", --no-history")):
            ours = figures.get(variant)
            if not ours or not curl:
                continue
            label = f"{megabytes} MB --message-file, smtp-sink{suffix}"
            self.row(label, "MB/s", ours["mb_per_second"], "curl", curl["mb_per_second"], "MB/s", "higher")
            self.row(label, "CPU time", ours["cpu_s"] * 1000, "curl", curl["cpu_s"] * 1000, "ms", "lower")
            self.row(label, "peak memory", ours["maxrss_mb"], "curl", curl["maxrss_mb"], "MB", "lower")
            self.goal(f"{label}: at least 0.95x curl's rate", ours["mb_per_second"] >= 0.95 * curl["mb_per_second"],
                      f"{ours['mb_per_second']:.1f} vs curl {curl['mb_per_second']:.1f} MB/s "
                      f"({ours['mb_per_second'] / curl['mb_per_second']:.2f}x)")
            self.goal(f"{label}: peak memory within 64 MB of the idle process",
                      ours["maxrss_mb"] - baseline <= 64,
                      f"peak {ours['maxrss_mb']:.1f} MB, 2 KB send {baseline:.1f} MB, "
                      f"difference {ours['maxrss_mb'] - baseline:.1f} MB")

    def section_domain(self):
        """bench_domain.py's set-up (NSD, ten includes, 30 ms per answer), measured here."""
        sys.path.insert(0, HERE)
        import bench_domain
        delay = 30.0
        if not which_any("/usr/sbin/nsd", "nsd"):
            raise BenchError("nsd not found (apt install nsd)")
        with tempfile.TemporaryDirectory() as directory:
            nsd, nsd_port = bench_domain.start_nsd(directory)
            try:
                walls, queries = [], []
                for run in range(max(self.runs, 3)):
                    stats = os.path.join(directory, f"proxy-{run}.json")
                    proxy_argv = [PYTHON, os.path.join(HERE, "latency_proxy.py"), "--udp",
                                  "--target-port", str(nsd_port), "--delay-ms", str(delay),
                                  "--stats", stats]
                    with Peer("latency proxy (UDP)", proxy_argv) as proxy:
                        r = measure([self.cli, "domain", "bench.test", "--nameserver",
                                     f"127.0.0.1:{proxy.port}", "--json"], env=self.env)
                        report = json.loads(r["stdout"])
                        if report.get("spf", {}).get("dns_lookups") is None:
                            raise BenchError("the domain check reported no SPF lookups")
                        walls.append(r["wall_s"] * 1000)
                    with open(stats) as f:
                        queries.append(json.loads(f.readline())["queries"])
            finally:
                nsd.terminate()
                nsd.wait()
        wall = median(walls)
        trips = wall / delay
        self.results["domain"] = {"delay_ms": delay, "includes": 10, "wall_ms": wall,
                                  "wall_ms_all": [round(w) for w in walls],
                                  "dns_queries": queries, "round_trips": trips}
        label = "Domain check, 10 SPF includes, 30 ms"
        self.row(label, "wall time", wall, "-", None, "ms", "lower")
        self.row(label, "round trips of wall time", trips, "-", None, "", "lower")
        self.goal(f"{label}: at most 4 round trips of wall time", trips <= 4,
                  f"{wall:.0f} ms = {trips:.1f} x 30 ms, {median(queries):g} DNS queries")

    def section_burst(self):
        source = self.need("smtp-source", self.smtp_source)
        m = self.burst_count
        out = {}
        with self.sink() as sink:
            for connections in (1, 10):
                clients = {
                    "sendcheck-cli": self.cli_send(sink.port, "none", auth=False, extra=[
                        "--body-file", self.path("body.txt"), "--count", str(m),
                        "--connections", str(connections), "--json", "--quiet"]),
                    # Without the history: a burst's run keeps the first connection's
                    # transcript (every message's header lines), which is not sending.
                    "sendcheck-cli --no-history": self.cli_send(sink.port, "none", auth=False, extra=[
                        "--body-file", self.path("body.txt"), "--count", str(m),
                        "--connections", str(connections), "--json", "--quiet", "--no-history"]),
                    "smtp-source": [source, "-d", "-m", str(m), "-s", str(connections), "-l", "2048",
                                    "-f", SENDER, "-t", RECIPIENT, f"127.0.0.1:{sink.port}"],
                }

                def one_run(name, argv):
                    r = measure(argv, env=self.env)
                    internal = None
                    if name.startswith("sendcheck-cli"):
                        report = json.loads(r["stdout"])
                        burst = report.get("burst", {})
                        if not report.get("ok") or burst.get("accepted") != m:
                            raise BenchError(f"burst not fully accepted: {burst}")
                        internal = burst.get("messages_per_second")
                    return {"rate": m / r["wall_s"], "cpu": r["cpu_s"] / m * 1e6, "internal": internal}

                figures = {}
                for name, samples in self.interleaved(f"burst/{connections}", clients, self.runs,
                                                      one_run).items():
                    figures[name] = {"messages_per_second": median([x["rate"] for x in samples]),
                                     "messages_per_second_all": [round(x["rate"]) for x in samples],
                                     "cpu_us_per_message": median([x["cpu"] for x in samples])}
                    internal = [x["internal"] for x in samples if x["internal"] is not None]
                    if internal:
                        figures[name]["messages_per_second_reported"] = median(internal)
                out[str(connections)] = figures
                theirs = figures.get("smtp-source")
                for variant, suffix in (("sendcheck-cli", ""), ("sendcheck-cli --no-history", ", --no-history")):
                    ours = figures.get(variant)
                    if not ours or not theirs:
                        continue
                    label = f"Burst {m} msgs, {connections} conn{suffix}"
                    self.row(label, "messages/s", ours["messages_per_second"], "smtp-source",
                             theirs["messages_per_second"], "msg/s", "higher")
                    self.row(label, "CPU per message", ours["cpu_us_per_message"], "smtp-source",
                             theirs["cpu_us_per_message"], "µs", "lower")
                    self.goal(f"Burst over {connections} connection(s){suffix}: at least smtp-source's rate",
                              ours["messages_per_second"] >= theirs["messages_per_second"],
                              f"{ours['messages_per_second']:.0f} vs {theirs['messages_per_second']:.0f} msg/s")
        self.results["burst"] = {"messages": m, "connections": out}

    def section_large(self):
        size = self.large_mb * 1000 * 1000
        big = self.path(f"attachment-{self.large_mb}MB.bin")
        with open(big, "wb") as f:
            for _ in range(self.large_mb):
                f.write(os.urandom(1000 * 1000))
        runs = min(self.runs, 3)
        # The "idle" baseline: sendcheck-cli's peak memory for a 2 KB message.
        baseline = None
        out = {}
        for target in ("smtp-sink", "aiosmtpd STARTTLS"):
            tls = target != "smtp-sink"
            security = "starttls" if tls else "none"
            server = self.aiosmtpd(implicit_tls=False) if tls else self.sink()
            with server:
                if baseline is None:
                    small = [measure(self.cli_send(server.port, security, auth=tls,
                                                   extra=["--body-file", self.path("body.txt"), "--quiet"]),
                                     env=self.env, memory=True)["maxrss_mb"] for _ in range(runs)]
                    baseline = median(small)
                clients = {
                    "sendcheck-cli": self.cli_send(server.port, security, auth=tls,
                                                   extra=["--attach", big, "--body-file", self.path("body.txt"),
                                                          "--quiet", "--timeout", "600"]),
                    "curl": self.curl_send(server.port, security, auth=tls, upload=False, extra=[
                        "-H", f"From: <{SENDER}>", "-H", f"To: <{RECIPIENT}>", "-H", "Subject: Sendcheck benchmark",
                        "-F", f"=@{big};encoder=base64;type=application/octet-stream"]),
                    "swaks": self.swaks_send(server.port, security, auth=tls, extra=[
                        "--attach-type", "application/octet-stream", "--attach", f"@{big}",
                        "--timeout", "600"]),
                }
                figures = {}
                all_samples = self.interleaved(f"large/{target}", clients, runs,
                                               lambda _name, argv: measure(argv, env=self.env, timeout=900,
                                                                           memory=True))
                for name, samples in all_samples.items():
                    figures[name] = {
                        "mb_per_second": size / 1e6 / median([s["wall_s"] for s in samples]),
                        "wall_s": median([s["wall_s"] for s in samples]),
                        "cpu_s": median([s["cpu_s"] for s in samples]),
                        "maxrss_mb": median([s["maxrss_mb"] for s in samples]),
                    }
            out[target] = figures
            ours = figures.get("sendcheck-cli")
            label = f"{self.large_mb} MB attachment, {target}"
            if ours:
                for name in ("curl", "swaks"):
                    if name in figures:
                        self.row(label, "MB/s", ours["mb_per_second"], name, figures[name]["mb_per_second"], "MB/s", "higher")
                for name in ("curl", "swaks"):
                    if name in figures:
                        self.row(label, "peak memory", ours["maxrss_mb"], name, figures[name]["maxrss_mb"], "MB", "lower")
                if "curl" in figures:
                    self.goal(f"{label}: as fast as curl", ours["mb_per_second"] >= figures["curl"]["mb_per_second"],
                              f"{ours['mb_per_second']:.2f} vs curl {figures['curl']['mb_per_second']:.2f} MB/s")
                self.goal(f"{label}: peak memory within 64 MB of the idle process",
                          ours["maxrss_mb"] - baseline <= 64,
                          f"peak {ours['maxrss_mb']:.1f} MB, 2 KB send {baseline:.1f} MB, "
                          f"difference {ours['maxrss_mb'] - baseline:.1f} MB")
        os.unlink(big)
        self.results["large"] = {"attachment_bytes": size, "baseline_maxrss_mb": baseline, "targets": out}

    # ---- GUI: wired by the GUI's own --benchmark-gui; kept apart from the CLI benchmarks. ----
    def section_gui(self):
        gui = self.find_binary("sendcheck")
        note = "GUI benchmark: not available in this build"
        if not gui:
            print(note)
            self.results["gui"] = {"available": False, "reason": "no sendcheck binary in the build"}
            return
        env = dict(self.env)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            helptext = subprocess.run([gui, "--help"], env=env, capture_output=True, timeout=60, text=True)
            offered = "--benchmark-gui" in (helptext.stdout + helptext.stderr)
        except (OSError, subprocess.TimeoutExpired):
            offered = False
        if not offered:
            print(note)
            self.results["gui"] = {"available": False, "reason": "sendcheck --help has no --benchmark-gui"}
            return
        try:
            r = measure([gui, "--benchmark-gui"], env=env, timeout=600)
        except BenchError as e:
            self.errors.append(f"gui: {e}")
            return
        text = r["stdout"].strip()
        try:
            figures = json.loads(text)
        except ValueError:
            figures = {"output": text}
        self.results["gui"] = {"available": True, "figures": figures, "maxrss_mb": r["maxrss_mb"]}
        print("GUI benchmark (sendcheck --benchmark-gui):")
        print(text)

    # ---- the practice server as the server under load (practice_load.py); no peer. ----
    def section_practice(self):
        sys.path.insert(0, HERE)
        import practice_load
        argv = ["--cli", self.cli]
        if self.quick:
            argv += ["--messages", "500", "--loris", "150", "--loris-seconds", "10",
                     "--loris-burst", "200"]
        args = practice_load.parse_args(argv)
        try:
            results = practice_load.run(args)
        except practice_load.LoadError as e:
            raise BenchError(str(e))
        print(practice_load.report(results, args))
        self.results["practice"] = results

    # --- machine ------------------------------------------------------------------------------

    def machine(self):
        def first_line(argv):
            try:
                p = subprocess.run(argv, capture_output=True, text=True, timeout=20, env=self.env)
                text = (p.stdout or p.stderr).strip()
                return text.splitlines()[0] if text else "?"
            except (OSError, subprocess.TimeoutExpired):
                return "not installed"

        cpu = "?"
        try:
            with open("/proc/cpuinfo") as f:
                for line in f:
                    if line.startswith("model name"):
                        cpu = line.split(":", 1)[1].strip()
                        break
        except OSError:
            pass
        memory = "?"
        try:
            with open("/proc/meminfo") as f:
                for line in f:
                    if line.startswith("MemTotal"):
                        memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
        except OSError:
            pass
        postconf = which_any("/usr/sbin/postconf", "postconf")
        try:
            import aiosmtpd
            aiosmtpd_version = aiosmtpd.__version__
        except ImportError:
            aiosmtpd_version = "not installed"
        return {
            "cpu": cpu,
            "cores": os.cpu_count(),
            "memory": memory,
            "kernel": platform.release(),
            "os": first_line(["sh", "-c", ". /etc/os-release && echo $PRETTY_NAME"]),
            "load_average": os.getloadavg(),
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "versions": {
                "sendcheck-cli": first_line([self.cli, "version"]),
                "swaks": first_line(["swaks", "--version"]),
                "curl": first_line(["curl", "--version"]),
                "msmtp": first_line(["msmtp", "--version"]),
                "postfix": first_line([postconf, "-h", "-d", "mail_version"]) if postconf else "not installed",
                "aiosmtpd": aiosmtpd_version,
                "python": platform.python_version(),
                "openssl": first_line(["openssl", "version"]),
            },
        }

    # --- output -------------------------------------------------------------------------------

    @staticmethod
    def fmt(value, unit):
        if value is None:
            return "-"
        if unit == "" and float(value).is_integer():
            return f"{int(value)}"
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"

    def markdown(self, machine):
        lines = ["| Benchmark | Measure | sendcheck-cli | Peer | Peer's figure | Ratio (ours / peer) |",
                 "| --- | --- | ---: | --- | ---: | ---: |"]
        for r in self.rows:
            unit = f" {r['unit']}" if r["unit"] else ""
            ratio = f"{r['ratio']:.2f} ({r['better']} is better)" if r["ratio"] is not None else "-"
            lines.append(f"| {r['benchmark']} | {r['measure']} | {self.fmt(r['sendcheck'], r['unit'])}{unit} | "
                         f"{r['peer']} | {self.fmt(r['peer_value'], r['unit'])}{unit} | {ratio} |")
        lines.append("")
        if self.goals:
            lines.append("Goals:")
            lines.append("")
            for g in self.goals:
                lines.append(f"- {'met' if g['met'] else 'MISSED'}: {g['goal']} ({g['detail']})")
            lines.append("")
        v = machine["versions"]
        lines.append(f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory']}, "
                     f"Linux {machine['kernel']}, {machine['os']}; load average at the end "
                     f"{', '.join(f'{x:.2f}' for x in machine['load_average'])}.")
        lines.append("Tools: " + "; ".join(f"{k} {val}" for k, val in v.items()) + ".")
        lines.append(f"Medians of {self.runs} runs (plain session: {max(self.runs * 2, 5)} runs, "
                     f"large message: {min(self.runs, 3)} runs); round trips through a "
                     f"{self.delay_ms:g} ms server-to-client delay; all traffic on 127.0.0.1"
                     f"{'; --quick' if self.quick else ''}.")
        return "\n".join(lines)

    def run(self):
        chosen = self.args.only.split(",") if self.args.only else SECTIONS
        for name in chosen:
            if name not in SECTIONS:
                raise BenchError(f"unknown section {name}; one of {', '.join(SECTIONS)}")
        started = time.monotonic()
        for name in chosen:
            t0 = time.monotonic()
            print(f"== {name} ...", file=sys.stderr, flush=True)
            try:
                getattr(self, f"section_{name}")()
            except BenchError as e:
                self.errors.append(f"{name}: {e}")
            print(f"   {name} took {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
        machine = self.machine()
        table = self.markdown(machine)
        print(table)
        if self.errors:
            print("\nErrors (these benchmarks did not run):")
            for e in self.errors:
                print(f"- {e}")
        out = self.args.json or os.path.join(os.path.abspath(self.args.build_dir), "bench-results.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"machine": machine, "runs": self.runs, "quick": self.quick,
                       "seconds": round(time.monotonic() - started, 1), "rows": self.rows,
                       "goals": self.goals, "results": self.results, "errors": self.errors,
                       "markdown": table}, f, indent=2)
        print(f"\nSaved {out} ({time.monotonic() - started:.0f} s)", file=sys.stderr)
        return 1 if self.errors else 0

    def cleanup(self):
        shutil.rmtree(self.tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--build-dir", default=os.path.join(SOURCE_DIR, "build"))
    parser.add_argument("--runs", type=int, default=0, help="runs per figure (median); default 5, 2 with --quick")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", help="where to save the results (default BUILD/bench-results.json)")
    parser.add_argument("--only", help="comma-separated sections: " + ",".join(SECTIONS))
    parser.add_argument("--delay-ms", type=float, default=50.0, help="server-to-client delay for round trips")
    args = parser.parse_args()
    try:
        bench = Bench(args)
    except (BenchError, subprocess.CalledProcessError) as e:
        print(f"run_benchmarks: {e}", file=sys.stderr)
        return 1
    try:
        return bench.run()
    finally:
        bench.cleanup()


if __name__ == "__main__":
    sys.exit(main())
