// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Sendcheck {

// The message a client sends after DATA, line by line as PracticeLineReader hands it out:
// dot-unstuffing (RFC 5321 4.5.2), the end at CRLF.CRLF only (a dot after a bare LF is the
// "SMTP smuggling" trick and is kept as data), and the size and line-length limits. Past a
// limit the bytes are only counted; the verdict comes after the final dot.
class PracticeDataReader
{
public:
    // Forgets the previous message; the next line is the first of a new one.
    void start();
    // One line with its LF. Returns true when it is the final dot, which ends the message.
    bool addLine(const QByteArray &line, qsizetype maxTextLine, qint64 maxMessageSize);
    // `size` bytes of a line too long to keep (PracticeLineReader::Chunk::Overflow).
    void addOverflow(qsizetype size);

    // Bytes of message data so far, after dot-unstuffing.
    [[nodiscard]] qint64 size() const { return m_size; }
    // Over maxMessageSize: the data is dropped and no longer kept.
    [[nodiscard]] bool tooBig() const { return m_tooBig; }
    // A line was longer than maxTextLine: nothing from there on is kept.
    [[nodiscard]] bool lineTooLong() const { return m_lineTooLong; }
    // The message, dot-unstuffed, with its line ends as sent (without the final dot).
    [[nodiscard]] const QByteArray &data() const { return m_data; }
    // Frees the message.
    void clear();

private:
    QByteArray m_data;
    qint64 m_size = 0;
    bool m_tooBig = false;
    bool m_lineTooLong = false;
    bool m_inLongLine = false;
    bool m_previousLineEndedCrLf = true;
};

} // namespace Sendcheck
