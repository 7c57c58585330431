// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probeattemptresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// Every attempt of one port probe, in the order of the candidates, and the setting to use.
struct PortProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::PortProbeResult)

public:
    QList<ProbeAttemptResult> attempts;
    std::optional<qsizetype> recommended; // index into attempts
    QString reason; // why that one (or why none), in plain words
    qint64 totalMs = 0;

    // Picks the best working attempt: implicit TLS on 465 first (RFC 8314 section 3.3 prefers
    // TLS from the first byte for submission), then STARTTLS on 587 (RFC 6409), then the other
    // ports; attempts that offer AUTH before those that do not; the faster connection last.
    // Intercepted, wrong-mode and failed attempts are never picked. Sets `recommended` and
    // `reason`.
    void recommend();
    [[nodiscard]] const ProbeAttemptResult *recommendedAttempt() const
    {
        return recommended ? &attempts.at(*recommended) : nullptr;
    }
    [[nodiscard]] bool anyWorks() const { return recommended.has_value(); }

    // {"probe": [...], "recommended": {host, port, security, reason} or null,
    //  "recommendation": reason, "total_ms"}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
