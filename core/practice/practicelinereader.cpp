// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicelinereader.h"

#include <QIODevice>

namespace Sendcheck {

PracticeLineReader::PracticeLineReader(qsizetype capacity) : m_capacity(capacity) { }

void PracticeLineReader::fill(QIODevice *device)
{
    const qsizetype room = m_capacity - pending();
    if (room > 0 && device->bytesAvailable() > 0)
        m_buffer += device->read(room);
}

PracticeLineReader::Chunk PracticeLineReader::next(qsizetype maxLength)
{
    const qsizetype end = m_buffer.indexOf('\n', m_position);
    if (end < 0) {
        if (pending() <= maxLength)
            return {};
        // Nothing of it is kept: count it and go on reading up to its end.
        Chunk overflow {Chunk::Kind::Overflow, QByteArray(), pending()};
        m_position = m_buffer.size();
        return overflow;
    }
    Chunk line {Chunk::Kind::Line, m_buffer.mid(m_position, end + 1 - m_position), 0};
    line.size = line.bytes.size();
    m_position = end + 1;
    return line;
}

PracticeLineReader::CommandLine PracticeLineReader::nextCommand(qsizetype maxLength)
{
    for (;;) {
        const Chunk chunk = next(maxLength);
        switch (chunk.kind) {
        case Chunk::Kind::None:
            return {};
        case Chunk::Kind::Overflow:
            if (m_skippingLongLine)
                return {};
            m_skippingLongLine = true;
            return {CommandLine::Kind::TooLongSoFar, QByteArray(), chunk.size};
        case Chunk::Kind::Line:
            break;
        }
        if (m_skippingLongLine) {
            // The end of a line already answered as too long.
            m_skippingLongLine = false;
            continue;
        }
        QByteArray line = chunk.bytes;
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > maxLength)
            return {CommandLine::Kind::TooLong, QByteArray(), line.size()};
        return {CommandLine::Kind::Line, line, line.size()};
    }
}

void PracticeLineReader::compact()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
}

qsizetype PracticeLineReader::discard()
{
    const qsizetype unread = pending();
    m_buffer.clear();
    m_position = 0;
    return unread;
}

} // namespace Sendcheck
