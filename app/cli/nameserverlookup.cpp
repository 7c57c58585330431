// SPDX-License-Identifier: GPL-3.0-or-later
#include "nameserverlookup.h"

#include "dns/dnsanswer.h"
#include "dns/unbounddnsresolver.h"

#include <QCoreApplication>
#include <QObject>

using namespace Sendcheck;

std::optional<QHostAddress> lookUpNameserver(const QString &host, QString *error)
{
    UnboundDnsResolver system(DnsSettings {});
    QObject context;
    std::optional<QHostAddress> address;
    int pending = 2;
    for (DnsRecordType type : {DnsRecordType::A, DnsRecordType::AAAA}) {
        system.lookup(host, type, &context, [&](const DnsAnswer &answer) {
            if (answer.ok() && !address)
                address = answer.records.first().address;
            else if (!answer.ok() && error->isEmpty())
                *error = answer.describe();
            if (--pending == 0)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    return address;
}
