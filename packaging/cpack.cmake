# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: on Linux a .deb (`cmake --build --preset release --target package`), elsewhere a zip of
# the installed files (Windows and macOS releases are made with windeployqt / macdeployqt, see
# README "Building on Windows and macOS").
set(CPACK_PACKAGE_NAME sendcheck)
set(CPACK_PACKAGE_VENDOR "The Sendcheck developers")
set(CPACK_PACKAGE_CONTACT "${SENDCHECK_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SENDCHECK_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "set up and prove outgoing mail (SMTP) settings")
# The long description of the .deb: lines of at most 80 characters, an empty line between
# paragraphs.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Sendcheck sets up and proves outgoing mail settings: pick a provider or type a\n"
    "server, send a test message, watch every line of the SMTP conversation, and\n"
    "read in plain words what went wrong and how to fix it. Passwords and OAuth\n"
    "tokens stay in the system keychain, and certificates are verified.\n"
    "\n"
    "The package holds the desktop program (sendcheck) and the same engine\n"
    "without a window (sendcheck-cli), with a built-in practice server that fails\n"
    "on purpose, for training.")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION mail)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Libraries the programs link: found by dpkg-shlibdeps (Qt, QtKeychain, OpenSSL, libc...).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Plugins the programs cannot work without, which Qt loads at run time: the SQLite driver
    # of Qt SQL, where the project uses Qt SQL (the run history).
    if(TARGET Qt6::Sql)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    endif()
    # What shlibdeps cannot see, because Qt and QtKeychain load it at run time: the platform
    # plugins beyond xcb/offscreen (wayland-egl, eglfs...), Qt's own translations (the standard
    # dialogs and command-line help in the user's language), a Secret Service for the keychain
    # (without one, passwords are kept for the session only), and the CA certificates that
    # TLS verification trusts.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-qpa-plugins, qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc, ca-certificates")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
else()
    set(CPACK_GENERATOR ZIP)
endif()

include(CPack)
