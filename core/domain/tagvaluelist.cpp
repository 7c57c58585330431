// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagvaluelist.h"

#include <QCoreApplication>
#include <QSet>

namespace Sendcheck {

bool TagValueList::contains(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first == name)
            return true;
    }
    return false;
}

QString TagValueList::value(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first == name)
            return tag.second;
    }
    return QString();
}

QString TagValueList::duplicate() const
{
    QSet<QString> seen;
    for (const auto &tag : tags) {
        if (seen.contains(tag.first))
            return tag.first;
        seen.insert(tag.first);
    }
    return QString();
}

TagValueList TagValueList::parse(const QString &text)
{
    TagValueList list;
    int pos = 0;
    while (pos <= text.size()) {
        int end = text.indexOf(QLatin1Char(';'), pos);
        if (end < 0)
            end = int(text.size());
        const QString part = text.mid(pos, end - pos);
        if (!part.trimmed().isEmpty()) {
            const int equals = part.indexOf(QLatin1Char('='));
            const QString name = equals < 0 ? part.trimmed() : part.left(equals).trimmed();
            bool validName = !name.isEmpty() && name.front().isLetter();
            for (const QChar c : name)
                validName = validName && c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_');
            if (equals < 0 || !validName) {
                if (list.error.isEmpty()) {
                    list.error = equals < 0
                        ? QCoreApplication::translate("Sendcheck::TagValueList",
                                                      "'%1' is not tag=value.")
                              .arg(part.trimmed())
                        : QCoreApplication::translate("Sendcheck::TagValueList",
                                                      "'%1' is not a valid tag name.")
                              .arg(name);
                    list.errorPosition = pos;
                }
            } else {
                list.tags.append({name, part.mid(equals + 1).trimmed()});
            }
        }
        pos = end + 1;
    }
    return list;
}

} // namespace Sendcheck
