#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a message back from the practice mailbox with Python's imaplib, for the IMAP test.

Finds the message by its Message-ID in every folder LIST shows and prints one JSON object:
{"capabilities_before_tls", "login_before_tls", "folders", "found_in", "header"}. The password
comes from the environment variable PRACTICE_PASSWORD, never from the command line. TLS is
verified against the practice certificate given with --cafile.
"""
import argparse
import imaplib
import json
import os
import ssl
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["starttls", "tls"], required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--cafile", required=True)
    parser.add_argument("--message-id", required=True)
    args = parser.parse_args()
    password = os.environ["PRACTICE_PASSWORD"]
    context = ssl.create_default_context(cafile=args.cafile)
    result = {}
    if args.mode == "tls":
        client = imaplib.IMAP4_SSL("127.0.0.1", args.port, ssl_context=context, timeout=30)
    else:
        client = imaplib.IMAP4("127.0.0.1", args.port, timeout=30)
        result["capabilities_before_tls"] = sorted(client.capabilities)
        try:
            client.login(args.user, password)
            result["login_before_tls"] = "accepted"
        except imaplib.IMAP4.error as error:
            result["login_before_tls"] = "refused: %s" % error
        client.starttls(ssl_context=context)
    client.login(args.user, password)
    typ, folders = client.list()
    names = []
    for line in folders:
        text = line.decode()
        names.append({"name": text.rsplit(" ", 1)[-1].strip('"'), "flags": text.split(")")[0] + ")"})
    result["folders"] = names
    result["found_in"] = None
    for folder in names:
        client.select('"%s"' % folder["name"], readonly=True)
        typ, data = client.uid("SEARCH", "HEADER", "Message-ID", '"%s"' % args.message_id)
        uids = data[0].split()
        if uids:
            typ, fetched = client.uid("FETCH", uids[-1], "(UID INTERNALDATE BODY.PEEK[HEADER])")
            result["found_in"] = folder["name"]
            result["header"] = fetched[0][1].decode("utf-8", "replace")
            break
    client.logout()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
