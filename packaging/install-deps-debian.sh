#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything Sendcheck needs on Debian 12 / Ubuntu 22.04+: the build tool chain, Qt 6,
# QtKeychain, OpenSSL, the real peers the tests talk to (aiosmtpd, Postfix, swaks, curl, msmtp,
# gnome-keyring), and the tools that make and check the .deb (lintian, desktop-file-validate,
# appstreamcli; zsh and fish to parse the completions). Idempotent: packages already present are
# skipped, so a second run costs one dpkg query.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-svg-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-networkauth-dev qtkeychain-qt6-dev libssl-dev libgl-dev openssl
  libqt6sql6-sqlite qt6-translations-l10n
  libunbound-dev libevent-dev nettle-dev libpsl-dev publicsuffix
  # fuzzing and sanitizer builds (CI)
  clang libclang-rt-14-dev
  fonts-dejavu-core
  # test peers and helpers (interop and keychain tests)
  python3 python3-aiosmtpd postfix libsasl2-modules sasl2-bin
  swaks libnet-ssleay-perl libio-socket-ssl-perl curl msmtp time poppler-utils
  gnome-keyring dbus dbus-daemon libsecret-tools xauth xvfb
  nsd ldnsutils python3-spf python3-yaml
  # packages: the .deb (CPack, dpkg-shlibdeps), its icons (rsvg-convert), and the checks on it
  dpkg-dev file librsvg2-bin lintian desktop-file-utils appstream man-db zsh fish
)
# the IMAP read-back tests run a Dovecot of their own (tests/imap)
packages+=(dovecot-imapd)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is already installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
# Postfix asks questions on install; answer them up front. "No configuration" leaves the system
# mail setup alone: the tests run their own Postfix instance from a private config directory.
printf '%s\n' \
  "postfix postfix/main_mailer_type select No configuration" \
  "postfix postfix/mailname string sendcheck.invalid" | $sudo debconf-set-selections
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
