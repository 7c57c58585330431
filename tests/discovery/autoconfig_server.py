#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local web server for the discovery tests: serves autoconfig files (good, for another
domain, malformed, huge, a redirect loop, slow) and ISPDB answers by path, over HTTPS with a
test certificate or, with --plain, over HTTP. Prints "PORT <n>" once it listens on 127.0.0.1.

With --loopback-smtp CLOSED,STARTTLS,TLS, autoconfig.loopback.test names 127.0.0.1 with SSL/TLS
on CLOSED, STARTTLS on STARTTLS and STARTTLS on TLS (a TLS port), autoconfig.closed.test only
SSL/TLS on CLOSED: for discover --probe.

Paths: /<host>/mail/config-v1.1.xml and /<domain>/.well-known/autoconfig/mail/config-v1.1.xml
(the host a real lookup would ask is the first path segment), /ispdb/<domain>.
"""
import argparse
import http.server
import ssl
import sys
import time

CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{name}</displayName>
    <incomingServer type="imap">
      <hostname>imap.{domain}</hostname><port>993</port><socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>{smtp}</hostname><port>465</port><socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>{smtp}</hostname><port>587</port><socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


LOOPBACK = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>Loopback Mail</displayName>
{servers}  </emailProvider>
</clientConfig>
"""
LOOPBACK_SERVER = """    <outgoingServer type="smtp">
      <hostname>127.0.0.1</hostname><port>{port}</port><socketType>{socket}</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
"""


def loopback_config(domain, servers):
    return LOOPBACK.format(domain=domain, servers="".join(
        LOOPBACK_SERVER.format(port=port, socket=socket) for port, socket in servers)).encode()


def config(domain, name=None, smtp=None):
    return CONFIG.format(domain=domain, name=name or domain + " mail",
                         smtp=smtp or "smtp." + domain).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    plain = False
    loopback = None  # (closed, starttls, tls) ports

    def log_message(self, *args):
        sys.stderr.write("%s %s\n" % (self.command, self.path))

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        parts = path.strip("/").split("/")
        first = parts[0]
        if first == "ispdb" and len(parts) == 2:
            if parts[1] == "ispdbonly.test":
                return self.send(200, config("ispdbonly.test", "ISPDB Only Mail"))
            if parts[1] == "mxhost.test":
                return self.send(200, config("mxhost.test", "MX Host Mail"))
            return self.send(404)
        well_known = path.endswith("/.well-known/autoconfig/mail/config-v1.1.xml")
        host = first[len("autoconfig."):] if first.startswith("autoconfig.") else None
        if self.plain:
            if host == "plain.test":
                return self.send(200, config("plain.test", "Plain Mail"))
            return self.send(404)
        if well_known and first == "wellknown.test":
            return self.send(200, config("wellknown.test", "Well Known Mail"))
        if host == "loopback.test" and Handler.loopback:
            closed, starttls, tls = Handler.loopback
            return self.send(200, loopback_config("loopback.test", [
                (closed, "SSL"), (starttls, "STARTTLS"), (tls, "STARTTLS")]))
        if host == "closed.test" and Handler.loopback:
            return self.send(200, loopback_config("closed.test", [(Handler.loopback[0], "SSL")]))
        if host == "good.test":
            return self.send(200, config("good.test", "Good Mail"))
        if host == "other.test":
            return self.send(200, config("elsewhere.example", "Elsewhere Mail"))
        if host == "malformed.test":
            return self.send(200, b"<?xml version='1.0'?><clientConfig><emailProvider id='x'>"
                                  b"<outgoingServer type='smtp'><hostname>smtp.x</hostname>")
        if host == "huge.test":
            return self.send(200, b"<!-- " + b"x" * (2 * 1024 * 1024) + b" -->")
        if host == "loop.test":
            return self.send(302, headers=[("Location", path)])
        if host == "slow.test":
            time.sleep(8)
            return self.send(200, config("slow.test"))
        return self.send(404)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--loopback-smtp")
    args = parser.parse_args()
    Handler.plain = args.plain
    if args.loopback_smtp:
        Handler.loopback = tuple(int(p) for p in args.loopback_smtp.split(","))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    if not args.plain:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
