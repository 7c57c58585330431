// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictredaction.h"

#include "report.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace Sendcheck {

namespace {

// Keys whose values are dates, versions or fingerprints ("12:00:00" and "AB:CD:..." are no
// addresses, but a four-part version number would look like IPv4), or fixed names of ours.
bool isExemptKey(const QString &key)
{
    static const QStringList keys {
        QStringLiteral("time"),
        QStringLiteral("version"),
        QStringLiteral("qt"),
        QStringLiteral("sha256"),
        QStringLiteral("not_before"),
        QStringLiteral("not_after"),
        // our own names for things, which Report::fromJson() must find unchanged
        QStringLiteral("schema"),
        QStringLiteral("kind"),
        QStringLiteral("status"),
        QStringLiteral("redaction"),
    };
    return keys.contains(key);
}

const QRegularExpression &ipv6Candidate()
{
    // Hex groups with at least two colons, not inside a longer run of colon-separated hex (a
    // certificate fingerprint), optionally with an IPv4 tail and a zone; QHostAddress decides.
    static const QRegularExpression pattern(
        QStringLiteral("(?:(?<![0-9A-Za-z.:])|(?<=[Ii][Pp][Vv]6:))"
                       "(?:[0-9A-Fa-f]{1,4})?(?::[0-9A-Fa-f]{0,4}){2,8}(?:\\.[0-9]{1,3}){0,3}"
                       "(?:%[0-9A-Za-z_.-]+)?(?![0-9A-Za-z:])"));
    return pattern;
}

const QRegularExpression &ipv4Pattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9.])([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})"
                       "(?![0-9]|\\.[0-9])"));
    return pattern;
}

const QRegularExpression &localPartPattern()
{
    // The local part of an address: everything up to the @ that cannot end an address in
    // running text or in angle brackets, followed by a domain (or an address literal).
    static const QRegularExpression pattern(
        QStringLiteral("[^\\s<>()\\[\\]{},;:\"@\\\\]+@(?=[\\p{L}\\p{N}\\[])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

template<typename Replacer>
QString replaceAll(const QString &text, const QRegularExpression &pattern, Replacer replacer)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacer(match);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

StrictRedaction::StrictRedaction(const QStringList &userNames)
{
    for (const QString &name : userNames) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            continue;
        for (const QString &form : {trimmed, QString::fromLatin1(trimmed.toUtf8().toBase64())}) {
            // A whole word, and not a label of a host name ("practice" in "practice.test").
            m_userPatterns.append(QRegularExpression(
                QStringLiteral("(?<![\\p{L}\\p{N}_.@-])%1(?![\\p{L}\\p{N}_-])(?!\\.[\\p{L}\\p{N}])")
                    .arg(QRegularExpression::escape(form)),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption));
        }
    }
}

QString StrictRedaction::apply(const QString &text) const
{
    QString result = text;
    for (const QRegularExpression &pattern : m_userPatterns)
        result.replace(pattern, UserPlaceholder);
    result = replaceAll(result, ipv6Candidate(), [](const QRegularExpressionMatch &match) {
        QString candidate = match.captured();
        const qsizetype zone = candidate.indexOf(QLatin1Char('%'));
        const QHostAddress address(zone < 0 ? candidate : candidate.left(zone));
        return address.protocol() == QAbstractSocket::IPv6Protocol ? QString(AddressPlaceholder)
                                                                   : candidate;
    });
    result = replaceAll(result, ipv4Pattern(), [](const QRegularExpressionMatch &match) {
        for (int i = 1; i <= 4; ++i) {
            if (match.captured(i).toInt() > 255)
                return match.captured();
        }
        return QString(AddressPlaceholder);
    });
    result = replaceAll(result, localPartPattern(), [](const QRegularExpressionMatch &) {
        return QString(LocalPartPlaceholder) + QLatin1Char('@');
    });
    return result;
}

QJsonValue StrictRedaction::apply(const QJsonValue &value) const
{
    if (value.isString())
        return apply(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        const QJsonArray source = value.toArray();
        for (const QJsonValue &item : source)
            array.append(apply(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isExemptKey(it.key()))
                it.value() = apply(it.value());
        }
        return object;
    }
    return value;
}

Report StrictRedaction::apply(const Report &report)
{
    const StrictRedaction redaction({report.profile.userName, report.profile.oauthAccount});
    QJsonObject json = redaction.apply(QJsonValue(report.toJson())).toObject();
    // fromJson() reads what toJson() wrote: strings changed, the structure did not. Should it
    // ever fail, the result is an empty report, never the unredacted one.
    std::optional<Report> redacted = Report::fromJson(json, nullptr);
    Q_ASSERT(redacted);
    Report result;
    if (redacted) {
        result = *redacted;
    } else {
        result.kind = report.kind;
        result.time = report.time;
        result.ok = report.ok;
    }
    result.redaction = Report::Redaction::Strict;
    return result;
}

} // namespace Sendcheck
