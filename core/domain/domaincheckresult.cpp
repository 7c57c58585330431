// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincheckresult.h"

#include <QJsonArray>

namespace Sendcheck {

bool DomainCheckResult::hasFailure() const
{
    for (const DomainCheckItem &item : checks) {
        if (item.status == DomainCheckItem::Status::Fail
            || item.status == DomainCheckItem::Status::Error)
            return true;
    }
    return false;
}

const DomainCheckItem *DomainCheckResult::check(const QString &id) const
{
    for (const DomainCheckItem &item : checks) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

static QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString DomainCheckResult::DaneHost::CertificateMatch::resultName(Result result)
{
    switch (result) {
    case Result::NotTried:
        break;
    case Result::Match:
        return QStringLiteral("match");
    case Result::NoMatch:
        return QStringLiteral("no_match");
    case Result::NoStartTls:
        return QStringLiteral("no_starttls");
    case Result::TlsFailed:
        return QStringLiteral("tls_failed");
    case Result::Unreachable:
        return QStringLiteral("unreachable");
    case Result::Error:
        return QStringLiteral("error");
    }
    return QString();
}

void DomainCheckResult::addPolicyJson(QJsonObject *json) const
{
    const bool haveSts = mtaSts.records > 0;
    QJsonValue policyJson;
    if (mtaSts.fetched && mtaSts.fetch.ok && mtaSts.policy.isValid()) {
        const MtaStsPolicy &p = mtaSts.policy;
        policyJson = QJsonObject {
            {QStringLiteral("version"), p.version},
            {QStringLiteral("mode"),
             p.mode ? QJsonValue(MtaStsPolicy::modeName(*p.mode)) : QJsonValue()},
            {QStringLiteral("max_age"), p.maxAge ? QJsonValue(double(*p.maxAge)) : QJsonValue()},
            {QStringLiteral("mx"), QJsonArray::fromStringList(p.mx)}};
    }
    QString stsError = mtaSts.lookupError;
    if (stsError.isEmpty() && haveSts && !mtaSts.record.isValid())
        stsError = mtaSts.record.error;
    if (stsError.isEmpty() && mtaSts.fetched && !mtaSts.fetch.ok)
        stsError = mtaSts.fetch.error;
    if (stsError.isEmpty() && mtaSts.fetched && mtaSts.fetch.ok && !mtaSts.policy.isValid())
        stsError = mtaSts.policy.errors.join(QLatin1Char(' '));
    json->insert(QStringLiteral("mta_sts"),
                 QJsonObject {{QStringLiteral("record"),
                               haveSts ? QJsonValue(mtaSts.record.record) : QJsonValue()},
                              {QStringLiteral("id"), stringOrNull(mtaSts.record.id)},
                              {QStringLiteral("policy_url"), stringOrNull(mtaSts.policyUrl)},
                              {QStringLiteral("policy"), policyJson},
                              {QStringLiteral("error"), stringOrNull(stsError)}});

    json->insert(
        QStringLiteral("tls_rpt"),
        QJsonObject {{QStringLiteral("record"),
                      tlsRpt.records > 0 ? QJsonValue(tlsRpt.record.record) : QJsonValue()},
                     {QStringLiteral("rua"), QJsonArray::fromStringList(tlsRpt.record.rua)}});

    QJsonArray hosts;
    for (const DaneHost &host : dane) {
        QJsonArray tlsa;
        if (host.dnssec == DnssecStatus::Secure) {
            for (const DnsRecord &record : host.tlsa)
                tlsa.append(QJsonObject {
                    {QStringLiteral("usage"), record.usage},
                    {QStringLiteral("selector"), record.selector},
                    {QStringLiteral("matching_type"), record.matchingType},
                    {QStringLiteral("data"), QString::fromLatin1(record.data.toHex())}});
        }
        const DaneHost::CertificateMatch &m = host.match;
        const QJsonValue match = m.result == DaneHost::CertificateMatch::Result::NotTried
            ? QJsonValue()
            : QJsonObject {
                {QStringLiteral("result"), DaneHost::CertificateMatch::resultName(m.result)},
                {QStringLiteral("address"),
                 m.address.isNull() ? QJsonValue() : QJsonValue(m.address.toString())},
                {QStringLiteral("port"), m.port},
                {QStringLiteral("record"), stringOrNull(m.record)},
                {QStringLiteral("certificate_sha256"), stringOrNull(m.sha256)},
                {QStringLiteral("detail"), stringOrNull(m.detail)}};
        hosts.append(QJsonObject {{QStringLiteral("host"), host.host},
                                  {QStringLiteral("dnssec"), dnssecStatusName(host.dnssec)},
                                  {QStringLiteral("tlsa"), tlsa},
                                  {QStringLiteral("match"), match}});
    }
    json->insert(QStringLiteral("dane"), QJsonObject {{QStringLiteral("hosts"), hosts}});

    json->insert(QStringLiteral("bimi"),
                 QJsonObject {{QStringLiteral("record"),
                               bimi.records > 0 ? QJsonValue(bimi.record.record) : QJsonValue()},
                              {QStringLiteral("logo"), stringOrNull(bimi.record.logo)},
                              {QStringLiteral("authority"), stringOrNull(bimi.record.authority)}});
}

QJsonObject DomainCheckResult::toJson() const
{
    const QJsonObject spfJson {
        {QStringLiteral("record"), stringOrNull(spf.record)},
        {QStringLiteral("result"),
         spfForIp ? QJsonValue(spfResultName(spfForIp->result)) : QJsonValue()},
        {QStringLiteral("dns_lookups"), spf.dnsLookups}}; // what the record costs

    QJsonArray dkimJson;
    for (const DkimSelector &selector : dkim) {
        const bool haveKey = selector.found && selector.key.type != DkimKey::Type::Unknown;
        dkimJson.append(
            QJsonObject {{QStringLiteral("selector"), selector.selector},
                         {QStringLiteral("found"), selector.found},
                         {QStringLiteral("key_type"),
                          haveKey ? QJsonValue(selector.key.typeName()) : QJsonValue()},
                         {QStringLiteral("key_bits"),
                          selector.found && selector.key.bits > 0 ? QJsonValue(selector.key.bits)
                                                                  : QJsonValue()},
                         {QStringLiteral("revoked"), selector.found && selector.key.revoked},
                         {QStringLiteral("testing"), selector.found && selector.key.testing}});
    }

    const DmarcRecord &record = dmarc.record;
    const bool haveDmarc = dmarc.found;
    QJsonValue policy;
    QJsonValue subdomainPolicy;
    if (haveDmarc && record.policy) {
        policy = DmarcRecord::policyName(record.policy.value());
        subdomainPolicy
            = DmarcRecord::policyName(record.subdomainPolicy.value_or(record.policy.value()));
    }
    const QJsonObject dmarcJson {
        {QStringLiteral("record"), haveDmarc ? QJsonValue(record.record) : QJsonValue()},
        {QStringLiteral("found_at"), haveDmarc ? QJsonValue(dmarc.foundAt) : QJsonValue()},
        {QStringLiteral("org_domain"), dmarc.orgDomain},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("subdomain_policy"), subdomainPolicy},
        {QStringLiteral("pct"), haveDmarc ? QJsonValue(record.pct) : QJsonValue()}};

    QJsonArray hosts;
    for (const MxRecords::Host &host : mx.hosts)
        hosts.append(QJsonObject {{QStringLiteral("host"), host.host},
                                  {QStringLiteral("preference"), host.preference}});
    const QJsonObject mxJson {{QStringLiteral("hosts"), hosts},
                              {QStringLiteral("null_mx"), mx.nullMx}};

    QJsonArray checksJson;
    for (const DomainCheckItem &item : checks)
        checksJson.append(item.toJson());

    QJsonArray publishJson;
    for (const PublishRecord &proposal : publish)
        publishJson.append(proposal.toJson());
    const QJsonObject dnssecJson {
        {QStringLiteral("validated"), dnssec != QLatin1String("not-validated")},
        {QStringLiteral("secure"), dnssec == QLatin1String("secure")},
        {QStringLiteral("status"), dnssec},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("secure_answers"), secureAnswers}};

    QJsonObject json {
        {QStringLiteral("domain"), domain},       {QStringLiteral("spf"), spfJson},
        {QStringLiteral("dkim"), dkimJson},       {QStringLiteral("dmarc"), dmarcJson},
        {QStringLiteral("mx"), mxJson},           {QStringLiteral("checks"), checksJson},
        {QStringLiteral("publish"), publishJson}, {QStringLiteral("dnssec"), dnssecJson}};
    addPolicyJson(&json);
    return json;
}

} // namespace Sendcheck
