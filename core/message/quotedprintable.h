// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Sendcheck {

// Quoted-printable (RFC 2045 6.7) for text bodies: 7-bit output, lines of at most 76
// characters, any line break of the input (CRLF, CR or LF) written as CRLF.
class QuotedPrintable
{
public:
    static constexpr int MaxLineLength = 76;

    [[nodiscard]] static QByteArray encode(QByteArrayView text);
};

} // namespace Sendcheck
