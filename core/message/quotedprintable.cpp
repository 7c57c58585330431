// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedprintable.h"

namespace Sendcheck {

namespace {

void encodeLine(QByteArrayView line, QByteArray &out)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        const bool last = i == line.size() - 1;
        char token[3];
        qsizetype tokenLength = 1;
        // Whitespace at the end of a line would be stripped in transit, so it is encoded there.
        const bool literal
            = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        if (literal) {
            token[0] = char(c);
        } else {
            token[0] = '=';
            token[1] = Hex[c >> 4];
            token[2] = Hex[c & 0xf];
            tokenLength = 3;
        }
        // Room for the '=' of a soft line break, except for the line's final token.
        const qsizetype limit
            = last ? QuotedPrintable::MaxLineLength : QuotedPrintable::MaxLineLength - 1;
        if (lineLength + tokenLength > limit) {
            out.append("=\r\n", 3);
            lineLength = 0;
        }
        out.append(token, tokenLength);
        lineLength += tokenLength;
    }
}

} // namespace

QByteArray QuotedPrintable::encode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8 + 16);
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c != '\r' && c != '\n') {
            ++i;
            continue;
        }
        encodeLine(text.sliced(start, i - start), out);
        out.append("\r\n", 2);
        i += (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') ? 2 : 1;
        start = i;
    }
    encodeLine(text.sliced(start), out);
    return out;
}

} // namespace Sendcheck
