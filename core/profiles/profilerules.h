// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include "providers/provider.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

// The rules a profile's settings follow, whoever edits them: the window's settings form and the
// CLI's connection flags ask here, so a port, a preset or a sign-in choice means the same in both.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProfileRules)

public:
    // The longest a profile may cap every timer at (0 keeps the RFC 5321 defaults).
    static constexpr int maxTimeoutSeconds = 24 * 60 * 60;

    // The mode a well-known port implies (A.17 of the provider notes): 465, 2465, 8465 and 443
    // are TLS from the start; 25, 587, 2525, 2587, 8025 and 80 are STARTTLS.
    [[nodiscard]] static std::optional<Security> securityForPort(quint16 port);

    // The port was changed to `port` (the mode was not): the mode to use with it, or nullopt to
    // keep `current`. The preset's own list decides first; then a port that is the usual one
    // for `current` (25 for none) keeps it; then the well-known ports above.
    [[nodiscard]] static std::optional<Security> securityForNewPort(quint16 port, Security current,
                                                                    const Provider *preset);
    // The mode was changed to `security` (the port was not): the port to use with it. The
    // preset's port for the mode; otherwise the usual port for the mode (587, 465, 25) when
    // `port` is the usual port of another mode; otherwise `port` stays (a lab server's 2525
    // keeps its port whatever the mode).
    [[nodiscard]] static quint16 portForNewSecurity(quint16 port, Security security,
                                                    const Provider *preset);

    // Whether `preset` offers "Sign in with ..." (OAuth) at all.
    [[nodiscard]] static bool offersOAuth(const Provider *preset);
    // Makes `profile` one of `preset`'s: its id, `host` (null: the first one), its recommended
    // port and mode, its sign-in method and a fixed user name if it has one. A preset that
    // signs in only with OAuth turns OAuth on, one without OAuth turns it off, and an app
    // registration made with `previous`'s provider is dropped when the provider changes.
    static void applyPreset(Profile &profile, const Provider &preset, const Provider::Host *host,
                            const Provider *previous);
    // The profile no longer follows a preset (and so cannot sign in with OAuth).
    static void clearPreset(Profile &profile);
    // Password or OAuth. OAuth signs in with XOAUTH2; going back to a password leaves XOAUTH2
    // for the preset's recommended method (or automatic).
    static void setSignIn(Profile &profile, Profile::SignIn signIn, const Provider *preset);

    // Certificate pins, each bound to one host and port.
    // Trusts `sha256` for `host`:`port` in `profile` (once).
    static void addPin(Profile &profile, const QString &host, quint16 port,
                       const QByteArray &sha256);
    // Replaces the pins by `fingerprints`, all for the profile's own host and port (the CLI's
    // --pin-sha256: each was given for the server named now).
    static void setPins(Profile &profile, const QList<QByteArray> &fingerprints);
    // The settings form's list of `fingerprints` for `profile`, which was `before` when the
    // form showed it: a fingerprint that was already there keeps the server it was trusted
    // for, one that is new is for the server named now. Then keepPinsForServer().
    static void editPins(Profile &profile, const Profile &before,
                         const QList<QByteArray> &fingerprints);
    // Drops every pin that is not for the profile's host and port: when the server changes,
    // what was trusted for the old one is not carried over.
    static void keepPinsForServer(Profile &profile);

    // What `profile` asks to trust beyond the defaults, one sentence each, for a person to
    // confirm before an imported profile is saved: certificate pins (with their host:port),
    // sign-in without encryption, no encryption at all, an extra CA file, a read-back mailbox
    // server other than the sending one (it gets a sign-in). Empty: nothing.
    [[nodiscard]] static QStringList trustRequests(const Profile &profile);

    // Checks of single values. Each returns false when the value cannot be used.
    [[nodiscard]] static bool isServerName(const QString &host); // trimmed, not empty, no spaces
    [[nodiscard]] static bool isUserName(const QString &userName); // no line break, no NUL
    [[nodiscard]] static bool looksLikeAddress(const QString &address); // x@y without spaces
    [[nodiscard]] static bool isEhloName(const QString &name); // empty, or one word
    [[nodiscard]] static bool isOAuthClientId(const QString &clientId);
    [[nodiscard]] static bool isOAuthTenant(const QString &tenant);
    [[nodiscard]] static bool isTimeout(int seconds);
};

} // namespace Sendcheck
