#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-completions.sh SENDCHECK_CLI: the completion scripts `sendcheck-cli completions` writes
# offer what the program accepts. The expectations are read from the program's own --help
# output, independently of how the scripts were made:
#   bash: the commands of the overview, every option of each command's --help (and of each
#         profile/oauth/password subcommand), files after a FILE option, folders after a DIR one;
#   zsh and fish: the scripts parse, and fish completes options and subcommands.
set -euo pipefail
cli="$1"
export LC_ALL=C.UTF-8
unset LANGUAGE
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for shell in bash zsh fish; do "$cli" completions "$shell" >"$work/$shell"; done
bash -n "$work/bash" || fail "bash cannot parse its script"

# Complete the words given (the last one is the word being typed) with the bash script.
complete_bash() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
           _sendcheck_cli; printf "%s\n" "${COMPREPLY[@]}"' _ "$work/bash" sendcheck-cli "$@"
}
# The option names a --help text lists ("  -h, --help", "  --host <HOST>", and every alias of
# "  --max-message-size, --max-size <bytes>"), one a line: the option column ends at the first
# double space.
options_of() { "$cli" "$@" --help | sed -n '/^Options:/,/^$/p' | grep -E '^  -' |
  sed -E 's/^  //; s/  .*$//; s/<[^>]*>//g' | grep -oE -- '--?[a-zA-Z0-9][a-zA-Z0-9-]*' | sort -u; }

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/Commands:/ {print $1}' | sort)
offered=$(complete_bash "" | sort)
[ "$commands" = "$offered" ] || fail "commands: expected [$commands], offered [$offered]"
[ -n "$commands" ] || fail "no commands in the overview"

check_options() { # words before the option
  local expected offered
  expected=$(options_of "$@")
  offered=$(complete_bash "$@" - | sort -u)
  [ -n "$expected" ] || fail "$*: --help lists no options"
  [ "$expected" = "$offered" ] || fail "$*: options differ: expected [$(echo $expected)] offered [$(echo $offered)]"
}
for command in $commands; do
  case $command in
  profile) for sub in list show add edit remove import export; do check_options profile "$sub"; done ;;
  oauth) for sub in login logout status; do check_options oauth "$sub"; done ;;
  password) for sub in set clear; do check_options password "$sub"; done ;;
  version) ;; # reads no options
  *) check_options "$command" ;;
  esac
done
[ "$(complete_bash profile "" | sort | tr '\n' ' ')" = "add edit export import list remove show " ] ||
  fail "profile subcommands"

mkdir -p "$work/tree/some-folder" && touch "$work/tree/some-file.pem" "$work/tree/other.txt"
cd "$work/tree"
# A file name is reached through folders, so folders are offered with files.
complete_bash send --ca-file some | grep -qx some-file.pem || fail "send --ca-file offers no file"
[ "$(complete_bash practice --save-dir some)" = "some-folder" ] || fail "practice --save-dir offers no folder"
[ -z "$(complete_bash send --host some)" ] || fail "send --host offers files"
[ "$(complete_bash practice --save-dir o)" = "" ] || fail "practice --save-dir offers a file"
complete_bash profile import some | grep -qx some-file.pem || fail "profile import FILE offers no file"
cd - >/dev/null

if command -v zsh >/dev/null; then
  zsh -n "$work/zsh" || fail "zsh cannot parse its script"
else
  echo "SKIP: zsh not installed"
fi
if command -v fish >/dev/null; then
  fish -n "$work/fish" || fail "fish cannot parse its script"
  fish_offers() { fish -c "source $work/fish; complete -C '$1'" | cut -f1 | sort | tr '\n' ' '; }
  [ "$(fish_offers 'sendcheck-cli oauth ')" = "login logout status " ] || fail "fish: oauth subcommands"
  [[ "$(fish_offers 'sendcheck-cli send --quit')" == "--quit-after " ]] || fail "fish: send --quit-after"
  [[ "$(fish_offers 'sendcheck-cli profile add --ho')" == "--host " ]] || fail "fish: profile add --host"
else
  echo "SKIP: fish not installed"
fi

[ "$failures" -eq 0 ] || exit 1
echo "completions: all checks passed"
