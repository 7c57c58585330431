// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincheck.h"

#include "dns/dnsname.h"

#include <QTimer>
#include <QUrl>

namespace Sendcheck {

DomainCheck::DomainCheck(DnsResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_cache(resolver)
    , m_spfAudit(&m_cache)
    , m_spfForIp(&m_cache)
    , m_spfInclude(&m_cache)
{
    connect(&m_spfAudit, &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.spf = result;
        partDone();
    });
    connect(&m_spfForIp, &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.spfForIp = result;
        partDone();
    });
    connect(&m_spfInclude, &SpfEvaluator::finished, this, [this](const SpfResult &result) {
        m_result.providerIncludeSpf = result;
        partDone();
    });
}

QStringList DomainCheck::commonSelectors()
{
    return {QStringLiteral("default"), QStringLiteral("dkim"),      QStringLiteral("mail"),
            QStringLiteral("google"),  QStringLiteral("selector1"), QStringLiteral("selector2"),
            QStringLiteral("s1"),      QStringLiteral("s2"),        QStringLiteral("k1"),
            QStringLiteral("smtp"),    QStringLiteral("fm1"),       QStringLiteral("brevo1"),
            QStringLiteral("mailjet"), QStringLiteral("zmail"),     QStringLiteral("sig1"),
            QStringLiteral("key1")};
}

const DomainDns *DomainCheck::providerDns() const
{
    return m_request.provider && m_request.provider->domainDns ? &*m_request.provider->domainDns
                                                               : nullptr;
}

QString DomainCheck::mailFromDomain() const
{
    return m_request.mailFrom.contains(QLatin1Char('@'))
        ? DnsName::normalized(m_request.mailFrom.section(QLatin1Char('@'), -1))
        : m_request.domain;
}

QHash<QString, QString> DomainCheck::placeholderValues() const
{
    // {mail-from}: the labels of a MAIL FROM subdomain of the domain, when one was given.
    const QString mailFrom = mailFromDomain();
    const QString suffix = QLatin1Char('.') + m_request.domain;
    const QString labels = mailFrom.endsWith(suffix) ? mailFrom.chopped(suffix.size()) : QString();
    return DomainDns::values(m_request.domain, m_request.region, labels);
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
    m_providerRecordFound.clear();
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

    const DomainDns *dns = providerDns();
    if (dns && !dns->spfInclude.isEmpty()) {
        ++m_pending;
        SpfQuery include;
        include.domain = dns->spfInclude;
        m_spfInclude.start(include);
    }
    startProviderRecords();
    startTransportPolicies();
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
    if (const DomainDns *dns = providerDns()) {
        for (const QString &selector : dns->fixedSelectors())
            addSelector(selector, false, true);
    }
    for (const QString &selector : commonSelectors())
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
            startDane(name);
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

void DomainCheck::startProviderRecords()
{
    // The provider's other records (a return path, a verification TXT): looked up when their
    // name is known, so a record already there is not proposed again.
    const DomainDns *dns = providerDns();
    if (!dns)
        return;
    const QHash<QString, QString> values = placeholderValues();
    for (int i = 0; i < dns->records.size(); ++i) {
        m_providerRecordFound << false;
        const DomainDns::Record &record = dns->records.at(i);
        bool complete = false;
        const QString name = DomainDns::absoluteName(record.name, values, &complete);
        if (!complete)
            continue;
        const DnsRecordType type = record.type == QLatin1String("CNAME") ? DnsRecordType::CNAME
            : record.type == QLatin1String("MX")                         ? DnsRecordType::MX
                                                                         : DnsRecordType::TXT;
        // What is known of the value: all of it, or the part before the first placeholder.
        const QString value = DomainDns::expand(record.value, values);
        const qsizetype open = value.indexOf(QLatin1Char('<'));
        const QString known = (open < 0 ? value : value.left(open)).toLower();
        const bool exact = open < 0;
        ++m_pending;
        m_cache.lookup(name, type, this, [this, i, type, known, exact](const DnsAnswer &answer) {
            for (const DnsRecord &found : answer.records) {
                QString text;
                if (type == DnsRecordType::TXT)
                    text = QString::fromUtf8(found.text());
                else if (type == DnsRecordType::MX)
                    text = QStringLiteral("%1 %2").arg(found.preference).arg(found.target);
                else
                    text = found.target;
                text = text.toLower();
                if (text.endsWith(QLatin1Char('.')))
                    text.chop(1);
                if (exact ? text == known : text.startsWith(known))
                    m_providerRecordFound[i] = true;
            }
            partDone();
        });
    }
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
    addMtaStsFindings();
    addTlsRptFindings();
    addDaneFindings();
    addDaneMatchFindings();
    addBimiFindings();
    addProviderProposals();
    addBulkSenderFindings();
    addDnssecSummary();
    for (const DnsCache::Query &query : m_cache.queries())
        m_result.queries << QStringLiteral("%1 %2: %3 (%4 ms)")
                                .arg(dnsRecordTypeName(query.type), query.name,
                                     dnsStatusName(query.status))
                                .arg(query.elapsedMs);
    const DomainCheckResult result = m_result;
    QTimer::singleShot(0, this, [this, result]() { Q_EMIT finished(result); });
}

void DomainCheck::add(const QString &id, DomainCheckItem::Status status, const QString &title,
                      const QString &summary, const QString &fix, PublishRecord record)
{
    m_result.checks << DomainCheckItem {
        id, status, title, summary, fix, record.isEmpty() ? QString() : record.zoneLine()};
    if (!record.isEmpty()) {
        if (record.why.isEmpty())
            record.why = fix;
        propose(record);
    }
}

void DomainCheck::propose(PublishRecord record)
{
    for (const PublishRecord &existing : std::as_const(m_result.publish)) {
        if (existing.type == record.type && existing.name == record.name
            && existing.value == record.value)
            return;
    }
    m_result.publish << record;
}

void DomainCheck::addDnssecSummary()
{
    int validated = 0;
    bool bogus = false;
    m_result.answers = 0;
    m_result.secureAnswers = 0;
    for (const DnsCache::Query &query : m_cache.queries()) {
        if (query.elapsedMs < 0)
            continue;
        ++m_result.answers;
        if (query.dnssec != DnssecStatus::Indeterminate)
            ++validated;
        if (query.dnssec == DnssecStatus::Secure)
            ++m_result.secureAnswers;
        bogus = bogus || query.dnssec == DnssecStatus::Bogus;
    }
    if (validated == 0)
        m_result.dnssec = QStringLiteral("not-validated");
    else if (bogus)
        m_result.dnssec = QStringLiteral("bogus");
    else if (m_result.secureAnswers == m_result.answers)
        m_result.dnssec = QStringLiteral("secure");
    else
        m_result.dnssec = QStringLiteral("insecure");
}

} // namespace Sendcheck
