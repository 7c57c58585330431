#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server nobody here wrote (aiosmtpd, Debian package python3-aiosmtpd 1.4),
configured like a small submission server, for Sendcheck's interop tests.

Listens on 127.0.0.1 only; prints "PORT <n>" (flushed) once listening; runs until SIGTERM/SIGINT.

  --port 0                  port to bind (0: any free port)
  --cert F --key F          offer STARTTLS with this certificate and key
  --require-starttls        530 for everything but EHLO/NOOP/QUIT/STARTTLS before TLS
  --user U --password-env V AUTH PLAIN and LOGIN (only after TLS) for U, password read from the
                            environment variable V (never from the command line)
  --known ADDR              a deliverable local recipient (repeatable); the domains of these
                            addresses (plus --local-domain) are the local domains
  --save-dir D              save each message as N.eml (exactly the bytes received, after
                            dot-unstuffing) and N.json (mail_from, rcpt_tos, auth user)

Recipient policy, Postfix's wording: unknown user in a local domain ->
"550 5.1.1 <addr>: Recipient address rejected: User unknown"; another domain while not
signed in -> "554 5.7.1 <addr>: Relay access denied". Wrong password ->
"535 5.7.8 Authentication credentials invalid". PIPELINING is advertised (aiosmtpd reads
commands one line at a time from a stream, so pipelined commands are handled in order).
"""

import argparse
import asyncio
import hmac
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args, password):
        self.user = args.user
        self.password = password
        self.known = {a.lower() for a in args.known}
        self.local_domains = {a.rsplit("@", 1)[-1].lower() for a in args.known}
        self.local_domains.update(d.lower() for d in args.local_domain)
        self.save_dir = args.save_dir
        self.count = 0

    # The 5-argument hook: gets the capability lines so far and returns the ones to send.
    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        responses.insert(1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rsplit("@", 1)[-1].lower() if "@" in address else ""
        if domain in self.local_domains:
            if address.lower() not in self.known:
                return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        elif not session.authenticated:
            return f"554 5.7.1 <{address}>: Relay access denied"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.save_dir:
            self.count += 1
            base = os.path.join(self.save_dir, str(self.count))
            with open(base + ".eml.part", "wb") as f:
                f.write(envelope.original_content)
            user = getattr(session.auth_data, "login", None)
            meta = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "auth_user": user.decode("utf-8", "replace") if isinstance(user, bytes) else user,
                "tls": session.ssl is not None,
            }
            with open(base + ".json.part", "w", encoding="utf-8") as f:
                json.dump(meta, f)
            # Renamed last, so a test that sees N.eml also sees the whole of it and N.json.
            os.rename(base + ".json.part", base + ".json")
            os.rename(base + ".eml.part", base + ".eml")
        return f"250 2.0.0 Ok: queued as {self.count}"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword) or self.user is None:
            return AuthResult(success=False, handled=False)
        ok = hmac.compare_digest(auth_data.login, self.user.encode()) and hmac.compare_digest(
            auth_data.password, self.password.encode())
        if not ok:
            return AuthResult(success=False, handled=False,
                              message="535 5.7.8 Authentication credentials invalid")
        return AuthResult(success=True, auth_data=auth_data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password-env")
    parser.add_argument("--known", action="append", default=[])
    parser.add_argument("--local-domain", action="append", default=["local.test"])
    parser.add_argument("--save-dir")
    parser.add_argument("--hostname", default="aiosmtpd.local.test")
    args = parser.parse_args()

    password = None
    if args.user is not None:
        if not args.password_env or args.password_env not in os.environ:
            parser.error("--user needs --password-env naming a set environment variable")
        password = os.environ[args.password_env]
    if bool(args.cert) != bool(args.key):
        parser.error("--cert and --key go together")
    if args.require_starttls and not args.cert:
        parser.error("--require-starttls needs --cert/--key")
    if args.save_dir:
        os.makedirs(args.save_dir, exist_ok=True)

    tls_context = None
    if args.cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)

    handler = Handler(args, password)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        return SMTP(handler, hostname=args.hostname, tls_context=tls_context,
                    require_starttls=args.require_starttls, auth_require_tls=True,
                    authenticator=handler.authenticate if args.user is not None else None,
                    timeout=60, loop=loop)

    # The Controller class would connect to the port itself to check it is up, which does not
    # work with port 0; a plain asyncio server tells us its port directly.
    server = loop.run_until_complete(loop.create_server(factory, host="127.0.0.1", port=args.port))
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
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
