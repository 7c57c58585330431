// SPDX-License-Identifier: GPL-3.0-or-later
#include "imapresponseparser.h"

#include "smtp/smtpstream.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

// Texts are looked up as ImapSessionText::tr("...") so that lupdate sees each one with its context.
struct ImapSessionText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ImapSession)
};

// The literal announced at the end of a line ("... {123}" or "{123+}"), or -1; -2 if the braces
// hold something that is not a number.
qint64 trailingLiteral(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 12)
        return -2;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return -2;
    return digits.toLongLong();
}

} // namespace

void ImapResponseParser::setLimits(qsizetype maxLineLength, qsizetype maxLiteralSize,
                                   int maxLiterals)
{
    m_maxLineLength = maxLineLength;
    m_maxLiteralSize = maxLiteralSize;
    m_maxLiterals = maxLiterals;
}

void ImapResponseParser::reset()
{
    m_inResponse = false;
    m_current = ImapResponse();
    m_literalLeft = -1;
    m_literal.clear();
    m_error.clear();
}

bool ImapResponseParser::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ImapResponseParser::read(SmtpStream &stream, QList<ImapResponse> &out)
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        if (m_literalLeft >= 0) {
            // readLine(n + 1) takes at most n bytes, fewer at a line break: repeat.
            while (m_literalLeft > 0 && stream.bytesAvailable() > 0) {
                const QByteArray part = stream.readLine(std::min<qint64>(m_literalLeft, 65536) + 1);
                if (part.isEmpty())
                    break;
                m_literal += part;
                m_literalLeft -= part.size();
            }
            if (m_literalLeft > 0)
                return true;
            m_current.literals.append(m_literal);
            m_literal.clear();
            m_literalLeft = -1;
        }
        if (!stream.canReadLine()) {
            if (stream.bytesAvailable() > m_maxLineLength)
                return fail(ImapSessionText::tr(
                                "The server sent a line longer than %1 bytes; reading stopped.")
                                .arg(m_maxLineLength));
            return true;
        }
        const QByteArray line = stream.readLine(m_maxLineLength + 2);
        if (!line.endsWith('\n'))
            return fail(
                ImapSessionText::tr("The server sent a line longer than %1 bytes; reading stopped.")
                    .arg(m_maxLineLength));
        if (!takeLine(line, out))
            return false;
    }
}

bool ImapResponseParser::takeLine(const QByteArray &rawLine, QList<ImapResponse> &out)
{
    QByteArray line = rawLine;
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    if (m_inResponse) {
        m_current.line += line;
    } else {
        m_current = ImapResponse();
        if (line.startsWith("+")) {
            m_current.kind = ImapResponse::Kind::Continuation;
            m_current.line = line.mid(line.startsWith("+ ") ? 2 : 1);
            out.append(m_current);
            m_current = ImapResponse();
            return true;
        }
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            return fail(ImapSessionText::tr("The server sent a line that is no IMAP response: %1")
                            .arg(QString::fromUtf8(line.left(200))));
        const QByteArray tag = line.left(space);
        if (tag == "*") {
            m_current.kind = ImapResponse::Kind::Untagged;
        } else {
            m_current.kind = ImapResponse::Kind::Tagged;
            m_current.tag = tag;
        }
        m_current.line = line.mid(space + 1);
        const qsizetype end = m_current.line.indexOf(' ');
        m_current.status = (end < 0 ? m_current.line : m_current.line.left(end)).toUpper();
    }
    if (m_current.line.size() > m_maxLineLength)
        return fail(
            ImapSessionText::tr("The server sent a response longer than %1 bytes; reading stopped.")
                .arg(m_maxLineLength));
    const qint64 literal = trailingLiteral(line);
    if (literal == -2)
        return fail(ImapSessionText::tr("The server announced a literal with no valid size."));
    if (literal >= 0) {
        if (literal > m_maxLiteralSize)
            return fail(
                ImapSessionText::tr("The server announced a literal of %1 bytes, more than the %2 "
                                    "allowed; reading stopped.")
                    .arg(literal)
                    .arg(m_maxLiteralSize));
        if (m_current.literals.size() >= m_maxLiterals)
            return fail(ImapSessionText::tr(
                            "The server sent more than %1 literals in one response; reading "
                            "stopped.")
                            .arg(m_maxLiterals));
        m_inResponse = true;
        m_literalLeft = literal;
        m_literal.clear();
        return true;
    }
    finish(out);
    return true;
}

void ImapResponseParser::finish(QList<ImapResponse> &out)
{
    out.append(m_current);
    m_current = ImapResponse();
    m_inResponse = false;
}

} // namespace Sendcheck
