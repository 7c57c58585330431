// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcriptentry.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

namespace Sendcheck {

// What was said in a session, in order, with timestamps. The engine records here; views
// listen to entryAdded() and show lines as they come. Redaction happens here, when a line is
// recorded: the session names its secrets once it sends them, and no server line (nor an error
// that quotes one) keeps one: a server that echoes a password back included.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // Restarts the clock and forgets all entries.
    void restart();
    void append(Direction direction, const QString &text, bool insideTls = false);

    // A secret of this session (a password or token, or a form it travels in, such as its
    // base64): removed from every Server and Error line appended from now on (other text that
    // quotes the server goes through redact()). restart() keeps them.
    void addSecret(QByteArrayView secret);
    // Overwrites and forgets the secrets: once the session is over.
    void forgetSecrets();
    // `text` (or raw bytes) with every known secret replaced by a marker.
    [[nodiscard]] QString redact(const QString &text) const;
    [[nodiscard]] QByteArray redact(const QByteArray &bytes) const;

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
    QList<QString> m_secrets; // longest first, so a form that contains another goes first
    bool m_keepEntries = true;
};

} // namespace Sendcheck
