// SPDX-License-Identifier: GPL-3.0-or-later
#include "spfmacro.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sendcheck {

namespace {

bool isDelimiter(QChar c)
{
    return QStringLiteral(".-+,/_=").contains(c);
}

bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Texts are looked up as SpfMacroText::tr("...") so that lupdate sees each one with its context.
struct SpfMacroText
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::SpfMacro)
};

bool isIPv4(const QHostAddress &ip, quint32 *v4)
{
    bool ok = false;
    *v4 = ip.toIPv4Address(&ok);
    return ok;
}

QString urlEscape(const QString &value)
{
    QString out;
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = uchar(c);
        const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(uint(u), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

// The raw value of a macro letter (lower case).
QString letterValue(QChar letter, const SpfMacro::Values &v)
{
    quint32 v4 = 0;
    switch (letter.toLower().unicode()) {
    case 's':
        return v.sender;
    case 'l':
        return v.localPart;
    case 'o':
        return v.senderDomain;
    case 'd':
        return v.domain;
    case 'i':
        return SpfMacro::dotFormat(v.ip);
    case 'p':
        return v.validatedName.isEmpty() ? QStringLiteral("unknown") : v.validatedName;
    case 'v':
        return isIPv4(v.ip, &v4) ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case 'h':
        return v.helo;
    case 'c':
        if (isIPv4(v.ip, &v4))
            return QHostAddress(v4).toString();
        return v.ip.toString().toLower();
    case 'r':
        return v.receiver.isEmpty() ? QStringLiteral("unknown") : v.receiver;
    case 't':
        return QString::number(v.timestamp);
    }
    return QString();
}

} // namespace

QString SpfMacro::dotFormat(const QHostAddress &ip)
{
    quint32 v4 = 0;
    if (isIPv4(ip, &v4))
        return QHostAddress(v4).toString();
    const Q_IPV6ADDR v6 = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles << QString::number((v6[i] >> 4) & 0x0f, 16);
        nibbles << QString::number(v6[i] & 0x0f, 16);
    }
    return nibbles.join(QLatin1Char('.'));
}

int SpfMacro::syntaxError(const QString &text, bool explanation, QString *why)
{
    const QString letters
        = explanation ? QStringLiteral("slodipvhcrt") : QStringLiteral("slodipvh");
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u != '%') {
            const bool visible = u >= 0x21 && u <= 0x7e;
            if (!visible && !(explanation && u == ' ')) {
                *why = u > 0x7e
                    ? SpfMacroText::tr("only ASCII characters are allowed")
                    : SpfMacroText::tr("a control character or space where none may be");
                return i;
            }
            continue;
        }
        if (i + 1 >= text.size()) {
            *why = SpfMacroText::tr("'%' at the end: write %% for a percent sign");
            return i;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
            ++i;
            continue;
        }
        if (next != QLatin1Char('{')) {
            *why = SpfMacroText::tr("'%' must be followed by {, %, _ or -");
            return i;
        }
        const int close = text.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0) {
            *why = SpfMacroText::tr("a macro %{ without its closing }");
            return i;
        }
        const QString body = text.mid(i + 2, close - i - 2);
        if (body.isEmpty() || !letters.contains(body.at(0).toLower())) {
            *why = SpfMacroText::tr("unknown macro letter");
            return i + 2;
        }
        int j = 1;
        QString digits;
        while (j < body.size() && body.at(j).isDigit() && body.at(j).unicode() < 0x80)
            digits += body.at(j++);
        if (!digits.isEmpty() && digits.toInt() == 0) {
            *why = SpfMacroText::tr("the number of parts in a macro must not be 0");
            return i + 2 + 1;
        }
        if (j < body.size() && body.at(j).toLower() == QLatin1Char('r'))
            ++j;
        while (j < body.size() && isDelimiter(body.at(j)))
            ++j;
        if (j != body.size()) {
            *why = SpfMacroText::tr("invalid macro transformer or delimiter");
            return i + 2 + j;
        }
        i = close;
    }
    return -1;
}

bool SpfMacro::hasValidDomainEnd(const QString &domainSpec)
{
    // Where the last macro-expand ends (the string passed syntaxError()).
    int afterMacro = 0;
    for (int i = 0; i < domainSpec.size(); ++i) {
        if (domainSpec.at(i) != QLatin1Char('%') || i + 1 >= domainSpec.size())
            continue;
        if (domainSpec.at(i + 1) == QLatin1Char('{')) {
            const int close = domainSpec.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0)
                return false;
            i = close;
        } else {
            ++i;
        }
        afterMacro = i + 1;
    }
    if (afterMacro == domainSpec.size() && afterMacro > 0)
        return true; // ends in a macro-expand
    QString tail = domainSpec.mid(afterMacro);
    if (tail.endsWith(QLatin1Char('.')))
        tail.chop(1);
    const int dot = tail.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    const QString top = tail.mid(dot + 1);
    if (top.isEmpty() || !isAlnum(top.front()) || !isAlnum(top.back()))
        return false;
    bool alpha = false;
    bool dash = false;
    for (const QChar c : top) {
        if (c == QLatin1Char('-'))
            dash = true;
        else if (!isAlnum(c))
            return false;
        alpha = alpha || isAlpha(c);
    }
    return alpha || dash;
}

bool SpfMacro::usesValidatedName(const QString &text)
{
    return text.contains(QLatin1String("%{p"), Qt::CaseInsensitive);
}

QString SpfMacro::expand(const QString &text, const Values &values)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
            continue;
        }
        if (next == QLatin1Char('_')) {
            out += QLatin1Char(' ');
            ++i;
            continue;
        }
        if (next == QLatin1Char('-')) {
            out += QStringLiteral("%20");
            ++i;
            continue;
        }
        const int close = text.indexOf(QLatin1Char('}'), i + 2);
        if (next != QLatin1Char('{') || close < 0) {
            out += c;
            continue;
        }
        const QString body = text.mid(i + 2, close - i - 2);
        i = close;
        const QChar letter = body.at(0);
        int j = 1;
        QString digits;
        while (j < body.size() && body.at(j).isDigit())
            digits += body.at(j++);
        bool reverse = false;
        if (j < body.size() && body.at(j).toLower() == QLatin1Char('r')) {
            reverse = true;
            ++j;
        }
        QString delimiters = body.mid(j);
        if (delimiters.isEmpty())
            delimiters = QStringLiteral(".");

        const QString value = letterValue(letter, values);
        QStringList parts;
        QString part;
        for (const QChar v : value) {
            if (delimiters.contains(v)) {
                parts << part;
                part.clear();
            } else {
                part += v;
            }
        }
        parts << part;
        if (reverse)
            std::reverse(parts.begin(), parts.end());
        if (!digits.isEmpty()) {
            const int keep = digits.toInt();
            if (keep < parts.size())
                parts = parts.mid(parts.size() - keep);
        }
        QString expanded = parts.join(QLatin1Char('.'));
        if (letter.isUpper())
            expanded = urlEscape(expanded);
        out += expanded;
    }
    return out;
}

QString SpfMacro::expandDomain(const QString &domainSpec, const Values &values)
{
    QString name = expand(domainSpec, values);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    while (name.size() > 253) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return name;
}

} // namespace Sendcheck
