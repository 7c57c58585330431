#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a clang fuzz build for a bounded time each, starting from the
# committed seed corpus (copied to a temp dir: the committed corpus is never modified).
# Prints one summary line per target; exits non-zero if any target crashed, leaked, timed out
# or is missing. Crash inputs are kept in BUILD_DIR/fuzz-artifacts/<target>/.
#
# Usage: tests/tools/run-fuzzers.sh BUILD_DIR SECONDS
# The build dir comes from (see tests/fuzz/CMakeLists.txt):
#   CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
#       -DSENDCHECK_BUILD_GUI=OFF -DSENDCHECK_FUZZ_INSTRUMENT_CORE=ON
#   cmake --build build-fuzz --target fuzz_replyparser fuzz_capabilities fuzz_sasl fuzz_mime \
#       fuzz_dotstuffer fuzz_session
set -uo pipefail

if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS" >&2
    exit 2
fi
BUILD_DIR="$(cd "$1" && pwd)" || exit 2
SECONDS_EACH="$2"
SOURCE_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
TARGETS="fuzz_replyparser fuzz_capabilities fuzz_sasl fuzz_mime fuzz_dotstuffer fuzz_session"

if ! grep -q '^SENDCHECK_FUZZ_INSTRUMENT_CORE:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
    echo "warning: $BUILD_DIR was not configured with -DSENDCHECK_FUZZ_INSTRUMENT_CORE=ON;" \
        "the fuzzers see no coverage of sendcheck_core" >&2
fi

WORK="$(mktemp -d /tmp/sendcheck-fuzz.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
ARTIFACTS="$BUILD_DIR/fuzz-artifacts"
SUPP="$SOURCE_DIR/tests/tools/lsan.supp"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [ -f "$SUPP" ]; then
    export LSAN_OPTIONS="suppressions=$SUPP:print_suppressions=0"
fi
# The session fuzzer plays a server on 127.0.0.1; nothing may go through a proxy.
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY no_proxy NO_PROXY

failures=0
for target in $TARGETS; do
    exe="$(find "$BUILD_DIR" -type f -name "$target" -perm -u+x | head -n1)"
    if [ -z "$exe" ]; then
        printf '%-18s MISSING (not built; a clang build is needed)\n' "$target"
        failures=$((failures + 1))
        continue
    fi
    corpus="$WORK/$target"
    mkdir -p "$corpus" "$ARTIFACTS/$target"
    if [ -d "$SOURCE_DIR/tests/fuzz/corpus/$target" ]; then
        cp -r "$SOURCE_DIR/tests/fuzz/corpus/$target/." "$corpus/"
    fi
    seeds=$(find "$corpus" -type f | wc -l)
    log="$WORK/$target.log"
    start=$(date +%s)
    # -timeout: one input taking over 10 s is a hang; the outer timeout is a last resort.
    timeout --kill-after=30 $((SECONDS_EACH + 120)) "$exe" \
        -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target/" "$corpus" >"$log" 2>&1
    status=$?
    elapsed=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)
    units=$(find "$corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        verdict=ok
    else
        verdict="FAILED (exit $status)"
        failures=$((failures + 1))
        # The reason and the stack, so a CI log says what happened without the artifact.
        grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|PROPERTY VIOLATED' "$log" >&2
        tail -n 60 "$log" >&2
    fi
    printf '%-18s %-16s %4ss  runs %-9s cov %-6s corpus %s -> %s\n' "$target" "$verdict" \
        "$elapsed" "${runs:-?}" "${cov:-?}" "$seeds" "$units"
done
if [ "$failures" -gt 0 ]; then
    echo "run-fuzzers: $failures target(s) failed; inputs in $ARTIFACTS" >&2
    exit 1
fi
exit 0
