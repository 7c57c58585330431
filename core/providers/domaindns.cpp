// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaindns.h"

#include "presetjson.h"
#include "provider.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Sendcheck {

using PresetJson::readString;
using PresetJson::readStringList;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9-]+)\\}"));
    return pattern;
}

bool readCheckWithProvider(const QJsonObject &object, bool *target, QString *error)
{
    const QJsonValue value = object.value(QStringLiteral("confidence"));
    if (value.isUndefined())
        return true;
    const auto parsed = confidenceFromName(value.toString());
    if (!parsed) {
        *error = Provider::tr("\"confidence\" must be \"confirmed\" or \"check-with-provider\".");
        return false;
    }
    *target = *parsed == Confidence::CheckWithProvider;
    return true;
}

QString confidenceText(bool checkWithProvider)
{
    return confidenceName(checkWithProvider ? Confidence::CheckWithProvider
                                            : Confidence::Confirmed);
}

const DomainDns::SpfPlacement allPlacements[]
    = {DomainDns::SpfPlacement::Domain, DomainDns::SpfPlacement::MailFrom,
       DomainDns::SpfPlacement::Optional, DomainDns::SpfPlacement::None};

} // namespace

QStringList DomainDns::fixedSelectors() const
{
    QStringList out;
    for (const Dkim &entry : dkim) {
        if (!entry.selector.contains(QLatin1Char('{')) && !out.contains(entry.selector))
            out << entry.selector;
    }
    return out;
}

QHash<QString, QString> DomainDns::values(const QString &domain, const QString &region,
                                          const QString &mailFromLabels)
{
    QHash<QString, QString> out {{QStringLiteral("domain"), domain},
                                 {QStringLiteral("domain-dashes"),
                                  QString(domain).replace(QLatin1Char('.'), QLatin1Char('-'))}};
    if (!region.isEmpty())
        out.insert(QStringLiteral("region"), region);
    if (!mailFromLabels.isEmpty())
        out.insert(QStringLiteral("mail-from"), mailFromLabels);
    return out;
}

QString DomainDns::expand(const QString &text, const QHash<QString, QString> &values,
                          bool *complete)
{
    bool allKnown = true;
    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value != values.constEnd()) {
            result += *value;
        } else {
            result += QLatin1Char('<') + name + QLatin1Char('>');
            allKnown = false;
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    if (complete)
        *complete = allKnown;
    return result;
}

QString DomainDns::absoluteName(const QString &relative, const QHash<QString, QString> &values,
                                bool *complete)
{
    const QString domain = values.value(QStringLiteral("domain"));
    if (relative.isEmpty() || relative == QLatin1String("@")) {
        if (complete)
            *complete = true;
        return domain;
    }
    return expand(relative, values, complete) + QLatin1Char('.') + domain;
}

QString DomainDns::translated(const QString &text)
{
    return QCoreApplication::translate("Sendcheck::DomainDns", text.toUtf8().constData());
}

QString DomainDns::placementName(SpfPlacement placement)
{
    switch (placement) {
    case SpfPlacement::Domain:
        return QStringLiteral("domain");
    case SpfPlacement::MailFrom:
        return QStringLiteral("mail-from");
    case SpfPlacement::Optional:
        return QStringLiteral("optional");
    case SpfPlacement::None:
        return QStringLiteral("none");
    }
    return QString();
}

