#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP proxy on 127.0.0.1 that delays server-to-client data and counts round trips.

Sendcheck's benchmarks put it between an SMTP client and a server to count how many times the
client has to wait for the server during one session. The bytes pass through unchanged (TLS
included: the proxy never looks inside), so it works for any client.

  --target-port P      the server's port on 127.0.0.1
  --delay-ms D         delay for every server-to-client chunk (default 50)
  --stats FILE         append one JSON line per finished connection to FILE

  --udp                relay UDP datagrams instead (DNS): each answer is delayed by D ms; one
                       JSON line {queries, answers, round_trips, delay_ms} is written at exit.
                       round_trips counts queries sent while no answer was outstanding, a lower
                       bound only: a client that sends the next wave as the first answers of the
                       last one arrive is not seen to wait. Wall time / D is the better measure.

Prints "PORT <n>" (flushed) once listening; runs until SIGTERM/SIGINT.

How round trips are counted. Client-to-server data is forwarded at once; every chunk the server
sends is handed to the client D ms after it reached the proxy (order kept). Looking at the
connection from the client's side, the events form runs: client data, then server data, then
client data... A round trip is one run of server data delivered to the client after the client
spoke (the connection itself counts as the client speaking, so the greeting is the first round
trip), while the client still has its side of the connection open. That is exactly "the number
of times the client had to wait for the server": anything the client sends without waiting
(pipelined commands, QUIT sent with the final dot) lands in the same client run, and a reply
that arrives only after the client closed its side (a QUIT reply nobody waits for) is not
counted. Because D is much larger than the time either program takes to react on loopback,
chunks of one server answer cannot be split by client data unless the client really reacted in
between. As a cross-check each record also carries the connection's duration, which for a
client that waits N times is at least N * D.

