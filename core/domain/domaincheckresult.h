// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dkimkey.h"
#include "dmarcdiscovery.h"
#include "domaincheckitem.h"
#include "mxrecords.h"
#include "publishrecord.h"
#include "spfresult.h"

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

    QString domain;
    SpfResult spf; // audit of the domain's record (no address)
    std::optional<SpfResult> spfForIp; // check_host() for the address given
    QList<DkimSelector> dkim; // the selectors looked at, found or not
    DmarcDiscovery dmarc;
    MxRecords mx;
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
    // name, value, why}] and "dnssec" {validated, secure, status, answers, secure_answers}.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Sendcheck
