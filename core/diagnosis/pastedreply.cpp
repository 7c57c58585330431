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

// The code a library expected is not the server's: "Expected response code 250 but got code
// \"550\", ..." (Swift Mailer, Symfony Mailer). Its digits are dropped before the search.
QString withoutExpectedCode(QString text)
{
    static const QRegularExpression expected(
        QStringLiteral(R"((expected response code\W{0,3})[2-5]\d\d(?:\s*/\s*[2-5]\d\d)*)"),
        QRegularExpression::CaseInsensitiveOption);
    return text.replace(expected, QStringLiteral("\\1"));
}

// Postfix's "(in reply to RCPT TO command)" after the server's words says when, not what.
QString withoutInReplyTo(const QString &text)
{
    static const QRegularExpression inReplyTo(QStringLiteral(R"(\s*\(in reply to [^()]*\)\W*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.remove(inReplyTo);
    return result;
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

// Removes the quotes and brackets a wrapper closes the reply with ("...')", "...\"]"), but not
// a bracket the server's own words opened ("... (BL)").
QString trimWrapperEnd(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty()) {
        const QChar last = text.back();
        const bool closing = last == QLatin1Char(')') || last == QLatin1Char(']');
        if (closing) {
            const QChar opening = last == QLatin1Char(')') ? QLatin1Char('(') : QLatin1Char('[');
            if (text.count(opening) >= text.count(last))
                break;
        } else if (!last.isSpace() && last != QLatin1Char('\'') && last != QLatin1Char('"')) {
            break;
        }
        text.chop(1);
    }
    return text;
}

// A multi-line reply joined onto one line repeats its codes in the middle ("... multiple 550
// 5.7.1 addresses in From: ..."): drop the repeats so the words read as the server wrote them.
QString dropInlineRepeats(const QString &text, const QString &code, const QString &enhanced)
{
    if (code.isEmpty())
        return text;
    // " 550-" before a word, or " 550 5.7.1" / " 550-5.7.1" before a space or the end.
    QString result;
    result.reserve(text.size());
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
        if (at == 0 || !text.at(at - 1).isSpace() || at < from)
            continue;
        qsizetype end = at + code.size();
        if (end >= text.size() || (text.at(end) != QLatin1Char('-') && text.at(end) != u' '))
            continue;
        const bool hyphen = text.at(end) == QLatin1Char('-');
        ++end;
        if (!enhanced.isEmpty() && QStringView(text).mid(end).startsWith(enhanced)
            && (end + enhanced.size() == text.size() || text.at(end + enhanced.size()).isSpace()))
            end += enhanced.size();
        else if (!hyphen || end >= text.size() || text.at(end).isSpace())
            continue; // "550 " alone may be a count or a size, not a repeat
        result += QStringView(text).mid(from, at - from);
        from = end;
    }
    result += QStringView(text).mid(from);
    return result.simplified();
}

} // namespace

