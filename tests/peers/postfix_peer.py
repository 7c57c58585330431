#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A throw-away private Postfix instance as a test peer for Sendcheck's interop tests.

Everything lives in a fresh temporary directory (main.cf, master.cf, queue, data, SASL
database, log); the system's /etc/postfix is only read (postfix-files), never changed, and
no system service is involved. Must run as root (Postfix's master needs it). smtpd listens on
127.0.0.1:<port>, where <port> is picked free here and printed as "PORT <n>" once smtpd
answers. Runs until SIGTERM/SIGINT, then stops Postfix and removes the directory.

  --cert F --key F           STARTTLS with this certificate and key (chain file order)
  --require-starttls         smtpd_tls_security_level=encrypt (530 before STARTTLS)
  --user U --password-env V  a SASL account; the password is read from environment variable V
                             and handed to saslpasswd2 on stdin, never on a command line
  --known ADDR               a deliverable recipient in local.test (repeatable)
  --open-relay               relay for anyone (mynetworks = 0.0.0.0/0 with permit_mynetworks),
                             for the open relay test; accepted mail still goes to the discard transport
  --maildir-base DIR         deliver mail for the --known addresses into Maildirs under DIR
                             (DIR/<address>/, Postfix's virtual(8) delivery agent) instead of
                             discarding it, owned by --maildir-uid/--maildir-gid: how the
                             read-back test hands messages to its Dovecot
  --keep                     keep the directory (printed as "DIR <path>") for debugging

Prints "MAILLOG <path>" (the live log) just before "PORT <n>".

SASL is Cyrus SASL with the sasldb auxprop plugin (packages libsasl2-modules, sasl2-bin),
mechanisms PLAIN and LOGIN, offered only after STARTTLS (smtpd_tls_auth_only). Relaying needs
authentication (554 5.7.1 Relay access denied otherwise); an unknown user in local.test gets
550 5.1.1 (local_recipient_maps). Accepted mail goes to the discard transport, so the queue
stays empty. The log goes to <dir>/maillog (maillog_file + postlogd); on stop, its last lines
are copied to stderr so a failing test can show them.
"""

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

POSTFIX = "/usr/sbin/postfix"
SASLPASSWD2 = "/usr/sbin/saslpasswd2"
LOCAL_DOMAIN = "local.test"
COMMAND_TIMEOUT = 30


def free_port():
    # Bound and released at once: Postfix binds it moments later. A race with another process
    # picking the same port is possible but rare; the test then fails at start, visibly.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write(path, text, mode=0o644):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, mode)


def main_cf(d, args, port, realm):
    lines = [
        "compatibility_level = 3.6",
        f"queue_directory = {d}/queue",
        f"data_directory = {d}/data",
        "mail_owner = postfix",
        "setgid_group = postdrop",
        f"maillog_file = {d}/maillog",
        "maillog_file_prefixes = /",
        "myhostname = postfix.local.test",
        f"mydomain = {LOCAL_DOMAIN}",
        f"myorigin = {LOCAL_DOMAIN}",
        f"mydestination = {LOCAL_DOMAIN}",
        "inet_interfaces = 127.0.0.1",
        "inet_protocols = ipv4",
        "mynetworks = 0.0.0.0/0" if args.open_relay else "mynetworks = 127.0.0.1/32",
        "relay_domains =",
        "alias_maps =",
        "alias_database =",
        "biff = no",
        "append_dot_mydomain = no",
        "smtputf8_enable = no",
        # Known users only; Postfix answers others "550 5.1.1 ... User unknown in local
        # recipient table".
        "local_recipient_maps = inline:{" + ", ".join(f"{a}=ok" for a in args.known) + "}"
        if args.known else "local_recipient_maps = inline:{nobody-is-known@local.test=ok}",
        # Accepted mail is thrown away (or, with --maildir-base, filed into the local Maildirs);
        # nothing ever leaves this machine.
        "local_transport = virtual:" if args.maildir_base else "local_transport = discard:",
        "default_transport = discard:",
        "relay_transport = discard:",
        # The classic open relay: Postfix refuses a bare "permit", so trust every network.
        "smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination" if args.open_relay
        else "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination",
        "smtpd_recipient_restrictions =",
        "smtpd_banner = $myhostname ESMTP Postfix (Sendcheck test peer)",
        "smtpd_timeout = 60s",
        "disable_vrfy_command = yes",
    ]
    if args.maildir_base:
        # virtual(8) files each known address into <base>/<address>/ (a trailing slash means
        # Maildir), as the user the mailbox server reads them as.
        lines += [
            f"virtual_mailbox_base = {args.maildir_base}",
            "virtual_mailbox_maps = inline:{"
            + ", ".join(f"{a}={a}/" for a in args.known) + "}",
            f"virtual_uid_maps = static:{args.maildir_uid}",
            f"virtual_gid_maps = static:{args.maildir_gid}",
            "virtual_minimum_uid = 1",
        ]
    if args.cert:
        level = "encrypt" if args.require_starttls else "may"
        lines += [
            f"smtpd_tls_security_level = {level}",
            f"smtpd_tls_chain_files = {args.key}, {args.cert}",
            "smtpd_tls_received_header = yes",
            "smtpd_tls_loglevel = 1",
        ]
    else:
        lines.append("smtpd_tls_security_level = none")
    if args.user:
        lines += [
            "smtpd_sasl_auth_enable = yes",
            "smtpd_sasl_type = cyrus",
            "smtpd_sasl_path = smtpd",
            f"cyrus_sasl_config_path = {d}/sasl",
            f"smtpd_sasl_local_domain = {realm}",
            "smtpd_tls_auth_only = yes",
            "smtpd_sasl_security_options = noanonymous",
            "broken_sasl_auth_clients = no",
        ]
    return "\n".join(lines) + "\n"


def master_cf(port):
    # chroot "n" everywhere: the instance has no chroot jail set up, and does not need one.
    services = [
        f"127.0.0.1:{port} inet n - n - - smtpd",
        "pickup unix n - n 60 1 pickup",
        "cleanup unix n - n - 0 cleanup",
        "qmgr unix n - n 300 1 qmgr",
        "tlsmgr unix - - n 1000? 1 tlsmgr",
        "rewrite unix - - n - - trivial-rewrite",
        "bounce unix - - n - 0 bounce",
        "defer unix - - n - 0 bounce",
        "trace unix - - n - 0 bounce",
        "verify unix - - n - 1 verify",
        "flush unix n - n 1000? 0 flush",
        "proxymap unix - - n - - proxymap",
        "proxywrite unix - - n - 1 proxymap",
        "error unix - - n - - error",
        "retry unix - - n - - error",
        "discard unix - - n - - discard",
        "virtual unix - n n - - virtual",
        "anvil unix - - n - 1 anvil",
        "scache unix - - n - 1 scache",
        "postlog unix-dgram n - n - 1 postlogd",
    ]
    return "\n".join(services) + "\n"


def run(cmd, **kwargs):
    return subprocess.run(cmd, timeout=COMMAND_TIMEOUT, capture_output=True, **kwargs)


def wait_for_smtpd(port, master, deadline):
    while time.monotonic() < deadline:
        if master.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.settimeout(5)
                banner = s.recv(512)
                s.sendall(b"QUIT\r\n")
                if banner.startswith(b"220"):
                    return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def log_tail(d, lines=60):
    try:
        with open(os.path.join(d, "maillog"), encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError as e:
        return f"(no maillog: {e})\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password-env")
    parser.add_argument("--known", action="append", default=[])
    parser.add_argument("--open-relay", action="store_true")
    parser.add_argument("--maildir-base")
    parser.add_argument("--maildir-uid", type=int, default=65534)
    parser.add_argument("--maildir-gid", type=int, default=65534)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--start-timeout", type=float, default=20)
    args = parser.parse_args()

    if os.geteuid() != 0:
        parser.error("must run as root: Postfix's master process needs it")
    if bool(args.cert) != bool(args.key):
        parser.error("--cert and --key go together")
    if args.maildir_base and not args.known:
        parser.error("--maildir-base needs the --known addresses to deliver to")
    if args.require_starttls and not args.cert:
        parser.error("--require-starttls needs --cert/--key")
    password = None
    if args.user:
        if not args.password_env or args.password_env not in os.environ:
            parser.error("--user needs --password-env naming a set environment variable")
        password = os.environ[args.password_env]
    for program, package in ((POSTFIX, "postfix"), (SASLPASSWD2, "sasl2-bin")):
        if not os.access(program, os.X_OK):
            print(f"{program} missing: install the Debian package {package}", file=sys.stderr)
            return 3

    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    d = tempfile.mkdtemp(prefix="sendcheck-postfix-")
    master = None
    env = dict(os.environ, MAIL_CONFIG=d)
    status = 0
    try:
        # Postfix daemons run as the postfix user and must reach the queue and SASL files.
        os.chmod(d, 0o755)
        postfix_user = pwd.getpwnam("postfix")
        os.makedirs(os.path.join(d, "queue"), mode=0o755)
        os.makedirs(os.path.join(d, "data"), mode=0o700)
        os.chown(os.path.join(d, "data"), postfix_user.pw_uid, postfix_user.pw_gid)
        port = free_port()

        realm = LOCAL_DOMAIN
        if args.user:
            name = args.user
            if "@" in args.user:
                name, realm = args.user.rsplit("@", 1)
            sasl = os.path.join(d, "sasl")
            os.makedirs(sasl, mode=0o755)
            sasldb = os.path.join(sasl, "sasldb2")
            write(os.path.join(sasl, "smtpd.conf"),
                  "pwcheck_method: auxprop\n"
                  "auxprop_plugin: sasldb\n"
                  "mech_list: PLAIN LOGIN\n"
                  f"sasldb_path: {sasldb}\n")
            # -p: the password comes from stdin, so it is never on a command line.
            r = run([SASLPASSWD2, "-f", sasldb, "-p", "-c", "-u", realm, name],
                    input=password.encode())
            if r.returncode != 0:
                print("saslpasswd2 failed: " + r.stderr.decode(errors="replace"), file=sys.stderr)
                return 3
            os.chown(sasldb, postfix_user.pw_uid, postfix_user.pw_gid)
            os.chmod(sasldb, 0o600)

        write(os.path.join(d, "main.cf"), main_cf(d, args, port, realm))
        write(os.path.join(d, "master.cf"), master_cf(port))

        r = run([POSTFIX, "-c", d, "check"], env=env)
        if r.returncode != 0:
            print("postfix check failed:\n" + r.stdout.decode(errors="replace")
                  + r.stderr.decode(errors="replace"), file=sys.stderr)
            return 3
        # start-fg keeps master as our child, so it cannot outlive us unnoticed.
        master = subprocess.Popen([POSTFIX, "-c", d, "start-fg"], env=env,
                                  stdout=sys.stderr, stderr=sys.stderr)
        if not wait_for_smtpd(port, master, time.monotonic() + args.start_timeout):
            print(f"smtpd did not answer on 127.0.0.1:{port} within {args.start_timeout} s",
                  file=sys.stderr)
            status = 3
        else:
            if args.keep:
                print(f"DIR {d}", flush=True)
            # Readable while the peer runs (tests run as root), gone after it stops.
            print(f"MAILLOG {d}/maillog", flush=True)
            print(f"PORT {port}", flush=True)
            while not stopping and master.poll() is None:
                time.sleep(0.1)
            if master.poll() is not None and not stopping:
                print(f"postfix master exited by itself ({master.returncode})", file=sys.stderr)
                status = 3
    finally:
        if master is not None and master.poll() is None:
            try:
                run([POSTFIX, "-c", d, "stop"], env=env)
            except subprocess.TimeoutExpired:
                pass
            try:
                master.wait(timeout=15)
            except subprocess.TimeoutExpired:
                master.kill()
                master.wait(timeout=5)
        if status != 0 or os.environ.get("SENDCHECK_PEER_LOG"):
            sys.stderr.write("--- postfix maillog (tail) ---\n" + log_tail(d))
        if not args.keep:
            shutil.rmtree(d, ignore_errors=True)
    print("stopped", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
