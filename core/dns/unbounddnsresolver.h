// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsresolver.h"
#include "dnssettings.h"
#include "unboundeventloop.h"

#include <QPointer>

#include <map>
#include <memory>

struct ub_ctx;
class QTimer;

namespace Sendcheck {

// DNS through libunbound: a validating stub that forwards to the nameserver and port in the
// settings (or the system's nameservers), checks DNSSEC against the configured trust anchors
// and runs in the Qt event loop (UnboundEventLoop). Each query has its own time limit; a query
// that runs out is cancelled and answered Timeout. Bogus answers still come with their records,
// marked Bogus with libunbound's reason (its callback API never turns them into SERVFAIL), so a
// checker can say what is wrong with them.
class UnboundDnsResolver : public DnsResolver
{
    Q_OBJECT

public:
    explicit UnboundDnsResolver(const DnsSettings &settings, QObject *parent = nullptr);
    ~UnboundDnsResolver() override;

    [[nodiscard]] QString source() const override { return m_settings.describeNameserver(); }
    // Empty when libunbound took the settings; otherwise why not (every lookup then fails).
    [[nodiscard]] QString setupError() const { return m_setupError; }
    [[nodiscard]] const DnsSettings &settings() const { return m_settings; }
    // The libunbound version ("1.17.1").
    [[nodiscard]] static QString libraryVersion();

protected:
    void resolve(const QString &name, DnsRecordType type, QObject *context, Callback done) override;

private:
    struct Ticket; // what libunbound hands back to the C callback
    struct Pending
    {
        QString name;
        DnsRecordType type = DnsRecordType::A;
        QPointer<QObject> context;
        Callback done;
        int asyncId = 0;
        QTimer *timer = nullptr;
        std::unique_ptr<Ticket> ticket;
    };

    static void onResult(void *data, int rcode, void *packet, int length, int sec, char *whyBogus,
                         int rateLimited);
    void finish(quint64 serial, DnsAnswer answer);
    void timedOut(quint64 serial);

    DnsSettings m_settings;
    UnboundEventLoop m_loop; // declared before m_ctx: outlives it
    ub_ctx *m_ctx = nullptr;
    QString m_setupError;
    std::map<quint64, Pending> m_pending;
    quint64 m_nextSerial = 1;
};

} // namespace Sendcheck
