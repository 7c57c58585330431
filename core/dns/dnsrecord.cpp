// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsrecord.h"

namespace Sendcheck {

namespace {
struct TypeName
{
    DnsRecordType type;
    const char *name;
};
constexpr TypeName typeNames[] = {
    {DnsRecordType::A, "A"},     {DnsRecordType::CNAME, "CNAME"}, {DnsRecordType::PTR, "PTR"},
    {DnsRecordType::MX, "MX"},   {DnsRecordType::TXT, "TXT"},     {DnsRecordType::AAAA, "AAAA"},
    {DnsRecordType::SRV, "SRV"}, {DnsRecordType::TLSA, "TLSA"},
};
} // namespace

QString dnsRecordTypeName(DnsRecordType type)
{
    for (const auto &entry : typeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("TYPE%1").arg(quint16(type));
}

std::optional<DnsRecordType> dnsRecordTypeFromName(const QString &name)
{
    for (const auto &entry : typeNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return std::nullopt;
}

QByteArray DnsRecord::text() const
{
    QByteArray joined;
    for (const QByteArray &part : strings)
        joined += part;
    return joined;
}

static QString quoted(const QByteArray &string)
{
    QString out = QStringLiteral("\"");
    for (const char c : string) {
        const auto byte = uchar(c);
        if (byte == '"' || byte == '\\')
            out += QStringLiteral("\\") + QLatin1Char(c);
        else if (byte < 0x20 || byte > 0x7e)
            out += QStringLiteral("\\%1").arg(uint(byte), 3, 10, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + QLatin1Char('"');
}

QString DnsRecord::toString() const
{
    switch (type) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
        return address.toString();
    case DnsRecordType::CNAME:
    case DnsRecordType::PTR:
        return target;
    case DnsRecordType::MX:
        return QStringLiteral("%1 %2").arg(preference).arg(target);
    case DnsRecordType::SRV:
        return QStringLiteral("%1 %2 %3 %4").arg(preference).arg(weight).arg(port).arg(target);
    case DnsRecordType::TXT: {
        QStringList parts;
        for (const QByteArray &part : strings)
            parts << quoted(part);
        return parts.join(QLatin1Char(' '));
    }
    case DnsRecordType::TLSA:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(usage)
            .arg(selector)
            .arg(matchingType)
            .arg(QString::fromLatin1(data.toHex()));
    }
    return QString();
}

DnsRecord DnsRecord::makeAddress(const QString &name, const QHostAddress &address)
{
    DnsRecord record;
    record.type = address.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA
                                                                      : DnsRecordType::A;
    record.name = name;
    record.address = address;
    return record;
}

DnsRecord DnsRecord::makeName(DnsRecordType type, const QString &name, const QString &target)
{
    DnsRecord record;
    record.type = type;
    record.name = name;
    record.target = target;
    return record;
}

DnsRecord DnsRecord::makeMx(const QString &name, quint16 preference, const QString &exchange)
{
    DnsRecord record;
    record.type = DnsRecordType::MX;
    record.name = name;
    record.preference = preference;
    record.target = exchange;
    return record;
}

DnsRecord DnsRecord::makeTxt(const QString &name, const QList<QByteArray> &strings)
{
    DnsRecord record;
    record.type = DnsRecordType::TXT;
    record.name = name;
    record.strings = strings;
    return record;
}

DnsRecord DnsRecord::makeSrv(const QString &name, quint16 priority, quint16 weight, quint16 port,
                             const QString &target)
{
    DnsRecord record;
    record.type = DnsRecordType::SRV;
    record.name = name;
    record.preference = priority;
    record.weight = weight;
    record.port = port;
    record.target = target;
    return record;
}

DnsRecord DnsRecord::makeTlsa(const QString &name, quint8 usage, quint8 selector,
                              quint8 matchingType, const QByteArray &data)
{
    DnsRecord record;
    record.type = DnsRecordType::TLSA;
    record.name = name;
    record.usage = usage;
    record.selector = selector;
    record.matchingType = matchingType;
    record.data = data;
    return record;
}

} // namespace Sendcheck
