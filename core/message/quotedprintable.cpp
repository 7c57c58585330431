// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedprintable.h"

namespace Sendcheck {

namespace {

// Output for a line of `length` input bytes can never exceed this: every byte escaped (3
// characters), plus a 3-character soft break for every 73 characters written (a break only
// comes once a line holds more than MaxLineLength - 4 characters).
constexpr qsizetype worstCaseLine(qsizetype length)
{
    const qsizetype escaped = 3 * length;
    return escaped + 3 * (escaped / (QuotedPrintable::MaxLineLength - 3));
}

// Writes the encoded line at `out` and returns the end. The buffer is sized up front so the
// loop is plain stores: appending byte by byte was the bulk of building a message.
char *encodeLine(QByteArrayView line, char *out)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    const uchar *in = reinterpret_cast<const uchar *>(line.data());
    const qsizetype size = line.size();
    char *lineStart = out;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = in[i];
        const bool last = i == size - 1;
        // Whitespace at the end of a line would be stripped in transit, so it is encoded there.
        const bool literal
            = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        const qsizetype tokenLength = literal ? 1 : 3;
        // Room for the '=' of a soft line break, except for the line's final token.
        const qsizetype limit
            = last ? QuotedPrintable::MaxLineLength : QuotedPrintable::MaxLineLength - 1;
        if ((out - lineStart) + tokenLength > limit) {
            *out++ = '=';
            *out++ = '\r';
            *out++ = '\n';
            lineStart = out;
        }
        if (literal) {
            *out++ = char(c);
        } else {
            *out++ = '=';
            *out++ = Hex[c >> 4];
            *out++ = Hex[c & 0xf];
        }
    }
    return out;
}

} // namespace

QByteArray QuotedPrintable::encode(QByteArrayView text)
{
    // A line break costs at most 2 output bytes per input byte, less than any line byte, so
    // the worst case of the whole text taken as one line bounds every split of it.
    QByteArray out(worstCaseLine(text.size()), Qt::Uninitialized);
    char *const begin = out.data();
    char *cursor = begin;
    const char *in = text.data();
    const qsizetype size = text.size();
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < size) {
        const char c = in[i];
        if (c != '\r' && c != '\n') {
            ++i;
            continue;
        }
        cursor = encodeLine(text.sliced(start, i - start), cursor);
        *cursor++ = '\r';
        *cursor++ = '\n';
        i += (c == '\r' && i + 1 < size && in[i + 1] == '\n') ? 2 : 1;
        start = i;
    }
    cursor = encodeLine(text.sliced(start), cursor);
    out.truncate(cursor - begin);
    return out;
}

} // namespace Sendcheck
