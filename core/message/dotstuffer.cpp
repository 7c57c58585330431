// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotstuffer.h"

#include <cstring>

namespace Sendcheck {

QByteArray DotStuffer::feed(QByteArrayView chunk)
{
    // Worst case: every byte a bare LF or a leading dot, so each becomes two, plus the CRLF of
    // a CR held back from the last chunk. Sized once and written through a pointer. The text
    // between line ends is found with memchr and copied whole: a byte-at-a-time loop was a
    // third of the CPU of sending a 50 MB message file.
    QByteArray out(chunk.size() * 2 + 2, Qt::Uninitialized);
    char *const begin = out.data();
    char *cursor = begin;
    if (!chunk.isEmpty())
        m_anyContent = true;
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    bool atLineStart = m_atLineStart;
    if (m_pendingCr && p < end) {
        // A CR at the end of the last chunk: a line end, CRLF or bare CR alike.
        m_pendingCr = false;
        *cursor++ = '\r';
        *cursor++ = '\n';
        atLineStart = true;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = lf ? lf : end;
        if (const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(lineEnd - p))))
            lineEnd = cr;
        if (lineEnd > p) {
            if (atLineStart && *p == '.')
                *cursor++ = '.';
            std::memcpy(cursor, p, size_t(lineEnd - p));
            cursor += lineEnd - p;
            atLineStart = false;
            p = lineEnd;
        }
        if (p == end)
            break;
        if (*p == '\r') {
            if (p + 1 == end) { // held back: the next chunk shows whether an LF follows
                m_pendingCr = true;
                ++p;
                break;
            }
            if (p[1] == '\n')
                ++p;
        }
        ++p;
        *cursor++ = '\r';
        *cursor++ = '\n';
        atLineStart = true;
    }
    m_atLineStart = atLineStart;
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
