// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercheck.h"

#include "blocklistcatalog.h"

#include "dns/dnsname.h"
#include "domain/organizationaldomain.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Sendcheck {

namespace {

// PTR names looked at per address: more is a misconfiguration, and each costs a lookup.
constexpr int MaxPtrNames = 10;

QString addressKey(const QHostAddress &address)
{
    return address.toString();
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

ServerCheck::ServerCheck(DnsResolver *resolver, QObject *parent)
    : QObject(parent), m_cache(resolver), m_lists(BlocklistCatalog::builtIn().lists())
{
    connect(&m_probe, &SmtpProbe::finished, this, &ServerCheck::probeDone);
}

QString ServerCheck::checkHostName(const QString &input, QString *normalized)
{
    QString name = input.trimmed();
    if (name.isEmpty())
        return tr("Give the mail server to check, e.g. mail.example.com.");
    if (name.contains(QLatin1Char('@')))
        return tr("'%1' is a mail address; give the server's host name (e.g. the MX host).")
            .arg(name);
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    if (!address.isNull()) {
        *normalized = address.toString();
        return QString();
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(name));
    if (!ace.isEmpty())
        name = ace;
    name = DnsName::normalized(name);
    if (!DnsName::isHostName(name))
        return tr("'%1' is not a host name: use letters, digits and hyphens, in two or more "
                  "parts separated by dots, e.g. mail.example.com.")
            .arg(input.trimmed());
    *normalized = name;
    return QString();
}

bool ServerCheck::isPublicAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isMulticast()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        const auto in
            = [v4](quint32 net, int bits) { return (v4 >> (32 - bits)) == (net >> (32 - bits)); };
        return !(in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10)
                 || in(0x00000000, 8));
    }
    return !address.isUniqueLocalUnicast() && !address.isSiteLocal();
}

QHostAddress ServerCheck::addressInReply(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"));
    QRegularExpressionMatchIterator it = literal.globalMatch(text);
    while (it.hasNext()) {
        const QHostAddress address(it.next().captured(1));
        if (!address.isNull())
            return address;
    }
    return QHostAddress();
}

void ServerCheck::start(const ServerCheckRequest &request)
{
    m_request = request;
    m_result = ServerCheckResult();
    m_result.host = request.host;
    m_result.port = request.port;
    m_hostAddresses.clear();
    m_hostErrors.clear();
    m_reverse.clear();
    m_answers.clear();
    m_cache.clear();
    m_running = true;
    m_pending = 1; // held until everything has started

    const QHostAddress literal(request.host);
    m_hostIsAddress = !literal.isNull();
    if (m_hostIsAddress) {
        m_hostAddresses << literal;
        hostResolved();
    } else {
        ++m_pending; // for hostResolved()
        auto left = std::make_shared<int>(2);
        for (DnsRecordType type : {DnsRecordType::A, DnsRecordType::AAAA}) {
            m_cache.lookup(request.host, type, this, [this, left](const DnsAnswer &answer) {
                if (answer.ok()) {
                    for (const DnsRecord &record : answer.records)
                        m_hostAddresses << record.address;
                } else if (answer.isError()) {
                    m_hostErrors << answer.describe();
                }
                if (--*left == 0) {
                    hostResolved();
                    partDone();
                }
            });
        }
    }
    partDone();
}

void ServerCheck::hostResolved()
{
    m_result.addresses = m_request.ip.isNull() ? m_hostAddresses : QList {m_request.ip};
    for (const QHostAddress &address : std::as_const(m_result.addresses))
        startReverse(address);
    startBlocklists();

    SmtpProbeRequest probe;
    probe.host = m_request.host;
    probe.addresses = m_hostAddresses.isEmpty() ? m_result.addresses : m_hostAddresses;
    probe.port = m_request.port;
    probe.implicitTls = m_request.port == 465;
    probe.ehloName = m_request.ehloName;
    probe.relayTest = m_request.relayTest;
    probe.mailFrom = m_request.mailFrom;
    probe.rcptTo = m_request.rcptTo;
    probe.timeoutMs = m_request.timeoutMs;
    ++m_pending;
    m_probe.start(probe);
}

