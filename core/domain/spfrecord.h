// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Sendcheck {

// One term of an SPF record: a mechanism with its qualifier, or a modifier.
struct SpfTerm
{
    enum class Kind { Mechanism, Modifier };
    Kind kind = Kind::Mechanism;
    QChar qualifier = QLatin1Char('+'); // + - ~ ? (mechanisms)
    QString name; // lower case: "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists";
                  // "redirect", "exp" or an unknown modifier's name
    QString domainSpec; // the macro-string after ':' or '='; empty when none was given
    QHostAddress network; // ip4, ip6
    int cidr4 = 32; // a, mx, ip4
    int cidr6 = 128; // a, mx, ip6
    int position = 0; // offset of the term in the record
    QString text; // the term as written

    [[nodiscard]] bool isMechanism() const { return kind == Kind::Mechanism; }
    // a, mx, ptr, include, exists and redirect cost a DNS lookup (RFC 7208 4.6.4).
    [[nodiscard]] bool countsAsLookup() const;
};

// An SPF record (RFC 7208 4.5, 12) parsed and checked completely before evaluation: any syntax
// error anywhere makes the record a permerror, reported with its offset.
struct SpfRecord
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::SpfRecord)

public:
    QString text;
    QList<SpfTerm> terms;
    QString error; // plain words; empty when the record is valid
    int errorPosition = -1;

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
    [[nodiscard]] const SpfTerm *modifier(const QString &name) const;
    [[nodiscard]] bool hasAll() const;

    // "v=spf1" (any case) followed by a space or the end (4.5).
    [[nodiscard]] static bool isSpfRecord(const QByteArray &text);
    [[nodiscard]] static SpfRecord parse(const QByteArray &text);
};

} // namespace Sendcheck
