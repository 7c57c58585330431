// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsrecord.h"

#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// What a TLSA record (RFC 6698) means for SMTP (RFC 7672): the certificate usage (0 PKIX-TA,
// 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE), selector (0 whole certificate, 1 public key) and matching
// type (0 exact, 1 SHA-256, 2 SHA-512). SMTP senders treat usages 0 and 1 as unusable (RFC
// 7672 3.1.3), as they do unknown values and data of the wrong length for its matching type.
class DaneTlsa
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DaneTlsa)

public:
    // "DANE-EE" ...; "usage 7" for unknown values.
    [[nodiscard]] static QString usageName(quint8 usage);
    // "3 1 1 (DANE-EE, public key, SHA-256)".
    [[nodiscard]] static QString describe(const DnsRecord &record);
    // Empty when an SMTP sender can use the record; otherwise why not, in plain words.
    [[nodiscard]] static QString unusableReason(const DnsRecord &record);
};

} // namespace Sendcheck
