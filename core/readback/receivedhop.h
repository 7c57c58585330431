// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Sendcheck {

// One Received trace field (RFC 5321 section 4.4): which server handed the message to which,
// with what protocol, and whether that hop was encrypted.
struct ReceivedHop
{
    enum class Tls { Yes, No, Unknown };

    QString from; // the name the sending side gave (HELO/EHLO) or the reverse name
    QString fromAddress; // the IP address in brackets after "from", if written
    QString by; // the receiving server
    QString with; // "ESMTPS", "ESMTPSA", "SMTP", "Microsoft SMTP Server", ...
    QString tlsVersion; // "TLS1_3", "TLSv1.2", ... when the field names it
    QString tlsCipher;
    QDateTime time; // the date after the last ";", invalid if unreadable
    Tls tls = Tls::Unknown;

    // Reads a Received field value; never fails (unknown parts stay empty).
    [[nodiscard]] static ReceivedHop parse(const QString &fieldValue);
    // The hops of a message from its Received values (top first), oldest first.
    [[nodiscard]] static QList<ReceivedHop> path(const QStringList &receivedValuesTopFirst);
};

} // namespace Sendcheck
