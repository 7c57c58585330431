// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnsanswer.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Sendcheck {

// One DNS blocklist as resources/blocklists.json describes it: the zone to ask, whether it lists
// IP addresses or domains, what its answers mean, which answers mean "your query was refused"
// (never a listing), and where a listed sender asks to be removed. Lists that have closed are
// kept with `query` false and a note, so the data says why they are not asked.
struct Blocklist
{
    enum class Kind { Ip, Domain };
    // How an answer address maps to a meaning: the whole address, or the last octet as a sum
    // of bits (SURBL, URIBL: 80 = 16 + 64).
    enum class Match { Exact, Bitmask };

    QString id; // "spamhaus-zen": the check id is "dnsbl.<id>"
    QString name; // "Spamhaus ZEN"
    QString zone; // "zen.spamhaus.org"
    Kind kind = Kind::Ip;
    Match match = Match::Exact;
    QMap<QString, QString> codes; // "127.0.0.2" (or the bit "16") -> what it means
    QMap<QString, QString> refused; // "127.255.255.254" -> why the query was refused
    QString delistUrl;
    QString sourceUrl;
    QString note; // terms, unverified facts, why it is not asked
    bool query = true; // false: closed or not fair; shown only as a note

    // The name to ask for an address: IPv4 octets reversed, IPv6 nibbles reversed, then the
    // zone (RFC 5782 2.1, 2.4). An IPv4-mapped IPv6 address counts as IPv4.
    [[nodiscard]] QString queryName(const QHostAddress &address) const;
    // The name to ask for a domain: the domain, then the zone (RFC 5782 2.3).
    [[nodiscard]] QString queryName(const QString &domain) const;

    // What one answer means.
    struct Verdict
    {
        enum class Kind {
            NotListed,
            Listed,
            Refused, // the list refused to answer this resolver (public resolver, over the limit)
            Odd, // an answer outside 127.0.0.0/8: a lapsed or hijacked zone, not a listing
            NoAnswer, // the zone did not answer (timeout, SERVFAIL, ...)
        };
        Kind kind = Kind::NotListed;
        QStringList codes; // the answer addresses
        QStringList meanings; // what they mean, as the data file says (English, from the list)
        QString detail; // the DNS failure, for NoAnswer
    };
    [[nodiscard]] Verdict classify(const DnsAnswer &answer) const;

    [[nodiscard]] static std::optional<Blocklist> fromJson(const QJsonObject &object,
                                                           QString *error);
};

} // namespace Sendcheck