void ServerCheck::startReverse(const QHostAddress &address)
{
    const QString key = addressKey(address);
    if (m_reverse.contains(key))
        return;
    m_reverse.insert(key, Reverse());
    ++m_pending;
    m_cache.lookup(DnsName::reverseName(address), DnsRecordType::PTR, this,
                   [this, key, address](const DnsAnswer &answer) {
                       Reverse &reverse = m_reverse[key];
                       reverse.ptr = answer;
                       for (const DnsRecord &record : answer.records) {
                           if (reverse.names.size() < MaxPtrNames
                               && !reverse.names.contains(DnsName::normalized(record.target)))
                               reverse.names << DnsName::normalized(record.target);
                       }
                       bool isV4 = false;
                       address.toIPv4Address(&isV4);
                       const DnsRecordType type = isV4 ? DnsRecordType::A : DnsRecordType::AAAA;
                       for (const QString &name : std::as_const(reverse.names)) {
                           if (!DnsName::isQueryable(name)) {
                               reverse.forward.insert(name, {});
                               continue;
                           }
                           ++m_pending;
                           m_cache.lookup(name, type, this,
                                          [this, key, name](const DnsAnswer &forward) {
                                              Reverse &r = m_reverse[key];
                                              QList<QHostAddress> found;
                                              for (const DnsRecord &record : forward.records)
                                                  found << record.address;
                                              r.forward.insert(name, found);
                                              if (forward.isError())
                                                  r.forwardError.insert(name, forward.describe());
                                              partDone();
                                          });
                       }
                       reverse.done = true;
                       partDone();
                   });
}

void ServerCheck::startBlocklists()
{
    QString domain;
    if (!m_hostIsAddress)
        domain = OrganizationalDomain::of(m_request.host);
    for (const Blocklist &list : std::as_const(m_lists)) {
        if (!list.query)
            continue;
        ListAnswers answers;
        answers.list = list;
        QList<QPair<QString, QString>> asks; // (what, query name)
        if (list.kind == Blocklist::Kind::Ip) {
            for (const QHostAddress &address : std::as_const(m_result.addresses)) {
                if (isPublicAddress(address))
                    asks << qMakePair(address.toString(), list.queryName(address));
            }
            if (asks.isEmpty())
                answers.skipped = m_result.addresses.isEmpty()
                    ? tr("not asked: there is no address to look up.")
                    : tr("not asked: %1 is not a public address, and blocklists list only public "
                         "ones.")
                          .arg(m_result.addresses.first().toString());
        } else if (domain.isEmpty()) {
            answers.skipped = tr("not asked: the server was given as an address, without a "
                                 "domain name.");
        } else {
            asks << qMakePair(domain, list.queryName(domain));
        }
        const int index = int(m_answers.size());
        m_answers << answers;
        if (asks.isEmpty())
            continue;
        for (const auto &ask : std::as_const(asks)) {
            ++m_pending;
            const QString what = ask.first;
            m_cache.lookup(ask.second, DnsRecordType::A, this,
                           [this, index, what](const DnsAnswer &answer) {
                               ListAnswers &a = m_answers[index];
                               a.verdicts << qMakePair(what, a.list.classify(answer));
                               partDone();
                           });
        }
        // RFC 5782 5: an IP list must never list 127.0.0.1, a domain list never "invalid". A
        // zone that does is answering "listed" for everything (closed, or refusing us).
        const QString selfTest = list.kind == Blocklist::Kind::Ip
            ? list.queryName(QHostAddress(QHostAddress::LocalHost))
            : list.queryName(QStringLiteral("invalid"));
        ++m_pending;
        m_cache.lookup(selfTest, DnsRecordType::A, this, [this, index](const DnsAnswer &answer) {
            ListAnswers &a = m_answers[index];
            a.selfTest = a.list.classify(answer);
            partDone();
        });
    }
}

void ServerCheck::probeDone(const SmtpProbeResult &probe)
{
    m_result.probe = probe;
    QHostAddress client;
    if (probe.banner)
        client = addressInReply(probe.banner->text());
    if (client.isNull() && probe.ehlo && !probe.ehlo->lines.isEmpty())
        client = addressInReply(probe.ehlo->lines.first());
    m_result.clientAddress = client;
    if (!client.isNull() && isPublicAddress(client))
        startReverse(client);
    partDone();
}

void ServerCheck::partDone()
{
    if (--m_pending == 0 && m_running)
        finish();
}

void ServerCheck::finish()
{
    m_running = false;
    addAddressFindings();
    addPtrFindings();
    addBannerFindings();
    addClientFindings();
    addBlocklistFindings();
    addRelayFindings();
    for (const DnsCache::Query &query : m_cache.queries())
        m_result.queries << QStringLiteral("%1 %2: %3 (%4 ms)")
                                .arg(dnsRecordTypeName(query.type), query.name,
                                     dnsStatusName(query.status))
                                .arg(query.elapsedMs);
    const ServerCheckResult result = m_result;
    QTimer::singleShot(0, this, [this, result]() { Q_EMIT finished(result); });
}

QStringList ServerCheck::confirmedNames(const QHostAddress &address) const
{
    QStringList names;
    const Reverse reverse = m_reverse.value(addressKey(address));
    for (const QString &name : reverse.names) {
        for (const QHostAddress &found : reverse.forward.value(name)) {
            if (sameAddress(found, address)) {
                names << name;
                break;
            }
        }
    }
    return names;
}

void ServerCheck::add(const QString &id, DomainCheckItem::Status status, const QString &title,
                      const QString &summary, const QString &fix)
{
    m_result.checks << DomainCheckItem {id, status, title, summary, fix, QString()};
}

} // namespace Sendcheck
