// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsanswer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// A domain's MX records read from an MX answer: hosts by preference, the null MX of RFC 7505
// ("0 ." alone: the domain takes no mail), and what is wrong on the face of the records: a
// host written as an IP address, a null MX mixed with other hosts. Whether a host is an alias
// (CNAME) or has addresses needs more lookups; DomainCheck does those.
struct MxRecords
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::MxRecords)

public:
    struct Host
    {
        QString host;
        quint16 preference = 0;
        bool ipLiteral = false; // "192.0.2.1" or "[192.0.2.1]" where a name belongs
    };

    QList<Host> hosts; // lowest preference first, null MX targets left out
    bool nullMx = false; // exactly one record, preference 0, target "."
    QStringList errors;

    [[nodiscard]] static MxRecords fromAnswer(const DnsAnswer &answer);
};

} // namespace Sendcheck
