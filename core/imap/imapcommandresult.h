// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sendcheck {

// What one tagged command brought: its completion ("OK", "NO", "BAD") with the server's text,
// and the untagged responses that came while it ran.
struct ImapCommandResult
{
    QByteArray tag;
    QByteArray status; // "OK", "NO" or "BAD"
    QString text; // the server's words after the status (redacted)
    QList<ImapResponse> untagged;

    [[nodiscard]] bool ok() const { return status == "OK"; }
};

} // namespace Sendcheck
