// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include <QCoreApplication>

namespace Sendcheck {

static bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

ReplyParser::Status ReplyParser::fail(const QString &error)
{
    m_error = error;
    m_lines.clear();
    m_code = 0;
    return Status::Error;
}

void ReplyParser::reset()
{
    m_code = 0;
    m_lines.clear();
    m_error.clear();
    m_complete = {};
}

ReplyParser::Status ReplyParser::addLine(QByteArrayView line)
{
    m_error.clear();
    if (const QString problem = formatProblem(line); !problem.isEmpty())
        return fail(problem);
    const bool more = line.size() > 3 && line[3] == '-';
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (!m_lines.isEmpty() && code != m_code) {
        return fail(QCoreApplication::translate("ReplyParser",
                                                "The lines of one reply carry different codes "
                                                "(%1 and %2).")
                        .arg(m_code)
                        .arg(code));
    }
    if (m_lines.size() >= MaxLines) {
        return fail(
            QCoreApplication::translate("ReplyParser", "The reply goes on for more than %1 lines.")
                .arg(MaxLines));
    }
    m_code = code;
    m_lines.append(line.size() > 4 ? QString::fromUtf8(line.sliced(4)) : QString());
    if (more)
        return Status::NeedMore;
    m_complete = assembleReply();
    m_lines.clear();
    m_code = 0;
    return Status::Complete;
}

QString ReplyParser::formatProblem(QByteArrayView line)
{
    if (line.size() > MaxLineLength) {
        return QCoreApplication::translate("ReplyParser",
                                           "The server sent a reply line of %1 bytes; "
                                           "at most %2 are accepted.")
            .arg(line.size())
            .arg(MaxLineLength);
    }
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2])) {
        return QCoreApplication::translate(
            "ReplyParser",
            "The server sent something that is not an SMTP reply (no three-digit "
            "code at the start of the line).");
    }
    if (line[0] < '2' || line[0] > '5') {
        return QCoreApplication::translate("ReplyParser",
                                           "The reply code %1 is not valid: it must start with "
                                           "2, 3, 4 or 5.")
            .arg(QString::fromLatin1(line.first(3)));
    }
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-') {
        return QCoreApplication::translate("ReplyParser",
                                           "The reply code is followed by neither a space "
                                           "nor a hyphen.");
    }
    return QString();
}

SmtpReply ReplyParser::assembleReply() const
{
    SmtpReply reply;
    reply.code = m_code;
    reply.lines = m_lines;
    if (reply.lines.isEmpty())
        return reply;
    reply.enhanced = splitEnhancedCode(m_code, reply.lines.first());
    if (!reply.enhanced.isEmpty()) {
        // Servers repeat the enhanced code on every line; keep it once.
        for (qsizetype i = 1; i < reply.lines.size(); ++i) {
            QString rest = reply.lines[i];
            if (splitEnhancedCode(m_code, rest) == reply.enhanced)
                reply.lines[i] = rest;
        }
    }
    return reply;
}

SmtpReply ReplyParser::takeReply()
{
    SmtpReply reply = m_complete;
    m_complete = {};
    return reply;
}

QString ReplyParser::splitEnhancedCode(int code, QString &text)
{
    // RFC 3463 "class.subject.detail" at the start of the text, followed by a space or the
    // end: [245] "." 1*3digit "." 1*3digit. Scanned by hand because it runs for every reply (a
    // burst parses thousands) and a regular expression costs a JIT compile at first use.
    qsizetype i = 0;
    const auto digits = [&](qsizetype max) {
        const qsizetype start = i;
        while (i < text.size() && i - start < max && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        return i - start;
    };
    if (text.isEmpty() || text[0] != QLatin1Char(char('0' + code / 100))
        || (text[0] != u'2' && text[0] != u'4' && text[0] != u'5'))
        return QString();
    i = 1;
    for (int part = 0; part < 2; ++part) {
        if (i >= text.size() || text[i] != u'.')
            return QString();
        ++i;
        if (digits(3) == 0)
            return QString();
    }
    if (i < text.size() && text[i] != u' ')
        return QString(); // a fourth digit, or more text glued on
    const QString enhanced = text.left(i);
    text = text.mid(i).trimmed();
    return enhanced;
}

} // namespace Sendcheck
