#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the RFC 7208 SPF test suite (rfc7208-tests.yml, the openspf.org suite shipped by
Debian's python3-spf in /usr/share/doc/python3-spf/) to JSON for tst_spfsuite.

The suite itself is not copied into Sendcheck: the test reads the installed file through this
script at run time. The zone data is turned into what a DNS server would answer, following the
suite's own driver (testspf.py):

- type SPF records are copied to TXT for a name that lists no TXT record ("TXT: NONE" lists
  none but stops the copy); Sendcheck, like RFC 7208, never asks for type SPF;
- a bare TIMEOUT entry makes every query type time out for that name, except types with
  records listed before it;
- TXT strings are UTF-8 encoded by the test, as the driver does.

Usage: rfc7208_to_json.py SUITE.yml[.gz] > suite.json
"""
import gzip
import json
import sys

import yaml

TYPES = ["A", "AAAA", "MX", "PTR", "CNAME", "TXT", "SRV", "TLSA"]


def strip_dot(name):
    return name[:-1] if name.endswith(".") and len(name) > 1 else name


def zone(entries):
    ordered = []  # (type, value) in the suite's order, with generated TXT at the end
    generated = []
    generate = True
    for entry in entries:
        if entry == "TIMEOUT":
            ordered.append(("TIMEOUT", None))
            continue
        for rtype, value in entry.items():
            if rtype in ("TXT", "SPF") and isinstance(value, str):
                value = [value]
            if rtype == "TXT":
                generate = False
            elif rtype == "SPF" and generate:
                generated.append(("TXT", value))
            if value == ["NONE"]:
                continue
            ordered.append((rtype, value))
    if generate:
        ordered.extend(generated)

    records = []
    seen = set()
    timeout_types = []
    for rtype, value in ordered:
        if rtype == "TIMEOUT":
            timeout_types = [t for t in TYPES if t not in seen]
            break
        seen.add(rtype)
        if rtype == "SPF":
            continue  # type 99 is never asked for
        if rtype in ("A", "AAAA"):
            records.append({"type": rtype, "address": value})
        elif rtype == "MX":
            records.append({"type": "MX", "preference": value[0],
                            "exchange": strip_dot(value[1]) if value[1] else "."})
        elif rtype in ("PTR", "CNAME"):
            records.append({"type": rtype, "target": strip_dot(value)})
        elif rtype == "TXT":
            records.append({"type": "TXT", "strings": list(value)})
        else:
            raise SystemExit("unknown record type %s" % rtype)
    return {"records": records, "timeout": timeout_types}


def main():
    path = sys.argv[1]
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as stream:
        documents = list(yaml.safe_load_all(stream))
    scenarios = []
    for document in documents:
        tests = []
        for test_id, test in document["tests"].items():
            result = test["result"]
            tests.append({
                "id": test_id,
                "spec": str(test.get("spec", "")),
                "helo": test["helo"],
                "host": test["host"],
                "mailfrom": test["mailfrom"],
                "result": result if isinstance(result, list) else [result],
                "explanation": test.get("explanation"),
            })
        zones = {name: zone(entries) for name, entries in document["zonedata"].items()}
        scenarios.append({"description": document["description"], "zones": zones,
                          "tests": tests})
    json.dump({"source": path, "scenarios": scenarios}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
