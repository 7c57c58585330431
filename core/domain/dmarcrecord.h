// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// A DMARC policy record (RFC 7489 6.3): v=DMARC1 first, then p, sp, pct, rua, ruf, adkim, aspf,
// fo, rf, ri. Unknown tags are ignored; bad values are errors (the record is then taken as RFC
// 7489 6.6.3 says: p=none when there is a valid rua, no policy otherwise).
struct DmarcRecord
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DmarcRecord)

public:
    enum class Policy { None, Quarantine, Reject };

    QString record;
    std::optional<Policy> policy; // p=
    std::optional<Policy> subdomainPolicy; // sp= (default: p)
    int pct = 100;
    QStringList rua;
    QStringList ruf;
    bool strictDkim = false; // adkim=s
    bool strictSpf = false; // aspf=s
    QStringList failureOptions = {QStringLiteral("0")}; // fo=
    QStringList errors;
    QStringList warnings;

    [[nodiscard]] bool isValid() const { return errors.isEmpty(); }
    // The policy in force for the domain itself or a subdomain of the organizational domain.
    [[nodiscard]] std::optional<Policy> effectivePolicy(bool forSubdomain) const;

    [[nodiscard]] static QString policyName(Policy policy); // "none", "quarantine", "reject"
    [[nodiscard]] static bool isDmarcRecord(const QByteArray &text); // starts with v=DMARC1
    [[nodiscard]] static DmarcRecord parse(const QByteArray &text);
};

} // namespace Sendcheck
