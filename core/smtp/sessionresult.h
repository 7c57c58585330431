// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "oauthservererror.h"
#include "saslclient.h"
#include "serversettings.h"
#include "sessionfailure.h"
#include "smtpreply.h"
#include "smtpstage.h"
#include "tlsinfo.h"

#include <QList>
#include <QMap>

#include <optional>

namespace Sendcheck {

struct RecipientResult
{
    QString address;
    bool accepted = false;
    SmtpReply reply;
};

// Everything a finished session knows. `stage` is where it stopped: Done after a complete
// send, the --quit-after stage after a connection test, or the stage that failed.
struct SessionResult
{
    bool ok = false;
    Stage stage = Stage::Idle;
    SessionFailure failure;
    std::optional<SmtpReply> lastReply;
    QList<RecipientResult> recipients; // of the last message
    TlsInfo tls;
    Capabilities capabilities; // from the last EHLO (the one inside TLS, if any)
    AuthMechanism authMechanism = AuthMechanism::None; // the mechanism that signed in
    // The error the server sent as a challenge after an OAuth token, decoded (never secret).
    std::optional<OAuthServerError> oauthError;
    QMap<Stage, qint64> timingsMs; // time spent in each stage
    qint64 totalMs = 0;
    int messagesAccepted = 0;
    int messagesDeferred = 0; // 4xx
    int messagesRejected = 0; // 5xx or refused locally
};

} // namespace Sendcheck
