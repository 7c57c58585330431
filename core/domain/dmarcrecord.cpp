// SPDX-License-Identifier: GPL-3.0-or-later
#include "dmarcrecord.h"

#include "tagvaluelist.h"

#include <QRegularExpression>
#include <QUrl>

namespace Sendcheck {

namespace {

std::optional<DmarcRecord::Policy> policyFrom(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("none"))
        return DmarcRecord::Policy::None;
    if (v == QLatin1String("quarantine"))
        return DmarcRecord::Policy::Quarantine;
    if (v == QLatin1String("reject"))
        return DmarcRecord::Policy::Reject;
    return std::nullopt;
}

} // namespace

QString DmarcRecord::policyName(Policy policy)
{
    switch (policy) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    }
    return QString();
}

bool DmarcRecord::isDmarcRecord(const QByteArray &text)
{
    // "v=DMARC1" exactly, then ';' or whitespace or the end (7489 6.6.3).
    static const QRegularExpression start(QStringLiteral("^v\\s*=\\s*DMARC1\\s*(;|$)"));
    return start.match(QString::fromLatin1(text)).hasMatch();
}

std::optional<DmarcRecord::Policy> DmarcRecord::effectivePolicy(bool forSubdomain) const
{
    if (forSubdomain && subdomainPolicy)
        return subdomainPolicy;
    if (policy)
        return policy;
    // 6.6.3: no valid p= but a valid rua: act as if p=none.
    if (!rua.isEmpty())
        return Policy::None;
    return std::nullopt;
}

DmarcRecord DmarcRecord::parse(const QByteArray &text)
{
    DmarcRecord r;
    r.record = QString::fromLatin1(text);
    const TagValueList tags = TagValueList::parse(r.record);
    if (!tags.error.isEmpty())
        r.errors << tr("Syntax error: %1").arg(tags.error);
    if (tags.tags.isEmpty() || tags.tags.first().first != QLatin1String("v")
        || tags.tags.first().second != QLatin1String("DMARC1"))
        r.errors << tr("The record must start with v=DMARC1.");
    if (const QString twice = tags.duplicate(); !twice.isEmpty())
        r.errors << tr("The tag %1= appears twice.").arg(twice);

    if (tags.contains(QStringLiteral("p"))) {
        r.policy = policyFrom(tags.value(QStringLiteral("p")));
        if (!r.policy)
            r.errors << tr("p= must be none, quarantine or reject, not '%1'.")
                            .arg(tags.value(QStringLiteral("p")));
    } else {
        r.errors << tr("The record has no p= (policy) tag.");
    }
    if (tags.contains(QStringLiteral("sp"))) {
        r.subdomainPolicy = policyFrom(tags.value(QStringLiteral("sp")));
        if (!r.subdomainPolicy)
            r.errors << tr("sp= must be none, quarantine or reject, not '%1'.")
                            .arg(tags.value(QStringLiteral("sp")));
    }
    if (tags.contains(QStringLiteral("pct"))) {
        bool ok = false;
        const QString value = tags.value(QStringLiteral("pct"));
        const int pct = value.toInt(&ok);
        if (!ok || pct < 0 || pct > 100)
            r.errors << tr("pct= must be a number from 0 to 100, not '%1'.").arg(value);
        else
            r.pct = pct;
    }
    for (const QString &tag : {QStringLiteral("adkim"), QStringLiteral("aspf")}) {
        if (!tags.contains(tag))
            continue;
        const QString value = tags.value(tag).toLower();
        if (value != QLatin1String("r") && value != QLatin1String("s"))
            r.errors
                << tr("%1= must be r (relaxed) or s (strict), not '%2'.").arg(tag, tags.value(tag));
        else if (tag == QLatin1String("adkim"))
            r.strictDkim = value == QLatin1String("s");
        else
            r.strictSpf = value == QLatin1String("s");
    }
    if (tags.contains(QStringLiteral("fo"))) {
        r.failureOptions.clear();
        for (const QString &option : tags.value(QStringLiteral("fo")).split(QLatin1Char(':'))) {
            const QString o = option.trimmed();
            if (o != QLatin1String("0") && o != QLatin1String("1") && o != QLatin1String("d")
                && o != QLatin1String("s"))
                r.errors << tr("fo= allows 0, 1, d and s, not '%1'.").arg(o);
            else
                r.failureOptions << o;
        }
    }
    for (const QString &tag : {QStringLiteral("rua"), QStringLiteral("ruf")}) {
        if (!tags.contains(tag))
            continue;
        QStringList uris;
        for (const QString &item : tags.value(tag).split(QLatin1Char(','))) {
            QString uri = item.trimmed();
            const int bang = uri.indexOf(QLatin1Char('!')); // "!10m": a size limit
            const QString address = bang < 0 ? uri : uri.left(bang);
            const QUrl url(address, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty()) {
                r.errors << tr("%1= has '%2', which is not a URI (mailto:...).").arg(tag, uri);
                continue;
            }
            if (url.scheme() == QLatin1String("mailto") && !url.path().contains(QLatin1Char('@')))
                r.errors << tr("%1= has '%2', which is not a mail address.").arg(tag, uri);
            uris << uri;
        }
        (tag == QLatin1String("rua") ? r.rua : r.ruf) = uris;
    }
    if (r.policy == Policy::None && r.rua.isEmpty())
        r.warnings << tr("p=none without rua=: nobody receives reports, so the record changes "
                         "nothing and tells you nothing.");
    if (r.pct < 100 && r.policy && *r.policy != Policy::None)
        r.warnings << tr("pct=%1: the policy applies to only part of the failing mail.").arg(r.pct);
    return r;
}

} // namespace Sendcheck
