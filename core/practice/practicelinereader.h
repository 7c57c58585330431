// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QIODevice;

namespace Sendcheck {

// The input side of a practice session: what the client sent, kept in a bounded buffer and
// handed out line by line. At most `capacity` unread bytes are held; the rest waits in the
// socket, where TCP flow control slows the client down. A line that grows past the length the
// caller allows is not kept: its bytes are counted and dropped.
class PracticeLineReader
{
public:
    // One piece of input, as a data reader takes it.
    struct Chunk
    {
        enum class Kind {
            None, // no whole line yet: read more first
            Line, // `bytes` is one line with its LF (and the CR before it, if the client sent one)
            Overflow, // more than the allowed length without an LF: `size` bytes were dropped
        };
        Kind kind = Kind::None;
        QByteArray bytes;
        qsizetype size = 0;
    };

    // One line as a command reader takes it (commands and AUTH answers).
    struct CommandLine
    {
        enum class Kind {
            None, // no whole line yet: read more first
            Line, // `line`, without its CR LF
            TooLong, // a whole line of `size` bytes, longer than allowed; dropped
            TooLongSoFar, // a line that is longer than allowed before its end came; dropped,
                          // and the rest of it up to its LF is skipped without another word
        };
        Kind kind = Kind::None;
        QByteArray line;
        qsizetype size = 0;
    };

    static constexpr qsizetype DefaultCapacity = 1024 * 1024;

    explicit PracticeLineReader(qsizetype capacity = DefaultCapacity);

    // Takes from `device` as much as fits.
    void fill(QIODevice *device);
    // Unread bytes held.
    [[nodiscard]] qsizetype pending() const { return m_buffer.size() - m_position; }
    // No room left: `device` keeps what it has until lines are taken.
    [[nodiscard]] bool isFull() const { return pending() >= m_capacity; }

    // The next line, or the bytes of one longer than `maxLength` (without its line end).
    [[nodiscard]] Chunk next(qsizetype maxLength);
    // The next command line of at most `maxLength` bytes (without CR LF).
    [[nodiscard]] CommandLine nextCommand(qsizetype maxLength);

    // Frees the bytes already taken.
    void compact();
    // Forgets everything unread (what a client pipelined after STARTTLS); returns how many
    // bytes that was.
    qsizetype discard();

private:
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qsizetype m_capacity;
    bool m_skippingLongLine = false;
};

} // namespace Sendcheck
