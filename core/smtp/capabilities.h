// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpreply.h"

#include <QStringList>

#include <optional>

namespace Sendcheck {

// What a server offers, read from its EHLO reply (RFC 5321 4.1.1.1): the first line is its
// greeting, each further line one extension keyword with optional parameters.
class Capabilities
{
public:
    [[nodiscard]] static Capabilities fromEhloReply(const SmtpReply &reply);

    // Whether the keyword (case-insensitive, whole word: "STARTTLSX" is not "STARTTLS") was
    // offered.
    [[nodiscard]] bool has(const QString &keyword) const;
    [[nodiscard]] QString parameters(const QString &keyword) const;

    [[nodiscard]] bool startTls() const { return has(QStringLiteral("STARTTLS")); }
    [[nodiscard]] bool pipelining() const { return has(QStringLiteral("PIPELINING")); }
    [[nodiscard]] bool eightBitMime() const { return has(QStringLiteral("8BITMIME")); }
    [[nodiscard]] bool smtpUtf8() const { return has(QStringLiteral("SMTPUTF8")); }
    [[nodiscard]] bool enhancedStatusCodes() const
    {
        return has(QStringLiteral("ENHANCEDSTATUSCODES"));
    }
    [[nodiscard]] bool chunking() const { return has(QStringLiteral("CHUNKING")); }
    // SIZE with a number: the limit in bytes; 0 means "no fixed limit"; nullopt: not offered.
    [[nodiscard]] std::optional<qint64> sizeLimit() const;
    // Upper-case SASL mechanisms from "AUTH a b" and the legacy "AUTH=a b" lines, no repeats.
    [[nodiscard]] QStringList authMechanisms() const { return m_authMechanisms; }
    [[nodiscard]] bool offersAuth(const QString &mechanism) const;

    [[nodiscard]] QString greeting() const { return m_greeting; }
    [[nodiscard]] QStringList keywords() const; // upper case, in the server's order
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }

private:
    struct Line
    {
        QString keyword; // upper case
        QString parameters;
    };
    QString m_greeting;
    QList<Line> m_lines;
    QStringList m_authMechanisms;
};

} // namespace Sendcheck
