// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsanswer.h"

#include <QObject>

#include <functional>

namespace Sendcheck {

// Asynchronous DNS lookups. Each lookup returns at once and later calls `done` exactly once,
// from the event loop (never from inside the call), unless `context` or the resolver was
// destroyed first, in which case `done` is dropped. Any number of lookups may run at the same
// time. Names that cannot be queried (empty or over-long labels, over 253 octets) are answered
// InvalidName without asking anyone.
//
// UnboundDnsResolver is the real one; MemoryDnsResolver answers from records set up in a test;
// DnsCache wraps either and answers each (name, type) once per check.
class DnsResolver : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const DnsAnswer &)>;

    explicit DnsResolver(QObject *parent = nullptr) : QObject(parent) { }

    void lookup(const QString &name, DnsRecordType type, QObject *context, Callback done);
    // Where the answers come from, for messages ("192.0.2.53:53", "the system's nameservers").
    [[nodiscard]] virtual QString source() const = 0;

protected:
    // `name` is queryable. Must answer through deliver() or otherwise from the event loop.
    virtual void resolve(const QString &name, DnsRecordType type, QObject *context, Callback done)
        = 0;
    // Calls done(answer) from the event loop, unless `context` is gone by then.
    static void deliver(QObject *context, Callback done, DnsAnswer answer);
};

} // namespace Sendcheck
