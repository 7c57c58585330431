// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosiscatalog.h"

#include <QCoreApplication>

namespace Sendcheck {

QString CatalogText::translated() const
{
    return isEmpty() ? QString() : DiagnosisCatalog::translate(source, key);
}

QStringList CatalogText::translatedLines() const
{
    if (isEmpty())
        return {};
    QStringList lines = translated().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

QString DiagnosisCatalog::translate(const char *source, const char *key)
{
    return QCoreApplication::translate("Sendcheck::Diagnosis", source, key);
}

const TopicEntry *DiagnosisCatalog::topic(const QString &id)
{
    for (const TopicEntry &entry : topics()) {
        if (id == entry.id)
            return &entry;
    }
    return nullptr;
}

} // namespace Sendcheck
