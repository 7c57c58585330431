#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the unfinished entries of the catalogues from translation rows (TSV).

lupdate owns the catalogues: `cmake --build build-ci --target update_translations` adds every
new text of the code as an unfinished entry and drops every text the code no longer has. This
script only fills those unfinished entries, in place, in the same bytes lupdate writes, so
running lupdate again afterwards changes nothing (the test translations_lupdate_clean checks
that). It never adds, removes, moves or renames an entry, and never changes a finished one.

Rows (one text per line, tab-separated, a real newline written as the two characters \\n):
  NAME.de.tsv, NAME.fr.tsv, NAME.es.tsv
        context TAB English TAB translation [TAB disambiguation comment]
        (a file NAME.tsv without a language is German)
  NAME.en.tsv
        the same, for the English forms of a %n text ("%n check(s)": "%n check||%n checks");
        ../sendcheck_en.ts holds nothing else
  NAME.renames.tsv
        context TAB old English TAB new English TAB German TAB French TAB Spanish [TAB comment]
        fills the entry of the new English; lupdate has already dropped the old one.
A numerus entry (a text with %n) takes its forms separated by "||" (German, French and Spanish
have two: singular, plural); a row without "||" gives every form the same text.

Usage: merge_pending.py [--dry-run] [FILE ...]
  (default: every *.tsv beside this script, into ../sendcheck_{de,fr,es,en}.ts)
Exit status 1 when a row finds no entry with its context, English and comment (the text is not
in the code, or under another context: run update_translations first, or fix the row), when a
row's placeholders differ from its English's, or when unfinished entries are left.
"""

import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("de", "fr", "es", "en")  # en: the plural forms of the %n texts only
RENAME_COLUMN = {"de": 3, "fr": 4, "es": 5}
FORM_SEPARATOR = "||"
PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9][0-9]?|n)")
MESSAGE_RE = re.compile(r"(?P<indent>[ ]*)<message(?P<attrs>[^>]*)>\n(?P<body>.*?)</message>", re.S)
TRANSLATION_RE = re.compile(r'(?P<indent>[ ]*)<translation type="unfinished"(?:/>|>.*?</translation>)',
                            re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)


def protect(text):
    """The entities lupdate writes (Qt's TSWriter protect())."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append("&#x%x;" % code)
        else:
            out.append(ch)
    return "".join(out)


def unescape(cell):
    return cell.replace("\\n", "\n")


def read_rows(paths):
    """{language: [(context, english, translation, comment, where)]}"""
    rows = {language: [] for language in LANGUAGES}
    for path in paths:
        name = os.path.basename(path)
        renames = name.endswith(".renames.tsv")
        match = re.search(r"\.(de|fr|es|en)\.tsv$", name)
        language = match.group(1) if match else "de"
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip():
                    continue
                cols = line.split("\t")
                where = "%s:%d" % (name, number)
                if renames:
                    if len(cols) not in (6, 7) or not all(c.strip() for c in cols[:6]):
                        sys.exit("%s: a rename needs six or seven tab-separated columns" % where)
                    comment = cols[6] if len(cols) == 7 and cols[6] else None
                    for lang in RENAME_COLUMN:
                        rows[lang].append((cols[0], unescape(cols[2]),
                                           unescape(cols[RENAME_COLUMN[lang]]), comment, where))
                else:
                    if len(cols) not in (3, 4) or not cols[0] or not cols[1] or not cols[2].strip():
                        sys.exit("%s: need three or four tab-separated columns, got %d"
                                 % (where, len(cols)))
                    comment = cols[3] if len(cols) == 4 and cols[3] else None
                    rows[language].append((cols[0], unescape(cols[1]), unescape(cols[2]),
                                           comment, where))
    return rows


def translation_xml(indent, numerus, translation):
    if not numerus:
        return "%s<translation>%s</translation>" % (indent, protect(translation))
    forms = translation.split(FORM_SEPARATOR) if FORM_SEPARATOR in translation \
        else [translation, translation]
    inner = "".join("%s    <numerusform>%s</numerusform>\n" % (indent, protect(form.strip()))
                    for form in forms)
    return "%s<translation>\n%s%s</translation>" % (indent, inner, indent)


def fill(text, rows, problems):
    """Returns the catalogue text with the rows' translations in its unfinished entries."""
    wanted = {}
    for context, english, translation, comment, where in rows:
        wanted.setdefault((context, english, comment), (translation, where))
    used = set()
    filled = 0

    def fill_message(context, match):
        nonlocal filled
        element = ET.fromstring(match.group(0).strip())
        key = (context, element.findtext("source") or "", element.findtext("comment"))
        if key not in wanted:
            return match.group(0)
        used.add(key)
        translation, where = wanted[key]
        unfinished = TRANSLATION_RE.search(match.group("body"))
        if not unfinished:
            return match.group(0)  # already translated: lupdate's catalogue wins
        wanted_placeholders = sorted(PLACEHOLDER_RE.findall(key[1]))
        if any(sorted(PLACEHOLDER_RE.findall(form)) != wanted_placeholders
               for form in translation.split(FORM_SEPARATOR)):
            problems.append("%s: [%s] %r: the translation's placeholders differ from the English"
                            % (where, context, key[1][:60]))
            return match.group(0)
        numerus = 'numerus="yes"' in match.group("attrs")
        body = match.group("body")
        body = (body[:unfinished.start()]
                + translation_xml(unfinished.group("indent"), numerus, translation)
                + body[unfinished.end():])
        filled += 1
        return match.group(0).replace(match.group("body"), body, 1)

    def fill_context(match):
        context = ET.fromstring("<n>%s</n>" % match.group(1)).text or ""
        return MESSAGE_RE.sub(lambda m: fill_message(context, m), match.group(0))

    result = CONTEXT_RE.sub(fill_context, text)
    for key, (translation, where) in wanted.items():
        if key not in used:
            problems.append("%s: no entry [%s] %r%s in the catalogue" % (
                where, key[0], key[1][:60], " (comment %r)" % key[2] if key[2] else ""))
    return result, filled


def unfinished_entries(text):
    root = ET.fromstring(text.encode("utf-8"))
    left = []
    for context in root.findall("context"):
        for message in context.findall("message"):
            if message.find("translation").get("type") == "unfinished":
                left.append("[%s] %r" % (context.findtext("name"), message.findtext("source")[:60]))
    return left


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write")
    parser.add_argument("tsv", nargs="*")
    args = parser.parse_args()
    paths = args.tsv or sorted(glob.glob(os.path.join(HERE, "*.tsv")))
    rows = read_rows(paths)
    failed = False
    for language in LANGUAGES:
        path = os.path.join(HERE, "..", "sendcheck_%s.ts" % language)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        problems = []
        merged, filled = fill(text, rows[language], problems)
        ET.fromstring(merged.encode("utf-8"))  # still well-formed
        left = unfinished_entries(merged)
        print("sendcheck_%s.ts: %d filled, %d still unfinished" % (language, filled, len(left)))
        for problem in problems:
            print("  " + problem)
        for entry in left:
            print("  unfinished: " + entry)
        failed = failed or bool(problems) or bool(left)
        if not args.dry_run and merged != text:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(merged)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
