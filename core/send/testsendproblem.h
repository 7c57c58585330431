// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialresult.h"
#include "oauth/oauthoutcome.h"

#include <QString>

#include <optional>

namespace Sendcheck {

// Why a test send could not be prepared, found before anything went to a server: which field,
// in a few words (`title`, as the window's verdict shows it) and why (`detail`). The CLI words
// it with its flags from `field`, `value` and `reason`.
struct TestSendProblem
{
    enum class Field {
        Server, // no server name
        From, // missing (empty `value`) or not an address
        To, // a recipient that is not an address, or (empty `value`) nobody to send to
        Cc, // a copy recipient that is not an address
        Message, // the message would be refused (header, attachment...): `detail`
        UserName, // a secret was given but there is no user name to sign in with
        Password, // no password: see `keychainStatus`
        SignIn, // no usable OAuth sign-in: see `oauthStatus`
        CaFile, // the extra CA file cannot be used (unreadable, too large, no certificate)
    };

    Field field = Field::Server;
    QString title; // "The From address is not usable"
    QString detail; // "Type the sender's address."
    QString value; // the text that was refused, as given; empty when it was missing
    QString reason; // the address parser's, the keychain's or the provider's own words

    // Password: how the CredentialStore answered; nullopt when none could be asked (no store,
    // or a profile that was never saved and so has no keychain entry).
    std::optional<CredentialResult::Status> keychainStatus;
    // SignIn: why there is no usable token.
    OAuthOutcome::Status oauthStatus = OAuthOutcome::Status::Ok;
    // SignIn: the provider's sign-in ("Google", "Microsoft"), or "OAuth" without a preset.
    QString signInName;
};

} // namespace Sendcheck
