// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbounddnsresolver.h"

#include "dnsmessage.h"
#include "dnsname.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <unbound-event.h>
#include <unbound.h>

#include <cstdio>

Q_LOGGING_CATEGORY(lcDns, "sendcheck.dns")

namespace Sendcheck {

struct UnboundDnsResolver::Ticket
{
    UnboundDnsResolver *resolver;
    quint64 serial;
};

static QString unboundError(int code)
{
    return QString::fromUtf8(ub_strerror(code));
}

UnboundDnsResolver::UnboundDnsResolver(const DnsSettings &settings, QObject *parent)
    : DnsResolver(parent), m_settings(settings)
{
    m_ctx = ub_ctx_create_ub_event(m_loop.base());
    if (!m_ctx) {
        m_setupError = tr("Could not set up the DNS resolver (libunbound).");
        return;
    }
    const auto option = [this](const char *name, const char *value) {
        const int rc = ub_ctx_set_option(m_ctx, name, value);
        if (rc != 0 && m_setupError.isEmpty())
            m_setupError
                = tr("DNS resolver option %1 %2: %3")
                      .arg(QString::fromLatin1(name), QString::fromLatin1(value), unboundError(rc));
    };
    // libunbound writes its own log lines to stderr; keep them for developers who ask for
    // QT_LOGGING_RULES="sendcheck.dns.debug=true", out of the CLI's and window's output otherwise.
    if (!lcDns().isDebugEnabled()) {
        static FILE *const nullDevice
            = std::fopen(QFile::encodeName(QProcess::nullDevice()).constData(), "w");
        if (nullDevice)
            ub_ctx_debugout(m_ctx, nullDevice);
    }
    // A nameserver on this machine (127.0.0.53, a test server) is a normal choice here.
    option("do-not-query-localhost:", "no");
    // Sendcheck is a stub: the nameserver it forwards to answers for the names libunbound would
    // otherwise answer itself (RFC 6761 "test." names in a lab, reverse names of private
    // addresses).
    option("local-zone:", "test. transparent");
    option("unblock-lan-zones:", "yes");
    option("insecure-lan-zones:", "yes");

    if (!m_settings.nameserver.isNull()) {
        const int rc = ub_ctx_set_fwd(m_ctx, m_settings.forwarder().toLatin1().constData());
        if (rc != 0)
            m_setupError = tr("Cannot use %1 as the nameserver: %2")
                               .arg(m_settings.describeNameserver(), unboundError(rc));
    } else {
        // Without resolv.conf libunbound resolves from the root servers itself.
        const int rc = ub_ctx_resolvconf(m_ctx, nullptr);
        if (rc != 0)
            qCInfo(lcDns) << "no system nameservers:" << unboundError(rc);
    }
    for (const QString &anchor : std::as_const(m_settings.trustAnchors)) {
        const int rc = ub_ctx_add_ta(m_ctx, anchor.toLatin1().constData());
        if (rc != 0 && m_setupError.isEmpty())
            m_setupError = tr("Bad DNSSEC trust anchor '%1': %2").arg(anchor, unboundError(rc));
    }
    if (!m_settings.trustAnchorFile.isEmpty()) {
        const int rc = ub_ctx_add_ta_file(m_ctx, QFile::encodeName(m_settings.trustAnchorFile));
        if (rc != 0 && m_setupError.isEmpty())
            m_setupError = tr("Cannot read the DNSSEC trust anchor file %1: %2")
                               .arg(m_settings.trustAnchorFile, unboundError(rc));
    }
}

UnboundDnsResolver::~UnboundDnsResolver()
{
    if (m_ctx)
        ub_ctx_delete(m_ctx); // frees its events in m_loop, calls no callback
}

QString UnboundDnsResolver::libraryVersion()
{
    return QString::fromLatin1(ub_version());
}

void UnboundDnsResolver::resolve(const QString &name, DnsRecordType type, QObject *context,
                                 Callback done)
{
    if (!m_setupError.isEmpty() || !m_ctx) {
        deliver(context, std::move(done),
                DnsAnswer::failure(name, type, DnsStatus::Failed, m_setupError));
        return;
    }
    const quint64 serial = m_nextSerial++;
    Pending &pending = m_pending[serial];
    pending.name = name;
    pending.type = type;
    pending.context = context;
    pending.done = std::move(done);
    pending.ticket = std::make_unique<Ticket>(Ticket {this, serial});
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, serial]() { timedOut(serial); });
    pending.timer->start(m_settings.timeoutMs);
    Ticket *ticket = pending.ticket.get();

    int asyncId = 0;
    const QByteArray presentation = DnsName::toPresentation(name);
    qCDebug(lcDns) << "query" << dnsRecordTypeName(type) << name;
    const int rc = ub_resolve_event(m_ctx, presentation.constData(), int(type), 1 /* IN */, ticket,
                                    &UnboundDnsResolver::onResult, &asyncId);
    // The answer may already have come (from libunbound's cache): then the entry is gone.
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    if (rc != 0) {
        finish(serial, DnsAnswer::failure(name, type, DnsStatus::Failed, unboundError(rc)));
        return;
    }
    it->second.asyncId = asyncId;
}

