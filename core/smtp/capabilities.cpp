// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"

namespace Sendcheck {

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply)
{
    Capabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.m_greeting = reply.lines.first();
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = reply.lines[i].trimmed();
        if (line.isEmpty())
            continue;
        // "AUTH=LOGIN PLAIN" is the pre-standard spelling some servers still send.
        qsizetype split = line.indexOf(QLatin1Char(' '));
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && (split < 0 || equals < split)
            && line.left(equals).compare(QLatin1String("AUTH"), Qt::CaseInsensitive) == 0)
            split = equals;
        Line entry;
        entry.keyword = (split < 0 ? line : line.left(split)).toUpper();
        entry.parameters = split < 0 ? QString() : line.mid(split + 1).trimmed();
        if (entry.keyword == QLatin1String("AUTH")) {
            const auto mechanisms = entry.parameters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &mechanism : mechanisms) {
                const QString upper = mechanism.toUpper();
                if (!caps.m_authMechanisms.contains(upper))
                    caps.m_authMechanisms.append(upper);
            }
        }
        caps.m_lines.append(entry);
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const
{
    const QString upper = keyword.toUpper();
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [&](const Line &line) { return line.keyword == upper; });
}

QString Capabilities::parameters(const QString &keyword) const
{
    const QString upper = keyword.toUpper();
    for (const auto &line : m_lines) {
        if (line.keyword == upper)
            return line.parameters;
    }
    return QString();
}

std::optional<qint64> Capabilities::sizeLimit() const
{
    if (!has(QStringLiteral("SIZE")))
        return std::nullopt;
    bool ok = false;
    const qint64 limit = parameters(QStringLiteral("SIZE")).toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

bool Capabilities::offersAuth(const QString &mechanism) const
{
    return m_authMechanisms.contains(mechanism.toUpper());
}

QStringList Capabilities::keywords() const
{
    QStringList words;
    for (const auto &line : m_lines)
        words.append(line.keyword);
    return words;
}

} // namespace Sendcheck
