// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Sendcheck {

// Remembers when a (client address, sender, recipient) triplet was first seen, as a
// greylisting server does: the first try is deferred, a retry after the delay passes.
class Greylist
{
public:
    // Returns 0 when the triplet may pass now, else the seconds still to wait (at least 1).
    // The first call for a triplet records it and always defers.
    [[nodiscard]] int check(const QString &client, const QString &sender, const QString &recipient,
                            int delaySeconds);
    void clear() { m_firstSeen.clear(); }

private:
    QHash<QString, QDateTime> m_firstSeen;
};

} // namespace Sendcheck
