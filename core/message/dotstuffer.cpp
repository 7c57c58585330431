// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotstuffer.h"

namespace Sendcheck {

QByteArray DotStuffer::feed(QByteArrayView chunk)
{
    // Worst case: every byte a bare LF or a leading dot, so each becomes two, plus the CRLF of
    // a CR held back from the last chunk. Sized once and written through a pointer: appending
    // byte by byte was a tenth of a burst's CPU.
    QByteArray out(chunk.size() * 2 + 2, Qt::Uninitialized);
    char *const begin = out.data();
    char *cursor = begin;
    if (!chunk.isEmpty())
        m_anyContent = true;
    bool atLineStart = m_atLineStart;
    bool pendingCr = m_pendingCr;
    for (const char c : chunk) {
        if (pendingCr) {
            pendingCr = false;
            *cursor++ = '\r';
            *cursor++ = '\n';
            atLineStart = true;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            pendingCr = true;
        } else if (c == '\n') {
            *cursor++ = '\r';
            *cursor++ = '\n';
            atLineStart = true;
        } else {
            if (atLineStart && c == '.')
                *cursor++ = '.';
            *cursor++ = c;
            atLineStart = false;
        }
    }
    m_atLineStart = atLineStart;
    m_pendingCr = pendingCr;
    out.truncate(cursor - begin);
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
