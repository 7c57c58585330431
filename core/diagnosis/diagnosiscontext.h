// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/oauthservererror.h"
#include "smtp/serversettings.h"

#include <QString>

#include <optional>

namespace Sendcheck {

struct Profile;

// The settings a failed session used. The same reply means different things at different
// servers (535 at Gmail is an app-password problem, at Microsoft 365 a switched-off feature),
// so the Diagnoser looks at them.
struct DiagnosisContext
{
    QString host;
    quint16 port = 0; // 0: unknown
    Security security = Security::StartTls;
    AuthMechanism mechanism = AuthMechanism::Auto;
    QString presetId; // "gmail", "microsoft-365", ... when a preset was used
    bool tlsActive = false; // whether the failure happened inside TLS
    // OAuth sign-ins: the server's decoded error (SessionResult::oauthError), the user name
    // the session signed in with, and the account the provider says signed in (empty:
    // unknown). They turn "token rejected" into expired, wrong scope or wrong account.
    std::optional<OAuthServerError> oauthError;
    QString userName;
    QString signedInAccount;

    // For a session run with `profile`; `tlsActive` and `oauthError` from its result (or, for
    // one transcript line, whether that line was inside TLS).
    [[nodiscard]] static DiagnosisContext
    forProfile(const Profile &profile, bool tlsActive,
               const std::optional<OAuthServerError> &oauthError = std::nullopt);
};

} // namespace Sendcheck
