#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Domain check benchmark: a domain whose SPF record has ten includes, served by NSD on
127.0.0.1 behind latency_proxy.py --udp (30 ms added to every answer). Runs
`sendcheck-cli domain bench.test --nameserver ...` and prints the DNS queries sent, the wall
time and the wall time in round trips of 30 ms (program start included). Parallel lookups
should make it a few round trips, not twenty. Prints, never asserts.

  bench_domain.py --cli build/app/sendcheck-cli [--delay-ms 30] [--runs 3]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def zone(includes):
    lines = ["$ORIGIN bench.test.", "$TTL 300",
             "@ IN SOA ns.bench.test. hostmaster.bench.test. 1 3600 600 86400 300",
             "@ IN NS ns.bench.test.", "ns IN A 127.0.0.1"]
    spf = "v=spf1 " + " ".join(f"include:i{i}.bench.test" for i in range(1, includes + 1)) + " -all"
    lines.append(f'@ IN TXT "{spf}"')
    for i in range(1, includes + 1):
        lines.append(f'i{i} IN TXT "v=spf1 ip4:192.0.2.{i} -all"')
    lines += ['_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@bench.test"',
              "@ IN MX 10 mx.bench.test.", "mx IN A 192.0.2.25"]
    return "\n".join(lines) + "\n"


def free_port():
    import socket
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nsd(directory):
    nsd = shutil.which("nsd", path="/usr/sbin:/usr/local/sbin:" + os.environ.get("PATH", ""))
    if not nsd:
        sys.exit("nsd not found: install the Debian package nsd")
    port = free_port()
    with open(os.path.join(directory, "bench.test.zone"), "w") as f:
        f.write(zone(10))
    conf = f"""server:
    ip-address: 127.0.0.1@{port}
    username: ""
    chroot: ""
    zonesdir: "{directory}"
    database: ""
    zonelistfile: "{directory}/zone.list"
    xfrdfile: "{directory}/xfrd.state"
    xfrdir: "{directory}"
    pidfile: "{directory}/nsd.pid"
    logfile: "{directory}/nsd.log"
    server-count: 1
    verbosity: 1
remote-control:
    control-enable: no
zone:
    name: bench.test
    zonefile: bench.test.zone
"""
    with open(os.path.join(directory, "nsd.conf"), "w") as f:
        f.write(conf)
    process = subprocess.Popen([nsd, "-d", "-c", os.path.join(directory, "nsd.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = os.path.join(directory, "nsd.log")
    for _ in range(200):
        if os.path.exists(log) and "nsd started" in open(log).read():
            return process, port
        time.sleep(0.05)
    process.terminate()
    sys.exit("nsd did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--delay-ms", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        nsd, nsd_port = start_nsd(directory)
        try:
            for run in range(1, args.runs + 1):
                stats = os.path.join(directory, f"proxy-{run}.json")
                proxy = subprocess.Popen(
                    [sys.executable, os.path.join(HERE, "latency_proxy.py"), "--udp",
                     "--target-port", str(nsd_port), "--delay-ms", str(args.delay_ms),
                     "--stats", stats], stdout=subprocess.PIPE, text=True)
                port = int(proxy.stdout.readline().split()[1])
                started = time.monotonic()
                result = subprocess.run(
                    [args.cli, "domain", "bench.test", "--nameserver", f"127.0.0.1:{port}",
                     "--json"], capture_output=True, text=True)
                wall_ms = (time.monotonic() - started) * 1000
                proxy.terminate()
                proxy.wait()
                with open(stats) as f:
                    relay = json.loads(f.readline())
                lookups = json.loads(result.stdout)["spf"]["dns_lookups"] if result.stdout else None
                print(f"run {run}: {relay['queries']} DNS queries, wall {wall_ms:.0f} ms = "
                      f"{wall_ms / args.delay_ms:.1f} x {args.delay_ms:.0f} ms "
                      f"(SPF lookups counted: {lookups}, exit {result.returncode})", flush=True)
        finally:
            nsd.terminate()
            nsd.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
