// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedhop.h"

#include <QRegularExpression>

namespace Sendcheck {

namespace {

// The comments of a Received value, and the text with them taken out.
QString withoutComments(const QString &text, QStringList *comments)
{
    QString plain;
    QString comment;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(')) {
            if (depth++ > 0)
                comment += c;
            continue;
        }
        if (c == QLatin1Char(')') && depth > 0) {
            if (--depth == 0) {
                comments->append(comment.simplified());
                comment.clear();
                plain += QLatin1Char(' ');
            } else {
                comment += c;
            }
            continue;
        }
        (depth > 0 ? comment : plain) += c;
    }
    return plain.simplified();
}

// RFC 3848: ESMTPS, ESMTPSA, LMTPS, UTF8SMTPS... say TLS; ESMTP, SMTP, ESMTPA say none.
ReceivedHop::Tls tlsOfProtocol(const QString &with)
{
    static const QRegularExpression protocol(QStringLiteral("^(?:UTF8)?(?:E?SMTP|LMTP)(S?)A?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = protocol.match(with.section(QLatin1Char(' '), 0, 0));
    if (!m.hasMatch())
        return ReceivedHop::Tls::Unknown;
    return m.captured(1).isEmpty() ? ReceivedHop::Tls::No : ReceivedHop::Tls::Yes;
}

} // namespace

ReceivedHop ReceivedHop::parse(const QString &fieldValue)
{
    ReceivedHop hop;
    QString text = fieldValue;
    const qsizetype semicolon = text.lastIndexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        const QString date = text.mid(semicolon + 1).trimmed();
        hop.time = QDateTime::fromString(date.section(QLatin1Char('('), 0, 0).trimmed(),
                                         Qt::RFC2822Date);
        text.truncate(semicolon);
    }
    QStringList comments;
    const QString plain = withoutComments(text, &comments);
    // The clauses, each a keyword and what follows up to the next keyword.
    static const QRegularExpression clause(
        QStringLiteral("\\b(from|by|via|with|id|for)\\s+(.*?)(?=\\s+\\b(?:from|by|via|with|id|for)"
                       "\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = clause.globalMatch(plain); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (key == QLatin1String("from") && hop.from.isEmpty())
            hop.from = value.section(QLatin1Char(' '), 0, 0);
        else if (key == QLatin1String("by") && hop.by.isEmpty())
            hop.by = value.section(QLatin1Char(' '), 0, 0);
        else if (key == QLatin1String("with") && hop.with.isEmpty())
            hop.with = value;
    }
    static const QRegularExpression bracketAddress(
        QStringLiteral("\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"));
    for (const QString &comment : std::as_const(comments)) {
        if (hop.fromAddress.isEmpty()) {
            const QRegularExpressionMatch m = bracketAddress.match(comment);
            if (m.hasMatch())
                hop.fromAddress = m.captured(1);
        }
    }
    if (hop.fromAddress.isEmpty()) { // "from [192.0.2.1]" without a comment
        const QRegularExpressionMatch m = bracketAddress.match(hop.from);
        if (m.hasMatch())
            hop.fromAddress = m.captured(1);
    }
    hop.tls = tlsOfProtocol(hop.with);
    // How servers name the TLS of a hop in a comment:
    //   Gmail:      (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)
    //   Microsoft:  (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)
    //   Postfix:    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
    static const QRegularExpression versionCipher(
        QStringLiteral("version=(\\S+?),?\\s+cipher=([A-Za-z0-9_-]+)"));
    static const QRegularExpression postfixTls(
        QStringLiteral("using (TLSv?[0-9._]+|SSLv3) with cipher ([A-Za-z0-9_-]+)"));
    const QString all = comments.join(QLatin1Char(' ')) + QLatin1Char(' ') + plain;
    QRegularExpressionMatch m = versionCipher.match(all);
    if (!m.hasMatch())
        m = postfixTls.match(all);
    if (m.hasMatch()) {
        hop.tlsVersion = m.captured(1);
        hop.tlsCipher = m.captured(2);
        hop.tls = Tls::Yes;
    }
    return hop;
}

QList<ReceivedHop> ReceivedHop::path(const QStringList &receivedValuesTopFirst)
{
    QList<ReceivedHop> hops;
    for (auto it = receivedValuesTopFirst.crbegin(); it != receivedValuesTopFirst.crend(); ++it)
        hops.append(parse(*it));
    return hops;
}

} // namespace Sendcheck
