// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck: does the certificate each MX host shows match its TLSA records (RFC 7672)?
// Only for hosts whose TLSA answer is DNSSEC-secure with a record a sender can use: connect to
// the SMTP port, EHLO, STARTTLS, the handshake (whatever public CAs say, as a DANE sender does),
// QUIT; the chain is then held against the records (DaneMatch). A port that cannot be reached
// from here is information, never a failure: many networks block outgoing port 25.
#include "danematch.h"
#include "danetlsa.h"
#include "domaincheck.h"

#include "diagnosis/topicids.h"
#include "probe/probeattempt.h"
#include "probe/tlsinterception.h"
#include "smtp/tlsinfo.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Sendcheck {

using Status = DomainCheckItem::Status;
using Match = DomainCheckResult::DaneHost::CertificateMatch;

void DomainCheck::compareCertificate(qsizetype index)
{
    const auto &host = m_result.dane.at(index);
    const bool usable = std::any_of(host.tlsa.cbegin(), host.tlsa.cend(), [](const DnsRecord &r) {
        return (r.usage == 2 || r.usage == 3) && DaneTlsa::unusableReason(r).isEmpty();
    });
    if (!usable)
        return;
    const QString name = host.host;
    m_result.dane[index].match.port = m_request.smtpPort;
    // The address the way a sender finds it: IPv4 first, else IPv6.
    ++m_pending;
    m_cache.lookup(name, DnsRecordType::A, this, [this, index, name](const DnsAnswer &a) {
        if (a.ok() && !a.records.isEmpty()) {
            connectForDane(index, a.records.first().address);
            partDone();
            return;
        }
        ++m_pending;
        m_cache.lookup(name, DnsRecordType::AAAA, this, [this, index, name](const DnsAnswer &b) {
            if (b.ok() && !b.records.isEmpty()) {
                connectForDane(index, b.records.first().address);
            } else {
                auto &match = m_result.dane[index].match;
                match.result = Match::Result::Unreachable;
                match.detail = tr("%1 has no address.").arg(name);
            }
            partDone();
        });
        partDone();
    });
}

void DomainCheck::connectForDane(qsizetype index, const QHostAddress &address)
{
    m_result.dane[index].match.address = address;
    ProbeCandidate candidate;
    candidate.host = address.toString();
    candidate.port = m_request.smtpPort;
    candidate.security = Security::StartTls;
    candidate.source = QStringLiteral("dane");
    ProbeOptions options;
    options.timeout = m_request.smtpTimeout;
    options.certificateOnly = true;
    auto *attempt = new ProbeAttempt(candidate, options, TlsInterception::builtIn(), this);
    ++m_pending;
    connect(attempt, &ProbeAttempt::finished, this, [this, attempt, index] {
        const ProbeAttemptResult &found = attempt->result();
        const auto &host = m_result.dane.at(index);
        Match &match = m_result.dane[index].match;
        if (!found.peerCertificates.isEmpty()) {
            match.sha256 = sha256Fingerprint(found.peerCertificates.first());
            const DaneMatch::Outcome outcome
                = DaneMatch::match(host.tlsa, found.peerCertificates, host.host);
            match.result = outcome.matched ? Match::Result::Match : Match::Result::NoMatch;
            match.record = outcome.matched ? DaneTlsa::describe(outcome.record) : QString();
            match.detail = outcome.detail;
        } else if (found.topic == Topic::TlsStartTlsUnavailable) {
            match.result = Match::Result::NoStartTls;
            match.detail = found.detail;
        } else if (found.connectMs < 0) {
            match.result = Match::Result::Unreachable;
            match.detail = found.detail;
        } else if (found.topic == Topic::TlsHandshakeFailed) {
            match.result = Match::Result::TlsFailed;
            match.detail = found.detail;
        } else {
            match.result = Match::Result::Error;
            match.detail = found.detail;
        }
        attempt->deleteLater();
        partDone();
    });
    QElapsedTimer clock;
    clock.start();
    attempt->start(clock);
}

void DomainCheck::addDaneMatchFindings()
{
    const QString title = tr("DANE and the server certificate");
    const QString id = QStringLiteral("dane.match");
    QStringList failed;
    QStringList matched;
    QStringList open; // could not be compared
    bool mismatch = false;
    bool noStartTls = false;
    bool tlsFailed = false;
    for (const auto &host : std::as_const(m_result.dane)) {
        const Match &match = host.match;
        const QString where
            = tr("%1 (%2 port %3)").arg(host.host, match.address.toString()).arg(match.port);
        switch (match.result) {
        case Match::Result::NotTried:
            break;
        case Match::Result::Match:
            matched << tr("%1: the certificate matches %2.").arg(where, match.record);
            break;
        case Match::Result::NoMatch:
            mismatch = true;
            failed << tr("%1: the published TLSA records do not match the certificate this "
                         "server shows (SHA-256 %2); DANE senders will refuse to deliver.")
                          .arg(where, match.sha256)
                    + (match.detail.isEmpty() ? QString() : QLatin1Char(' ') + match.detail);
            break;
        case Match::Result::NoStartTls:
            noStartTls = true;
            failed << tr("%1: the server does not offer STARTTLS, so DANE senders, which "
                         "require TLS here, will refuse to deliver.")
                          .arg(where);
            break;
        case Match::Result::TlsFailed:
            tlsFailed = true;
            failed << tr("%1: the TLS handshake failed (%2); DANE senders will refuse to "
                         "deliver.")
                          .arg(where, match.detail);
            break;
        case Match::Result::Unreachable:
            open << (match.address.isNull()
                         ? tr("%1: could not be compared: %2").arg(host.host, match.detail)
                         : tr("%1: could not be compared: port %2 not reachable from here (%3).")
                               .arg(host.host)
                               .arg(match.port)
                               .arg(match.detail));
            break;
        case Match::Result::Error:
            open << tr("%1: could not be compared: %2").arg(where, match.detail);
            break;
        }
    }
    if (failed.isEmpty() && matched.isEmpty() && open.isEmpty())
        return;
    const QString summary = (failed + matched + open).join(QLatin1Char(' '));
    if (!failed.isEmpty()) {
        QStringList fix;
        if (mismatch)
            fix << tr("Publish TLSA records for the certificate the server uses now (3 1 1 is "
                      "the SHA-256 of its public key), and on renewal publish the new record "
                      "before the new certificate goes live.");
        if (noStartTls)
            fix << tr("Turn on STARTTLS on port 25 of the MX host, or withdraw its TLSA "
                      "records.");
        if (tlsFailed)
            fix << tr("Make TLS work on port 25 (certificate and key files, protocol "
                      "versions), or withdraw the TLSA records.");
        add(id, Status::Fail, title, summary, fix.join(QLatin1Char(' ')));
        return;
    }
    if (open.isEmpty()) {
        add(id, Status::Pass, title, summary);
        return;
    }
    add(id, Status::Info, title, summary,
        tr("Many networks block outgoing connections to port 25. Run the check from a server "
           "that may send mail, or compare the records there with: openssl s_client -starttls "
           "smtp -connect MX-HOST:25"));
}

} // namespace Sendcheck
