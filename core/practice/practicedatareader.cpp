// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicedatareader.h"

namespace Sendcheck {

void PracticeDataReader::start()
{
    m_data.clear();
    m_size = 0;
    m_tooBig = false;
    m_lineTooLong = false;
    m_inLongLine = false;
    m_previousLineEndedCrLf = true;
}

bool PracticeDataReader::addLine(const QByteArray &line, qsizetype maxTextLine,
                                 qint64 maxMessageSize)
{
    const bool endsCrLf = line.endsWith("\r\n");
    if (m_inLongLine) {
        // The end of a line that overflowed: counted, not kept.
        m_inLongLine = false;
        m_size += line.size();
        m_previousLineEndedCrLf = endsCrLf;
        return false;
    }
    // Only CRLF.CRLF ends the data: a dot after a bare LF is the "SMTP smuggling" trick.
    if (line == ".\r\n" && m_previousLineEndedCrLf)
        return true;
    m_previousLineEndedCrLf = endsCrLf;
    const qsizetype content = line.size() - (endsCrLf ? 2 : 1);
    if (content > maxTextLine)
        m_lineTooLong = true;
    const QByteArray unstuffed = line.startsWith('.') ? line.mid(1) : line;
    m_size += unstuffed.size();
    if (m_size > maxMessageSize) {
        m_tooBig = true;
        m_data.clear();
        m_data.squeeze();
    }
    if (!m_tooBig && !m_lineTooLong)
        m_data += unstuffed;
    return false;
}

void PracticeDataReader::addOverflow(qsizetype size)
{
    m_lineTooLong = true;
    m_inLongLine = true;
    m_size += size;
}

void PracticeDataReader::clear()
{
    m_data = QByteArray();
}

} // namespace Sendcheck
