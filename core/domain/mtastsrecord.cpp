// SPDX-License-Identifier: GPL-3.0-or-later
#include "mtastsrecord.h"

#include "tagvaluelist.h"

namespace Sendcheck {

bool MtaStsRecord::looksLikeRecord(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    return t.startsWith("v=STSv1") && (t.size() == 7 || t.at(7) == ';' || t.at(7) == ' ');
}

MtaStsRecord MtaStsRecord::parse(const QString &text)
{
    MtaStsRecord result;
    result.record = text.trimmed();
    const TagValueList tags = TagValueList::parse(text);
    if (!tags.error.isEmpty()) {
        result.error = tags.error;
        return result;
    }
    if (tags.tags.isEmpty() || tags.tags.first().first != QLatin1String("v")
        || tags.tags.first().second != QLatin1String("STSv1")) {
        result.error = tr("The record must start with v=STSv1.");
        return result;
    }
    if (!tags.contains(QStringLiteral("id"))) {
        result.error = tr("The record has no id= (the policy's version, 1 to 32 letters and "
                          "digits).");
        return result;
    }
    const QString id = tags.value(QStringLiteral("id"));
    bool alnum = !id.isEmpty() && id.size() <= 32;
    for (const QChar c : id)
        alnum = alnum && c.unicode() < 0x80 && c.isLetterOrNumber();
    if (!alnum) {
        result.error
            = tr("id=%1 is not valid: it must be 1 to 32 letters and digits, nothing else.")
                  .arg(id);
        return result;
    }
    result.id = id;
    return result;
}

} // namespace Sendcheck
