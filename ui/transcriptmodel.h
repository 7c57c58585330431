// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcript/transcriptentry.h"

#include <QAbstractListModel>
#include <QFont>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QTimer>

namespace Sendcheck {

// The live transcript for a QListView. Entries arriving from the engine are buffered and
// inserted in batches (one beginInsertRows per flush), so a session that produces thousands of
// lines a second never makes the view lay itself out once per line. Filtering is done here
// with an index list instead of a proxy model, which keeps appends O(batch).
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1, // int(Direction)
        TextRole, // the raw entry text (already redacted by the engine)
        InsideTlsRole,
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    // Queues an entry; it is shown at the next flush (within a few milliseconds).
    void append(const TranscriptEntry &entry);
    void appendBatch(const QList<TranscriptEntry> &entries);
    // Inserts everything queued now.
    void flush();
    void clear();

    // Only entries whose text contains `text` (case-insensitive) and whose direction is in
    // `directions` (a bit per Direction) are shown.
    void setFilter(const QString &text, int directions);
    [[nodiscard]] static int allDirections() { return 0x1f; }

    [[nodiscard]] int totalCount() const { return int(m_entries.size()); }
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] const TranscriptEntry &entryAt(int row) const;
    [[nodiscard]] const QList<TranscriptEntry> &entries() const { return m_entries; }
    // A session with TLS: lines sent before the handshake are marked as unencrypted.
    void setSessionUsesTls(bool uses);

    void setPalette(const QPalette &palette);
    // Trainer mode's larger font for projectors.
    void setFontScale(double scale);
    // The text of one line as it is shown and copied.
    [[nodiscard]] static QString lineText(const TranscriptEntry &entry);
    // "Client", "Server", ... for screen readers and the filter menu.
    [[nodiscard]] static QString directionLabel(Direction direction);

Q_SIGNALS:
    void flushed(int inserted);

private:
    [[nodiscard]] bool matches(const TranscriptEntry &entry) const;
    [[nodiscard]] bool filtering() const;

    QList<TranscriptEntry> m_entries;
    QList<TranscriptEntry> m_pending;
    QList<int> m_visible; // rows of m_entries shown while filtering
    QString m_filterText;
    int m_directions = 0x1f;
    bool m_sessionUsesTls = false;
    QTimer m_flushTimer;
    QPalette m_palette;
    QIcon m_lockClosed;
    QIcon m_lockOpen;
    QIcon m_blank;
    QFont m_font;
    QFont m_boldFont;
};

} // namespace Sendcheck
