// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicepathargument.h"

#include <QList>

namespace Sendcheck {

PracticePathArgument PracticePathArgument::mailFrom(const QByteArray &argument,
                                                    qint64 maxMessageSize)
{
    if (!argument.toUpper().startsWith("FROM:"))
        return refused(QStringLiteral("501 5.5.4 Syntax: MAIL FROM:<address>"));
    QByteArray parameters;
    const auto sender = parsePath(argument.mid(5), &parameters);
    if (!sender)
        return refused(QStringLiteral("501 5.1.7 Bad sender address syntax"));
    for (const QByteArray &parameter : parameters.split(' ')) {
        if (auto refusal = checkMailParameter(parameter, maxMessageSize))
            return *refusal;
    }
    PracticePathArgument result;
    result.m_path = *sender;
    return result;
}

PracticePathArgument PracticePathArgument::rcptTo(const QByteArray &argument)
{
    if (!argument.toUpper().startsWith("TO:"))
        return refused(QStringLiteral("501 5.5.4 Syntax: RCPT TO:<address>"));
    QByteArray parameters;
    const auto recipient = parsePath(argument.mid(3), &parameters);
    if (!recipient || recipient->isEmpty())
        return refused(QStringLiteral("501 5.1.3 Bad recipient address syntax"));
    PracticePathArgument result;
    result.m_path = *recipient;
    return result;
}

std::optional<QString> PracticePathArgument::parsePath(const QByteArray &text, QByteArray *rest)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('<'))
        return std::nullopt;
    const qsizetype close = trimmed.indexOf('>');
    if (close < 0)
        return std::nullopt;
    const QByteArray path = trimmed.mid(1, close - 1);
    if (path.size() > 256 || path.contains(' ') || path.contains('<'))
        return std::nullopt;
    if (!path.isEmpty() && !path.contains('@') && path.toLower() != "postmaster")
        return std::nullopt;
    *rest = trimmed.mid(close + 1).trimmed();
    return QString::fromUtf8(path);
}

std::optional<PracticePathArgument>
PracticePathArgument::checkMailParameter(const QByteArray &parameter, qint64 maxMessageSize)
{
    if (parameter.isEmpty())
        return std::nullopt;
    const QByteArray upper = parameter.toUpper();
    if (upper.startsWith("SIZE=")) {
        bool ok = false;
        const qint64 size = parameter.mid(5).toLongLong(&ok);
        if (!ok || size < 0)
            return refused(QStringLiteral("501 5.5.4 Bad SIZE parameter"));
        if (size > maxMessageSize)
            return refused(QStringLiteral("552 5.3.4 Message size exceeds fixed limit"), false);
        return std::nullopt;
    }
    if (upper == "BODY=7BIT" || upper == "BODY=8BITMIME" || upper == "SMTPUTF8"
        || upper.startsWith("AUTH="))
        return std::nullopt;
    return refused(QStringLiteral("555 5.5.4 Unsupported option: %1")
                       .arg(QString::fromUtf8(parameter.left(64))));
}

PracticePathArgument PracticePathArgument::refused(const QString &reply, bool syntaxError)
{
    PracticePathArgument result;
    result.m_refusal = reply;
    result.m_syntaxError = syntaxError;
    return result;
}

} // namespace Sendcheck