PastedReply PastedReply::parse(const QString &pasted)
{
    PastedReply result;
    const QString text = withoutExpectedCode(unescape(pasted));
    QStringList lines = text.split(QLatin1Char('\n'));
    result.flatText = text.simplified();
    result.stage = stageFromWrapper(result.flatText);

    static const QRegularExpression pythonTuple(
        QStringLiteral(R"(\(\s*([2-5]\d\d)\s*,\s*b?(['"])(.*)\2\s*\))"),
        QRegularExpression::DotMatchesEverythingOption);
    // "550 5.7.1", "550-5.7.1", "(550, b'5.7.1", and a reply quoted after its code as Amazon
    // SES's bounce status writes it: "5.1.0 - Unknown address error 550-'5.2.2 ...'".
    // qmail and GoDaddy write the enhanced code with a '#': "550 #5.1.0 Address rejected".
    static const QRegularExpression codeAndEnhanced(QStringLiteral(
        R"((?<![\w.])([2-5][0-5]\d)(?:[ -]+['"]?#?|\s*[,:]\s*b?['"]?)([245]\.\d{1,3}\.\d{1,3})(?![\d.]\d))"));
    static const QRegularExpression enhancedOnly(
        QStringLiteral(R"((?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d))"));
    static const QRegularExpression codeAndWords(
        QStringLiteral(R"((?<![\w.:/\-])([2-5][0-5]\d)[ -](?=\s*[A-Za-z<\[(#'"]))"));
    static const QRegularExpression gotCode(QStringLiteral(R"(\bcode\W{0,3}([2-5][0-5]\d)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    // At the start of a line any second digit counts (RFC 5321 allows unknown codes).
    static const QRegularExpression bareCode(QStringLiteral(R"(^\s*([2-5]\d\d)(?:[ -].*)?$)"));
    // qmail and the MTAs that copied it (vpopmail, Symantec.cloud) end the text with the
    // enhanced code in brackets: "553 sorry, that domain isn't in my list ... (#5.7.1)".
    static const QRegularExpression trailingStatus(
        QStringLiteral(R"(\s*\(#([245]\.\d{1,3}\.\d{1,3})\)(?=\W*$|\s+\(in reply to ))"),
        QRegularExpression::CaseInsensitiveOption);
    // The bracketed status is taken off its line first, so that the line's words stay the
    // reply's words whether or not a reply code comes before them.
    QString trailingEnhanced;
    int trailingLine = -1;
    const auto takeTrailingStatus = [&]() {
        for (int i = 0; i < lines.size() && trailingLine < 0; ++i) {
            if (const auto match = trailingStatus.match(lines.at(i)); match.hasMatch()) {
                trailingEnhanced = match.captured(1);
                trailingLine = i;
                lines[i] = lines.at(i).left(match.capturedStart())
                    + lines.at(i).mid(match.capturedEnd());
            }
        }
    };

    SmtpReply reply;
    QString rest; // the text after the codes, from the pasted text (continuation lines too)
    int matchedLine = -1;

    if (const QRegularExpressionMatch tuple = pythonTuple.match(text); tuple.hasMatch()) {
        reply.code = tuple.captured(1).toInt();
        result.codeAtLineStart = true;
        lines = tuple.captured(3).split(QLatin1Char('\n'));
        takeTrailingStatus();
        matchedLine = 0;
        const QRegularExpressionMatch enhanced = enhancedOnly.match(lines.first());
        if (enhanced.hasMatch() && enhanced.capturedStart() == 0) {
            reply.enhanced = enhanced.captured(1);
            rest = lines.first().mid(enhanced.capturedEnd());
        } else {
            rest = lines.first();
            reply.enhanced = trailingEnhanced;
        }
    } else {
        takeTrailingStatus();
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            if (const auto match = codeAndEnhanced.match(lines.at(i)); match.hasMatch()) {
                reply.code = match.captured(1).toInt();
                reply.enhanced = match.captured(2);
                rest = lines.at(i).mid(match.capturedEnd());
                // A joined multi-line reply whose wrapper dropped the first line's code ("The
                // server response was: 5.7.1 Messages with multiple 550-5.7.1 addresses ..."):
                // the reply starts at the first enhanced code, not at its repeat.
                const auto first = enhancedOnly.match(lines.at(i));
                if (first.hasMatch() && first.capturedStart() < match.capturedStart()
                    && first.captured(1) == reply.enhanced)
                    rest = lines.at(i).mid(first.capturedEnd());
                matchedLine = i;
            }
        }
        for (int i = 0; i < lines.size() && matchedLine < 0; ++i) {
            const auto leadingEnhanced = enhancedOnly.match(lines.at(i));
            if (const auto match = codeAndWords.match(lines.at(i)); match.hasMatch()
                && !(leadingEnhanced.hasMatch()
                     && leadingEnhanced.capturedStart() < match.capturedStart()
                     && lines.at(i).left(leadingEnhanced.capturedStart()).trimmed().isEmpty())) {
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
        if (!trailingEnhanced.isEmpty()) {
            if (reply.enhanced.isEmpty())
                reply.enhanced = trailingEnhanced;
            if (matchedLine < 0) { // a bounce line without a reply code
                rest = lines.at(trailingLine);
                matchedLine = trailingLine;
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
        words.last() = trimWrapperEnd(withoutInReplyTo(words.last()));
    for (const QString &word : std::as_const(words)) {
        const QString line = dropInlineRepeats(word, code, reply.enhanced);
        if (!line.isEmpty())
            reply.lines << line;
    }
    result.reply = reply;
    // The wrapper: what is left of the pasted text without the reply's own words.
    QString wrapper = result.flatText;
    const QString replyWords = reply.lines.join(QLatin1Char(' ')).simplified();
    const qsizetype at = replyWords.isEmpty() ? -1 : wrapper.indexOf(replyWords.left(40));
    if (at >= 0)
        wrapper = wrapper.left(at) + wrapper.mid(at + replyWords.size());
    result.wrapper = wrapper.simplified();
    return result;
}

} // namespace Sendcheck
