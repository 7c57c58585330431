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

struct Provider;

// Where and how to read a sent test message back, decided the same way for the CLI
// (`send --read-back`) and the window ("Check that it arrived"). Each field given overrides;
// the rest comes from the profile:
//   host      else the preset's IMAP server (ProviderImap), else the SMTP host
//   port      else the preset's IMAP port, else 993 (143 with STARTTLS)
//   security  else the preset's, else implicit TLS (STARTTLS when the port is 143)
//   userName  else the SMTP user name
// The secret is the send's own (the keychain password, or the OAuth access token, which
// signs in with XOAUTH2). TLS is verified as for SMTP, with the profile's extra CA file;
// certificate pins belong to the SMTP server and are not carried over.
struct ReadBackSetup
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ReadBackSetup)

public:
    QString host;
    std::optional<quint16> port;
    std::optional<Security> security;
    QString userName;

    // The IMAP settings for reading back a message sent with `profile` (whose preset is
    // `preset`, or null). Nothing, with the reason in `error`, when the preset is a sending
    // service without a mailbox and no host was given, or nothing names a server.
    [[nodiscard]] std::optional<ServerSettings> settingsFor(const Profile &profile,
                                                            const Provider *preset,
                                                            Credentials::Kind secretKind,
                                                            QString *error) const;
    // A copy of the send's secret in a buffer of its own, for the IMAP session.
    [[nodiscard]] static SecretBuffer secretFrom(const Credentials &credentials);
};

} // namespace Sendcheck
