#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails (exit 1, one "file:line: reason" per finding) on calls the project forbids:
#   - setInsecureFallback(true)       anywhere (core, ui, app, tests): a plain-text password file
#   - ignoreSslErrors() with no list  anywhere: would accept any certificate problem
#   - waitFor...(...)                 in core/, ui/, app/: blocking calls in asynchronous code
# Comments are ignored, so a comment may name a forbidden call; calls may span lines.
#
# Usage: tests/tools/check-forbidden-calls.sh SOURCE_DIR
#        tests/tools/check-forbidden-calls.sh --self-test SOURCE_DIR
#   (a bad file in a temp tree must fail, allowed forms must pass, SOURCE_DIR must pass)
set -euo pipefail

# The file name (relative) and its area travel to perl in the environment.
scan_tree() {
    local root="$1" status=0 dir file
    for dir in core ui app tests; do
        [ -d "$root/$dir" ] || continue
        while IFS= read -r -d '' file; do
            SCAN_FILE="${file#"$root"/}" SCAN_AREA="$dir" scan_file "$file" || status=1
        done < <(find "$root/$dir" \( -name 'build*' -prune \) -o -type f \
            \( -name '*.cpp' -o -name '*.h' -o -name '*.hpp' -o -name '*.cc' -o -name '*.cxx' \
            -o -name '*.mm' \) -print0 | sort -z)
    done
    return "$status"
}

scan_file() {
    perl -0777 -ne '
        my ($file, $area) = ($ENV{SCAN_FILE}, $ENV{SCAN_AREA});
        my $text = $_;
        # Blank out comments but keep every newline, so line numbers stay right.
        $text =~ s{/\*.*?\*/}{ (my $c = $&) =~ s/[^\n]//g; $c }gse;
        $text =~ s{//[^\n]*}{}g;
        my @rules = (
            [qr/\bsetInsecureFallback\s*\(\s*(?:true|1)\s*\)/,
             "setInsecureFallback(true) can write the password to a plain file"],
            [qr/\bignoreSslErrors\s*\(\s*\)/, "ignoreSslErrors() without an explicit error list"],
        );
        push @rules, [qr/\bwaitFor[A-Z]\w*\s*\(/, "blocking waitFor* call in asynchronous code"]
            if $area ne "tests";
        my $bad = 0;
        for my $rule (@rules) {
            my ($re, $why) = @$rule;
            while ($text =~ /$re/g) {
                my $line = 1 + (substr($text, 0, $-[0]) =~ tr/\n//);
                print "$file:$line: $why\n";
                $bad = 1;
            }
        }
        exit $bad;
    ' "$1"
}

self_test() {
    local source="$1" tmp out
    tmp="$(mktemp -d /tmp/forbidden-selftest.XXXXXX)"
    trap 'rm -rf "$tmp"' RETURN
    mkdir -p "$tmp/core/x" "$tmp/tests/y" "$tmp/app"
    cat >"$tmp/core/x/bad.cpp" <<'CPP'
void a(QSslSocket *s, QKeychain::Job *job)
{
    s->ignoreSslErrors();
    job->setInsecureFallback( true );
    s->waitForConnected(1000);
    s->ignoreSslErrors(
    );
}
CPP
    cat >"$tmp/tests/y/bad_test.cpp" <<'CPP'
void b(QSslSocket &s) { s.ignoreSslErrors(); }
CPP
    cat >"$tmp/app/fine.cpp" <<'CPP'
// Never call ignoreSslErrors() or setInsecureFallback(true) or waitForReadyRead() here.
/* waitForFinished(); ignoreSslErrors() */
void c(QSslSocket *s, const QList<QSslError> &errors, QKeychain::Job *job)
{
    s->ignoreSslErrors(errors);
    job->setInsecureFallback(false);
}
CPP
    cat >"$tmp/tests/y/fine_test.cpp" <<'CPP'
void d(QProcess &p) { p.waitForFinished(1000); }
CPP
    if out="$(scan_tree "$tmp")"; then
        echo "self-test FAILED: the bad tree passed" >&2
        return 1
    fi
    local expected=(
        "core/x/bad.cpp:3: ignoreSslErrors"
        "core/x/bad.cpp:6: ignoreSslErrors"
        "core/x/bad.cpp:4: setInsecureFallback"
        "core/x/bad.cpp:5: blocking waitFor"
        "tests/y/bad_test.cpp:1: ignoreSslErrors"
    )
    local e
    for e in "${expected[@]}"; do
        if ! grep -qF "$e" <<<"$out"; then
            echo "self-test FAILED: missing finding '$e' in:" >&2
            echo "$out" >&2
            return 1
        fi
    done
    if [ "$(wc -l <<<"$out")" -ne "${#expected[@]}" ]; then
        echo "self-test FAILED: unexpected findings:" >&2
        echo "$out" >&2
        return 1
    fi
    if ! scan_tree "$source"; then
        echo "self-test FAILED: the real tree $source has forbidden calls (above)" >&2
        return 1
    fi
    echo "check-forbidden-calls self-test: ok"
}

if [ "${1:-}" = "--self-test" ] && [ $# -eq 2 ]; then
    self_test "$(cd "$2" && pwd)"
    exit $?
fi
if [ $# -ne 1 ]; then
    echo "usage: $0 SOURCE_DIR | --self-test SOURCE_DIR" >&2
    exit 2
fi
root="$(cd "$1" && pwd)"
if scan_tree "$root"; then
    echo "check-forbidden-calls: no forbidden calls in $root"
else
    exit 1
fi
