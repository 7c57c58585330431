// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// The SMTP TLS reporting record at _smtp._tls.<domain> (RFC 8460 3): "v=TLSRPTv1;
// rua=<uri>[,<uri>]...", where each report address is mailto: or https:. Senders that support
// it mail (or post) a daily JSON report of TLS successes and failures there.
struct TlsRptRecord
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::TlsRptRecord)

public:
    QString record;
    QStringList rua; // the report addresses, as written
    QStringList errors;

    [[nodiscard]] bool isValid() const { return errors.isEmpty(); }
    [[nodiscard]] static bool looksLikeRecord(const QByteArray &text); // starts with v=TLSRPTv1
    [[nodiscard]] static TlsRptRecord parse(const QString &text);
};

} // namespace Sendcheck
