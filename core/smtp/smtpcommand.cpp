// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpcommand.h"

#include "saslclient.h"

namespace Sendcheck {

using namespace std::chrono_literals;

namespace {
constexpr auto QuitTimeout = 10s;
} // namespace

SmtpCommand::SmtpCommand(QByteArray wire, QString transcript, Expect expect)
    : m_wire(std::move(wire)), m_transcript(std::move(transcript)), m_expect(expect)
{ }

SmtpCommand SmtpCommand::plain(const QByteArray &wire, Expect expect)
{
    return {wire, QString::fromUtf8(wire), expect};
}

SmtpCommand SmtpCommand::ehlo(const QString &name)
{
    return plain(QByteArrayLiteral("EHLO ") + name.toUtf8(), Expect::Ehlo);
}

SmtpCommand SmtpCommand::helo(const QString &name)
{
    return plain(QByteArrayLiteral("HELO ") + name.toUtf8(), Expect::Helo);
}

SmtpCommand SmtpCommand::startTls()
{
    return plain(QByteArrayLiteral("STARTTLS"), Expect::StartTls);
}

SmtpCommand SmtpCommand::auth(const SaslLine &line)
{
    return {line.wire, line.transcript, Expect::Auth};
}

SmtpCommand SmtpCommand::mailFrom(const QString &from, qint64 size, bool smtpUtf8,
                                  bool eightBitMime)
{
    QByteArray mail = QByteArrayLiteral("MAIL FROM:<") + from.toUtf8() + '>';
    if (size >= 0)
        mail += QByteArrayLiteral(" SIZE=") + QByteArray::number(size);
    if (eightBitMime)
        mail += QByteArrayLiteral(" BODY=8BITMIME");
    if (smtpUtf8)
        mail += QByteArrayLiteral(" SMTPUTF8");
    return plain(mail, Expect::MailFrom);
}

SmtpCommand SmtpCommand::rcptTo(const QString &recipient)
{
    return plain(QByteArrayLiteral("RCPT TO:<") + recipient.toUtf8() + '>', Expect::RcptTo);
}

SmtpCommand SmtpCommand::data()
{
    return plain(QByteArrayLiteral("DATA"), Expect::Data);
}

SmtpCommand SmtpCommand::emptyMessageEnd()
{
    return plain(QByteArrayLiteral("."), Expect::DataEnd);
}

SmtpCommand SmtpCommand::rset()
{
    return plain(QByteArrayLiteral("RSET"), Expect::Rset);
}

SmtpCommand SmtpCommand::noop()
{
    return plain(QByteArrayLiteral("NOOP"), Expect::Noop);
}

SmtpCommand SmtpCommand::quit()
{
    return plain(QByteArrayLiteral("QUIT"), Expect::Quit);
}

bool SmtpCommand::breaksLine(QByteArrayView bytes)
{
    return bytes.contains('\r') || bytes.contains('\n') || bytes.contains('\0');
}

std::chrono::milliseconds SmtpCommand::timeout(Expect expect, const Timeouts &t)
{
    switch (expect) {
    case Expect::Banner:
        return t.greeting;
    case Expect::MailFrom:
        return t.mailFrom;
    case Expect::RcptTo:
        return t.rcptTo;
    case Expect::Data:
        return t.dataInit;
    case Expect::DataEnd:
    case Expect::DataEndPipelined:
        return t.dataTermination;
    case Expect::Quit:
        return std::min<std::chrono::milliseconds>(t.command, QuitTimeout);
    default:
        return t.command;
    }
}

} // namespace Sendcheck
