// SPDX-License-Identifier: GPL-3.0-or-later
#include "bimirecord.h"

#include "tagvaluelist.h"

#include <QUrl>

namespace Sendcheck {

bool BimiRecord::looksLikeRecord(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return t.startsWith("v=BIMI1") && (t.size() == 7 || t.at(7) == ';' || t.at(7) == ' ');
}

BimiRecord BimiRecord::parse(const QString &text)
{
    BimiRecord result;
    result.record = text.trimmed();
    const TagValueList tags = TagValueList::parse(text);
    if (!tags.error.isEmpty()) {
        result.errors << tags.error;
        return result;
    }
    if (tags.tags.isEmpty() || tags.tags.first().first != QLatin1String("v")
        || tags.tags.first().second != QLatin1String("BIMI1")) {
        result.errors << tr("The record must start with v=BIMI1.");
        return result;
    }
    result.logo = tags.value(QStringLiteral("l"));
    result.authority = tags.value(QStringLiteral("a"));
    result.declined = result.logo.isEmpty() && result.authority.isEmpty();
    if (result.declined)
        return result;
    const auto httpsUrl = [](const QString &address) {
        const QUrl url(address, QUrl::StrictMode);
        return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
    };
    if (result.logo.isEmpty())
        result.errors << tr("The record has no logo (l=).");
    else if (!httpsUrl(result.logo))
        result.errors << tr("l=%1 is not an https: address.").arg(result.logo.left(80));
    else if (!QUrl(result.logo).path().endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        result.errors << tr("l=%1 does not name an SVG file; the logo must be SVG Tiny PS.")
                             .arg(result.logo.left(80));
    if (!result.authority.isEmpty() && !httpsUrl(result.authority))
        result.errors << tr("a=%1 is not an https: address.").arg(result.authority.left(80));
    return result;
}

} // namespace Sendcheck
