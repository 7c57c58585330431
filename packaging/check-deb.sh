#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from an existing build folder (default build-ci, as CI has it after the test
# run, so nothing is compiled again) and checks it the way a user's system would see it:
#   lintian (any error fails), desktop-file-validate, appstreamcli validate --no-net, man pages
#   render without warnings, the completion scripts parse, the icon sizes are there;
#   then installs it with dpkg -i (apt-get install -f for missing dependencies), runs
#   sendcheck-cli --version and sendcheck --version from /usr/bin, and removes it with dpkg -r.
# Needs root or sudo for the install; refuses to run when a package "sendcheck" is installed
# already, so that it never replaces or removes one it did not install.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-ci}"

step() { echo "-- check-deb: $*"; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

if dpkg-query -W -f='${Status}' sendcheck 2>/dev/null | grep -q 'installed'; then
  echo "check-deb: a package 'sendcheck' is installed already; remove it first (dpkg -r sendcheck)" >&2
  exit 1
fi

step "cmake --build $build --target package"
rm -f "$build"/sendcheck_*.deb
cmake --build "$build" --target package
debs=("$build"/sendcheck_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "check-deb: expected one .deb in $build" >&2; exit 1; }
deb="${debs[0]}"
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -f "$deb"

work=$(mktemp -d)
installed=0
cleanup() {
  rm -rf "$work"
  if [ "$installed" -eq 1 ]; then
    step "dpkg -r sendcheck"
    $sudo dpkg -r sendcheck
  fi
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$work/root"
root="$work/root/usr/share"

step "lintian (errors fail; warnings and infos are shown)"
lintian --fail-on error --display-info "$deb"

step "desktop-file-validate"
desktop-file-validate "$root"/applications/*.desktop

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root"/metainfo/*.metainfo.xml

step "man pages render without warnings"
for page in "$root"/man/man1/*.1.gz; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || { echo "$page: $warnings" >&2; exit 1; }
  echo "$(basename "$page"): ok"
done

step "completion scripts parse and know the commands"
bash -n "$root"/bash-completion/completions/sendcheck-cli
grep -q -- "--quit-after" "$root"/bash-completion/completions/sendcheck-cli
! command -v zsh >/dev/null || zsh -n "$root"/zsh/vendor-completions/_sendcheck-cli
! command -v fish >/dev/null || fish -n "$root"/fish/vendor_completions.d/sendcheck-cli.fish
echo ok

step "icons: SVG and PNG sizes"
ls "$root"/icons/hicolor/scalable/apps/*.svg >/dev/null
for size in 16 22 24 32 48 64 128 256; do
  file "$root"/icons/hicolor/${size}x${size}/apps/*.png | grep -q "PNG image data, $size x $size" ||
    { echo "check-deb: no ${size}x${size} PNG icon" >&2; exit 1; }
done
echo ok

step "dpkg -i $deb"
installed=1
if ! $sudo dpkg -i "$deb"; then
  step "apt-get install -f (missing dependencies)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -q --no-install-recommends
fi
dpkg-query -W -f='${Status}\n' sendcheck | grep -q 'install ok installed'

step "the installed programs start"
cli=$(/usr/bin/sendcheck-cli --version)
gui=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen /usr/bin/sendcheck --version)
echo "$cli"
echo "$gui"
[ "$cli" = "sendcheck-cli $version" ] && [ "$gui" = "sendcheck $version" ] ||
  { echo "check-deb: expected version $version" >&2; exit 1; }
echo "check-deb: $deb passed"
