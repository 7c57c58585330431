#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/quickstart.sh run    install what is missing, build, start the desktop program
#   packaging/quickstart.sh test   install what is missing, build, run the whole test suite
# Both are safe to repeat: installed packages are skipped and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
case "$mode" in
run | test) ;;
*)
  echo "usage: packaging/quickstart.sh run|test" >&2
  exit 2
  ;;
esac

packaging/install-deps-debian.sh

if [ "$mode" = run ]; then
  cmake --preset default
  cmake --build --preset default
  exec build/app/sendcheck "${@:2}"
fi

# Warnings are errors here, as in CI.
cmake --preset ci
cmake --build --preset ci
# Every label: unit, protocol, practice, interop (aiosmtpd, Postfix, swaks, curl, smtplib),
# keychain (a private gnome-keyring) and gui (offscreen). Each test binds port 0, so two run
# at once.
ctest --preset ci --parallel 2 --timeout 900
