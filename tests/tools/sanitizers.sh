#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Sendcheck (no GUI) with g++ and AddressSanitizer + UndefinedBehaviorSanitizer, then
# runs every test labelled unit, protocol, practice, interop or keychain under them. Leaks are errors;
# any UB aborts the test.
#
# Usage: tests/tools/sanitizers.sh SOURCE_DIR BUILD_DIR
# Environment (optional):
#   SANITIZER_LABELS  ctest label regex, default '^(unit|protocol|practice|interop)$'
#   SANITIZER_JOBS    parallel build and test jobs, default 2
#   CXX               compiler, default g++
# Exit status: 0 when everything built and passed, non-zero otherwise.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR" >&2
    exit 2
fi
SOURCE_DIR="$(cd "$1" && pwd)"
BUILD_DIR="$2"
LABELS="${SANITIZER_LABELS:-^(unit|protocol|practice|interop|keychain)$}"
JOBS="${SANITIZER_JOBS:-2}"
SUPP="$SOURCE_DIR/tests/tools/lsan.supp"
SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

start=$(date +%s)
CXX="${CXX:-g++}" cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DSENDCHECK_BUILD_GUI=OFF \
    -DCMAKE_CXX_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
configured=$(date +%s)

nice -n 10 cmake --build "$BUILD_DIR" -j"$JOBS"
built=$(date +%s)

# detect_leaks is the default on x86-64 Linux; said explicitly so nobody wonders.
# strict_string_checks and detect_stack_use_after_return catch more, at little cost here.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
LSAN_OPTIONS="print_suppressions=0"
if [ -f "$SUPP" ]; then
    LSAN_OPTIONS="$LSAN_OPTIONS:suppressions=$SUPP"
fi
export LSAN_OPTIONS

status=0
ctest --test-dir "$BUILD_DIR" -L "$LABELS" -LE '^(gui|keychain)$' -j"$JOBS" \
    --output-on-failure --no-tests=error || status=$?
# The keychain tests go through Qt D-Bus, which leaves allocations behind at exit. With full
# (slow) allocation stacks the suppression file can name that library alone.
if [[ "keychain" =~ $LABELS ]]; then
    ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" \
        ctest --test-dir "$BUILD_DIR" -L '^keychain$' --output-on-failure --no-tests=error \
        || status=$?
fi
tested=$(date +%s)

echo "sanitizers: configure $((configured - start))s, build $((built - configured))s," \
    "tests $((tested - built))s, total $((tested - start))s; ctest status $status"
# CPU seconds used (user, system) by this script's children: comparable across loaded machines.
echo "sanitizers: CPU time of all steps (user sys):"
times | tail -n1
exit "$status"
