// SPDX-License-Identifier: GPL-3.0-or-later
#include "transactiondriver.h"

#include "message/messagesource.h"
#include "smtpsession.h"
#include "transcript/transcript.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {
// Enough to keep the link busy, small enough that a 50 MB attachment never sits in memory.
constexpr qsizetype MessageChunk = 64 * 1024;
constexpr qint64 WriteHighWater = 256 * 1024;
// How many header lines of a message the transcript shows before summarising the rest.
constexpr int TranscriptHeaderLines = 40;
} // namespace

TransactionDriver::TransactionDriver(SmtpSession &session) : m_session(session) { }

TransactionDriver::~TransactionDriver() = default;

bool TransactionDriver::exceedsSizeLimit(const MessageSource *message) const
{
    const auto limit = m_session.m_capabilities.sizeLimit();
    return limit && *limit > 0 && message && message->size() > *limit;
}

QString TransactionDriver::envelopeProblem() const
{
    if (!m_session.m_messageFactory)
        return QCoreApplication::translate("Sendcheck::SmtpSession",
                                           "There is no message to send.");
    if (m_session.m_envelope.recipients.isEmpty())
        return QCoreApplication::translate("Sendcheck::SmtpSession",
                                           "The message has no recipient.");
    for (const QString &address :
         std::as_const(m_session.m_envelope.recipients) + QStringList {m_session.m_envelope.from}) {
        if (SmtpCommand::breaksLine(address.toUtf8()) || address.contains(u'<')
            || address.contains(u'>'))
            return QCoreApplication::translate("Sendcheck::SmtpSession",
                                               "The address %1 is not valid.")
                .arg(address);
    }
    return QString();
}

void TransactionDriver::startTransaction()
{
    m_session.setState(State::MailFrom);
    m_session.m_result.recipients.clear();
    m_transaction.reset();
    if (const QString problem = envelopeProblem(); !problem.isEmpty()) {
        m_session.fail(FailureKind::InvalidInput, problem);
        return;
    }
    // Already open when endMessageData() found it too large to send ahead.
    std::unique_ptr<MessageSource> message
        = m_nextMessage ? std::move(m_nextMessage) : m_session.m_messageFactory();
    if (exceedsSizeLimit(message.get())) {
        const qint64 size = message->size();
        const qint64 limit = *m_session.m_capabilities.sizeLimit();
        m_session.m_transcript->append(
            Direction::Error,
            QCoreApplication::translate("Sendcheck::SmtpSession",
                                        "The message has %1 bytes; the server accepts at most %2.")
                .arg(size)
                .arg(limit),
            m_session.m_channel.isEncrypted());
        m_session.fail(
            FailureKind::MessageTooLarge,
            QCoreApplication::translate(
                "Sendcheck::SmtpSession",
                "The message (%1 bytes) is larger than the server's limit of %2 bytes; it was "
                "not sent.")
                .arg(size)
                .arg(limit));
        return;
    }
    if (m_session.m_envelope.needsSmtpUtf8 && !m_session.m_capabilities.smtpUtf8()) {
        m_session.fail(
            FailureKind::InvalidInput,
            QCoreApplication::translate(
                "Sendcheck::SmtpSession",
                "An address needs SMTPUTF8 (international characters before the @), which this "
                "server does not offer."));
        return;
    }
    if (m_session.m_envelope.eightBitBody && !m_session.m_capabilities.eightBitMime()) {
        // A problem of the message, not of the sender: counted at the message stage (exit
        // code 10, explained as a message the server cannot take), though no MAIL was sent.
        const QString text = QCoreApplication::translate(
            "Sendcheck::SmtpSession",
            "The message has 8-bit characters (bytes above 127, such as UTF-8 text that is "
            "not encoded as quoted-printable or base64), and this server does not offer "
            "8BITMIME, so it may not pass them on unchanged. Nothing was sent, and the "
            "message is not changed to fit: encode it as 7-bit in the mail program, or send "
            "it through a server that offers 8BITMIME.");
        SessionFailure &failure = m_session.m_result.failure;
        if (!failure.isFailure()) {
            failure.kind = FailureKind::InvalidInput;
            failure.stage = Stage::Data;
            failure.detail = text;
        }
        m_session.fail(FailureKind::InvalidInput, text);
        return;
    }
    m_transaction = std::make_unique<MailTransaction>(m_session.m_envelope, std::move(message));
    m_session.m_channel.send(openingCommands());
}

