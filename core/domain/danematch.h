// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Sendcheck {

// Whether the certificate chain an SMTP server shows matches its TLSA records, as a DANE
// sender decides it (RFC 6698 2.1, RFC 7671, RFC 7672 3.1): a DANE-EE record (usage 3) matches
// the server's own certificate, whatever its names, issuer and dates; a DANE-TA record (usage 2)
// matches a certificate above it in the chain, which then has to sign its way down to the
// server's certificate, and that one has to be valid now and name the MX host (RFC 7672 3.2.2).
// Selector 0 takes the whole certificate, 1 its public key (SubjectPublicKeyInfo); matching type
// 0 compares them as they are, 1 by SHA-256, 2 by SHA-512. Usages 0 and 1 and records an SMTP
// sender cannot use (DaneTlsa::unusableReason) never match.
class DaneMatch
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::DaneMatch)

public:
    struct Outcome
    {
        bool matched = false;
        DnsRecord record; // the record that matched
        // Why nothing matched, in plain words (the DANE-TA chain or name problem when a
        // DANE-TA record matched a certificate of the chain but the chain failed).
        QString detail;
    };

    // `chain`: as the server sent it, its own certificate first. `host`: the MX host name
    // (the TLSA base domain), for the name check of DANE-TA.
    [[nodiscard]] static Outcome match(const QList<DnsRecord> &tlsa,
                                       const QList<QSslCertificate> &chain, const QString &host);
    // What a TLSA record of this selector and matching type would hold for `certificate`
    // (the bytes, not hex); empty for undefined values or a certificate that cannot be read.
    [[nodiscard]] static QByteArray associationData(const QSslCertificate &certificate,
                                                    quint8 selector, quint8 matchingType);
};

} // namespace Sendcheck
