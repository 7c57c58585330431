// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsrptrecord.h"

#include "tagvaluelist.h"

#include <QUrl>

namespace Sendcheck {

bool TlsRptRecord::looksLikeRecord(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return t.startsWith("v=TLSRPTv1") && (t.size() == 10 || t.at(10) == ';' || t.at(10) == ' ');
}

TlsRptRecord TlsRptRecord::parse(const QString &text)
{
    TlsRptRecord result;
    result.record = text.trimmed();
    const TagValueList tags = TagValueList::parse(text);
    if (!tags.error.isEmpty()) {
        result.errors << tags.error;
        return result;
    }
    if (tags.tags.isEmpty() || tags.tags.first().first != QLatin1String("v")
        || tags.tags.first().second != QLatin1String("TLSRPTv1")) {
        result.errors << tr("The record must start with v=TLSRPTv1.");
        return result;
    }
    if (!tags.contains(QStringLiteral("rua"))) {
        result.errors << tr("The record has no rua= (where to send the reports).");
        return result;
    }
    const QStringList uris = tags.value(QStringLiteral("rua")).split(QLatin1Char(','));
    for (const QString &raw : uris) {
        const QString uri = raw.trimmed();
        const QUrl url(uri, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("mailto")) {
            const QString address = url.path();
            const qsizetype at = address.indexOf(QLatin1Char('@'));
            if (at <= 0 || at == address.size() - 1)
                result.errors << tr("%1 is not a mail address.").arg(uri);
            else
                result.rua << uri;
        } else if (scheme == QLatin1String("https")) {
            if (!url.isValid() || url.host().isEmpty())
                result.errors << tr("%1 is not a web address.").arg(uri);
            else
                result.rua << uri;
        } else {
            result.errors
                << tr("%1: reports go to mailto: or https: addresses only.").arg(uri.left(80));
        }
    }
    return result;
}

} // namespace Sendcheck
