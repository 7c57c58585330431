// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticationresults.h"

namespace Sendcheck {

namespace {

struct Token
{
    enum class Kind { Word, Quoted, Equals, Semicolon, Comment };
    Kind kind;
    QString text;
    bool spaceBefore = false; // white space (or a comment) stood before it
};

// Splits the field into words, quoted strings, "=", ";" and (nested) comments.
QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    bool space = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
        } else if (c == QLatin1Char('(')) {
            int depth = 0;
            QString comment;
            for (; i < n; ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    comment += text.at(++i);
                    continue;
                }
                if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')'))
                    --depth;
                if (depth == 0) {
                    ++i;
                    break;
                }
                if (!(depth == 1 && d == QLatin1Char('(')))
                    comment += d;
            }
            tokens.append({Token::Kind::Comment, comment.simplified(), true});
            space = true;
        } else if (c == QLatin1Char('"')) {
            QString quoted;
            for (++i; i < n && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                quoted += text.at(i);
            }
            ++i; // the closing quote (or the end)
            tokens.append({Token::Kind::Quoted, quoted, space});
            space = false;
        } else if (c == QLatin1Char('=') || c == QLatin1Char(';')) {
            tokens.append({c == QLatin1Char('=') ? Token::Kind::Equals : Token::Kind::Semicolon,
                           QString(c), space});
            space = false;
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n) {
                const QChar d = text.at(i);
                if (d.isSpace() || d == QLatin1Char('(') || d == QLatin1Char('"')
                    || d == QLatin1Char('=') || d == QLatin1Char(';'))
                    break;
                ++i;
            }
            tokens.append({Token::Kind::Word, text.mid(start, i - start), space});
            space = false;
        }
    }
    return tokens;
}

struct Pair
{
    QString key;
    QString value;
};

// The key=value pairs and the comments of one resinfo (the tokens between two semicolons).
void readSegment(const QList<Token> &tokens, QList<Pair> *pairs, QStringList *comments)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Kind::Comment) {
            if (!t.text.isEmpty())
                comments->append(t.text);
            continue;
        }
        if (t.kind != Token::Kind::Word)
            continue; // a stray "=" or quoted string without a key
        Pair pair {t.text, QString()};
        qsizetype j = i + 1;
        while (j < tokens.size() && tokens.at(j).kind == Token::Kind::Comment)
            ++j;
        if (j < tokens.size() && tokens.at(j).kind == Token::Kind::Equals) {
            ++j;
            while (j < tokens.size() && tokens.at(j).kind == Token::Kind::Comment)
                ++j;
            if (j < tokens.size()
                && (tokens.at(j).kind == Token::Kind::Word
                    || tokens.at(j).kind == Token::Kind::Quoted)) {
                pair.value = tokens.at(j).text;
                // Base64 padding and the like: "=" and words glued to the value belong to it.
                while (j + 1 < tokens.size() && !tokens.at(j + 1).spaceBefore
                       && (tokens.at(j + 1).kind == Token::Kind::Equals
                           || tokens.at(j + 1).kind == Token::Kind::Word)) {
                    pair.value += tokens.at(++j).text;
                }
            }
            i = j;
        }
        pairs->append(pair);
    }
}

} // namespace

QString AuthenticationResults::Result::property(QStringView typeAndName) const
{
    const qsizetype dot = typeAndName.indexOf(QLatin1Char('.'));
    const QStringView type = dot < 0 ? QStringView() : typeAndName.left(dot);
    const QStringView name = dot < 0 ? typeAndName : typeAndName.mid(dot + 1);
    for (const Property &p : properties) {
        if (p.type.compare(type, Qt::CaseInsensitive) == 0
            && p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.value;
    }
    return QString();
}

AuthenticationResults AuthenticationResults::parse(const QString &fieldValue)
{
    AuthenticationResults parsed;
    QList<QList<Token>> segments(1);
    for (const Token &t : tokenize(fieldValue)) {
        if (t.kind == Token::Kind::Semicolon)
            segments.append(QList<Token>());
        else
            segments.last().append(t);
    }
    // The first segment is the authserv-id (and version), unless it is already a result, as
    // Microsoft 365 writes it.
    const QList<Token> &first = segments.first();
    const bool firstIsResult = std::any_of(
        first.cbegin(), first.cend(), [](const Token &t) { return t.kind == Token::Kind::Equals; });
    if (!firstIsResult) {
        for (const Token &t : first) {
            if (t.kind == Token::Kind::Word || t.kind == Token::Kind::Quoted) {
                parsed.m_authservId = t.text;
                break;
            }
        }
        segments.removeFirst();
    }
    for (const QList<Token> &segment : std::as_const(segments)) {
        QList<Pair> pairs;
        QStringList comments;
        readSegment(segment, &pairs, &comments);
        if (pairs.isEmpty() || pairs.first().value.isEmpty())
            continue; // "none" (no result at all) or an empty segment
        Result result;
        result.method = pairs.first().key.section(QLatin1Char('/'), 0, 0).toLower();
        result.result = pairs.first().value.toLower();
        result.comment = comments.join(QStringLiteral("; "));
        for (qsizetype k = 1; k < pairs.size(); ++k) {
            const Pair &pair = pairs.at(k);
            if (pair.key.compare(QLatin1String("reason"), Qt::CaseInsensitive) == 0) {
                result.reason = pair.value;
                continue;
            }
            const qsizetype dot = pair.key.indexOf(QLatin1Char('.'));
            result.properties.append({dot < 0 ? QString() : pair.key.left(dot).toLower(),
                                      dot < 0 ? pair.key : pair.key.mid(dot + 1), pair.value});
        }
        parsed.m_results.append(result);
    }
    return parsed;
}

QList<AuthenticationResults::Result> AuthenticationResults::resultsFor(QStringView method) const
{
    QList<Result> found;
    for (const Result &r : m_results) {
        if (r.method.compare(method, Qt::CaseInsensitive) == 0)
            found.append(r);
    }
    return found;
}

} // namespace Sendcheck
