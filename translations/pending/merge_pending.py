#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge pending German translations (TSV) into translations/sendcheck_de.ts.

lupdate must not be run on this project (it drops valid entries), so helpers list
their new strings in translations/pending/*.tsv: context TAB English TAB German,
optionally TAB comment (the disambiguation of QT_TRANSLATE_NOOP3, e.g. "detail/x.7.28"),
a real newline written as the two characters backslash-n.

The .ts file is edited as text, never re-serialised, so every existing entry keeps
its exact bytes and position:
  * a (context, source) pair that is new is appended at the end of its context;
  * a missing context is created at its sorted (byte order, as lupdate sorts) place;
  * an existing pair only gets a translation if its translation is empty or
    type="unfinished"; a finished translation is never changed (a differing one is
    reported);
  * messages with a <comment> (disambiguation) are separate entries for Qt: a TSV row
    matches one only when it names the same comment in its fourth column.

Usage: merge_pending.py [--ts FILE] [--dry-run] [TSV ...]
(defaults: ../sendcheck_de.ts next to this script and every *.tsv beside it)

French and Spanish rows come in files of their own with the same rows in the same order as
the German file, merged with --ts ../sendcheck_fr.ts etc.; the message order of every
catalogue then stays the same as German's, which check_ts.py --reference requires.

Changed English sources: merge_pending.py --renames FILE, where every row is
context TAB old English TAB new English TAB German TAB French TAB Spanish [TAB disambiguation
comment]; the message keeps
its place in each catalogue and gets the new source and translation.
"""

import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

INDENT = "    "


def escape(text):
    # Same entities lupdate writes: quotes as &quot; / &apos;.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def read_rows(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip():
                    continue
                cols = line.split("\t")
                where = "%s:%d" % (os.path.basename(path), number)
                if len(cols) not in (3, 4) or not cols[0] or not cols[1] or not cols[2].strip():
                    sys.exit("%s: need three or four tab-separated columns, got %d" % (where, len(cols)))
                source = cols[1].replace("\\n", "\n")
                translation = cols[2].replace("\\n", "\n")
                comment = cols[3] if len(cols) == 4 and cols[3] else None
                rows.append((cols[0], source, translation, comment, where))
    return rows


CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>\n?", re.S)
MESSAGE_RE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
TRANSLATION_RE = re.compile(r"<translation\b[^>]*?(?:/>|>.*?</translation>)", re.S)


def split_ts(text):
    """Return header, [[name, block_text]], trailer; joined back they are text."""
    contexts = []
    pos = 0
    header = None
    for m in CONTEXT_RE.finditer(text):
        gap = text[pos:m.start()]
        if header is None:
            header = gap
        elif gap.strip():
            sys.exit("unexpected text between contexts: %r" % gap[:80])
        elif gap:
            contexts[-1][1] += gap
        name = ET.fromstring("<n>%s</n>" % m.group(1)).text or ""
        contexts.append([name, m.group(0)])
        pos = m.end()
    if header is None:
        header, pos = text[: text.index("</TS>")], text.index("</TS>")
    trailer = text[pos:]
    return header, contexts, trailer


def messages_of(block):
    """(source, has_comment, finished, match) for every <message> in a context block."""
    result = []
    for m in MESSAGE_RE.finditer(block):
        element = ET.fromstring(m.group(0))
        source = element.findtext("source") or ""
        comment = element.findtext("comment")
        translation = element.find("translation")
        finished = (translation is not None and translation.get("type") not in ("unfinished",)
                    and (translation.text or "").strip() != "")
        result.append((source, comment, finished,
                       (translation.text or "") if translation is not None else "", m))
    return result


def message_xml(source, translation, comment=None):
    comment_xml = ("%s%s<comment>%s</comment>\n" % (INDENT, INDENT, escape(comment))
                   if comment else "")
    return ("%s<message>\n%s%s<source>%s</source>\n%s%s%s<translation>%s</translation>\n%s</message>\n"
            % (INDENT, INDENT, INDENT, escape(source), comment_xml, INDENT, INDENT,
               escape(translation), INDENT))


def merge(text, rows):
    header, contexts, trailer = split_ts(text)
    assert header + "".join(b for _, b in contexts) + trailer == text
    names = [n for n, _ in contexts]
    stats = {}
    notes = []

    for context, source, translation, comment, where in rows:
        if context not in names:
            index = next((i for i, n in enumerate(names) if n > context), len(names))
            block = "<context>\n%s<name>%s</name>\n</context>\n" % (INDENT, escape(context))
            contexts.insert(index, [context, block])
            names.insert(index, context)
        entry = contexts[names.index(context)]
        block = entry[1]
        existing = [m for m in messages_of(block) if m[0] == source and m[1] == comment]
        counts = stats.setdefault(context, {"added": 0, "filled": 0, "kept": 0})
        if not existing:
            end = block.rindex("</context>")
            entry[1] = block[:end] + message_xml(source, translation, comment) + block[end:]
            counts["added"] += 1
            continue
        _, _, finished, old, match = existing[0]
        if finished:
            counts["kept"] += 1
            if old != translation:
                notes.append("%s: [%s] %r already translated differently; kept %r"
                              % (where, context, source, old))
            continue
        message = match.group(0)
        new_message = TRANSLATION_RE.sub(
            lambda _m: "<translation>%s</translation>" % escape(translation), message, count=1)
        if new_message == message:  # no <translation> element at all
            new_message = message.replace(
                "</message>", "%s<translation>%s</translation>\n%s</message>"
                % (INDENT, escape(translation), INDENT), 1)
        entry[1] = block[:match.start()] + new_message + block[match.end():]
        counts["filled"] += 1

    return header + "".join(b for _, b in contexts) + trailer, stats, notes


LANGUAGE_COLUMN = {"de": 3, "fr": 4, "es": 5}


def apply_renames(paths, ts_files):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip():
                    continue
                cols = line.split("\t")
                if len(cols) not in (6, 7) or not all(c.strip() for c in cols):
                    sys.exit("%s:%d: need six or seven tab-separated columns" % (path, number))
                if len(cols) == 6:
                    cols.append(None)  # no disambiguation comment
                rows.append([c.replace("\\n", "\n") if c else c for c in cols])
    for ts in ts_files:
        language = re.search(r"_([a-z]{2})\.ts$", ts).group(1)
        with open(ts, encoding="utf-8", newline="") as f:
            text = f.read()
        header, contexts, trailer = split_ts(text)
        names = [n for n, _ in contexts]
        for row in rows:
            context, old, new, comment = row[0], row[1], row[2], row[6]
            translation = row[LANGUAGE_COLUMN[language]]
            if context not in names:
                sys.exit("%s: no context %s" % (ts, context))
            entry = contexts[names.index(context)]
            matches = [m for m in messages_of(entry[1]) if m[0] == old and m[1] == comment]
            if len(matches) != 1:
                sys.exit("%s: [%s] %r found %d times" % (ts, context, old, len(matches)))
            if any(m[0] == new and m[1] == comment for m in messages_of(entry[1])):
                sys.exit("%s: [%s] %r is already there" % (ts, context, new))
            match = matches[0][4]
            message = match.group(0)
            message = re.sub(r"<source>.*?</source>", lambda _m: "<source>%s</source>" % escape(new),
                             message, count=1, flags=re.S)
            message = TRANSLATION_RE.sub(
                lambda _m: "<translation>%s</translation>" % escape(translation), message, count=1)
            entry[1] = entry[1][:match.start()] + message + entry[1][match.end():]
        merged = header + "".join(b for _, b in contexts) + trailer
        ET.fromstring(merged.encode("utf-8"))
        with open(ts, "w", encoding="utf-8", newline="") as f:
            f.write(merged)
        print("%s: %d renamed" % (os.path.basename(ts), len(rows)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", default=os.path.join(here, "..", "sendcheck_de.ts"))
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write")
    parser.add_argument("--renames", metavar="FILE", action="append",
                        help="apply changed English sources to the de, fr and es catalogues")
    parser.add_argument("tsv", nargs="*")
    args = parser.parse_args()
    if args.renames:
        apply_renames(args.renames, [os.path.join(here, "..", "sendcheck_%s.ts" % language)
                                     for language in ("de", "fr", "es")])
        return
    paths = args.tsv or sorted(glob.glob(os.path.join(here, "*.tsv")))
    if not paths:
        sys.exit("no pending *.tsv files")

    with open(args.ts, encoding="utf-8", newline="") as f:
        text = f.read()
    before = text.count("<message>")
    merged, stats, notes = merge(text, read_rows(paths))
    ET.fromstring(merged.encode("utf-8"))  # still well-formed XML

    for context in sorted(stats):
        c = stats[context]
        print("%-32s added %3d  filled %3d  already there %3d"
              % (context, c["added"], c["filled"], c["kept"]))
    added = sum(c["added"] for c in stats.values())
    print("messages: %d before, %d after (+%d)" % (before, merged.count("<message>"), added))
    for note in notes:
        print("note:", note)
    assert merged.count("<message>") == before + added
    if not args.dry_run and merged != text:
        with open(args.ts, "w", encoding="utf-8", newline="") as f:
            f.write(merged)


if __name__ == "__main__":
    main()
