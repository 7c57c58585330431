// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsresolver.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace TestSupport {

// Runs one lookup through the event loop and returns its answer (std::nullopt when no answer
// came within timeoutMs).
inline std::optional<Sendcheck::DnsAnswer> lookupNow(Sendcheck::DnsResolver &resolver,
                                                     const QString &name,
                                                     Sendcheck::DnsRecordType type,
                                                     int timeoutMs = 20000)
{
    QObject context;
    std::optional<Sendcheck::DnsAnswer> result;
    resolver.lookup(name, type, &context,
                    [&result](const Sendcheck::DnsAnswer &answer) { result = answer; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, timeoutMs))
        return std::nullopt;
    return result;
}

} // namespace TestSupport
