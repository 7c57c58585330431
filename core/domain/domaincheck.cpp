// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincheck.h"

#include "dns/dnsname.h"

#include <QTimer>
#include <QUrl>

namespace Sendcheck {

DomainCheck::DomainCheck(DnsResolver *resolver, QObject *parent)
    : QObject(parent), m_cache(resolver), m_spfAudit(&m_cache), m_spfForIp(&m_cache)
{
    connect(&m_spfAudit, &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.spf = result;
        partDone();
    });
    connect(&m_spfForIp, &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.spfForIp = result;
        partDone();
    });
}

QString DomainCheck::checkDomainName(const QString &input, QString *normalized)
{
    QString name = input.trimmed();
    if (name.isEmpty())
        return tr("Give the domain to check, e.g. example.com.");
    if (name.contains(QLatin1Char('@')))
        return tr("'%1' is a mail address; give its domain (the part after @).").arg(name);
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress(bare).isNull())
        return tr("'%1' is an IP address; give the domain name you send from.").arg(name);
    // International names go to DNS in their ACE form (xn--...).
    const QString ace = QString::fromLatin1(QUrl::toAce(name));
    if (!ace.isEmpty())
        name = ace;
    name = DnsName::normalized(name);
    if (!DnsName::isHostName(name))
        return tr("'%1' is not a domain name: use letters, digits and hyphens, in two or more "
                  "parts separated by dots, e.g. example.com.")
            .arg(input.trimmed());
    *normalized = name;
    return QString();
}

void DomainCheck::start(const DomainCheckRequest &request)
{
    m_request = request;
    m_result = DomainCheckResult();
    m_result.domain = request.domain;
    m_result.dmarc.domain = request.domain;
    m_mxAnswer = DnsAnswer();
    m_mxHosts.clear();
    m_cache.clear();
    m_running = true;
    m_pending = 1; // held until everything has started

    ++m_pending;
    SpfQuery audit;
    audit.domain = request.domain;
    m_spfAudit.start(audit);

    if (!request.ip.isNull()) {
        ++m_pending;
        SpfQuery query;
        query.ip = request.ip;
        query.mailFrom = request.mailFrom.isEmpty() ? QStringLiteral("postmaster@") + request.domain
                                                    : request.mailFrom;
        query.helo = request.helo.isEmpty() ? request.domain : request.helo;
        m_spfForIp.start(query);
    }

    startDkim();

    ++m_pending;
    DmarcDiscovery::discover(&m_cache, request.domain, this, [this](const DmarcDiscovery &found) {
        m_result.dmarc = found;
        partDone();
    });

    startMx();
    partDone(); // everything has started
}

void DomainCheck::startDkim()
{
    QStringList selectors;
    const auto addSelector = [&](const QString &selector, bool user, bool provider) {
        const QString s = selector.trimmed().toLower();
        if (s.isEmpty())
            return;
        for (auto &existing : m_result.dkim) {
            if (existing.selector == s) {
                existing.userSelector = existing.userSelector || user;
                existing.providerSelector = existing.providerSelector || provider;
                return;
            }
        }
        DomainCheckResult::DkimSelector entry;
        entry.selector = s;
        entry.name = s + QStringLiteral("._domainkey.") + m_request.domain;
        entry.userSelector = user;
        entry.providerSelector = provider;
        m_result.dkim << entry;
    };
    for (const QString &selector : m_request.dkimSelectors)
        addSelector(selector, true, false);
    if (m_request.provider) {
        for (const QString &selector : m_request.provider->dkimSelectors)
            addSelector(selector, false, true);
    }
    for (const QString &selector : ProviderDns::commonSelectors())
        addSelector(selector, false, false);

    for (int i = 0; i < m_result.dkim.size(); ++i) {
        ++m_pending;
        m_cache.lookup(
            m_result.dkim.at(i).name, DnsRecordType::TXT, this, [this, i](const DnsAnswer &answer) {
                auto &entry = m_result.dkim[i];
                if (answer.isError() && answer.status != DnsStatus::InvalidName) {
                    entry.lookupError = answer.describe();
                } else {
                    QList<QByteArray> keys;
                    for (const DnsRecord &record : answer.records) {
                        if (DkimKey::looksLikeKey(record.text()))
                            keys << record.text();
                    }
                    if (!keys.isEmpty()) {
                        entry.found = true;
                        entry.key = DkimKey::parse(keys.first());
                        if (keys.size() > 1)
                            entry.key.errors << tr("%1 has %2 key records; there must be one.")
                                                    .arg(entry.name)
                                                    .arg(keys.size());
                    }
                }
                partDone();
            });
    }
}

void DomainCheck::startMx()
{
    ++m_pending;
    m_cache.lookup(m_request.domain, DnsRecordType::MX, this, [this](const DnsAnswer &answer) {
        m_mxAnswer = answer;
        m_result.mx = MxRecords::fromAnswer(answer);
        for (const MxRecords::Host &host : std::as_const(m_result.mx.hosts)) {
            if (host.ipLiteral || m_mxHosts.contains(host.host))
                continue;
            m_mxHosts.insert(host.host, MxHostState());
            const QString name = host.host;
            // An MX must not name an alias (RFC 2181 10.3); and it needs an address.
            ++m_pending;
            m_cache.lookup(name, DnsRecordType::CNAME, this, [this, name](const DnsAnswer &a) {
                if (a.ok()) {
                    m_mxHosts[name].alias = true;
                    m_mxHosts[name].aliasTarget = a.records.first().target;
                }
                partDone();
            });
            for (DnsRecordType type : {DnsRecordType::A, DnsRecordType::AAAA}) {
                ++m_pending;
                m_cache.lookup(name, type, this, [this, name](const DnsAnswer &a) {
                    if (a.ok())
                        m_mxHosts[name].hasAddress = true;
                    else if (a.isError())
                        m_mxHosts[name].error = a.describe();
                    partDone();
                });
            }
        }
        partDone();
    });
}

void DomainCheck::partDone()
{
    if (--m_pending == 0 && m_running)
        finish();
}

void DomainCheck::finish()
{
    m_running = false;
    addSpfFindings();
    addDkimFindings();
    addDmarcFindings();
    addMxFindings();
    for (const DnsCache::Query &query : m_cache.queries())
        m_result.queries << QStringLiteral("%1 %2: %3 (%4 ms)")
                                .arg(dnsRecordTypeName(query.type), query.name,
                                     dnsStatusName(query.status))
                                .arg(query.elapsedMs);
    const DomainCheckResult result = m_result;
    QTimer::singleShot(0, this, [this, result]() { Q_EMIT finished(result); });
}

void DomainCheck::add(const QString &id, DomainCheckItem::Status status, const QString &title,
                      const QString &summary, const QString &fix, const QString &record)
{
    m_result.checks << DomainCheckItem {id, status, title, summary, fix, record};
}

} // namespace Sendcheck
