// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Sendcheck {

// Turns header text into 7-bit header bytes: RFC 2047 encoded words for non-ASCII text,
// quoted strings for phrases with specials, RFC 2231 file name parameters, and folding.
// Nothing produced here can contain CR, LF or NUL except the CRLFs fold() puts in itself.
class HeaderEncoder
{
public:
    // Soft limit of RFC 5322 2.1.1; the hard one is 998.
    static constexpr int FoldColumn = 78;
    // Short enough that one word fits after "Subject: " on the first line.
    static constexpr int MaxEncodedWordLength = 60;

    // The text as "=?UTF-8?B?...?=" words separated by single spaces, each word a whole
    // number of characters and at most MaxEncodedWordLength long.
    [[nodiscard]] static QByteArray encodedWords(const QString &text);
    // Unstructured text (Subject): as is when it is plain printable ASCII that can be folded,
    // otherwise encoded words.
    [[nodiscard]] static QByteArray encodeUnstructured(const QString &text);
    // A display name: atoms as they are, a quoted string when it has specials, encoded words
    // when it is not ASCII (or too long to fold).
    [[nodiscard]] static QByteArray encodePhrase(const QString &text);
    // "Name: value" with a CRLF after every line, folded at whitespace outside quoted strings
    // so no line passes FoldColumn unless a single word is longer.
    [[nodiscard]] static QByteArray fold(QByteArrayView name, QByteArrayView value);
    // Parameters naming a file: attribute="name" when the name is plain short ASCII; otherwise
    // attribute*=UTF-8''... (RFC 2231, continued as attribute*0*, *1*... if long) followed by
    // attribute="ascii fallback" for readers without RFC 2231.
    [[nodiscard]] static QList<QByteArray> fileNameParameters(const QString &fileName,
                                                              QByteArrayView attribute);
    // A printable ASCII stand-in for a file name: accents dropped, other characters '_'.
    [[nodiscard]] static QByteArray asciiFallback(const QString &fileName);
    // True when the text has a character that may not appear raw in a header value.
    [[nodiscard]] static bool hasLineBreakOrNul(const QString &text);
};

} // namespace Sendcheck
