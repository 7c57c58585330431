#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs lupdate exactly as the update_translations target does, on copies of the catalogues,
and fails when that would change any of them: every text of the code is in each catalogue with
its context, and nothing obsolete is left. Fix a failure with
    cmake --build build-ci --target update_translations
and translate what it marks unfinished (translations/check_ts.py lists it).

Usage: lupdate_check.py LUPDATE PROJECT_CMAKE
  LUPDATE        the lupdate binary
  PROJECT_CMAKE  <build>/translations/.lupdate/sendcheck_core_project.cmake (written by CMake)
"""

import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def cmake_list(text, name):
    match = re.search(r'set\(%s "(.*?)"\)' % name, text, re.S)
    return match.group(1).split(";") if match and match.group(1) else []


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lupdate, project_cmake = sys.argv[1:]
    with open(project_cmake, encoding="utf-8") as f:
        text = f.read()
    sources = [s for s in cmake_list(text, "lupdate_sources") if os.path.exists(s)]
    catalogues = cmake_list(text, "lupdate_translations")
    project_file = cmake_list(text, "lupdate_project_file")[0]
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for path in catalogues:
            copy = os.path.join(tmp, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        project = os.path.join(tmp, "project.json")
        with open(project, "w", encoding="utf-8") as f:
            json.dump({"projectFile": project_file,
                       "includePaths": cmake_list(text, "lupdate_include_paths"),
                       "sources": sources, "translations": copies}, f)
        run = subprocess.run([lupdate, "-project", project, "-locations", "none", "-no-obsolete"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit("lupdate failed:\n" + run.stdout + run.stderr)
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
        if changed or warnings:
            sys.exit(1)
        print("lupdate leaves all %d catalogues as they are (%d sources)"
              % (len(catalogues), len(sources)))


if __name__ == "__main__":
    main()
