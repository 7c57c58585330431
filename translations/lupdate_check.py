#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs lupdate exactly as the update_translations target does, on copies of the catalogues,
and fails when that would change any of them: every text of the code is in each catalogue with
its context, and nothing obsolete is left. The English catalogue beside them
(sendcheck_en.ts) holds only the plural forms of the %n texts (lupdate -pluralonly). Fix a
failure with
    cmake --build build-ci --target update_translations
and translate what it marks unfinished (translations/check_ts.py lists it).

Usage: lupdate_check.py [--update-plurals] LUPDATE PROJECT_CMAKE
  LUPDATE           the lupdate binary
  PROJECT_CMAKE     <build>/translations/.lupdate/sendcheck_core_project.cmake (written by CMake)
  --update-plurals  update sendcheck_en.ts in place instead (part of update_translations)
"""

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def cmake_list(text, name):
    match = re.search(r'set\(%s "(.*?)"\)' % name, text, re.S)
    return match.group(1).split(";") if match and match.group(1) else []


def lookup_contexts(sources):
    """The contexts the program looks texts up with: its Q_OBJECT classes (Sendcheck::X inside
    namespace Sendcheck), Q_DECLARE_TR_FUNCTIONS(X), and QCoreApplication::translate("X", ...)."""
    found = set()
    for path in sources:
        if not path.endswith((".cpp", ".h")):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        namespace = "Sendcheck::" if re.search(r"\bnamespace Sendcheck\b", text) else ""
        for match in re.finditer(r"\b(?:class|struct)\s+(\w+)(?:\s+final)?\s*(?::[^{;]*)?\{\s*"
                                 r"(?:public:\s*)?Q_(?:OBJECT|GADGET)\b", text):
            found.add(namespace + match.group(1))
        found.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)", text))
        found.update(re.findall(r"\btranslate\(\s*\"([^\"]+)\"", text))
    return found


def run_lupdate(lupdate, text, sources, catalogues, folder, extra=()):
    project = os.path.join(folder, "project-%d.json" % len(extra))
    with open(project, "w", encoding="utf-8") as f:
        json.dump({"projectFile": cmake_list(text, "lupdate_project_file")[0],
                   "includePaths": cmake_list(text, "lupdate_include_paths"),
                   "sources": sources, "translations": catalogues}, f)
    run = subprocess.run([lupdate, "-project", project, "-locations", "none", "-no-obsolete"]
                         + list(extra), capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("lupdate failed:\n" + run.stdout + run.stderr)
    return run


def main():
    arguments = sys.argv[1:]
    update_plurals = "--update-plurals" in arguments
    arguments = [a for a in arguments if a != "--update-plurals"]
    if len(arguments) != 2:
        sys.exit(__doc__)
    lupdate, project_cmake = arguments
    with open(project_cmake, encoding="utf-8") as f:
        text = f.read()
    sources = [s for s in cmake_list(text, "lupdate_sources") if os.path.exists(s)]
    catalogues = cmake_list(text, "lupdate_translations")
    plurals = os.path.join(os.path.dirname(catalogues[0]), "sendcheck_en.ts")
    with tempfile.TemporaryDirectory() as tmp:
        if update_plurals:
            run_lupdate(lupdate, text, sources, [plurals], tmp, ["-pluralonly"])
            return
        catalogues.append(plurals)
        copies = []
        for path in catalogues:
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        run = run_lupdate(lupdate, text, sources, copies[:-1], tmp)
        run_lupdate(lupdate, text, sources, copies[-1:], tmp, ["-pluralonly"])
        changed = False
        for original, copy in zip(catalogues, copies):
            with open(original, encoding="utf-8") as a, open(copy, encoding="utf-8") as b:
                before, after = a.readlines(), b.readlines()
            if before != after:
                changed = True
                print("%s would change:" % os.path.relpath(original))
                sys.stdout.writelines(list(difflib.unified_diff(before, after, "catalogue",
                                                                "after lupdate", n=1))[:80])
        warnings = [line for line in (run.stdout + run.stderr).splitlines()
                    if "lacks Q_OBJECT" in line or "cannot be called without context" in line]
        for line in warnings:
            print("lupdate cannot place a text: " + line)
        # A QT_TRANSLATE_NOOP context nothing looks up: its translations would never show.
        looked_up = lookup_contexts(sources)
        unused = sorted({context.findtext("name") for copy in copies
                         for context in ET.parse(copy).getroot().findall("context")} - looked_up)
        for context in unused:
            print("no code looks texts up with the context %s (tr() of a Q_OBJECT class, "
                  "Q_DECLARE_TR_FUNCTIONS or QCoreApplication::translate)" % context)
        if changed or warnings or unused:
            sys.exit(1)
        print("lupdate leaves all %d catalogues as they are (%d sources)"
              % (len(catalogues), len(sources)))


if __name__ == "__main__":
    main()
