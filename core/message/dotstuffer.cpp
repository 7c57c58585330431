// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotstuffer.h"

namespace Sendcheck {

QByteArray DotStuffer::feed(QByteArrayView chunk)
{
    QByteArray out;
    // Worst case: every byte a bare LF or a leading dot, so each becomes two.
    out.reserve(chunk.size() * 2 + 2);
    if (!chunk.isEmpty())
        m_anyContent = true;
    for (const char c : chunk) {
        if (m_pendingCr) {
            m_pendingCr = false;
            out.append("\r\n", 2);
            m_atLineStart = true;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            m_pendingCr = true;
        } else if (c == '\n') {
            out.append("\r\n", 2);
            m_atLineStart = true;
        } else {
            if (m_atLineStart && c == '.')
                out.append('.');
            out.append(c);
            m_atLineStart = false;
        }
    }
    return out;
}

QByteArray DotStuffer::finish()
{
    QByteArray out;
    if (m_pendingCr) {
        out.append("\r\n", 2);
        m_pendingCr = false;
        m_atLineStart = true;
    }
    // An empty message still gets its CRLF, so the terminator is always a full CRLF.CRLF.
    if (!m_atLineStart || !m_anyContent)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    reset();
    return out;
}

void DotStuffer::reset()
{
    m_atLineStart = true;
    m_pendingCr = false;
    m_anyContent = false;
}

QByteArray DotStuffer::unstuff(QByteArrayView wire)
{
    QByteArrayView body = wire;
    if (body == QByteArrayView(".\r\n"))
        return QByteArray();
    if (body.endsWith(QByteArrayView("\r\n.\r\n")))
        body.chop(3);

    QByteArray out;
    out.reserve(body.size());
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf(QByteArrayView("\r\n"), pos);
        end = end < 0 ? body.size() : end + 2;
        QByteArrayView line = body.sliced(pos, end - pos);
        if (line.startsWith('.'))
            line = line.sliced(1);
        out.append(line);
        pos = end;
    }
    return out;
}

} // namespace Sendcheck
