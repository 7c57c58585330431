// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"
#include "smtp/secretbuffer.h"
#include "smtp/smtpstage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What a front end asks TestSend to prepare: the profile (with any one-off overrides applied),
// where the session stops, and the message's content. The envelope comes from the profile:
// From is profile.from, To is profile.defaultTo. Move-only when it carries a secret.
struct TestSendRequest
{
    Profile profile;
    // Stage::Auth for a connection test; nullopt to send the message. A session that stops
    // before MAIL FROM needs no message at all, one that stops before RCPT TO no recipient.
    std::optional<Stage> stopAfter;

    QStringList cc;
    QString subject;
    QString textBody;
    std::optional<QString> htmlBody;
    QStringList attachments;
    // The message's Message-ID ("<id@domain>"); empty: a random one. A front end that reads the
    // message back afterwards (core/imap ReadBack) chooses it, to search for it.
    QString messageId;
    // The message will be read back (core/imap ReadBack) as `readBackUser` (empty: the profile's
    // read-back mailbox user, Profile::imap). When that is another account than the SMTP one,
    // TestSend also reads that mailbox's own password from the keychain (none saved: the
    // sending secret is tried, with a note).
    bool readBack = false;
    QString readBackUser;

    // A secret handed in directly (the CLI reads it from standard input or an environment
    // variable, never from a flag value). It replaces any saved password or OAuth sign-in.
    // TestSend::start() moves it on into the credentials.
    std::optional<SecretBuffer> secret;
};

} // namespace Sendcheck
