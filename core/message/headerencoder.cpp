// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerencoder.h"

namespace Sendcheck {

namespace {

constexpr QByteArrayView EncodedWordPrefix("=?UTF-8?B?");
constexpr QByteArrayView EncodedWordSuffix("?=");
// Longest plain token (and quoted phrase) left unencoded, so it can sit on a folded line.
constexpr int MaxPlainToken = 70;

bool isAtext(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c < 0x80 && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(c));
}

bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7f;
}

bool hasLongToken(const QString &text, int limit)
{
    int run = 0;
    for (const QChar c : text) {
        run = c == u' ' ? 0 : run + 1;
        if (run > limit)
            return true;
    }
    return false;
}

bool needsEncodedWords(const QString &text)
{
    for (const QChar c : text) {
        if (!isPrintableAscii(c.unicode()))
            return true;
    }
    // Text that looks like an encoded word would be decoded by the reader.
    return text.contains(QLatin1String("=?")) || hasLongToken(text, MaxPlainToken);
}

bool isAttrChar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$&+-.^_`|~").contains(char(c));
}

} // namespace

QByteArray HeaderEncoder::encodedWords(const QString &text)
{
    const int room
        = MaxEncodedWordLength - int(EncodedWordPrefix.size() + EncodedWordSuffix.size());
    const int maxBytes = room / 4 * 3;

    QByteArray out;
    QByteArray word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (!out.isEmpty())
            out.append(' ');
        out.append(EncodedWordPrefix).append(word.toBase64()).append(EncodedWordSuffix);
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // One code point at a time, so no word ends in the middle of a character.
        qsizetype n = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            n = 2;
        const QByteArray utf8 = QStringView(text).sliced(i, n).toUtf8();
        if (word.size() + utf8.size() > maxBytes)
            flush();
        word.append(utf8);
        i += n - 1;
    }
    flush();
    return out;
}

QByteArray HeaderEncoder::encodeUnstructured(const QString &text)
{
    if (needsEncodedWords(text))
        return encodedWords(text);
    return text.toLatin1();
}

QByteArray HeaderEncoder::encodePhrase(const QString &text)
{
    if (text.isEmpty())
        return QByteArray();
    if (needsEncodedWords(text) || text.size() > MaxPlainToken)
        return encodedWords(text);

    bool atoms
        = !text.startsWith(u' ') && !text.endsWith(u' ') && !text.contains(QLatin1String("  "));
    for (const QChar c : text) {
        if (c != u' ' && !isAtext(c.unicode()))
            atoms = false;
    }
    if (atoms)
        return text.toLatin1();

    QByteArray quoted("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted.append('\\');
        quoted.append(char(c.unicode()));
    }
    quoted.append('"');
    return quoted;
}

QByteArray HeaderEncoder::fold(QByteArrayView name, QByteArrayView value)
{
    QByteArray line(name.toByteArray());
    line.append(':');
    if (!value.isEmpty())
        line.append(' ').append(value);

    // Fold points: spaces outside quoted strings, after the "Name: " part.
    QList<qsizetype> breaks;
    qsizetype lastText = 0;
    bool inQuote = false;
    for (qsizetype i = name.size() + 2; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inQuote && c == '\\') {
            ++i;
        } else if (c == '"') {
            inQuote = !inQuote;
        } else if (c == ' ' && !inQuote) {
            breaks.append(i);
        } else if (c != ' ') {
            lastText = i;
        }
    }

    // A continuation line must carry text, so no fold after the last word.
    while (!breaks.isEmpty() && breaks.constLast() > lastText)
        breaks.removeLast();

    auto hasText = [&line](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (line.at(i) != ' ')
                return true;
        }
        return false;
    };

    QByteArray out;
    qsizetype start = 0;
    qsizetype next = 0; // index into breaks
    while (line.size() - start > FoldColumn) {
        qsizetype best = -1;
        while (next < breaks.size() && breaks.at(next) - start <= FoldColumn) {
            if (breaks.at(next) > start && hasText(start, breaks.at(next)))
                best = breaks.at(next);
            ++next;
        }
        if (best < 0) {
            // A word longer than the line: break right after it, if anywhere.
            while (next < breaks.size() && !hasText(start, breaks.at(next)))
                ++next;
            if (next >= breaks.size())
                break;
            best = breaks.at(next++);
        }
        out.append(QByteArrayView(line).sliced(start, best - start)).append("\r\n");
        start = best;
        while (next < breaks.size() && breaks.at(next) <= start)
            ++next;
    }
    out.append(QByteArrayView(line).sliced(start)).append("\r\n");
    return out;
}

QByteArray HeaderEncoder::asciiFallback(const QString &fileName)
{
    const QString decomposed = fileName.normalized(QString::NormalizationForm_KD);
    QByteArray out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isLowSurrogate())
            continue;
        const char16_t u = c.unicode();
        if (isPrintableAscii(u) && u != '"' && u != '\\')
            out.append(char(u));
        else
            out.append('_');
    }
    // Keep the extension when shortening: it decides which program opens the file.
    constexpr qsizetype MaxFallback = 60;
    if (out.size() > MaxFallback) {
        const qsizetype dot = out.lastIndexOf('.');
        const QByteArray extension
            = dot >= 0 && out.size() - dot <= 10 ? out.mid(dot) : QByteArray();
        out = out.left(MaxFallback - extension.size()) + extension;
    }
    if (out.trimmed().isEmpty())
        out = "attachment";
    return out;
}

QList<QByteArray> HeaderEncoder::fileNameParameters(const QString &fileName,
                                                    QByteArrayView attribute)
{
    const QByteArray fallback = asciiFallback(fileName);
    const QByteArray plain = attribute.toByteArray() + "=\"" + fallback + '"';
    if (QString::fromLatin1(fallback) == fileName)
        return {plain};
    // The exact name first: some readers (Python's email package) take the first match.
    QList<QByteArray> params;

    QByteArray encoded;
    for (const char ch : fileName.toUtf8()) {
        const uchar c = uchar(ch);
        if (isAttrChar(c))
            encoded.append(char(c));
        else
            encoded.append('%').append(QByteArray::number(c, 16).rightJustified(2, '0').toUpper());
    }
    encoded.prepend("UTF-8''");

    constexpr qsizetype MaxSegment = 60;
    if (encoded.size() <= MaxSegment) {
        params.append(attribute.toByteArray() + "*=" + encoded);
        params.append(plain);
        return params;
    }
    qsizetype pos = 0;
    for (int index = 0; pos < encoded.size(); ++index) {
        qsizetype len = qMin(MaxSegment, encoded.size() - pos);
        // Never split a %XX triplet between two segments.
        if (pos + len < encoded.size()) {
            if (encoded.at(pos + len - 1) == '%')
                len -= 1;
            else if (encoded.at(pos + len - 2) == '%')
                len -= 2;
        }
        params.append(attribute.toByteArray() + '*' + QByteArray::number(index)
                      + "*=" + encoded.mid(pos, len));
        pos += len;
    }
    params.append(plain);
    return params;
}

bool HeaderEncoder::hasLineBreakOrNul(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(u'\0'));
}

} // namespace Sendcheck
