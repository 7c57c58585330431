// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerblock.h"

namespace Sendcheck {

HeaderBlock HeaderBlock::parse(const QByteArray &raw, int maxFields)
{
    HeaderBlock block;
    QByteArray name;
    QByteArray value;
    bool open = false;
    auto finish = [&] {
        if (open)
            block.m_fields.append(
                {QString::fromLatin1(name), QString::fromUtf8(value.simplified())});
        open = false;
    };
    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        if (end < 0)
            end = raw.size();
        QByteArray line = raw.mid(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the body starts here
        if (line.front() == ' ' || line.front() == '\t') {
            if (open) // folding (RFC 5322 2.2.3): the line break goes, the white space stays
                value += line;
            continue;
        }
        finish();
        if (block.m_fields.size() >= maxFields)
            break;
        const qsizetype colon = line.indexOf(':');
        // A field name is printable ASCII without a colon or space (RFC 5322 2.2).
        const QByteArray candidate = colon > 0 ? line.left(colon) : QByteArray();
        const bool validName = !candidate.isEmpty()
            && std::all_of(candidate.cbegin(), candidate.cend(),
                           [](char c) { return c > 32 && c < 127; });
        if (!validName)
            continue;
        name = candidate;
        value = line.mid(colon + 1);
        open = true;
    }
    finish();
    return block;
}

QStringList HeaderBlock::values(QStringView name) const
{
    QStringList found;
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            found.append(field.value);
    }
    return found;
}

QString HeaderBlock::value(QStringView name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return QString();
}

} // namespace Sendcheck
