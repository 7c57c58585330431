// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domaincheckresult.h"
#include "providerdns.h"
#include "spfevaluator.h"

#include "dns/dnscache.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// What to check for a sending domain.
struct DomainCheckRequest
{
    QString domain; // the From domain (normalized by DomainCheck::checkDomainName)
    QHostAddress ip; // the sending server's address: with it, SPF is evaluated for it
    QString helo; // HELO name for SPF (default: the domain)
    QString mailFrom; // envelope sender; its domain is the SPF identity (default: the domain)
    QStringList dkimSelectors; // named by the user
    std::optional<ProviderDns> provider; // the provider the profile sends through
};

// Will mail from this domain be trusted? Looks up SPF, DKIM, DMARC and MX for a domain, all at
// once through one DnsCache, and turns what it finds into DomainCheckItems with stable ids:
//
//   spf.record, spf.includes, spf.lookups, spf.all, spf.result (with an address),
//   spf.provider_include (with a provider that has an include), dkim.selector, dkim.key,
//   dmarc.record, dmarc.policy, dmarc.alignment, mx.records
//
// Provider knowledge comes in through DomainCheckRequest::provider (today a small table,
// ProviderDns; later the provider catalog), so advice can grow without changing the lookups.
class DomainCheck : public QObject
{
    Q_OBJECT

public:
    explicit DomainCheck(DnsResolver *resolver, QObject *parent = nullptr);

    // Starts; emits finished() once. The request's domain must have passed checkDomainName().
    void start(const DomainCheckRequest &request);
    [[nodiscard]] const DnsCache &cache() const { return m_cache; }

    // Empty when `input` is a domain that can be checked, with its normalized form (lower
    // case, no trailing dot, international names in ACE form) in *normalized; otherwise why not.
    [[nodiscard]] static QString checkDomainName(const QString &input, QString *normalized);

Q_SIGNALS:
    void finished(const Sendcheck::DomainCheckResult &result);

private:
    struct MxHostState
    {
        bool alias = false;
        QString aliasTarget;
        bool hasAddress = false;
        QString error; // DNS failure while looking at it
    };

    void startDkim();
    void startMx();
    void partDone();
    void finish();

    // The findings, in domaincheck_findings.cpp.
    void addSpfFindings();
    void addSpfRecordFindings(bool recordUsable);
    void addSpfResultFindings();
    void addSpfProviderFindings();
    void addDkimFindings();
    void addDmarcFindings();
    void addMxFindings();
    void add(const QString &id, DomainCheckItem::Status status, const QString &title,
             const QString &summary, const QString &fix = QString(),
             const QString &record = QString());

    DnsCache m_cache;
    SpfEvaluator m_spfAudit;
    SpfEvaluator m_spfForIp;
    DomainCheckRequest m_request;
    DomainCheckResult m_result;
    DnsAnswer m_mxAnswer;
    QHash<QString, MxHostState> m_mxHosts;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace Sendcheck
