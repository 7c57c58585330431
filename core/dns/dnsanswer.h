// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sendcheck {

// How a lookup ended.
enum class DnsStatus {
    Ok, // records of the asked type
    NoData, // the name exists but has no record of that type (NODATA)
    NxDomain, // the name does not exist (NXDOMAIN)
    ServFail, // the nameserver reported a failure (SERVFAIL, or DNSSEC validation failed hard)
    Refused, // the nameserver refused the query (REFUSED)
    Timeout, // no answer within the query's time limit
    Truncated, // the answer was cut short and could not be had in full
    InvalidName, // not a name that can be looked up (empty or over-long label, over 253 octets)
    Failed, // anything else: a malformed answer, no network, a resolver set-up error
};
[[nodiscard]] QString dnsStatusName(DnsStatus status); // "ok", "nodata", "nxdomain", ...

// What DNSSEC says about an answer (RFC 4033 5): Secure (validated from a trust anchor),
// Insecure (provably unsigned), Bogus (signatures missing or wrong where they must be there),
// Indeterminate (no trust anchor configured, so nothing could be validated).
enum class DnssecStatus { Indeterminate, Secure, Insecure, Bogus };
[[nodiscard]] QString dnssecStatusName(DnssecStatus status); // "secure", ...

// The answer to one lookup of (name, type).
struct DnsAnswer
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DnsAnswer)

public:
    QString name; // as asked
    DnsRecordType type = DnsRecordType::A;
    DnsStatus status = DnsStatus::Failed;
    DnssecStatus dnssec = DnssecStatus::Indeterminate;
    QString canonicalName; // where CNAMEs led; equals `name` without aliases
    QList<DnsRecord> records; // of `type`, owned by canonicalName
    QString detail; // the resolver's own words (why bogus, which server timed out); may be empty

    [[nodiscard]] bool ok() const { return status == DnsStatus::Ok; }
    // NXDOMAIN or NODATA: the lookup worked and found nothing (RFC 7208 4.6.4 "void lookup").
    [[nodiscard]] bool isEmpty() const
    {
        return status == DnsStatus::NoData || status == DnsStatus::NxDomain;
    }
    // A failure that says nothing about the name: retrying later may help.
    [[nodiscard]] bool isError() const { return !ok() && !isEmpty(); }
    // "TXT example.com: the name does not exist" in plain words, translated.
    [[nodiscard]] QString describe() const;

    [[nodiscard]] static DnsAnswer failure(const QString &name, DnsRecordType type,
                                           DnsStatus status, const QString &detail = QString());
};

} // namespace Sendcheck
