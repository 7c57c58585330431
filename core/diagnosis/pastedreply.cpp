// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedreply.h"

#include <QRegularExpression>

namespace Sendcheck {

namespace {

// Replies quoted inside Python or JSON strings carry their line breaks as "\n" escapes.
QString unescape(QString text)
{
    text.replace(QLatin1String("\\r\\n"), QLatin1String("\n"));
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    text.replace(QLatin1String("\\r"), QLatin1String("\n"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

std::optional<Stage> stageFromWrapper(const QString &text)
{
    static const QRegularExpression inReplyTo(
        QStringLiteral(R"((?:in reply to|after|during)\s+(end of data|data|rcpt to|mail from|)"
                       R"(initial connection|starttls|auth\w*|ehlo|helo)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = inReplyTo.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString what = match.captured(1).toLower();
    if (what.contains(QLatin1String("data")))
        return Stage::Data;
    if (what == QLatin1String("rcpt to"))
        return Stage::RcptTo;
    if (what == QLatin1String("mail from"))
        return Stage::MailFrom;
    if (what == QLatin1String("initial connection"))
        return Stage::Banner;
    if (what == QLatin1String("starttls"))
        return Stage::StartTls;
    if (what.startsWith(QLatin1String("auth")))
        return Stage::Auth;
    return Stage::Ehlo;
}

// Removes what a continuation line repeats: "535-5.7.8 " or "535 5.7.8 " or just "5.7.8 ".
QString stripRepeat(QString line, const QString &code, const QString &enhanced)
{
    line = line.trimmed();
    if (!code.isEmpty() && line.startsWith(code)
        && (line.size() == 3 || line.at(3) == QLatin1Char('-') || line.at(3) == QLatin1Char(' ')))
        line = line.mid(4).trimmed();
    if (!enhanced.isEmpty() && line.startsWith(enhanced))
        line = line.mid(enhanced.size()).trimmed();
    return line;
}

QString trimWrapperEnd(QString text)
{
    text = text.trimmed();
    static const QRegularExpression tail(QStringLiteral(R"([\s'"\)\]]+$)"));
    text.remove(tail);
    return text;
}

} // namespace

PastedReply PastedReply::parse(const QString &pasted)
{
    PastedReply result;
    const QString text = unescape(pasted);
    QStringList lines = text.split(QLatin1Char('\n'));
    result.flatText = text.simplified();
    result.stage = stageFromWrapper(result.flatText);

    static const QRegularExpression pythonTuple(
        QStringLiteral(R"(\(\s*([2-5]\d\d)\s*,\s*b?(['"])(.*)\2\s*\))"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression codeAndEnhanced(QStringLiteral(
        R"((?<![\w.])([2-5][0-5]\d)(?:[ -]+|\s*[,:]\s*b?['"]?)([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d))"));
    static const QRegularExpression enhancedOnly(
        QStringLiteral(R"((?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d))"));
    static const QRegularExpression codeAndWords(
        QStringLiteral(R"((?<![\w.:/\-])([2-5][0-5]\d)[ -](?=\s*[A-Za-z<\[(#'"]))"));
    static const QRegularExpression gotCode(QStringLiteral(R"(\bcode\W{0,3}([2-5][0-5]\d)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    // At the start of a line any second digit counts (RFC 5321 allows unknown codes).
    static const QRegularExpression bareCode(QStringLiteral(R"(^\s*([2-5]\d\d)(?:[ -].*)?$)"));

    SmtpReply reply;
    QString rest; // the text after the codes, from the pasted text (continuation lines too)
    int matchedLine = -1;

    if (const QRegularExpressionMatch tuple = pythonTuple.match(text); tuple.hasMatch()) {
        reply.code = tuple.captured(1).toInt();
        result.codeAtLineStart = true;
        lines = tuple.captured(3).split(QLatin1Char('\n'));
        matchedLine = 0;
        const QRegularExpressionMatch enhanced = enhancedOnly.match(lines.first());
        if (enhanced.hasMatch() && enhanced.capturedStart() == 0) {
            reply.enhanced = enhanced.captured(1);
            rest = lines.first().mid(enhanced.capturedEnd());
        } else {
            rest = lines.first();
        }
    } else {
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            if (const auto match = codeAndEnhanced.match(lines.at(i)); match.hasMatch()) {
                reply.code = match.captured(1).toInt();
                reply.enhanced = match.captured(2);
                rest = lines.at(i).mid(match.capturedEnd());
                matchedLine = i;
            }
        }
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            if (const auto match = codeAndWords.match(lines.at(i)); match.hasMatch()) {
                reply.code = match.captured(1).toInt();
                rest = lines.at(i).mid(match.capturedEnd());
                result.codeAtLineStart = match.capturedStart() == 0
                    || lines.at(i).left(match.capturedStart()).trimmed().isEmpty();
                const auto enhanced = enhancedOnly.match(rest.trimmed());
                if (enhanced.hasMatch() && enhanced.capturedStart() == 0) {
                    reply.enhanced = enhanced.captured(1);
                    rest = rest.trimmed().mid(enhanced.capturedEnd());
                }
                matchedLine = i;
            }
        }
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            if (const auto match = enhancedOnly.match(lines.at(i)); match.hasMatch()) {
                reply.enhanced = match.captured(1);
                rest = lines.at(i).mid(match.capturedEnd());
                // A code elsewhere in the wrapper ("got code 535") still tells the class.
                QRegularExpressionMatchIterator codes = gotCode.globalMatch(text);
                while (codes.hasNext())
                    reply.code = codes.next().captured(1).toInt();
                matchedLine = i;
            }
        }
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            if (const auto match = bareCode.match(lines.at(i)); match.hasMatch()) {
                reply.code = match.captured(1).toInt();
                result.codeAtLineStart = true;
                rest = lines.at(i).trimmed().mid(4);
                matchedLine = i;
            }
        }
        if (matchedLine < 0) {
            QRegularExpressionMatchIterator codes = gotCode.globalMatch(text);
            while (codes.hasNext()) {
                reply.code = codes.next().captured(1).toInt();
                matchedLine = int(lines.size()); // no words of the server's to take
            }
        }
    }
    if (matchedLine < 0)
        return result;

    const QString code = reply.code ? QString::number(reply.code) : QString();
    QStringList words;
    if (!rest.trimmed().isEmpty())
        words << rest.trimmed();
    for (int i = matchedLine + 1; i < lines.size(); ++i) {
        const QString line = stripRepeat(lines.at(i), code, reply.enhanced);
        if (!line.isEmpty())
            words << line;
    }
    if (!words.isEmpty())
        words.last() = trimWrapperEnd(words.last());
    for (const QString &word : std::as_const(words)) {
        if (!word.isEmpty())
            reply.lines << word;
    }
    result.reply = reply;
    return result;
}

} // namespace Sendcheck
