#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The practice server under load and a slow-loris: figures, never a pass/fail verdict.

  /usr/bin/python3 tests/benchmarks/practice_load.py --cli build/app/sendcheck-cli
                   [--messages 2000] [--sessions 200] [--loris 300] [--loris-seconds 20]
                   [--json OUT]

Starts `sendcheck-cli practice` on free 127.0.0.1 ports (saving every message to a private
folder in a temporary directory) and

  burst       drives it with Postfix's smtp-source: --sessions sessions at once (-s), one
              message of 2 KB each, --messages in all; counts the messages the server took
              against the messages sent (lost = sent - taken), and the most sessions the
              server had open at once;
  slow-loris  opens --loris sockets from 127.0.0.2 (also loopback on Linux) that connect and
              then say nothing (half of them) or one byte a second (the other half), and
              reconnect when the server closes them, for --loris-seconds; meanwhile a
              well-behaved session from 127.0.0.1 every half second (time to the greeting,
              message taken or not) and a smaller smtp-source burst, to see whether new
              sessions are still served;

then prints messages lost, the server's peak memory (VmHWM from /proc/PID/status) and whether
new sessions were served during the slow-loris. The server runs with
--max-sessions-per-client at least --sessions, so the burst fits; the slow-loris client hits
that per-client cap (its refusals are by design and counted apart), the rest of
--max-sessions stays for everyone else, and --max-session-seconds frees the slots it holds.
Bounded in count and time; nothing leaves 127.0.0.0/8. Needs postfix's smtp-source.
"""

import argparse
import json
import os
import re
import selectors
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

LORIS_ADDRESS = "127.0.0.2"
SMTP_SOURCE_CANDIDATES = ("/usr/sbin/smtp-source", "/usr/lib/postfix/sbin/smtp-source")


class LoadError(Exception):
    pass


def find_smtp_source():
    for path in SMTP_SOURCE_CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    return shutil.which("smtp-source")


def proc_status(pid):
    """VmHWM and VmRSS of `pid` in kB (None when gone)."""
    figures = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    figures[key] = int(value.split()[0])
    except OSError:
        return None
    return figures


class PracticeServer:
    """`sendcheck-cli practice` in the background; its stdout is read all the time (a full
    pipe would stall it) and turned into counts."""

    SESSION = re.compile(r"^session (\d+) (connect|close|message)\b")

    def __init__(self, cli, workdir, extra_args):
        self.argv = [cli, "practice", "--listen", "127.0.0.1:0", "--tls-listen", "127.0.0.1:0",
                     "--cert-dir", os.path.join(workdir, "cert"),
                     "--save-dir", os.path.join(workdir, "saved"), *extra_args]
        self.env = dict(os.environ)
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache")):
            self.env[var] = os.path.join(workdir, sub)
        self.env["QT_LOGGING_RULES"] = "*.debug=false"
        self.lock = threading.Lock()
        self.open = 0
        self.peak_open = 0
        self.connects = 0
        self.messages = 0
        self.refused = 0
        self.port = None
        self.process = None
        self.errors = tempfile.TemporaryFile()
        self.ready = threading.Event()

    def start(self):
        self.process = subprocess.Popen(self.argv, env=self.env, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=self.errors,
                                        start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()
        if not self.ready.wait(30) or not self.port:
            self.stop()
            self.errors.seek(0)
            raise LoadError("sendcheck-cli practice did not start: "
                            + self.errors.read().decode(errors="replace")[-500:])

    def _read(self):
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if self.port is None:
                m = re.match(r"^listening smtp=127\.0\.0\.1:(\d+) ", line)
                if m:
                    self.port = int(m.group(1))
                    self.ready.set()
                continue
            if line.startswith("refused "):
                with self.lock:
                    self.refused += 1
                continue
            m = self.SESSION.match(line)
            if not m:
                continue
            with self.lock:
                if m.group(2) == "connect":
                    self.connects += 1
                    self.open += 1
                    self.peak_open = max(self.peak_open, self.open)
                elif m.group(2) == "close":
                    self.open -= 1
                else:
                    self.messages += 1
        self.ready.set()

    def counts(self):
        with self.lock:
            return {"messages": self.messages, "connects": self.connects, "open": self.open,
                    "peak_open": self.peak_open, "refused": self.refused}

    def reset_peak(self):
        with self.lock:
            self.peak_open = self.open

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def wait_for_messages(server, expected, timeout):
    """The server logs a message after it answered 250: wait for the last lines to arrive."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and server.counts()["messages"] < expected:
        time.sleep(0.05)


