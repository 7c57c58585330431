// SPDX-License-Identifier: GPL-3.0-or-later
#include "greylist.h"

namespace Sendcheck {

int Greylist::check(const QString &client, const QString &sender, const QString &recipient,
                    int delaySeconds)
{
    // Bounded: a client making up recipients must not grow the table without end.
    constexpr qsizetype maxEntries = 10000;
    const QString key
        = client + QLatin1Char('\n') + sender.toLower() + QLatin1Char('\n') + recipient.toLower();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto found = m_firstSeen.constFind(key);
    if (found == m_firstSeen.constEnd()) {
        if (m_firstSeen.size() >= maxEntries)
            m_firstSeen.clear();
        m_firstSeen.insert(key, now);
        return qMax(1, delaySeconds);
    }
    const qint64 waited = found.value().msecsTo(now);
    const qint64 needed = qint64(delaySeconds) * 1000;
    if (waited >= needed)
        return 0;
    return int(qMax<qint64>(1, (needed - waited + 999) / 1000));
}

} // namespace Sendcheck
