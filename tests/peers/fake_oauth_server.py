#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local OAuth 2.0 authorization server shaped like Google's and Microsoft's, for tests.

Python 3 standard library only. Listens on 127.0.0.1 only; prints "PORT <n>" (flushed) once
listening; runs until SIGTERM/SIGINT. Never contacts any other address and never writes a code
or token value to stdout/stderr (logged paths have those query values masked).

  --port 0                     port to bind (0: any free port)
  --client-id ID               the one registered client (required)
  --client-secret-env VAR      the token endpoint requires this secret (read from the environment
                               variable VAR), as for Google's desktop clients
  --client-secret S            the same, given directly (manual runs only: tests use the -env form)
  --account EMAIL              who signs in (default user@example.test)
  --scope "A B"                scopes the client must ask for; the requested scope is granted
  --access-token-lifetime N    expires_in in seconds (default 3600)
  --rotate-refresh-tokens      a refresh returns a new refresh token and revokes the old one

Endpoints (any path ending in /authorize or /token, so a Microsoft tenant segment works):
  GET  /authorize              authorization code + PKCE (S256 only), loopback redirect URIs only
  POST /token                  grant_type authorization_code or refresh_token, RFC 6749 5.2 errors
  GET  /.well-known/openid-configuration
  POST /control                JSON, any of {"authorize_mode": "approve|deny|wrong-state|
                               no-redirect", "token_mode": "ok|invalid_grant|server_error|slow|
                               not-json", "revoke_refresh_tokens": true, "access_token_lifetime": N}
  GET  /control/state          what was issued and asked so far, as JSON
"""

import argparse
import base64
import hashlib
import hmac
import html
import json
import os
import re
import secrets
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

AUTHORIZE_MODES = ("approve", "deny", "wrong-state", "no-redirect")
TOKEN_MODES = ("ok", "invalid_grant", "server_error", "slow", "not-json")
# Query and form fields whose values are never logged.
SECRET_FIELDS = {"code", "access_token", "refresh_token", "id_token", "token", "code_verifier",
                 "client_secret", "assertion", "code_challenge"}
CODE_LIFETIME = 600
SLOW_SECONDS = 30
PKCE_VALUE = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")
MAX_BODY = 1 << 20


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mask_path(path):
    split = urllib.parse.urlsplit(path)
    if not split.query:
        return path
    pairs = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
    masked = [(k, "***" if k in SECRET_FIELDS else v) for k, v in pairs]
    return urllib.parse.urlunsplit(split._replace(query=urllib.parse.urlencode(masked)))


def loopback_redirect(uri):
    """True for http://127.0.0.1:<port>[/path] and http://localhost:<port>[/path]."""
    try:
        split = urllib.parse.urlsplit(uri)
        port = split.port
    except ValueError:
        return False
    return (split.scheme == "http" and split.hostname in ("127.0.0.1", "localhost")
            and port is not None and 0 < port < 65536 and not split.username
            and not split.password and not split.fragment and "@" not in split.netloc)


class State:
    def __init__(self, args, client_secret):
        self.lock = threading.Lock()
        self.client_id = args.client_id
        self.client_secret = client_secret
        self.account = args.account
        self.required_scopes = set(args.scope.split())
        self.lifetime = args.access_token_lifetime
        self.rotate = args.rotate_refresh_tokens
        self.authorize_mode = "approve"
        self.token_mode = "ok"
        self.codes = {}           # code -> dict(client_id, redirect_uri, challenge, scope, ...)
        self.refresh = {}         # refresh token -> dict(client_id, scope, revoked)
        self.access_tokens = []
        self.refresh_tokens = []
        self.token_requests = []
        self.authorize_requests = []
        self.port = 0

    def snapshot(self):
        with self.lock:
            return {
                "authorize_mode": self.authorize_mode,
                "token_mode": self.token_mode,
                "access_token_lifetime": self.lifetime,
                "access_tokens": list(self.access_tokens),
                "refresh_tokens": list(self.refresh_tokens),
                "token_requests": list(self.token_requests),
                "authorize_requests": list(self.authorize_requests),
            }


class TokenError(Exception):
    def __init__(self, status, error, description):
        super().__init__(error)
        self.status = status
        self.error = error
        self.description = description


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeOAuth/1.0"
    state = None  # set in main()

    # --- logging: method, masked path, status; never a code or token value ---
    def log_request(self, code="-", size="-"):
        sys.stderr.write("%s %s -> %s\n" % (self.command, mask_path(self.path), code))
        sys.stderr.flush()

    def log_message(self, fmt, *args):
        # Only reached for protocol errors (log_request is overridden); the request line may hold
        # a code, so it is not repeated.
        sys.stderr.write("protocol error from %s\n" % self.client_address[0])
        sys.stderr.flush()

    # --- response helpers ---
    def send(self, status, body, content_type, headers=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("Pragma", "no-cache")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a timeout test): nothing left to tell it.
            self.close_connection = True

    def send_json(self, status, obj, headers=None):
        self.send(status, json.dumps(obj), "application/json; charset=utf-8", headers)

    def send_page(self, status, title, text):
        page = ("<!DOCTYPE html><html><head><title>%s</title></head><body><h1>%s</h1><p>%s</p>"
                "</body></html>" % (html.escape(title), html.escape(title), html.escape(text)))
        self.send(status, page, "text/html; charset=utf-8")

    def redirect(self, redirect_uri, params):
        separator = "&" if urllib.parse.urlsplit(redirect_uri).query else "?"
        location = redirect_uri + separator + urllib.parse.urlencode(params)
        self.send(302, "", "text/html; charset=utf-8", {"Location": location})

    def read_body(self):
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            return None
        return self.rfile.read(length) if length else b""

    def issuer(self):
        return "http://127.0.0.1:%d" % self.state.port

    # --- dispatch ---
    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path.endswith("/authorize"):
            self.authorize()
        elif path == "/control/state":
            if self.local_only():
                self.send_json(200, self.state.snapshot())
        elif path.endswith("/.well-known/openid-configuration"):
            self.discovery()
        elif path.endswith("/token") or path == "/control":
            self.send_json(405, {"error": "invalid_request",
                                 "error_description": "use POST"}, {"Allow": "POST"})
        else:
            self.send_page(404, "Not found", "No such page on this test server.")

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        body = self.read_body()
        if body is None:
            self.send_json(413, {"error": "invalid_request", "error_description": "bad length"})
        elif path.endswith("/token"):
            self.token(body)
        elif path == "/control":
            if self.local_only():
                self.control(body)
        elif path.endswith("/authorize"):
            self.send_page(405, "Method not allowed", "Use GET for the authorization request.")
        else:
            self.send_page(404, "Not found", "No such page on this test server.")

    def local_only(self):
        if self.client_address[0] != "127.0.0.1":
            self.send_json(403, {"error": "forbidden"})
            return False
        return True

    # --- GET /.well-known/openid-configuration ---
    def discovery(self):
        issuer = self.issuer()
        self.send_json(200, {
            "issuer": issuer,
            "authorization_endpoint": issuer + "/authorize",
            "token_endpoint": issuer + "/token",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic",
                                                      "none"],
            "id_token_signing_alg_values_supported": ["none"],
            "scopes_supported": sorted(self.state.required_scopes | {"openid", "email"}),
        })

    # --- GET /authorize ---
    def authorize(self):
        st = self.state
        query = urllib.parse.urlsplit(self.path).query
        params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        known = {"client_id", "redirect_uri", "scope", "code_challenge_method", "state",
                 "code_challenge", "response_type"}
        with st.lock:
            st.authorize_requests.append({
                "client_id": params.get("client_id"),
                "redirect_uri": params.get("redirect_uri"),
                "scope": params.get("scope"),
                "code_challenge_method": params.get("code_challenge_method"),
                "code_challenge_present": bool(params.get("code_challenge")),
                "response_type": params.get("response_type"),
                "state_present": "state" in params,
                "extra": {k: v for k, v in params.items() if k not in known},
            })
            mode = st.authorize_mode

        # Errors about the client or where to send it go to the user, never to a redirect.
        if params.get("client_id") != st.client_id:
            self.send_page(400, "Error 401: invalid_client",
                           "The OAuth client was not found.")
            return
        redirect_uri = params.get("redirect_uri", "")
        if not loopback_redirect(redirect_uri):
            self.send_page(400, "Error 400: redirect_uri_mismatch",
                           "The redirect URI in the request does not match the ones authorized "
                           "for the OAuth client (only http loopback addresses are allowed).")
            return

        def fail(error, description):
            reply = {"error": error, "error_description": description}
            if "state" in params:
                reply["state"] = params["state"]
            self.redirect(redirect_uri, reply)

        if params.get("response_type") != "code":
            fail("unsupported_response_type", "response_type must be code")
            return
        challenge = params.get("code_challenge")
        if not challenge:
            fail("invalid_request", "code_challenge is required (PKCE)")
            return
        if params.get("code_challenge_method") != "S256":
            fail("invalid_request", "code_challenge_method must be S256")
            return
        if not PKCE_VALUE.match(challenge):
            fail("invalid_request", "code_challenge is malformed")
            return
        requested = params.get("scope", "")
        missing = st.required_scopes - set(requested.split())
        if missing:
            fail("invalid_scope", "missing scope: " + " ".join(sorted(missing)))
            return

        if mode == "no-redirect":
            self.send_page(200, "Sign in", "Signing in as %s... (this page never continues)"
                           % st.account)
            return
        if mode == "deny":
            fail("access_denied", "The user denied the request.")
            return

        code = "fake-code-" + secrets.token_hex(16)
        with st.lock:
            st.codes[code] = {
                "client_id": params["client_id"],
                "redirect_uri": redirect_uri,
                "challenge": challenge,
                "scope": requested,
                "expires": time.time() + CODE_LIFETIME,
                "used": False,
            }
        reply = {"code": code}
        if mode == "wrong-state":
            reply["state"] = "not-" + params.get("state", "") + "-" + secrets.token_hex(4)
        elif "state" in params:
            reply["state"] = params["state"]
        self.redirect(redirect_uri, reply)

    # --- POST /token ---
    def token(self, body):
        st = self.state
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace"),
                                           keep_blank_values=True))
        basic_id, basic_secret, used_basic = self.basic_credentials()
        client_id = form.get("client_id") or basic_id
        client_secret = form.get("client_secret") if "client_secret" in form else basic_secret
        grant_type = form.get("grant_type")
        with st.lock:
            st.token_requests.append({
                "grant_type": grant_type,
                "client_id": client_id,
                "had_code_verifier": "code_verifier" in form,
                "had_client_secret": client_secret is not None,
                "redirect_uri": form.get("redirect_uri"),
                "scope": form.get("scope"),
                "basic_auth": used_basic,
            })
            mode = st.token_mode

        if mode == "slow":
            # Only this request's thread waits; the others (and /control) go on.
            time.sleep(SLOW_SECONDS)
        elif mode == "server_error":
            self.send_json(500, {"error": "server_error",
                                 "error_description": "The test server was told to fail."})
            return
        elif mode == "not-json":
            self.send_page(200, "Sign in", "An HTML page where JSON was expected.")
            return
        elif mode == "invalid_grant":
            self.send_json(400, {"error": "invalid_grant",
                                 "error_description": "The grant was revoked (test mode)."})
            return

        try:
            if content_type != "application/x-www-form-urlencoded":
                raise TokenError(400, "invalid_request",
                                 "Content-Type must be application/x-www-form-urlencoded")
            if not grant_type:
                raise TokenError(400, "invalid_request", "grant_type is missing")
            if grant_type not in ("authorization_code", "refresh_token"):
                raise TokenError(400, "unsupported_grant_type", "unsupported grant_type")
            self.authenticate_client(client_id, client_secret)
            if grant_type == "authorization_code":
                reply = self.exchange_code(form, client_id)
            else:
                reply = self.refresh_grant(form, client_id)
        except TokenError as e:
            headers = {}
            if e.status == 401 and used_basic:
                headers["WWW-Authenticate"] = 'Basic realm="fake-oauth"'
            self.send_json(e.status, {"error": e.error, "error_description": e.description},
                           headers)
            return
        self.send_json(200, reply)

    def basic_credentials(self):
        header = self.headers.get("Authorization") or ""
        if not header.lower().startswith("basic "):
            return None, None, False
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
            user, _, password = decoded.partition(":")
            return urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(password), True
        except (ValueError, UnicodeDecodeError):
            return None, None, True

    def authenticate_client(self, client_id, client_secret):
        st = self.state
        if not client_id:
            raise TokenError(401, "invalid_client", "client_id is missing")
        if not hmac.compare_digest(client_id.encode(), st.client_id.encode()):
            raise TokenError(401, "invalid_client", "The OAuth client was not found.")
        if st.client_secret is not None:
            if client_secret is None:
                raise TokenError(401, "invalid_client", "client_secret is missing.")
            if not hmac.compare_digest(client_secret.encode(), st.client_secret.encode()):
                raise TokenError(401, "invalid_client", "Unauthorized")

    def exchange_code(self, form, client_id):
        st = self.state
        code = form.get("code")
        if not code:
            raise TokenError(400, "invalid_request", "code is missing")
        with st.lock:
            grant = st.codes.get(code)
            if grant is None or grant["used"]:
                raise TokenError(400, "invalid_grant", "Malformed auth code or already used.")
            # Single use: any redemption attempt by the right client spends the code.
            grant["used"] = True
        if grant["expires"] < time.time():
            raise TokenError(400, "invalid_grant", "The authorization code has expired.")
        if grant["client_id"] != client_id:
            raise TokenError(400, "invalid_grant", "The code was issued to another client.")
        if form.get("redirect_uri") != grant["redirect_uri"]:
            raise TokenError(400, "invalid_grant", "redirect_uri does not match the one used "
                             "in the authorization request.")
        verifier = form.get("code_verifier")
        if verifier is None:
            raise TokenError(400, "invalid_request", "Missing code verifier.")
        if not PKCE_VALUE.match(verifier):
            raise TokenError(400, "invalid_request", "code_verifier is malformed.")
        computed = b64url(hashlib.sha256(verifier.encode("ascii")).digest())
        if not hmac.compare_digest(computed.encode(), grant["challenge"].encode()):
            raise TokenError(400, "invalid_grant", "Invalid code verifier.")

        now = int(time.time())
        with st.lock:
            access = self.new_access_token()
            refresh = "fake-rt-" + secrets.token_hex(20)
            st.refresh[refresh] = {"client_id": client_id, "scope": grant["scope"],
                                   "revoked": False}
            st.refresh_tokens.append(refresh)
            lifetime = st.lifetime
        claims = {
            "iss": self.issuer(),
            "aud": client_id,
            "sub": hashlib.sha256(st.account.encode()).hexdigest()[:21],
            "email": st.account,
            "email_verified": True,
            "preferred_username": st.account,
            "iat": now,
            "exp": now + lifetime,
        }
        id_token = (b64url(json.dumps({"alg": "none"}).encode()) + "."
                    + b64url(json.dumps(claims).encode()) + ".")
        return {"access_token": access, "token_type": "Bearer", "expires_in": lifetime,
                "refresh_token": refresh, "scope": grant["scope"], "id_token": id_token}

    def refresh_grant(self, form, client_id):
        st = self.state
        token = form.get("refresh_token")
        if not token:
            raise TokenError(400, "invalid_request", "refresh_token is missing")
        with st.lock:
            grant = st.refresh.get(token)
            if grant is None or grant["revoked"]:
                raise TokenError(400, "invalid_grant", "Token has been expired or revoked.")
            if grant["client_id"] != client_id:
                raise TokenError(400, "invalid_grant", "The token was issued to another client.")
            asked = form.get("scope")
            if asked and not set(asked.split()) <= set(grant["scope"].split()):
                raise TokenError(400, "invalid_scope", "The scope exceeds the one granted.")
            reply = {"access_token": self.new_access_token(), "token_type": "Bearer",
                     "expires_in": st.lifetime, "scope": grant["scope"]}
            if st.rotate:
                grant["revoked"] = True
                fresh = "fake-rt-" + secrets.token_hex(20)
                st.refresh[fresh] = {"client_id": client_id, "scope": grant["scope"],
                                     "revoked": False}
                st.refresh_tokens.append(fresh)
                reply["refresh_token"] = fresh
        return reply

    def new_access_token(self):
        # Caller holds the lock.
        token = "fake-at-" + secrets.token_hex(20)
        self.state.access_tokens.append(token)
        return token

    # --- POST /control ---
    def control(self, body):
        st = self.state
        try:
            request = json.loads(body.decode("utf-8") or "{}")
            if not isinstance(request, dict):
                raise ValueError("a JSON object is expected")
            unknown = set(request) - {"authorize_mode", "token_mode", "revoke_refresh_tokens",
                                      "access_token_lifetime"}
            if unknown:
                raise ValueError("unknown fields: " + ", ".join(sorted(unknown)))
            if "authorize_mode" in request and request["authorize_mode"] not in AUTHORIZE_MODES:
                raise ValueError("authorize_mode must be one of " + ", ".join(AUTHORIZE_MODES))
            if "token_mode" in request and request["token_mode"] not in TOKEN_MODES:
                raise ValueError("token_mode must be one of " + ", ".join(TOKEN_MODES))
            lifetime = request.get("access_token_lifetime")
            if lifetime is not None and (not isinstance(lifetime, int) or isinstance(lifetime, bool)
                                         or lifetime < 0):
                raise ValueError("access_token_lifetime must be a whole number >= 0")
            revoke = request.get("revoke_refresh_tokens", False)
            if not isinstance(revoke, bool):
                raise ValueError("revoke_refresh_tokens must be true or false")
        except ValueError as e:  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
            self.send_json(400, {"error": "invalid_request", "error_description": str(e)})
            return
        with st.lock:
            if "authorize_mode" in request:
                st.authorize_mode = request["authorize_mode"]
            if "token_mode" in request:
                st.token_mode = request["token_mode"]
            if lifetime is not None:
                st.lifetime = lifetime
            if revoke:
                for grant in st.refresh.values():
                    grant["revoked"] = True
            reply = {"ok": True, "authorize_mode": st.authorize_mode,
                     "token_mode": st.token_mode, "access_token_lifetime": st.lifetime}
        sys.stderr.write("control: %s\n" % json.dumps(request, sort_keys=True))
        sys.stderr.flush()
        self.send_json(200, reply)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # A client that hung up is normal in timeout tests; anything else is a bug worth a line
        # (without the traceback's locals, which could hold a token).
        kind = sys.exc_info()[0]
        if kind in (BrokenPipeError, ConnectionResetError):
            return
        sys.stderr.write("error while handling a request: %s\n" % (kind.__name__ if kind else "?"))
        sys.stderr.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret")
    parser.add_argument("--client-secret-env")
    parser.add_argument("--account", default="user@example.test")
    parser.add_argument("--scope", default="")
    parser.add_argument("--access-token-lifetime", type=int, default=3600)
    parser.add_argument("--rotate-refresh-tokens", action="store_true")
    args = parser.parse_args()

    client_secret = args.client_secret
    if args.client_secret_env:
        if client_secret is not None:
            parser.error("--client-secret and --client-secret-env exclude each other")
        if args.client_secret_env not in os.environ:
            parser.error("--client-secret-env names an unset environment variable")
        client_secret = os.environ[args.client_secret_env]
    if args.access_token_lifetime < 0:
        parser.error("--access-token-lifetime must be >= 0")

    Handler.state = State(args, client_secret)
    server = Server(("127.0.0.1", args.port), Handler)
    Handler.state.port = server.server_address[1]

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    worker = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              daemon=True)
    worker.start()
    print("PORT %d" % Handler.state.port, flush=True)
    while not stop.wait(0.5):
        pass
    server.shutdown()
    server.server_close()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
