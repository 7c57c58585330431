// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sendcheck {

class SmtpStream;

// Reads IMAP responses from a stream: whole lines only, literals {n} (and {n+}) read as exactly
// n bytes. Everything has a cap: a line longer than maxLineLength, a literal larger than
// maxLiteralSize, more literals in one response than maxLiterals: the parser stops for good
// and error() says which, instead of growing without bound on a hostile peer's word.
class ImapResponseParser
{
public:
    static constexpr qsizetype defaultMaxLineLength = 64 * 1024;
    static constexpr qsizetype defaultMaxLiteralSize = 8 * 1024 * 1024;
    static constexpr int defaultMaxLiterals = 64;

    void setLimits(qsizetype maxLineLength, qsizetype maxLiteralSize, int maxLiterals);

    // Reads what is available; appends each complete response. False once a limit was broken
    // or the syntax cannot be read (error() says why; nothing more is read after that).
    bool read(SmtpStream &stream, QList<ImapResponse> &out);
    // Forgets a half-read response and any error (after STARTTLS: nothing before counts).
    void reset();

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool hasPartial() const { return m_inResponse; }

private:
    bool takeLine(const QByteArray &rawLine, QList<ImapResponse> &out);
    void finish(QList<ImapResponse> &out);
    bool fail(const QString &error);

    qsizetype m_maxLineLength = defaultMaxLineLength;
    qsizetype m_maxLiteralSize = defaultMaxLiteralSize;
    int m_maxLiterals = defaultMaxLiterals;

    bool m_inResponse = false; // a response was begun and continues after a literal
    ImapResponse m_current;
    qint64 m_literalLeft = -1; // bytes of the current literal still to come, or -1
    QByteArray m_literal;
    QString m_error;
};

} // namespace Sendcheck
