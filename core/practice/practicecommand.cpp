// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicecommand.h"

namespace Sendcheck {

PracticeCommand::PracticeCommand(const QByteArray &line) : m_line(line)
{
    const qsizetype space = line.indexOf(' ');
    m_verb = (space < 0 ? line : line.left(space)).toUpper();
    m_argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
}

QString PracticeCommand::loggedText() const
{
    // The initial response of AUTH is a secret (or carries one): never logged.
    const qsizetype mechanismEnd = m_argument.indexOf(' ');
    if (m_verb != "AUTH" || mechanismEnd < 0)
        return QString::fromUtf8(m_line);
    return QStringLiteral("AUTH %1 %2")
        .arg(QString::fromUtf8(m_argument.left(mechanismEnd)), redacted());
}

bool PracticeCommand::allowedBeforeStartTls() const
{
    return m_verb == "EHLO" || m_verb == "HELO" || m_verb == "STARTTLS" || m_verb == "NOOP"
        || m_verb == "RSET" || m_verb == "QUIT";
}

QByteArray PracticeCommand::authMechanism() const
{
    const qsizetype space = m_argument.indexOf(' ');
    return (space < 0 ? m_argument : m_argument.left(space)).toUpper();
}

QByteArray PracticeCommand::authInitialResponse() const
{
    const qsizetype space = m_argument.indexOf(' ');
    return space < 0 ? QByteArray() : m_argument.mid(space + 1).trimmed();
}

QString PracticeCommand::redacted()
{
    return QStringLiteral("<redacted>");
}

} // namespace Sendcheck