def smtp_source(path, port, sessions, messages, timeout=300):
    argv = [path, "-s", str(sessions), "-m", str(messages), "-l", "2048",
            "-f", "load@local.test", "-t", "rcpt@local.test", "-M", "load.local.test",
            f"127.0.0.1:{port}"]
    start = time.monotonic()
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise LoadError(f"smtp-source did not finish within {timeout} s")
    wall = time.monotonic() - start
    stderr = p.stderr.decode("utf-8", "replace")
    return {"rc": p.returncode, "wall_s": wall,
            "warnings": [l for l in stderr.splitlines() if l.strip()][:20],
            "warning_count": sum(1 for l in stderr.splitlines() if l.strip())}


def probe_session(port, timeout=10.0):
    """One well-behaved session from 127.0.0.1: time to the greeting, and whether the message
    was taken (250 after the final dot)."""
    start = time.monotonic()
    result = {"greeting_ms": None, "taken": False, "greeting": ""}
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            f = s.makefile("rb")

            def reply():
                while True:
                    line = f.readline()
                    if not line:
                        return ""
                    text = line.decode("utf-8", "replace").rstrip("\r\n")
                    if len(text) < 4 or text[3] != "-":
                        return text

            greeting = reply()
            result["greeting"] = greeting
            result["greeting_ms"] = (time.monotonic() - start) * 1000
            if not greeting.startswith("220"):
                return result
            for command, code in ((b"EHLO probe.local.test", "250"),
                                  (b"MAIL FROM:<probe@local.test>", "250"),
                                  (b"RCPT TO:<rcpt@local.test>", "250"), (b"DATA", "354")):
                s.sendall(command + b"\r\n")
                if not reply().startswith(code):
                    return result
            s.sendall(b"Subject: probe\r\n\r\nserved during the slow-loris\r\n.\r\n")
            result["taken"] = reply().startswith("250")
            s.sendall(b"QUIT\r\n")
            reply()
    except OSError as e:
        result["error"] = str(e)
    return result


class SlowLoris:
    """`count` sockets from LORIS_ADDRESS that hold sessions open: the even ones never send a
    byte, the odd ones send one byte a second; each comes back a second after the server
    closed it."""

    PAYLOAD = b"NOOP\r\n"

    def __init__(self, port, count):
        self.port = port
        self.count = count
        self.selector = selectors.DefaultSelector()
        self.stop_event = threading.Event()
        self.stats = {"connects": 0, "refused_421": 0, "closed_by_server": 0,
                      "cut_for_time": 0, "connect_errors": 0, "bytes_sent": 0}
        self.slots = {}
        self.reconnect = {}  # index -> when: a second after the server closed it
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, index):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            s.bind((LORIS_ADDRESS, 0))
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", self.port))
        except OSError:
            s.close()
            self.stats["connect_errors"] += 1
            return
        self.stats["connects"] += 1
        self.slots[index] = {"socket": s, "received": b"", "offset": 0}
        self.selector.register(s, selectors.EVENT_READ, index)

    def _close(self, index):
        slot = self.slots.pop(index, None)
        if not slot:
            return
        try:
            self.selector.unregister(slot["socket"])
        except (KeyError, ValueError):
            pass
        slot["socket"].close()

    def _run(self):
        for i in range(self.count):
            self._open(i)
        next_trickle = time.monotonic() + 1.0
        while not self.stop_event.is_set():
            for key, _ in self.selector.select(timeout=0.2):
                index = key.data
                slot = self.slots.get(index)
                if not slot:
                    continue
                try:
                    data = slot["socket"].recv(4096)
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    data = b""
                if data:
                    slot["received"] += data[:512]
                    continue
                # Closed by the server: note why, and come back (as an attacker would).
                received = slot["received"]
                if received.startswith(b"421 4.7.0 Too many"):
                    self.stats["refused_421"] += 1
                elif b"421 4.4.2" in received:
                    self.stats["cut_for_time"] += 1
                else:
                    self.stats["closed_by_server"] += 1
                self._close(index)
                self.reconnect[index] = time.monotonic() + 1.0
            now = time.monotonic()
            for index, when in list(self.reconnect.items()):
                if when <= now:
                    del self.reconnect[index]
                    self._open(index)
            if now >= next_trickle:
                next_trickle = now + 1.0
                for index, slot in list(self.slots.items()):
                    if index % 2 == 0:
                        continue
                    byte = self.PAYLOAD[slot["offset"] % len(self.PAYLOAD):][:1]
                    try:
                        if slot["socket"].send(byte) == 1:
                            slot["offset"] += 1
                            self.stats["bytes_sent"] += 1
                    except OSError:
                        pass
        for index in list(self.slots):
            self._close(index)

    def start(self):
        self.thread.start()

    def stop(self):
        self.stop_event.set()
        self.thread.join(30)


