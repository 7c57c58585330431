#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_keychain_negative in the situations it is about, each with a throwaway HOME:
#   1. no session bus at all (DBUS_SESSION_BUS_ADDRESS unset, fresh XDG_RUNTIME_DIR)
#   2. a bus address pointing at a socket that does not exist
#   3. a private dbus-run-session with gnome-keyring's Secret Service, which the test locks
# Usage: with-locked-keyring.sh /path/to/tst_keychain_negative
set -euo pipefail
TEST="$1"
for tool in dbus-run-session gnome-keyring-daemon timeout; do
    command -v "$tool" >/dev/null || {
        echo "missing $tool (apt-get install -y dbus-daemon gnome-keyring coreutils)" >&2
        exit 2
    }
done
SANDBOX="$(mktemp -d /tmp/keychain-negative.XXXXXX)"
trap 'rm -rf "$SANDBOX"' EXIT

# A fresh HOME, runtime and config dirs under the sandbox; nothing from the caller's desktop.
sandbox_env() {
    local name="$1"
    mkdir -p "$SANDBOX/$name/home" "$SANDBOX/$name/run"
    chmod 700 "$SANDBOX/$name/run"
    export HOME="$SANDBOX/$name/home" XDG_RUNTIME_DIR="$SANDBOX/$name/run" \
        XDG_DATA_HOME="$SANDBOX/$name/home/.local/share" \
        XDG_CONFIG_HOME="$SANDBOX/$name/home/.config" \
        XDG_CACHE_HOME="$SANDBOX/$name/home/.cache" \
        SENDCHECK_KEYCHAIN_SANDBOX="$SANDBOX"
    unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_FULL_SESSION \
        KDE_SESSION_VERSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
}

status=0
(
    sandbox_env no-bus-unset
    SENDCHECK_KEYCHAIN_MODE=no-bus timeout 90 "$TEST" noSessionBus
) || status=1
(
    sandbox_env no-bus-missing
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$SANDBOX/no-such-bus"
    SENDCHECK_KEYCHAIN_MODE=no-bus timeout 90 "$TEST" noSessionBus
) || status=1
(
    sandbox_env locked
    # Throwaway password for the sandbox keyring only; the test needs it to unlock again.
    export SENDCHECK_KEYCHAIN_PASSWORD="locked-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    export SENDCHECK_KEYCHAIN_MODE=locked
    timeout 150 dbus-run-session -- bash -c '
        set -euo pipefail
        printf "%s" "$SENDCHECK_KEYCHAIN_PASSWORD" \
            | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec timeout 120 "$1" lockedKeyring' bash "$TEST"
) || status=1
exit "$status"
