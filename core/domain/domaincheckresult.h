// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bimirecord.h"
#include "dkimkey.h"
#include "dmarcdiscovery.h"
#include "domaincheckitem.h"
#include "mtastspolicy.h"
#include "mtastsrecord.h"
#include "mxrecords.h"
#include "policyfetcher.h"
#include "publishrecord.h"
#include "spfresult.h"
#include "tlsrptrecord.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Sendcheck {

// Everything a DomainCheck found: the records as read, and the findings.
struct DomainCheckResult
{
    struct DkimSelector
    {
        QString selector;
        QString name; // <selector>._domainkey.<domain>
        bool found = false;
        DkimKey key;
        QString lookupError; // DNS failure; empty otherwise
        bool providerSelector = false; // named by the provider
        bool userSelector = false; // named by the user
    };

    // The transport policy records (RFC 8461, 8460, 7672, BIMI): what was found at each name.
    struct MtaSts
    {
        int records = 0; // TXT records at _mta-sts starting with v=STSv1
        MtaStsRecord record; // the first of them
        QString lookupError; // DNS failure; empty otherwise
        QString policyUrl; // https://mta-sts.<domain>/.well-known/mta-sts.txt
        bool fetched = false; // the policy was asked for
        PolicyFetcher::Outcome fetch;
        MtaStsPolicy policy; // parsed when the fetch worked
    };
    struct TlsRpt
    {
        int records = 0;
        TlsRptRecord record;
        QString lookupError;
    };
    struct Bimi
    {
        int records = 0;
        BimiRecord record;
        QString lookupError;
    };
    struct DaneHost
    {
        QString host; // the MX host
        QString name; // _25._tcp.<host>
        DnsStatus status = DnsStatus::Failed;
        DnssecStatus dnssec = DnssecStatus::Indeterminate;
        QList<DnsRecord> tlsa; // as answered; only judged when dnssec is Secure
        QString detail; // the resolver's words (why bogus, the DNS failure)
        // Whether the server's certificate matches the records (RFC 7672): compared only when
        // the answer is DNSSEC-secure with a record a sender can use, over a connection to
        // the host's SMTP port (25), STARTTLS and the TLS handshake, nothing more.
        struct CertificateMatch
        {
            enum class Result {
                NotTried, // nothing to compare (not secure, no usable record)
                Match, // a DANE-EE or DANE-TA record matches the chain
                NoMatch, // the handshake worked, no record matches
                NoStartTls, // the server does not offer STARTTLS (or refused it)
                TlsFailed, // the TLS handshake failed
                Unreachable, // no connection (nothing listens, filtered, no address)
                Error, // connected, but the conversation broke before TLS
            };
            Result result = Result::NotTried;
            QHostAddress address;
            quint16 port = 0;
            QString record; // the record that matched (DaneTlsa::describe)
            QString sha256; // the server certificate's SHA-256 fingerprint ("AB:CD:...")
            QString detail; // why not (socket, TLS library, chain), in plain words

            // "match", "no_match", "no_starttls", "tls_failed", "unreachable", "error";
            // empty for NotTried.
            [[nodiscard]] static QString resultName(Result result);
        };
        CertificateMatch match;
    };

    QString domain;
    SpfResult spf; // audit of the domain's record (no address)
    std::optional<SpfResult> spfForIp; // check_host() for the address given
    QList<DkimSelector> dkim; // the selectors looked at, found or not
    DmarcDiscovery dmarc;
    MxRecords mx;
    MtaSts mtaSts;
    TlsRpt tlsRpt;
    QList<DaneHost> dane; // one per MX host name, in MX order
    Bimi bimi;
    QList<DomainCheckItem> checks;
    // The records to publish, in the order the checks proposed them, each once.
    QList<PublishRecord> publish;
    // The provider's SPF include, audited alone: what adding it costs in DNS lookups.
    std::optional<SpfResult> providerIncludeSpf;
    // DNSSEC over every answer of the check: "secure" (all validated), "insecure" (some or all
    // provably unsigned), "bogus" (some failed validation), "not-validated" (no trust anchor).
    QString dnssec = QStringLiteral("not-validated");
    int answers = 0;
    int secureAnswers = 0;
    QStringList queries; // "TXT example.com: ok (12 ms)", the DNS queries sent, in order

    // Any check failed or could not be done (the CLI's exit status).
    [[nodiscard]] bool hasFailure() const;
    [[nodiscard]] const DomainCheckItem *check(const QString &id) const;
    // The JSON of `sendcheck-cli domain --json`: the fields, plus "publish" [{type,
    // name, value, why}], "dnssec" {validated, secure, status, answers, secure_answers},
    // "mta_sts" {record, id, policy_url, policy {version, mode, max_age, mx} | null, error},
    // "tls_rpt" {record, rua}, "dane" {hosts: [{host, dnssec, tlsa: [{usage, selector,
    // matching_type, data}], match: null | {result, address, port, record,
    // certificate_sha256, detail}}]} (TLSA records only when the answer is DNSSEC-secure) and
    // "bimi" {record, logo, authority}.
    [[nodiscard]] QJsonObject toJson() const;

private:
    void addPolicyJson(QJsonObject *json) const;
};

} // namespace Sendcheck
