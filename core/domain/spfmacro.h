// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Sendcheck {

// SPF macros (RFC 7208 7): checking a macro-string's syntax and expanding it.
class SpfMacro
{
public:
    // The values macros expand to.
    struct Values
    {
        QString sender; // <sender>: local-part@domain ("postmaster" when it had no local part)
        QString localPart;
        QString senderDomain; // o
        QString domain; // d: the domain being checked
        QHostAddress ip; // i, c, v (an IPv4-mapped IPv6 address is taken as IPv4)
        QString helo; // h
        QString validatedName; // p: "unknown" when none could be validated
        QString receiver; // r (explanations only); "unknown" when empty
        qint64 timestamp = 0; // t (explanations only)
    };

    // Checks `text` against the macro-string grammar: '%' only as %{...}, %%, %_ or %-, known
    // letters (c, r, t only when `explanation`), no digit 0 transformer, only visible ASCII
    // (and spaces in an explanation). Returns the offset of the first error, or -1.
    [[nodiscard]] static int syntaxError(const QString &text, bool explanation, QString *why);
    // True when a domain-spec ends as RFC 7208 7.1 wants: in a macro, or in "." and a toplabel
    // (with an optional dot after it).
    [[nodiscard]] static bool hasValidDomainEnd(const QString &domainSpec);
    // True when the text uses %{p} (which needs DNS lookups before expanding).
    [[nodiscard]] static bool usesValidatedName(const QString &text);
    // Expands a syntactically valid macro-string. Upper-case letters are URL-escaped.
    [[nodiscard]] static QString expand(const QString &text, const Values &values);
    // Expands a domain-spec and shortens the result to at most 253 octets by dropping labels on
    // the left (7.3); the trailing dot is removed.
    [[nodiscard]] static QString expandDomain(const QString &domainSpec, const Values &values);
    // The "i" value: dotted quad, or 32 dot-separated lower-case nibbles for IPv6.
    [[nodiscard]] static QString dotFormat(const QHostAddress &ip);
};

} // namespace Sendcheck
