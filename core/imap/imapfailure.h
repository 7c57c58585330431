// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/sessionfailure.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace Sendcheck {

// Why an IMAP session stopped short: the kind (shared with SMTP, so diagnosis and JSON speak
// one language), the step it was in, our words, and the server's own words kept as they came.
struct ImapFailure
{
    FailureKind kind = FailureKind::None;
    QString step; // ImapSession::stateName() of the state it failed in ("login", ...)
    QString message; // what went wrong, in plain words
    QString serverText; // the server's NO/BAD/BYE text (redacted), if it said one
    QList<QSslError> sslErrors;

    [[nodiscard]] bool isFailure() const { return kind != FailureKind::None; }
};

} // namespace Sendcheck
