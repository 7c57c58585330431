// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/serversettings.h"

#include <QString>

namespace Sendcheck {

// The settings a failed session used. The same reply means different things at different
// servers (535 at Gmail is an app-password problem, at Microsoft 365 a switched-off feature),
// so the Diagnoser looks at them.
struct DiagnosisContext
{
    QString host;
    quint16 port = 0; // 0: unknown
    Security security = Security::StartTls;
    AuthMechanism mechanism = AuthMechanism::Auto;
    QString presetId; // "gmail", "office365", ... when a preset was used
    bool tlsActive = false; // whether the failure happened inside TLS
};

} // namespace Sendcheck
