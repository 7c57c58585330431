// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemessagesource.h"

namespace Sendcheck {

FileMessageSource::FileMessageSource(const QString &path, qint64 size, qint64 wireSize)
    : m_file(path), m_remaining(size), m_wireSize(wireSize)
{ }

QByteArray FileMessageSource::read(qsizetype maxBytes)
{
    if (!m_error.isEmpty() || m_remaining <= 0 || maxBytes <= 0)
        return QByteArray();
    if (!m_opened) {
        // Opened at the first read, not when the transaction is set up: a burst's next
        // message is created behind the previous dot, and only one file is open at a time.
        m_opened = true;
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_error = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
            return QByteArray();
        }
    }
    QByteArray chunk(qsizetype(std::min<qint64>(maxBytes, m_remaining)), Qt::Uninitialized);
    const qint64 got = m_file.read(chunk.data(), chunk.size());
    if (got < 0) {
        m_error = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        return QByteArray();
    }
    if (got == 0) {
        m_error = tr("%1 became shorter while it was being sent.").arg(m_file.fileName());
        return QByteArray();
    }
    chunk.truncate(qsizetype(got));
    m_remaining -= got;
    if (m_remaining == 0)
        m_file.close();
    return chunk;
}

bool FileMessageSource::atEnd() const
{
    return m_remaining <= 0 && m_error.isEmpty();
}

} // namespace Sendcheck
