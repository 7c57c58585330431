// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dmarcrecord.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Sendcheck {

class DnsResolver;

// Finds the DMARC policy for a From domain (RFC 7489 6.6.3): the TXT record at _dmarc.<domain>,
// else at _dmarc.<organizational domain>. Exactly one record starting v=DMARC1 counts; more
// than one means no policy; a DNS failure is reported as such, never as "no record".
struct DmarcDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DmarcDiscovery)

public:
    QString domain; // the From domain asked about
    QString orgDomain;
    QString foundAt; // "_dmarc.example.com"; empty when no record was found
    bool found = false;
    bool forSubdomain = false; // found at the organizational domain for a subdomain
    DmarcRecord record;
    QString error; // a DNS failure or several records; empty otherwise
    bool temporary = false; // the error was a DNS failure (retry later)

    using Callback = std::function<void(const DmarcDiscovery &)>;
    // Calls `done` once from the event loop (dropped when `context` is destroyed).
    static void discover(DnsResolver *resolver, const QString &domain, QObject *context,
                         Callback done);
};

} // namespace Sendcheck