QList<SmtpCommand> TransactionDriver::openingCommands() const
{
    return m_transaction->openingCommands(m_session.pipelining(),
                                          m_session.m_capabilities.sizeLimit().has_value(),
                                          m_session.m_stopAfter);
}

void TransactionDriver::refuseTransaction(const SmtpReply &reply, Stage stage)
{
    if (!m_transaction->refuse(reply, stage) || m_session.m_result.failure.isFailure())
        return;
    m_session.m_result.failure.stage
        = m_session.m_stage == Stage::Idle ? Stage::MailFrom : m_session.m_stage;
    m_session.m_result.failure.kind = FailureKind::Reply;
    m_session.m_result.failure.reply = reply;
    m_session.m_result.failure.detail = reply.toOneLine();
}

void TransactionDriver::handleMailReply(const SmtpReply &reply)
{
    if (reply.code != 250)
        refuseTransaction(reply, Stage::MailFrom);
    else if (m_session.stopIfRequested(Stage::MailFrom))
        return;
    if (!m_transaction->refusal()) {
        m_session.setState(State::RcptTo);
        if (!m_session.pipelining())
            m_session.m_channel.send({m_transaction->nextRcptCommand()});
    }
    settleRefusedTransaction(Expect::MailFrom);
}

void TransactionDriver::handleRcptReply(const SmtpReply &reply)
{
    const auto [result, counts] = m_transaction->recipientReplied(reply);
    if (counts) {
        m_session.m_result.recipients.append(result);
        Q_EMIT m_session.recipientChecked(result);
    }
    if (!result.accepted && !m_transaction->refusal())
        refuseTransaction(reply, Stage::RcptTo);
    if (!m_transaction->allRecipientsAnswered()) {
        if (!m_session.pipelining())
            m_session.m_channel.send({m_transaction->nextRcptCommand()});
    } else if (m_transaction->refusedAt() != Stage::MailFrom) {
        if (m_session.stopIfRequested(Stage::RcptTo))
            return;
        // With no recipient accepted a pipelined DATA is still to be answered (and refused).
        if (m_transaction->anyRecipientAccepted()) {
            m_session.setState(State::Data);
            if (!m_session.pipelining())
                m_session.m_channel.send({SmtpCommand::data()});
        }
    }
    settleRefusedTransaction(Expect::RcptTo);
}

void TransactionDriver::handleDataReply(const SmtpReply &reply)
{
    if (reply.code != 354) {
        if (!m_transaction->refusal())
            refuseTransaction(reply, Stage::Data);
        settleRefusedTransaction(Expect::Data);
        return;
    }
    if (m_transaction->needsEmptyMessage()) {
        m_session.m_channel.send({SmtpCommand::emptyMessageEnd()});
        return;
    }
    if (m_session.m_stopAfter == Stage::Data) {
        m_session.setState(State::Data);
        m_session.m_transcript->append(
            Direction::Info,
            QCoreApplication::translate("Sendcheck::SmtpSession",
                                        "Stopping after DATA was accepted: the connection is "
                                        "closed without sending the message, so nothing is "
                                        "delivered."),
            m_session.m_channel.isEncrypted());
        m_session.finish(); // closes the connection without a dot: nothing is delivered
        return;
    }
    if (m_session.m_stepMode) {
        m_session.setState(State::MessageHeld);
        Q_EMIT m_session.commandHeld(QStringLiteral("<message>"));
        return;
    }
    startMessageData();
}

