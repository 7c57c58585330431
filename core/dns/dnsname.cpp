// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsname.h"

#include <QStringList>

namespace Sendcheck::DnsName {

static QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return out;
}

QString normalized(const QString &name)
{
    QString out = name;
    if (out.size() > 1 && out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return asciiLower(out);
}

bool equal(const QString &a, const QString &b)
{
    return normalized(a) == normalized(b);
}

bool isAtOrBelow(const QString &name, const QString &parent)
{
    const QString n = normalized(name);
    const QString p = normalized(parent);
    if (n == p)
        return true;
    return n.size() > p.size() && n.endsWith(p)
        && n.at(n.size() - p.size() - 1) == QLatin1Char('.');
}

bool isQueryable(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty() || n.size() > 253)
        return false;
    for (const QChar c : n) {
        if (c.unicode() > 0xff)
            return false;
    }
    const QStringList labels = n.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

bool isHostName(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (!isQueryable(n))
        return false;
    const QStringList labels = n.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ldh = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                || (u >= '0' && u <= '9') || u == '-';
            if (!ldh)
                return false;
        }
    }
    bool allDigits = true;
    for (const QChar c : labels.last())
        allDigits = allDigits && c.isDigit();
    return !allDigits;
}

QString reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles << QString::number(v6[i] & 0x0f, 16);
        nibbles << QString::number((v6[i] >> 4) & 0x0f, 16);
    }
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

QByteArray toPresentation(const QString &name)
{
    QByteArray out;
    const QByteArray octets = name.toLatin1();
    for (const char c : octets) {
        const auto u = uchar(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.';
        if (plain)
            out += c;
        else
            out += '\\' + QByteArray::number(uint(u)).rightJustified(3, '0');
    }
    return out;
}

} // namespace Sendcheck::DnsName
