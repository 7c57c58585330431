// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocklist.h"

#include "dns/dnsname.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sendcheck {

namespace {

// Texts are looked up as BlocklistText::tr("...") so that lupdate sees each one with its context.
struct BlocklistText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::Blocklist)
};

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QString Blocklist::queryName(const QHostAddress &address) const
{
    QString reversed = DnsName::reverseName(address);
    for (const QLatin1String suffix :
         {QLatin1String(".in-addr.arpa"), QLatin1String(".ip6.arpa")}) {
        if (reversed.endsWith(suffix)) {
            reversed.chop(suffix.size());
            break;
        }
    }
    return reversed + QLatin1Char('.') + zone;
}

QString Blocklist::queryName(const QString &domain) const
{
    return DnsName::normalized(domain) + QLatin1Char('.') + zone;
}

Blocklist::Verdict Blocklist::classify(const DnsAnswer &answer) const
{
    Verdict verdict;
    if (answer.isEmpty())
        return verdict; // NXDOMAIN (or NODATA): not listed
    if (!answer.ok()) {
        verdict.kind = Verdict::Kind::NoAnswer;
        verdict.detail = answer.describe();
        return verdict;
    }
    bool refusedSeen = false;
    bool oddSeen = false;
    QStringList refusedMeanings;
    for (const DnsRecord &record : answer.records) {
        const QString code = record.address.toString();
        verdict.codes << code;
        if (refused.contains(code)) {
            refusedSeen = true;
            refusedMeanings << refused.value(code);
            continue;
        }
        const quint32 ip4 = record.address.toIPv4Address();
        if (record.address.protocol() != QAbstractSocket::IPv4Protocol || (ip4 >> 24) != 127) {
            oddSeen = true;
            continue;
        }
        if (match == Match::Bitmask) {
            const quint32 bits = ip4 & 0xff;
            for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
                const quint32 bit = it.key().toUInt();
                if (bit != 0 && (bits & bit) == bit)
                    verdict.meanings << it.value();
            }
        } else if (codes.contains(code)) {
            verdict.meanings << codes.value(code);
        } else {
            verdict.meanings
                << BlocklistText::tr("a return code this list does not document (%1)").arg(code);
        }
    }
    verdict.meanings.removeDuplicates();
    if (refusedSeen) {
        verdict.kind = Verdict::Kind::Refused;
        verdict.meanings = refusedMeanings;
    } else if (oddSeen && verdict.meanings.isEmpty()) {
        verdict.kind = Verdict::Kind::Odd;
    } else {
        verdict.kind = Verdict::Kind::Listed;
    }
    return verdict;
}

std::optional<Blocklist> Blocklist::fromJson(const QJsonObject &object, QString *error)
{
    Blocklist list;
    list.id = object.value(QStringLiteral("id")).toString();
    list.name = object.value(QStringLiteral("name")).toString();
    list.zone = DnsName::normalized(object.value(QStringLiteral("zone")).toString());
    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QString match = object.value(QStringLiteral("match")).toString(QStringLiteral("exact"));
    list.codes = stringMap(object.value(QStringLiteral("codes")));
    list.refused = stringMap(object.value(QStringLiteral("refused")));
    list.delistUrl = object.value(QStringLiteral("delist")).toString();
    list.sourceUrl = object.value(QStringLiteral("source")).toString();
    list.note = object.value(QStringLiteral("note")).toString();
    list.query = object.value(QStringLiteral("query")).toBool(true);
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("blocklist '%1': %2").arg(list.id, why);
        return std::nullopt;
    };
    if (list.id.isEmpty() || list.name.isEmpty())
        return fail(QStringLiteral("needs an id and a name"));
    for (const QChar c : std::as_const(list.id)) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('-')))
            return fail(QStringLiteral("the id may have only a-z, 0-9 and '-'"));
    }
    if (kind == QLatin1String("ip"))
        list.kind = Kind::Ip;
    else if (kind == QLatin1String("domain"))
        list.kind = Kind::Domain;
    else
        return fail(QStringLiteral("kind must be \"ip\" or \"domain\""));
    if (match == QLatin1String("exact"))
        list.match = Match::Exact;
    else if (match == QLatin1String("bitmask"))
        list.match = Match::Bitmask;
    else
        return fail(QStringLiteral("match must be \"exact\" or \"bitmask\""));
    if (list.query) {
        if (!DnsName::isHostName(list.zone))
            return fail(QStringLiteral("zone is not a host name"));
        if (list.delistUrl.isEmpty() || list.sourceUrl.isEmpty())
            return fail(QStringLiteral("a queried list needs delist and source"));
        for (auto it = list.codes.constBegin(); it != list.codes.constEnd(); ++it) {
            const bool valid = list.match == Match::Bitmask
                ? it.key().toUInt() > 0 && it.key().toUInt() < 256
                : QHostAddress(it.key()).protocol() == QAbstractSocket::IPv4Protocol;
            if (!valid || it.value().isEmpty())
                return fail(QStringLiteral("bad code '%1'").arg(it.key()));
        }
        for (auto it = list.refused.constBegin(); it != list.refused.constEnd(); ++it) {
            if (QHostAddress(it.key()).isNull() || it.value().isEmpty())
                return fail(QStringLiteral("bad refused code '%1'").arg(it.key()));
        }
    } else if (list.note.isEmpty()) {
        return fail(QStringLiteral("a list that is not asked needs a note saying why"));
    }
    return list;
}

} // namespace Sendcheck
