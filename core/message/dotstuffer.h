// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sendcheck {

// SMTP DATA framing (RFC 5321 4.5.2), applied while the message streams: line ends become
// CRLF, a leading '.' is doubled, and the data ends with exactly one CRLF.CRLF. The state
// crosses chunk boundaries, so a chunk may end anywhere (even between CR and LF).
class DotStuffer
{
public:
    // The wire bytes for this chunk. A trailing CR is held back until the next chunk (or
    // finish()) shows whether an LF follows.
    [[nodiscard]] QByteArray feed(QByteArrayView chunk);
    // What ends the data: a CRLF if the content did not end with one, then ".\r\n".
    [[nodiscard]] QByteArray finish();
    // Back to the start of a new message.
    void reset();

    // The inverse: the content of DATA as received (terminating ".\r\n" removed, leading
    // dots of lines un-doubled). For tests and the practice server.
    [[nodiscard]] static QByteArray unstuff(QByteArrayView wire);

private:
    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_anyContent = false;
};

} // namespace Sendcheck