def run(args):
    source = find_smtp_source()
    if not source:
        raise LoadError("smtp-source not found (apt install postfix)")
    workdir = tempfile.mkdtemp(prefix="sendcheck-practice-load-")
    flags = ["--max-sessions", str(args.sessions + args.free_slots),
             "--max-sessions-per-client", str(args.sessions),
             "--max-session-seconds", str(args.session_seconds)]
    server = PracticeServer(args.cli, workdir, flags)
    results = {"server_flags": flags, "smtp_source": source}
    try:
        server.start()
        pid = server.process.pid
        results["memory_start_kb"] = proc_status(pid)

        # --- burst --------------------------------------------------------------------------
        burst = smtp_source(source, server.port, args.sessions, args.messages)
        wait_for_messages(server, args.messages, 10)
        counts = server.counts()
        burst.update({"sent": args.messages, "taken": counts["messages"],
                      "lost": args.messages - counts["messages"],
                      "refused_by_caps": counts["refused"],
                      "peak_sessions": counts["peak_open"]})
        results["burst"] = burst
        results["memory_after_burst_kb"] = proc_status(pid)

        # --- slow-loris ---------------------------------------------------------------------
        before = server.counts()
        server.reset_peak()
        loris = SlowLoris(server.port, args.loris)
        loris.start()
        time.sleep(2.0)  # let them all connect and take what they can
        held = server.counts()["open"]
        probes = []
        source_result = None
        source_messages = args.loris_burst
        deadline = time.monotonic() + args.loris_seconds
        burst_thread_result = {}

        def background_burst():
            try:
                burst_thread_result.update(smtp_source(source, server.port, 20, source_messages))
            except LoadError as e:
                burst_thread_result["error"] = str(e)

        burst_thread = threading.Thread(target=background_burst, daemon=True)
        burst_thread.start()
        while time.monotonic() < deadline:
            probes.append(probe_session(server.port))
            time.sleep(0.5)
        burst_thread.join(120)
        source_result = dict(burst_thread_result)
        loris.stop()
        taken_during = server.counts()["messages"] - before["messages"]
        probe_taken = sum(1 for p in probes if p["taken"])
        source_taken = taken_during - probe_taken
        source_result.update({"sent": source_messages, "taken": source_taken,
                              "lost": source_messages - source_taken})
        greetings = [p["greeting_ms"] for p in probes if p["greeting_ms"] is not None]
        results["slow_loris"] = {
            "sockets": args.loris, "seconds": args.loris_seconds, "from": LORIS_ADDRESS,
            "sessions_open_after_2s": held, "peak_sessions": server.counts()["peak_open"],
            "loris": loris.stats,
            "probes": len(probes), "probes_served": probe_taken,
            "probe_greeting_ms_median": statistics.median(greetings) if greetings else None,
            "probe_greeting_ms_max": max(greetings) if greetings else None,
            "probe_failures": [p for p in probes if not p["taken"]][:5],
            "burst": source_result,
        }
        results["memory_end_kb"] = proc_status(pid)
        results["server_alive"] = server.alive()
        results["refused_total"] = server.counts()["refused"]
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def report(results, args):
    b = results["burst"]
    s = results["slow_loris"]
    sb = s["burst"]
    hwm = (results.get("memory_end_kb") or {}).get("VmHWM")
    start_rss = (results.get("memory_start_kb") or {}).get("VmRSS")
    lost = b["lost"] + sb.get("lost", 0) + (s["probes"] - s["probes_served"])
    lines = [
        f"Practice server under load: sendcheck-cli practice {' '.join(results['server_flags'])}",
        f"- burst: smtp-source -s {args.sessions} -m {args.messages} -l 2048: sent {b['sent']}, "
        f"taken {b['taken']}, lost {b['lost']}; refused by the caps {b['refused_by_caps']}; "
        f"most sessions open at once {b['peak_sessions']}; {b['wall_s']:.1f} s "
        f"({b['sent'] / b['wall_s']:.0f} msg/s); smtp-source warnings {b['warning_count']}",
        f"- slow-loris: {s['sockets']} sockets from {s['from']} for {s['seconds']} s (half silent, "
        f"half one byte a second, back a second after being closed): {s['sessions_open_after_2s']} sessions held "
        f"after 2 s; refused with 421 by the per-client cap {s['loris']['refused_421']} times, "
        f"cut with 421 by --max-session-seconds {s['loris']['cut_for_time']}, otherwise closed "
        f"{s['loris']['closed_by_server']}; {s['loris']['connects']} connects",
        f"- during the slow-loris: well-behaved sessions from 127.0.0.1 served "
        f"{s['probes_served']}/{s['probes']} (time to greeting median "
        f"{s['probe_greeting_ms_median'] or 0:.1f} ms, max {s['probe_greeting_ms_max'] or 0:.1f} ms); "
        f"smtp-source -s 20 -m {sb['sent']}: taken {sb['taken']}, lost {sb['lost']}",
        f"- messages lost in all (beyond refusals by design): {lost}",
        f"- new sessions served during the slow-loris: "
        f"{'yes' if s['probes_served'] == s['probes'] and sb['lost'] == 0 else 'NO'}",
        f"- peak memory of the practice server (VmHWM): "
        f"{hwm / 1024:.1f} MB" if hwm else "- peak memory: unknown",
        f"- memory at start (VmRSS) {start_rss / 1024:.1f} MB; server still running at the end: "
        f"{'yes' if results['server_alive'] else 'NO'}" if start_rss else "",
    ]
    results["messages_lost"] = lost
    return "\n".join(line for line in lines if line)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--cli", required=True, help="the sendcheck-cli to run")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--free-slots", type=int, default=100,
                        help="--max-sessions is --sessions plus this")
    parser.add_argument("--session-seconds", type=int, default=10,
                        help="--max-session-seconds for the server")
    parser.add_argument("--loris", type=int, default=300)
    parser.add_argument("--loris-seconds", type=int, default=20)
    parser.add_argument("--loris-burst", type=int, default=500,
                        help="messages smtp-source sends during the slow-loris")
    parser.add_argument("--json", help="save the figures there")
    args = parser.parse_args(argv)
    # Bounded, whatever is asked.
    args.messages = max(1, min(args.messages, 20000))
    args.sessions = max(1, min(args.sessions, 500))
    args.loris = max(0, min(args.loris, 1000))
    args.loris_seconds = max(1, min(args.loris_seconds, 120))
    args.loris_burst = max(1, min(args.loris_burst, 5000))
    return args


def main(argv=None):
    args = parse_args(argv)
    try:
        results = run(args)
    except LoadError as e:
        print(f"practice_load: {e}", file=sys.stderr)
        return 1
    print(report(results, args))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