void TransactionDriver::handleDotReply(const SmtpReply &reply)
{
    m_transaction->setCompleted();
    if (m_transaction->deliveredNothing()) {
        // The empty message after a refused pipelined transaction.
        settleRefusedTransaction(Expect::DataEnd);
        return;
    }
    if (reply.code != 250)
        m_transaction->refuseMessage(reply);
    countMessageOutcome(reply);
    afterTransaction();
}

void TransactionDriver::handlePipelinedDotReply(const SmtpReply &reply)
{
    // The reply to the final dot of the previous message; the next message's MAIL, RCPT and
    // DATA went out behind that dot and its transaction is already under way, so this reply
    // only settles the previous message.
    countMessageOutcome(reply);
    --m_session.m_messagesLeft;
    m_session.setState(State::MailFrom);
}

void TransactionDriver::settleRefusedTransaction(Expect answered)
{
    // A refused transaction goes on until every pipelined reply of it has come back.
    if (!m_transaction->refusal() || m_session.m_channel.isExpecting(Expect::RcptTo)
        || m_session.m_channel.isExpecting(Expect::Data)
        || m_session.m_channel.isExpecting(Expect::DataEnd))
        return;
    if (m_transaction->refusedAt() == Stage::RcptTo && m_transaction->anyRecipientAccepted()
        && answered != Expect::Data)
        return; // some recipients took it: the message still goes to them
    const SmtpReply refusal = *m_transaction->refusal();
    Q_EMIT m_session.messageFinished(false, refusal);
    (refusal.isTransientFailure() ? m_session.m_result.messagesDeferred
                                  : m_session.m_result.messagesRejected)++;
    afterTransaction();
}

void TransactionDriver::countMessageOutcome(const SmtpReply &reply)
{
    if (reply.code == 250) {
        ++m_session.m_result.messagesAccepted;
        Q_EMIT m_session.messageFinished(true, reply);
        return;
    }
    Q_EMIT m_session.messageFinished(false, reply);
    (reply.isTransientFailure() ? m_session.m_result.messagesDeferred
                                : m_session.m_result.messagesRejected)++;
    if (!m_session.m_result.failure.isFailure()) {
        m_session.m_result.failure.stage = Stage::Data;
        m_session.m_result.failure.kind = FailureKind::Reply;
        m_session.m_result.failure.reply = reply;
        m_session.m_result.failure.detail = reply.toOneLine();
    }
}

void TransactionDriver::startMessageData()
{
    m_session.setState(State::Message);
    QByteArray content;
    const QByteArray wire = m_transaction->startData(MessageChunk, &content);
    showMessageHeader(content);
    m_session.m_stream->write(wire);
    m_session.m_channel.startTimer(m_session.m_settings.timeouts.dataBlock);
    pumpMessage();
}

void TransactionDriver::showMessageHeader(const QByteArray &content)
{
    // The header section; the body is summarised, not copied into the transcript.
    const qsizetype headerEnd = content.indexOf("\r\n\r\n");
    const QList<QByteArray> headerLines
        = (headerEnd >= 0 ? content.left(headerEnd) : content).split('\n');
    int shown = 0;
    for (QByteArray header : headerLines) {
        if (shown++ == TranscriptHeaderLines)
            break;
        if (header.endsWith('\r'))
            header.chop(1);
        m_session.m_transcript->append(Direction::Client, QString::fromUtf8(header),
                                       m_session.m_channel.isEncrypted());
    }
    m_session.m_transcript->append(
        Direction::Info,
        QCoreApplication::translate("Sendcheck::SmtpSession", "… message body (%1 bytes in all) …")
            .arg(m_transaction->messageSize()),
        m_session.m_channel.isEncrypted());
}

