// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace Sendcheck::DnsName {

// Names here are text whose characters are the name's octets (Latin-1), labels separated by
// dots, with or without the trailing dot. Comparison is ASCII case-insensitive (RFC 4343).

// Without the trailing dot, ASCII lower case.
[[nodiscard]] QString normalized(const QString &name);
[[nodiscard]] bool equal(const QString &a, const QString &b);
// `name` is `parent` or below it ("mail.example.com" is under "example.com").
[[nodiscard]] bool isAtOrBelow(const QString &name, const QString &parent);
// Can be sent as a query: 1 to 253 octets without the trailing dot, no empty label, no label
// over 63 octets, only 8-bit characters.
[[nodiscard]] bool isQueryable(const QString &name);
// A host name as mail uses it (RFC 5321 Domain): LDH labels, at least two of them, the last not
// all digits. Trailing dot allowed.
[[nodiscard]] bool isHostName(const QString &name);
// The name of the PTR record for an address: "4.3.2.1.in-addr.arpa" or the 32 nibbles of an
// IPv6 address under ip6.arpa (lower case). An IPv4-mapped IPv6 address counts as IPv4.
[[nodiscard]] QString reverseName(const QHostAddress &address);
// Presentation form for a resolver library: '.' separates labels, every other octet that is not
// a letter, digit, '-' or '_' is written as \DDD.
[[nodiscard]] QByteArray toPresentation(const QString &name);

} // namespace Sendcheck::DnsName