std::optional<DomainDns> DomainDns::fromJson(const QJsonObject &object, QString *error)
{
    DomainDns dns;
    const QJsonValue spfValue = object.value(QStringLiteral("spf"));
    if (!spfValue.isUndefined()) {
        if (!spfValue.isObject()) {
            *error = tr("\"domainDns\": \"spf\" must be an object.");
            return std::nullopt;
        }
        const QJsonObject spf = spfValue.toObject();
        QString placement = placementName(SpfPlacement::Domain);
        if (!readString(spf, QStringLiteral("include"), &dns.spfInclude, error)
            || !readString(spf, QStringLiteral("placement"), &placement, error)
            || !readCheckWithProvider(spf, &dns.spfCheckWithProvider, error))
            return std::nullopt;
        bool known = false;
        for (SpfPlacement candidate : allPlacements) {
            if (placementName(candidate) == placement) {
                dns.spfPlacement = candidate;
                known = true;
            }
        }
        if (!known) {
            *error = tr("\"domainDns\": \"placement\" must be domain, mail-from, optional or "
                        "none.");
            return std::nullopt;
        }
        if (dns.spfInclude.contains(QLatin1Char(' '))
            || (dns.spfInclude.isEmpty() && dns.spfPlacement != SpfPlacement::None)) {
            *error = tr("\"domainDns\": \"spf\" needs one domain name in \"include\" (or "
                        "\"placement\": \"none\").");
            return std::nullopt;
        }
    }

    const QJsonArray dkim = object.value(QStringLiteral("dkim")).toArray();
    for (const QJsonValue &value : dkim) {
        const QJsonObject o = value.toObject();
        Dkim entry;
        if (!readString(o, QStringLiteral("selector"), &entry.selector, error)
            || !readString(o, QStringLiteral("cname"), &entry.cname, error)
            || !readCheckWithProvider(o, &entry.checkWithProvider, error))
            return std::nullopt;
        entry.lookupOnly = o.value(QStringLiteral("lookupOnly")).toBool(false);
        if (entry.selector.trimmed().isEmpty() || entry.selector.contains(QLatin1Char(' '))) {
            *error = tr("\"domainDns\": every \"dkim\" entry needs a \"selector\".");
            return std::nullopt;
        }
        dns.dkim << entry;
    }

    const QJsonArray records = object.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &value : records) {
        const QJsonObject o = value.toObject();
        Record record;
        if (!readString(o, QStringLiteral("type"), &record.type, error)
            || !readString(o, QStringLiteral("name"), &record.name, error)
            || !readString(o, QStringLiteral("value"), &record.value, error)
            || !readString(o, QStringLiteral("why"), &record.why, error)
            || !readCheckWithProvider(o, &record.checkWithProvider, error))
            return std::nullopt;
        static const QStringList types {QStringLiteral("CNAME"), QStringLiteral("TXT"),
                                        QStringLiteral("MX")};
        if (!types.contains(record.type) || record.name.isEmpty() || record.value.isEmpty()) {
            *error = tr("\"domainDns\": every record needs a \"type\" (CNAME, TXT or MX), a "
                        "\"name\" and a \"value\".");
            return std::nullopt;
        }
        dns.records << record;
    }
    if (!readStringList(object, QStringLiteral("notes"), &dns.notes, error))
        return std::nullopt;
    return dns;
}

QJsonObject DomainDns::toJson() const
{
    QJsonObject object;
    QJsonObject spf {{QStringLiteral("placement"), placementName(spfPlacement)},
                     {QStringLiteral("confidence"), confidenceText(spfCheckWithProvider)}};
    if (!spfInclude.isEmpty())
        spf.insert(QStringLiteral("include"), spfInclude);
    if (!spfInclude.isEmpty() || spfPlacement != SpfPlacement::Domain)
        object.insert(QStringLiteral("spf"), spf);
    QJsonArray dkimArray;
    for (const Dkim &entry : dkim) {
        QJsonObject o {{QStringLiteral("selector"), entry.selector},
                       {QStringLiteral("confidence"), confidenceText(entry.checkWithProvider)}};
        if (!entry.cname.isEmpty())
            o.insert(QStringLiteral("cname"), entry.cname);
        if (entry.lookupOnly)
            o.insert(QStringLiteral("lookupOnly"), true);
        dkimArray.append(o);
    }
    object.insert(QStringLiteral("dkim"), dkimArray);
    QJsonArray recordArray;
    for (const Record &record : records)
        recordArray.append(
            QJsonObject {{QStringLiteral("type"), record.type},
                         {QStringLiteral("name"), record.name},
                         {QStringLiteral("value"), record.value},
                         {QStringLiteral("why"), record.why},
                         {QStringLiteral("confidence"), confidenceText(record.checkWithProvider)}});
    object.insert(QStringLiteral("records"), recordArray);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return object;
}

} // namespace Sendcheck