void TransactionDriver::pumpMessage()
{
    if (m_session.m_state != State::Message)
        return;
    while (m_session.m_stream->bytesToWrite() < WriteHighWater) {
        if (m_transaction->dataAtEnd()) {
            endMessageData();
            return;
        }
        const std::optional<QByteArray> chunk = m_transaction->nextData(MessageChunk);
        if (!chunk) {
            m_session.fail(FailureKind::LocalError,
                           QCoreApplication::translate("Sendcheck::SmtpSession",
                                                       "Reading the message failed: %1")
                               .arg(m_transaction->messageError()));
            return;
        }
        m_session.m_stream->write(*chunk);
    }
}

void TransactionDriver::endMessageData()
{
    QByteArray tail = m_transaction->endData();
    m_session.m_transcript->append(Direction::Client, QStringLiteral("."),
                                   m_session.m_channel.isEncrypted());
    m_session.setState(State::DataEnd);
    if (m_session.pipelining() && m_session.m_messagesLeft > 1 && !m_session.m_stopAfter
        && sendNextBehindTheDot(tail))
        return;
    m_session.m_channel.expect(Expect::DataEnd);
    if (m_session.pipelining() && m_session.m_messagesLeft == 1 && !m_session.m_keepOpen) {
        // QUIT rides with the final dot: one round trip fewer (RFC 2920 allows it).
        tail += "QUIT\r\n";
        m_session.m_transcript->append(Direction::Client, QStringLiteral("QUIT"),
                                       m_session.m_channel.isEncrypted());
        m_session.m_channel.expect(Expect::Quit);
    }
    m_session.m_stream->write(tail);
    m_session.m_channel.startTimer(m_session.m_settings.timeouts.dataTermination);
}

bool TransactionDriver::sendNextBehindTheDot(const QByteArray &tail)
{
    // A burst: the next MAIL, RCPT and DATA ride behind the final dot (RFC 2920 3.1 lets
    // message data start a group), one round trip per message instead of two. Replies come
    // back in order, so the dot's reply still belongs to this message.
    std::unique_ptr<MessageSource> next = m_session.m_messageFactory();
    if (exceedsSizeLimit(next.get())) {
        // Too large: startTransaction() refuses it once this message is settled.
        m_nextMessage = std::move(next);
        return false;
    }
    m_session.m_channel.expect(Expect::DataEndPipelined);
    m_session.m_stream->write(tail);
    m_session.m_result.recipients.clear();
    m_transaction = std::make_unique<MailTransaction>(m_session.m_envelope, std::move(next));
    m_session.m_channel.send(openingCommands());
    m_session.m_channel.startTimer(m_session.m_settings.timeouts.dataTermination);
    return true;
}

void TransactionDriver::onBytesWritten()
{
    if (m_session.m_state != State::Message)
        return;
    // Progress: the block timer starts over.
    m_session.m_channel.startTimer(m_session.m_settings.timeouts.dataBlock);
    pumpMessage();
}

void TransactionDriver::afterTransaction()
{
    --m_session.m_messagesLeft;
    if (m_session.m_messagesLeft > 0 && m_session.m_stream->isConnected()) {
        // A transaction that ended with a reply to the final dot is over on both sides; only
        // one cut short before that needs RSET (RFC 5321 4.1.1.5), which saves a round trip
        // per message in a burst.
        if (m_transaction->isCompleted()) {
            startTransaction();
            return;
        }
        m_session.setState(State::Reset);
        m_session.m_channel.send({SmtpCommand::rset()});
        return;
    }
    const bool failed = m_session.m_result.failure.isFailure();
    if (!failed)
        m_session.setState(State::Done);
    if (m_session.quitPending()) {
        if (failed) // the QUIT sent with the dot is still to be answered
            m_session.setState(State::Closing);
        return;
    }
    if (m_session.m_keepOpen) {
        m_session.park();
        return;
    }
    m_session.quitPolitely();
}

void TransactionDriver::handleRsetReply(const SmtpReply &reply)
{
    if (m_session.isParked()) {
        Q_EMIT m_session.commandReplied(reply);
        return;
    }
    if (reply.code != 250) {
        m_session.fail(FailureKind::Reply, reply.toOneLine(), reply);
        return;
    }
    startTransaction();
}
} // namespace Sendcheck