Record fields: round_trips, duration_ms, delay_ms, client_bytes, server_bytes, client_chunks,
server_chunks.
"""

import argparse
import asyncio
import json
import signal
import sys
import time


class Connection:
    def __init__(self, proxy, client_reader, client_writer):
        self.proxy = proxy
        self.client_reader = client_reader
        self.client_writer = client_writer
        self.started = time.monotonic()
        self.round_trips = 0
        self.last = "client"  # connecting is the client's first move
        self.client_open = True
        self.client_bytes = 0
        self.server_bytes = 0
        self.client_chunks = 0
        self.server_chunks = 0
        self.pending = 0  # delayed server chunks not yet handed to the client
        self.server_done = asyncio.Event()

    async def run(self):
        loop = asyncio.get_running_loop()
        try:
            server_reader, server_writer = await asyncio.open_connection(
                "127.0.0.1", self.proxy.target_port)
        except OSError:
            self.client_writer.close()
            return
        up = loop.create_task(self.client_to_server(server_writer))
        down = loop.create_task(self.server_to_client(server_reader))
        await up
        # A server that does not hang up after the client left is cut off after a while.
        try:
            await asyncio.wait_for(asyncio.shield(down), 10)
            await asyncio.wait_for(self.server_done.wait(), 10 + self.proxy.delay_ms / 1000.0)
        except asyncio.TimeoutError:
            down.cancel()
        for writer in (server_writer, self.client_writer):
            try:
                writer.close()
            except Exception:
                pass
        self.proxy.record({
            "round_trips": self.round_trips,
            "duration_ms": round((time.monotonic() - self.started) * 1000, 1),
            "delay_ms": self.proxy.delay_ms,
            "client_bytes": self.client_bytes,
            "server_bytes": self.server_bytes,
            "client_chunks": self.client_chunks,
            "server_chunks": self.server_chunks,
        })

    async def client_to_server(self, server_writer):
        try:
            while True:
                data = await self.client_reader.read(65536)
                if not data:
                    break
                self.last = "client"
                self.client_bytes += len(data)
                self.client_chunks += 1
                server_writer.write(data)
                await server_writer.drain()
        except (ConnectionError, OSError):
            pass
        self.client_open = False
        try:
            if server_writer.can_write_eof():
                server_writer.write_eof()
        except (ConnectionError, OSError):
            pass

    async def server_to_client(self, server_reader):
        loop = asyncio.get_running_loop()
        delay = self.proxy.delay_ms / 1000.0
        try:
            while True:
                data = await server_reader.read(65536)
                if not data:
                    break
                self.server_bytes += len(data)
                self.server_chunks += 1
                self.pending += 1
                loop.call_later(delay, self.deliver, data)
        except (ConnectionError, OSError):
            pass
        loop.call_later(delay, self.deliver_eof)

    def deliver(self, data):
        self.pending -= 1
        if not self.client_open:
            return  # nobody waits for it any more
        if self.last == "client":
            self.round_trips += 1
            self.last = "server"
        try:
            self.client_writer.write(data)
        except (ConnectionError, OSError, RuntimeError):
            pass

    def deliver_eof(self):
        try:
            if self.client_open and self.client_writer.can_write_eof():
                self.client_writer.write_eof()
        except (ConnectionError, OSError, RuntimeError):
            pass
        self.server_done.set()


class Proxy:
    def __init__(self, target_port, delay_ms, stats_path):
        self.target_port = target_port
        self.delay_ms = delay_ms
        self.stats_path = stats_path

    def record(self, stats):
        line = json.dumps(stats)
        if self.stats_path:
            with open(self.stats_path, "a", encoding="utf-8") as f:
                f.write(line + "\n")
        else:
            print("CONN " + line, flush=True)

    async def handle(self, reader, writer):
        await Connection(self, reader, writer).run()


class UdpRelay(asyncio.DatagramProtocol):
    """Relays each client datagram to the target from its own socket, the answer D ms later."""

    def __init__(self, proxy):
        self.proxy = proxy
        self.transport = None
        self.queries = 0
        self.answers = 0
        self.round_trips = 0
        self.outstanding = 0

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.queries += 1
        if self.outstanding == 0:
            self.round_trips += 1
        self.outstanding += 1
        asyncio.get_running_loop().create_task(self.forward(data, addr))

    async def forward(self, data, addr):
        loop = asyncio.get_running_loop()
        relay = self

        class Upstream(asyncio.DatagramProtocol):
            def connection_made(self, transport):
                transport.sendto(data)
                self.transport = transport

            def datagram_received(self, answer, _):
                relay.answers += 1
                loop.call_later(relay.proxy.delay_ms / 1000.0, relay.deliver, answer, addr)
                self.transport.close()

        await loop.create_datagram_endpoint(
            Upstream, remote_addr=("127.0.0.1", self.proxy.target_port))

    def deliver(self, answer, addr):
        self.outstanding = max(0, self.outstanding - 1)
        self.transport.sendto(answer, addr)

    def stats(self):
        return {"queries": self.queries, "answers": self.answers,
                "round_trips": self.round_trips, "delay_ms": self.proxy.delay_ms}


def main_udp(proxy, port):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    relay = UdpRelay(proxy)
    transport, _ = loop.run_until_complete(
        loop.create_datagram_endpoint(lambda: relay, local_addr=("127.0.0.1", port)))
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(f"PORT {transport.get_extra_info('sockname')[1]}", flush=True)
    try:
        loop.run_until_complete(stop.wait())
    finally:
        transport.close()
        proxy.record(relay.stats())
        loop.close()
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--target-port", type=int, required=True)
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--stats")
    parser.add_argument("--udp", action="store_true")
    args = parser.parse_args()

    proxy = Proxy(args.target_port, args.delay_ms, args.stats)
    if args.udp:
        return main_udp(proxy, args.port)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(asyncio.start_server(proxy.handle, "127.0.0.1", args.port))
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    try:
        loop.run_until_complete(stop.wait())
    finally:
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
