// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Just enough MIME reading to check what MimeWriter wrote. Deliberately independent of the
// encoder code in core/message, so a shared mistake cannot hide.

#include "message/messagesource.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace MimeCheck {

struct Header
{
    QByteArray name;
    QByteArray value; // unfolded
};

struct Entity
{
    QList<Header> headers;
    QByteArray body;
    QList<Entity> parts; // for multipart/*
    QByteArray preamble;

    [[nodiscard]] QList<QByteArray> headerNames() const
    {
        QList<QByteArray> names;
        for (const Header &header : headers)
            names.append(header.name);
        return names;
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const Header &header : headers) {
            if (header.name.compare(name, Qt::CaseInsensitive) == 0)
                return header.value;
        }
        return QByteArray();
    }
};

inline QByteArray readAll(Sendcheck::MessageSource &source, qsizetype chunk = 4096)
{
    QByteArray all;
    while (!source.atEnd()) {
        const QByteArray piece = source.read(chunk);
        if (piece.isEmpty())
            break;
        all += piece;
    }
    return all;
}

// A parameter of a structured header value, with RFC 2231 continuations and percent-decoding.
inline QString parameter(const QByteArray &value, const QByteArray &name)
{
    QMap<int, QByteArray> segments;
    QByteArray extended;
    QByteArray plain;
    const QList<QByteArray> items = value.split(';');
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QByteArray item = items.at(i).trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = item.left(eq).toLower();
        QByteArray val = item.mid(eq + 1);
        if (val.startsWith('"') && val.endsWith('"'))
            val = val.mid(1, val.size() - 2).replace("\\\"", "\"").replace("\\\\", "\\");
        if (key == name)
            plain = val;
        else if (key == name + '*')
            extended = val;
        else if (key.startsWith(name + '*') && key.endsWith('*'))
            segments.insert(key.mid(name.size() + 1, key.size() - name.size() - 2).toInt(), val);
    }
    if (!segments.isEmpty()) {
        for (const QByteArray &segment : std::as_const(segments))
            extended += segment;
    }
    if (!extended.isEmpty()) {
        const qsizetype quote = extended.indexOf("''");
        if (extended.left(quote).toUpper() != "UTF-8")
            return QStringLiteral("<unexpected charset>");
        return QString::fromUtf8(QByteArray::fromPercentEncoding(extended.mid(quote + 2)));
    }
    return QString::fromLatin1(plain);
}

inline QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out.append(c);
        } else if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
        } else {
            out.append(char(encoded.mid(i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        }
    }
    return out;
}

// RFC 2047: encoded words decoded, whitespace between two adjacent encoded words dropped.
inline QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromUtf8(value);
    QString out;
    qsizetype pos = 0;
    bool lastWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString between = text.mid(pos, match.capturedStart() - pos);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray data = match.captured(3).toLatin1();
        QByteArray decoded;
        if (match.captured(2).toUpper() == u"B")
            decoded = QByteArray::fromBase64(data);
        else
            decoded = decodeQuotedPrintable(QByteArray(data).replace('_', ' '));
        out += QString::fromUtf8(decoded);
        pos = match.capturedEnd();
        lastWasWord = true;
    }
    out += text.mid(pos);
    return out;
}

inline Entity parseEntity(const QByteArray &raw)
{
    Entity entity;
    qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    QByteArray headerBlock;
    if (raw.startsWith("\r\n")) {
        entity.body = raw.mid(2);
    } else if (headerEnd < 0) {
        headerBlock = raw;
    } else {
        headerBlock = raw.left(headerEnd);
        entity.body = raw.mid(headerEnd + 4);
    }
    if (!headerBlock.isEmpty()) {
        for (const QByteArray &line : headerBlock.split('\n')) {
            const QByteArray clean = line.endsWith('\r') ? line.chopped(1) : line;
            if ((clean.startsWith(' ') || clean.startsWith('\t')) && !entity.headers.isEmpty()) {
                entity.headers.last().value += clean;
            } else {
                const qsizetype colon = clean.indexOf(':');
                entity.headers.append(
                    Header {clean.left(colon), colon < 0 ? QByteArray() : clean.mid(colon + 1)});
            }
        }
        for (Header &header : entity.headers)
            header.value = header.value.trimmed();
    }

    const QByteArray type = entity.header("Content-Type");
    if (type.toLower().startsWith("multipart/")) {
        const QByteArray boundary = parameter(type, "boundary").toLatin1();
        const QByteArray delimiter = "\r\n--" + boundary;
        const QByteArray body = "\r\n" + entity.body;
        qsizetype pos = body.indexOf(delimiter);
        entity.preamble = body.mid(2, pos - 2);
        while (pos >= 0) {
            const qsizetype afterDelimiter = pos + delimiter.size();
            if (body.mid(afterDelimiter, 2) == "--")
                break; // close delimiter
            const qsizetype start = afterDelimiter + 2;
            const qsizetype next = body.indexOf(delimiter, start);
            if (next < 0)
                break;
            entity.parts.append(parseEntity(body.mid(start, next - start)));
            pos = next;
        }
    }
    return entity;
}

// Every line ends with CRLF: no CR without LF, no LF without CR.
inline bool hasBareCrOrLf(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))
            return true;
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

inline qsizetype longestLine(const QByteArray &data)
{
    qsizetype longest = 0;
    for (const QByteArray &line : data.split('\n'))
        longest = qMax(longest, line.endsWith('\r') ? line.size() - 1 : line.size());
    return longest;
}

} // namespace MimeCheck
