// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapresponse.h"

namespace Sendcheck {

namespace {

QByteArray afterFirstWord(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? QByteArray() : line.mid(space + 1);
}

} // namespace

QByteArray ImapResponse::secondWord() const
{
    const QByteArray rest = afterFirstWord(line);
    const qsizetype space = rest.indexOf(' ');
    return (space < 0 ? rest : rest.left(space)).toUpper();
}

QByteArray ImapResponse::code() const
{
    const QByteArray rest = afterFirstWord(line);
    if (!rest.startsWith('['))
        return {};
    const qsizetype close = rest.indexOf(']');
    return close < 0 ? rest.mid(1) : rest.mid(1, close - 1);
}

QByteArray ImapResponse::text() const
{
    if (kind == Kind::Continuation)
        return line;
    QByteArray rest = afterFirstWord(line);
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        rest = close < 0 ? QByteArray() : rest.mid(close + 1).trimmed();
    }
    return rest;
}

} // namespace Sendcheck
