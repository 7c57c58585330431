// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpprobe.h"

#include "domain/domaincheckitem.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>

namespace Sendcheck {

struct Report;

// Everything a ServerCheck found: the host's addresses, what the server said, and the
// findings as DomainCheckItems (the same shape as the domain check's).
struct ServerCheckResult
{
    QString host;
    quint16 port = 25;
    QList<QHostAddress> addresses; // the addresses checked (--ip, or the host's own)
    SmtpProbeResult probe; // the SMTP dialog
    QHostAddress clientAddress; // ours, as the server's greeting or EHLO reply showed it
    QList<DomainCheckItem> checks;
    QStringList queries; // "PTR 25.2.0.192.in-addr.arpa: ok (3 ms)", the DNS queries sent

    // Any check failed or could not be done (the CLI's exit status).
    [[nodiscard]] bool hasFailure() const;
    [[nodiscard]] const DomainCheckItem *check(const QString &id) const;
    // {"host", "port", "addresses": [...], "checks": [...]}: `sendcheck-cli server --json`.
    [[nodiscard]] QJsonObject toJson() const;
    // A report of kind "server": the greeting and EHLO reply in its Server section, the
    // findings as its checks.
    [[nodiscard]] Report toReport() const;
};

} // namespace Sendcheck
