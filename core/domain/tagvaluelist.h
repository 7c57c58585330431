// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Sendcheck {

// A DKIM/DMARC tag-value list (RFC 6376 3.2): "tag=value" pairs separated by ';', with folding
// whitespace allowed around tags, values and separators, and an optional ';' at the end.
struct TagValueList
{
    QList<QPair<QString, QString>> tags; // in order; names as written, values trimmed
    QString error; // the first syntax error, in plain words; empty when none
    int errorPosition = -1;

    [[nodiscard]] bool contains(const QString &name) const;
    [[nodiscard]] QString value(const QString &name) const; // the first with that name
    // The name of a tag given twice, or empty.
    [[nodiscard]] QString duplicate() const;

    [[nodiscard]] static TagValueList parse(const QString &text);
};

} // namespace Sendcheck
