#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The aiosmtpd interop peer (tests/peers/aiosmtpd_peer.py, same handler and policy) set up for
benchmarks: STARTTLS or implicit TLS (TLS from the first byte, like port 465), and no message
size limit (aiosmtpd's default of 32 MiB would refuse the 50 MB benchmark message).

Listens on 127.0.0.1 only; prints "PORT <n>" (flushed) once listening; runs until SIGTERM/SIGINT.

  --port 0                  port to bind (0: any free port)
  --cert F --key F          certificate and key (required)
  --implicit-tls            TLS on connect instead of STARTTLS
  --user U --password-env V AUTH PLAIN and LOGIN for U, password from environment variable V
  --known ADDR              a deliverable local recipient (repeatable)
"""

import argparse
import asyncio
import importlib.util
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))


def load_interop_peer():
    path = os.path.join(HERE, "..", "peers", "aiosmtpd_peer.py")
    spec = importlib.util.spec_from_file_location("aiosmtpd_peer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password-env")
    parser.add_argument("--known", action="append", default=[])
    parser.add_argument("--local-domain", action="append", default=["local.test"])
    parser.add_argument("--hostname", default="aiosmtpd.local.test")
    args = parser.parse_args()
    args.save_dir = None

    password = None
    if args.user is not None:
        if not args.password_env or args.password_env not in os.environ:
            parser.error("--user needs --password-env naming a set environment variable")
        password = os.environ[args.password_env]

    tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls_context.load_cert_chain(args.cert, args.key)

    handler = load_interop_peer().Handler(args, password)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        # With implicit TLS aiosmtpd does not know the socket is encrypted (it only tracks its
        # own STARTTLS), so "AUTH only after TLS" is switched off: every connection is TLS.
        return SMTP(handler, hostname=args.hostname,
                    tls_context=None if args.implicit_tls else tls_context,
                    auth_require_tls=not args.implicit_tls,
                    authenticator=handler.authenticate if args.user is not None else None,
                    data_size_limit=None, timeout=120, loop=loop)

    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=args.port,
        ssl=tls_context if args.implicit_tls else None))
    port = server.sockets[0].getsockname()[1]

    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    print(f"PORT {port}", flush=True)
    try:
        loop.run_until_complete(stop.wait())
    finally:
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
