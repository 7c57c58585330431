// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"
#include "smtp/saslclient.h"
#include "smtp/secretbuffer.h"
#include "smtp/serversettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

struct PreparedSend;
struct Provider;

// Where and how to read a sent test message back, decided the same way for the CLI
// (`send --read-back`) and the window ("Check that it arrived"). Each field given (a flag)
// overrides; the rest comes from the profile's read-back mailbox (Profile::imap), then:
//   host      else the preset's IMAP server (ProviderImap), else the SMTP host
//   port      else the preset's IMAP port, else 993 (143 with STARTTLS)
//   security  else the preset's, else implicit TLS (STARTTLS when the port is 143)
//   userName  else the SMTP user name
// The secret is the send's own (the keychain password, or the OAuth access token, which
// signs in with XOAUTH2 as the named mailbox), unless a password profile's user name names
// another account: then it is that mailbox's own password (the keychain's "imap" secret,
// PreparedSend::readBackSecret). TLS is verified as for SMTP, with the profile's extra CA file
// and the certificates pinned for the mailbox server's host and port (ProfileImap::pins, and
// `extraPins` given for this run); the SMTP server's pins are never carried over.
struct ReadBackSetup
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReadBackSetup)

public:
    QString host;
    std::optional<quint16> port;
    std::optional<Security> security;
    QString userName;
    // Fingerprints trusted for this run only (`send --read-back --imap-pin-sha256`), for
    // whichever mailbox server the run reads from.
    QList<QByteArray> extraPins;

    // The IMAP settings for reading back a message sent with `profile` (whose preset is
    // `preset`, or null). Nothing, with the reason in `error`, when the preset is a sending
    // service without a mailbox and no host was given, or nothing names a server, or the OAuth
    // token's `grantedScopes` (when known) lack the scopes the preset's mailbox needs.
    [[nodiscard]] std::optional<ServerSettings>
    settingsFor(const Profile &profile, const Provider *preset, Credentials::Kind secretKind,
                QString *error, const QStringList &grantedScopes = {}) const;
    // These overrides with the empty fields filled from the profile's read-back mailbox.
    [[nodiscard]] ReadBackSetup withProfile(const Profile &profile) const;
    // Whether the mailbox is another account than the SMTP one, with a password of its own
    // (never for an OAuth profile: its token signs in to the named mailbox with XOAUTH2).
    [[nodiscard]] bool usesOwnSecret(const Profile &profile) const;
    // A copy of the send's secret in a buffer of its own, for the IMAP session.
    [[nodiscard]] static SecretBuffer secretFrom(const Credentials &credentials);
    // A copy of the secret the mailbox signs in with: the mailbox's own password when the
    // send brought one (another account), else the send's secret.
    [[nodiscard]] static SecretBuffer secretFor(const PreparedSend &send);
};

} // namespace Sendcheck
