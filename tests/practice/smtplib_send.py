#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sends one message file with Python's smtplib to the practice server, for the interop test.

The password comes from the environment variable PRACTICE_PASSWORD, never from the command
line. TLS is verified against the practice certificate given with --cafile.
"""
import argparse
import os
import smtplib
import ssl
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["plain", "starttls", "tls"], required=True)
    parser.add_argument("--mechanism", choices=["CRAM-MD5", "PLAIN", "LOGIN"], required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--cafile", required=True)
    parser.add_argument("--sender", required=True)
    parser.add_argument("--recipient", required=True)
    parser.add_argument("--file", required=True)
    args = parser.parse_args()
    password = os.environ["PRACTICE_PASSWORD"]
    with open(args.file, "rb") as f:
        data = f.read()

    context = ssl.create_default_context(cafile=args.cafile)
    host = "127.0.0.1"
    if args.mode == "tls":
        client = smtplib.SMTP_SSL(host, args.port, context=context, timeout=30)
    else:
        client = smtplib.SMTP(host, args.port, timeout=30)
    client.ehlo("python.example")
    if args.mode == "starttls":
        client.starttls(context=context)
        client.ehlo("python.example")
    client.user, client.password = args.user, password
    method = {"CRAM-MD5": client.auth_cram_md5, "PLAIN": client.auth_plain,
              "LOGIN": client.auth_login}[args.mechanism]
    client.auth(args.mechanism, method, initial_response_ok=args.mechanism != "LOGIN")
    refused = client.sendmail(args.sender, [args.recipient], data)
    client.quit()
    if refused:
        print("refused: %r" % refused, file=sys.stderr)
        return 1
    print("sent %d bytes" % len(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
