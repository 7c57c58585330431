// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtransaction.h"

#include "message/dotstuffer.h"
#include "message/messagesource.h"

namespace Sendcheck {

MailTransaction::MailTransaction(const Envelope &envelope, std::unique_ptr<MessageSource> message)
    : m_envelope(envelope), m_message(std::move(message))
{ }

MailTransaction::~MailTransaction() = default;

QList<SmtpCommand> MailTransaction::openingCommands(bool pipelining, bool sizeOffered,
                                                    std::optional<Stage> stopAfter) const
{
    const qint64 size = sizeOffered ? messageSize() : -1;
    QList<SmtpCommand> commands {SmtpCommand::mailFrom(
        m_envelope.from, size, m_envelope.needsSmtpUtf8, m_envelope.eightBitBody)};
    if (!pipelining || stopAfter == Stage::MailFrom)
        return commands;
    // RFC 2920: MAIL, every RCPT and DATA in one write; replies come back in order.
    for (const QString &recipient : std::as_const(m_envelope.recipients))
        commands.append(SmtpCommand::rcptTo(recipient));
    if (stopAfter != Stage::RcptTo)
        commands.append(SmtpCommand::data());
    return commands;
}

SmtpCommand MailTransaction::nextRcptCommand() const
{
    return SmtpCommand::rcptTo(m_envelope.recipients.value(m_rcptReplies));
}

bool MailTransaction::refuse(const SmtpReply &reply, Stage stage)
{
    if (m_refusal)
        return false;
    m_refusal = reply;
    m_refusedAt = stage;
    return true;
}

void MailTransaction::refuseMessage(const SmtpReply &reply)
{
    m_refusal = reply;
    m_refusedAt = Stage::Data;
}

MailTransaction::RecipientReply MailTransaction::recipientReplied(const SmtpReply &reply)
{
    RecipientReply answer;
    answer.result = {m_envelope.recipients.value(m_rcptReplies++),
                     reply.code == 250 || reply.code == 251, reply};
    answer.counts = !m_refusal || m_refusedAt == Stage::RcptTo;
    if (answer.counts)
        m_recipients.append(answer.result);
    return answer;
}

bool MailTransaction::allRecipientsAnswered() const
{
    return m_rcptReplies >= m_envelope.recipients.size();
}

bool MailTransaction::anyRecipientAccepted() const
{
    return std::any_of(m_recipients.cbegin(), m_recipients.cend(),
                       [](const RecipientResult &r) { return r.accepted; });
}

bool MailTransaction::needsEmptyMessage() const
{
    return !anyRecipientAccepted() || m_refusedAt == Stage::MailFrom;
}

bool MailTransaction::deliveredNothing() const
{
    return m_refusedAt == Stage::MailFrom
        || (m_refusal && m_refusedAt == Stage::RcptTo && !anyRecipientAccepted());
}

QByteArray MailTransaction::startData(qsizetype maxBytes, QByteArray *content)
{
    m_stuffer = std::make_unique<DotStuffer>();
    *content = m_message->read(maxBytes);
    return m_stuffer->feed(*content);
}

std::optional<QByteArray> MailTransaction::nextData(qsizetype maxBytes)
{
    const QByteArray chunk = m_message->read(maxBytes);
    if (chunk.isEmpty() && !m_message->atEnd())
        return std::nullopt;
    return m_stuffer->feed(chunk);
}

bool MailTransaction::dataAtEnd() const
{
    return m_message->atEnd();
}

QByteArray MailTransaction::endData()
{
    const QByteArray tail = m_stuffer->finish();
    m_message.reset();
    m_stuffer.reset();
    return tail;
}

qint64 MailTransaction::messageSize() const
{
    return m_message ? m_message->size() : -1;
}

QString MailTransaction::messageError() const
{
    return m_message ? m_message->errorString() : QString();
}

} // namespace Sendcheck
