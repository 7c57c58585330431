// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/testmessage.h"
#include "profiles/profile.h"
#include "smtp/saslclient.h"
#include "smtp/serversettings.h"
#include "smtp/smtpstage.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

class SmtpSession;

// A test send ready to go, as TestSend prepared it for the window and the CLI alike: where and
// how to connect, what to sign in with, the message (none when the session stops before MAIL
// FROM) and the profile it all came from (for the diagnosis). Move-only, as its credentials are:
// the secret is one buffer, wiped when the PreparedSend goes.
struct PreparedSend
{
    Profile profile;
    ServerSettings settings;
    Credentials credentials; // no secret when the profile does not sign in
    // The read-back mailbox's own password, when it is another account than the SMTP one
    // (TestSendRequest::readBack) and one is saved; nullopt: the mailbox signs in with
    // `credentials`.
    std::optional<SecretBuffer> readBackSecret;
    std::optional<TestMessage> message;
    std::optional<Stage> stopAfter;
    // Worth telling, but no reason to stop ("the renewed sign-in could not be saved").
    QStringList notes;

    // Gives `session` the settings, the credentials, the stop stage and, with a message, its
    // envelope and a factory for `count` copies. False with the reasons when the message is
    // refused; the session must not be started then. The session gets a copy of the secret in
    // a buffer of its own (several sessions may start from one PreparedSend), which it wipes.
    [[nodiscard]] bool applyTo(SmtpSession &session, int count, QString *error) const;
};

} // namespace Sendcheck
