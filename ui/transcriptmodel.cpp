// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptmodel.h"

#include "palettecolors.h"
#include "svgicon.h"
#include "transcript/transcript.h"

#include <QFont>
#include <QFontDatabase>

namespace Sendcheck {

namespace {
// 25 flushes a second is smooth to the eye and leaves the event loop free in between.
constexpr int FlushIntervalMs = 40;
} // namespace

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
    setPalette(QPalette());
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
}

QString TranscriptModel::directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return tr("Client");
    case Direction::Server:
        return tr("Server");
    case Direction::Info:
        return tr("Info");
    case Direction::Tls:
        return tr("TLS");
    case Direction::Error:
        return tr("Error");
    }
    return {};
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return filtering() ? int(m_visible.size()) : int(m_entries.size());
}

const TranscriptEntry &TranscriptModel::entryAt(int row) const
{
    return filtering() ? m_entries.at(m_visible.at(row)) : m_entries.at(row);
}

QString TranscriptModel::lineText(const TranscriptEntry &entry)
{
    return Transcript::formatEntry(entry);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TranscriptEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Relative time, the direction marker, then the text with control characters made
        // visible. The lock marks are the decoration.
        return QStringLiteral("%1  %2  %3")
            .arg(QStringLiteral("+%1 ms").arg(entry.elapsedMs).rightJustified(10),
                 directionMarker(entry.direction), visibleText(entry.text));
    case Qt::DecorationRole:
        if (entry.insideTls)
            return m_lockClosed;
        if (m_sessionUsesTls
            && (entry.direction == Direction::Client || entry.direction == Direction::Server))
            return m_lockOpen;
        return m_blank;
    case Qt::ToolTipRole:
        if (!entry.insideTls && m_sessionUsesTls
            && (entry.direction == Direction::Client || entry.direction == Direction::Server))
            return tr(
                "Sent before TLS: anyone on the network path could read or change this line.");
        if (entry.insideTls)
            return tr("Sent inside TLS (encrypted).");
        return {};
    case Qt::ForegroundRole:
        return PaletteColors::forDirection(m_palette, entry.direction);
    case Qt::FontRole:
        return entry.direction == Direction::Error ? m_boldFont : m_font;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 %2").arg(directionLabel(entry.direction),
                                           visibleText(entry.text));
    case DirectionRole:
        return int(entry.direction);
    case TextRole:
        return entry.text;
    case InsideTlsRole:
        return entry.insideTls;
    default:
        return {};
    }
}

void TranscriptModel::append(const TranscriptEntry &entry)
{
    m_pending.append(entry);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::appendBatch(const QList<TranscriptEntry> &entries)
{
    m_pending.append(entries);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int firstIndex = int(m_entries.size());
    if (!filtering()) {
        beginInsertRows(QModelIndex(), firstIndex, firstIndex + int(m_pending.size()) - 1);
        m_entries.append(m_pending);
        endInsertRows();
    } else {
        QList<int> shown;
        for (int i = 0; i < m_pending.size(); ++i) {
            if (matches(m_pending.at(i)))
                shown.append(firstIndex + i);
        }
        m_entries.append(m_pending);
        if (!shown.isEmpty()) {
            const int first = int(m_visible.size());
            beginInsertRows(QModelIndex(), first, first + int(shown.size()) - 1);
            m_visible.append(shown);
            endInsertRows();
        }
    }
    const int inserted = int(m_pending.size());
    m_pending.clear();
    Q_EMIT flushed(inserted);
}

void TranscriptModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    m_visible.clear();
    m_sessionUsesTls = false;
    endResetModel();
}

bool TranscriptModel::filtering() const
{
    return !m_filterText.isEmpty() || m_directions != allDirections();
}

bool TranscriptModel::matches(const TranscriptEntry &entry) const
{
    if (!(m_directions & (1 << int(entry.direction))))
        return false;
    return m_filterText.isEmpty() || entry.text.contains(m_filterText, Qt::CaseInsensitive);
}

void TranscriptModel::setFilter(const QString &text, int directions)
{
    flush();
    beginResetModel();
    m_filterText = text;
    m_directions = directions;
    m_visible.clear();
    if (filtering()) {
        for (int i = 0; i < m_entries.size(); ++i) {
            if (matches(m_entries.at(i)))
                m_visible.append(i);
        }
    }
    endResetModel();
}

void TranscriptModel::setSessionUsesTls(bool uses)
{
    if (m_sessionUsesTls == uses)
        return;
    m_sessionUsesTls = uses;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

void TranscriptModel::setFontScale(double scale)
{
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setPointSizeF(m_font.pointSizeF() * scale);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    beginResetModel();
    endResetModel();
}

void TranscriptModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_lockClosed = SvgIcon::tintedIcon(SvgIcon::Name::LockClosed,
                                       PaletteColors::accent(palette, PaletteColors::Green));
    m_lockOpen = SvgIcon::tintedIcon(SvgIcon::Name::LockOpen,
                                     PaletteColors::accent(palette, PaletteColors::Amber));
    m_blank = SvgIcon::blank();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::ForegroundRole, Qt::DecorationRole});
}

} // namespace Sendcheck
