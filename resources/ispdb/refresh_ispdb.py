#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates resources/ispdb/ispdb.json from a checkout of the Thunderbird ISPDB
(https://github.com/thunderbird/autoconfig, branch "prod", which feeds production).

    git clone -b prod https://github.com/thunderbird/autoconfig /tmp/autoconfig
    resources/ispdb/refresh_ispdb.py /tmp/autoconfig

The commit and its date are read with git; give --commit and --date for an exported tree
without .git. Copies the repository's LICENSE (MPL-2.0) next to the output as LICENSE.ispdb.

Output (compact, sorted, so a refresh diffs well):
  {"source", "branch", "commit", "date", "licence",
   "providers": {id: {"name", "outgoing": [server], "incoming": [server]}},
   "domains": {domain: id}}
  server = {"type", "host", "port", "socket", "auth": [..], "username"}
Only what the files say is kept; placeholders (%EMAILADDRESS%, ...) stay as written.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET


def server(element):
    def text(tag):
        found = element.find(tag)
        return (found.text or "").strip() if found is not None else ""

    port = text("port")
    return {
        "type": element.get("type", ""),
        "host": text("hostname"),
        "port": int(port) if port.isdigit() else 0,
        "socket": text("socketType"),
        "auth": [(a.text or "").strip() for a in element.findall("authentication")],
        "username": text("username"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkout", help="a checkout of thunderbird/autoconfig")
    parser.add_argument("--output", default=str(pathlib.Path(__file__).with_name("ispdb.json")))
    parser.add_argument("--commit", help="the commit (default: git rev-parse HEAD)")
    parser.add_argument("--date", help="the commit date, YYYY-MM-DD (default: from git)")
    parser.add_argument("--branch", default="prod")
    args = parser.parse_args()

    checkout = pathlib.Path(args.checkout)
    commit = args.commit or subprocess.check_output(
        ["git", "-C", str(checkout), "rev-parse", "HEAD"], text=True).strip()
    date = args.date or subprocess.check_output(
        ["git", "-C", str(checkout), "log", "-1", "--format=%cs"], text=True).strip()

    providers = {}
    domains = {}
    problems = []
    for path in sorted((checkout / "ispdb").glob("*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as error:
            problems.append(f"{path.name}: {error}")
            continue
        provider = root.find("emailProvider")
        if provider is None:
            problems.append(f"{path.name}: no emailProvider")
            continue
        ident = path.stem
        name = provider.findtext("displayName") or ident
        outgoing = [server(e) for e in provider.findall("outgoingServer")]
        incoming = [server(e) for e in provider.findall("incomingServer")
                    if e.get("type") == "imap"]
        providers[ident] = {"name": name.strip(), "outgoing": outgoing, "incoming": incoming}
        for d in provider.findall("domain"):
            domain = (d.text or "").strip().lower()
            if domain and domain not in domains:
                domains[domain] = ident

    snapshot = {
        "source": "https://github.com/thunderbird/autoconfig",
        "branch": args.branch,
        "commit": commit,
        "date": date,
        "licence": "MPL-2.0",
        "providers": dict(sorted(providers.items())),
        "domains": dict(sorted(domains.items())),
    }
    output = pathlib.Path(args.output)
    output.write_text(json.dumps(snapshot, indent=0, separators=(",", ":"), ensure_ascii=False)
                      + "\n", encoding="utf-8")
    licence = checkout / "LICENSE"
    if licence.exists():
        shutil.copyfile(licence, output.with_name("LICENSE.ispdb"))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{output}: {len(providers)} providers, {len(domains)} domains, commit {commit[:12]} "
          f"of {date}")


if __name__ == "__main__":
    main()
