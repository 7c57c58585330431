// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcriptentry.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace Sendcheck {

// What was said in a session, in order, with timestamps. The engine records here; views
// listen to entryAdded() and show lines as they come.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // Restarts the clock and forgets all entries.
    void restart();
    void append(Direction direction, const QString &text, bool insideTls = false);

    [[nodiscard]] const QList<TranscriptEntry> &entries() const { return m_entries; }
    [[nodiscard]] qint64 elapsedMs() const;
    // Plain text, one entry per line: "+  12 ms C  EHLO host" (a lock mark inside TLS).
    [[nodiscard]] QString toText() const;
    [[nodiscard]] static QString formatEntry(const TranscriptEntry &entry);

    // Stop keeping entries in memory (signals still fire): for bursts of thousands of
    // messages, where nobody reads the whole transcript afterwards.
    void setKeepEntries(bool keep) { m_keepEntries = keep; }

Q_SIGNALS:
    void entryAdded(const Sendcheck::TranscriptEntry &entry);

private:
    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
    bool m_keepEntries = true;
};

} // namespace Sendcheck