void UnboundDnsResolver::onResult(void *data, int rcode, void *packet, int length, int sec,
                                  char *whyBogus, int rateLimited)
{
    Q_UNUSED(rateLimited);
    const auto *ticket = static_cast<Ticket *>(data);
    UnboundDnsResolver *self = ticket->resolver;
    const quint64 serial = ticket->serial;
    const auto it = self->m_pending.find(serial);
    if (it == self->m_pending.end())
        return;
    const Pending &pending = it->second;

    DnsAnswer answer;
    if (rcode != 0 || !packet) {
        DnsStatus status = DnsStatus::Failed;
        if (rcode == 2)
            status = DnsStatus::ServFail;
        else if (rcode == 3)
            status = DnsStatus::NxDomain;
        else if (rcode == 5)
            status = DnsStatus::Refused;
        answer = DnsAnswer::failure(pending.name, pending.type, status);
        if (status == DnsStatus::Failed)
            answer.detail = QStringLiteral("response code %1").arg(rcode);
    } else {
        // A copy: the packet buffer belongs to libunbound.
        answer = DnsMessage::parseResponse(QByteArray(static_cast<const char *>(packet), length),
                                           pending.name, pending.type);
    }
    if (sec == 2)
        answer.dnssec = DnssecStatus::Secure;
    else if (sec == 1)
        answer.dnssec = DnssecStatus::Bogus;
    else
        answer.dnssec
            = self->m_settings.validates() ? DnssecStatus::Insecure : DnssecStatus::Indeterminate;
    if (whyBogus && answer.detail.isEmpty())
        answer.detail = QString::fromUtf8(whyBogus);
    self->finish(serial, std::move(answer));
}

void UnboundDnsResolver::timedOut(quint64 serial)
{
    const auto it = m_pending.find(serial);
    if (it == m_pending.end())
        return;
    if (it->second.asyncId != 0)
        ub_cancel(m_ctx, it->second.asyncId); // libunbound drops the callback
    finish(serial,
           DnsAnswer::failure(it->second.name, it->second.type, DnsStatus::Timeout,
                              tr("no answer from %1 within %2 s")
                                  .arg(m_settings.describeNameserver())
                                  .arg(m_settings.timeoutMs / 1000.0)));
}

void UnboundDnsResolver::finish(quint64 serial, DnsAnswer answer)
{
    auto node = m_pending.extract(serial);
    if (node.empty())
        return;
    Pending &pending = node.mapped();
    pending.timer->stop();
    pending.timer->deleteLater();
    qCDebug(lcDns) << "answer" << dnsRecordTypeName(pending.type) << pending.name
                   << dnsStatusName(answer.status) << dnssecStatusName(answer.dnssec);
    if (pending.context)
        deliver(pending.context, std::move(pending.done), std::move(answer));
}

} // namespace Sendcheck
