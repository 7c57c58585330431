// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// The header section of a received message (RFC 5322 section 2.2), fields in the order they
// stand: the top field is the newest, as each hop adds its trace fields above the others.
class HeaderBlock
{
public:
    struct Field
    {
        QString name; // as written ("Authentication-Results")
        QString value; // unfolded, outer white space trimmed; 8-bit bytes read as UTF-8
    };

    // Reads up to the first empty line (or the end). Lines that are neither a field nor a
    // continuation are skipped, never glued to a neighbour. Stops after `maxFields` fields.
    [[nodiscard]] static HeaderBlock parse(const QByteArray &raw, int maxFields = 2000);

    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    // Every value of the fields called `name` (case-insensitive), top first.
    [[nodiscard]] QStringList values(QStringView name) const;
    // The first (newest) value, or a null string.
    [[nodiscard]] QString value(QStringView name) const;

private:
    QList<Field> m_fields;
};

} // namespace Sendcheck
