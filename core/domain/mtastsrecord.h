// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Sendcheck {

// The MTA-STS TXT record at _mta-sts.<domain> (RFC 8461 3.1): "v=STSv1; id=<1-32 letters and
// digits>", further fields allowed. It says a policy exists and which version it is; the policy
// itself is fetched over HTTPS (MtaStsPolicy).
struct MtaStsRecord
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::MtaStsRecord)

public:
    QString record; // as published
    QString id;
    QString error; // in plain words; empty when the record is valid

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
    // Starts with "v=STSv1" (RFC 8461 3.1: other TXT records at the name are ignored).
    [[nodiscard]] static bool looksLikeRecord(const QByteArray &text);
    [[nodiscard]] static MtaStsRecord parse(const QString &text);
};

} // namespace Sendcheck
