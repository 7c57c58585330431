// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domaincheckresult.h"
#include "policyfetcher.h"
#include "spfevaluator.h"

#include "dns/dnscache.h"
#include "providers/provider.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
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
    // The preset the profile sends through; its domainDns (what the provider's documents say
    // the domain must publish) drives the provider checks and the records proposed.
    std::optional<Provider> provider;
    QString region; // the preset host's region ("eu-west-1"): fills {region} in its records
    // Where DANE compares the MX hosts' certificates with their TLSA records (RFC 7672: 25;
    // another port only for tests and labs). Each comparison ends within smtpTimeout.
    quint16 smtpPort = 25;
    std::chrono::milliseconds smtpTimeout {std::chrono::seconds(10)};
};

// Will mail from this domain be trusted? Looks up SPF, DKIM, DMARC and MX for a domain, all at
// once through one DnsCache, and turns what it finds into DomainCheckItems with stable ids:
//
//   spf.record, spf.includes, spf.lookups, spf.all, spf.result (with an address),
//   spf.provider_include (with a provider), dkim.selector, dkim.key, dmarc.record,
//   dmarc.policy, dmarc.alignment, mx.records, and the 2024 Gmail/Yahoo bulk-sender
//   requirements as bulk.gmail_yahoo.{spf,dkim,dmarc,alignment,ptr,tls,unsubscribe,spam_rate},
//   and the transport policies: mta_sts.record, mta_sts.policy, mta_sts.mode, mta_sts.mx
//   (RFC 8461, the policy fetched over HTTPS), tls_rpt.record (RFC 8460), dane.tlsa (RFC 7672,
//   judged only from DNSSEC-secure answers), dane.match (the certificate each MX host shows on
//   its SMTP port against those records), bimi.record and bimi.dmarc
//
// and into the records to publish (DomainCheckResult::publish): an SPF record merged with the
// provider's include (within the 10-lookup limit, or saying it cannot be), the provider's DKIM
// CNAMEs or TXT keys and other records, a first DMARC record. Provider knowledge comes from the
// preset's domainDns (resources/providers.json).
class DomainCheck : public QObject
{
    Q_OBJECT

public:
    explicit DomainCheck(DnsResolver *resolver, QObject *parent = nullptr);

    // Starts; emits finished() once. The request's domain must have passed checkDomainName().
    void start(const DomainCheckRequest &request);
    // Where MTA-STS policies come from (not owned); without one, HttpsPolicyFetcher with its
    // defaults (the web, the system's CAs). Set before start().
    void setPolicyFetcher(PolicyFetcher *fetcher) { m_fetcher = fetcher; }
    [[nodiscard]] const DnsCache &cache() const { return m_cache; }

    // Selectors many providers and mail servers use, tried when the user names none.
    [[nodiscard]] static QStringList commonSelectors();

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
    void startProviderRecords();
    // domaincheck_policies.cpp: MTA-STS (and its policy), TLS-RPT, BIMI, and DANE per MX host.
    void startTransportPolicies();
    void startDane(const QString &host);
    // domaincheck_dane.cpp: the certificate of the host at m_result.dane[index] against its
    // DNSSEC-secure TLSA records (its address, then STARTTLS on request.smtpPort).
    void compareCertificate(qsizetype index);
    void connectForDane(qsizetype index, const QHostAddress &address);
    void fetchMtaStsPolicy();
    [[nodiscard]] const DomainDns *providerDns() const;
    [[nodiscard]] QHash<QString, QString> placeholderValues() const;
    [[nodiscard]] QString mailFromDomain() const;
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
    void addProviderProposals(); // domaincheck_publish.cpp
    void addBulkSenderFindings(); // domaincheck_bulk.cpp
    void addDnssecSummary();
    void addMtaStsFindings(); // domaincheck_policies.cpp
    void addMtaStsPolicyFindings();
    void addTlsRptFindings();
    void addDaneFindings();
    void addDaneMatchFindings();
    void addBimiFindings();
    void add(const QString &id, DomainCheckItem::Status status, const QString &title,
             const QString &summary, const QString &fix = QString(),
             PublishRecord record = PublishRecord());
    void propose(PublishRecord record);

    DnsCache m_cache;
    SpfEvaluator m_spfAudit;
    SpfEvaluator m_spfForIp;
    SpfEvaluator m_spfInclude; // the provider's include, audited for its lookup cost
    DomainCheckRequest m_request;
    DomainCheckResult m_result;
    DnsAnswer m_mxAnswer;
    QHash<QString, MxHostState> m_mxHosts;
    QList<bool> m_providerRecordFound; // by index in the provider's domainDns.records
    PolicyFetcher *m_fetcher = nullptr;
    std::unique_ptr<PolicyFetcher> m_ownFetcher;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace Sendcheck
