// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// The record types Sendcheck looks up, with their numbers on the wire (RFC 1035, 3596, 2782,
// 6698).
enum class DnsRecordType : quint16 {
    A = 1,
    CNAME = 5,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    TLSA = 52,
};

[[nodiscard]] QString dnsRecordTypeName(DnsRecordType type); // "TXT"
[[nodiscard]] std::optional<DnsRecordType> dnsRecordTypeFromName(const QString &name);

// One resource record of an answer. Which fields hold data depends on the type; the others stay
// empty. Domain names are written without the trailing dot, the root as ".".
struct DnsRecord
{
    DnsRecordType type = DnsRecordType::A;
    QString name; // the owner name
    quint32 ttl = 0;

    QHostAddress address; // A, AAAA
    QString target; // CNAME, PTR, MX exchange, SRV target
    quint16 preference = 0; // MX preference, SRV priority
    quint16 weight = 0; // SRV
    quint16 port = 0; // SRV
    QList<QByteArray> strings; // TXT: the character-strings as published (each <= 255 octets)
    quint8 usage = 0; // TLSA certificate usage
    quint8 selector = 0; // TLSA selector
    quint8 matchingType = 0; // TLSA matching type
    QByteArray data; // TLSA certificate association data

    // TXT: the strings joined with nothing between them (RFC 7208 3.3, RFC 6376 3.6.2.2).
    [[nodiscard]] QByteArray text() const;
    // The record data in zone-file form ("10 mx.example.com", "\"v=spf1 -all\"").
    [[nodiscard]] QString toString() const;

    [[nodiscard]] static DnsRecord makeAddress(const QString &name, const QHostAddress &address);
    [[nodiscard]] static DnsRecord makeName(DnsRecordType type, const QString &name,
                                            const QString &target); // CNAME, PTR
    [[nodiscard]] static DnsRecord makeMx(const QString &name, quint16 preference,
                                          const QString &exchange);
    [[nodiscard]] static DnsRecord makeTxt(const QString &name, const QList<QByteArray> &strings);
    [[nodiscard]] static DnsRecord makeSrv(const QString &name, quint16 priority, quint16 weight,
                                           quint16 port, const QString &target);
    [[nodiscard]] static DnsRecord makeTlsa(const QString &name, quint8 usage, quint8 selector,
                                            quint8 matchingType, const QByteArray &data);
};

} // namespace Sendcheck
