// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailtransaction.h"
#include "sessionstate.h"
#include "smtpcommand.h"
#include "smtpreply.h"
#include "smtpstage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Sendcheck {

class MessageSource;
class SmtpSession;

// The message transactions of one SmtpSession: MAIL, RCPT and DATA and their replies, the
// message data pumped out dot-stuffed, the next message pipelined behind the final dot in a
// burst, each message counted as accepted, deferred or rejected, and RSET after a
// transaction cut short. The session drives the connection and the stages and hands every
// reply to a transaction command here; this acts on the session's channel, stream, result
// and state (it is the session's friend, and lives and dies with it).
class TransactionDriver
{
public:
    explicit TransactionDriver(SmtpSession &session);
    ~TransactionDriver();
    TransactionDriver(const TransactionDriver &) = delete;
    TransactionDriver &operator=(const TransactionDriver &) = delete;

    // MAIL FROM (and, when pipelining, RCPT and DATA) for the next message.
    void startTransaction();
    // After DATA's 354, or the step that releases the held message.
    void startMessageData();
    // The stream took bytes: more of the message may go out.
    void onBytesWritten();

    // Replies, by the command they answer.
    void handleMailReply(const SmtpReply &reply);
    void handleRcptReply(const SmtpReply &reply);
    void handleDataReply(const SmtpReply &reply);
    void handleDotReply(const SmtpReply &reply);
    void handlePipelinedDotReply(const SmtpReply &reply);
    void handleRsetReply(const SmtpReply &reply);

private:
    using Expect = SmtpCommand::Expect;
    using State = SessionState;

    [[nodiscard]] QString envelopeProblem() const;
    [[nodiscard]] bool exceedsSizeLimit(const MessageSource *message) const;
    void refuseTransaction(const SmtpReply &reply, Stage stage);
    void settleRefusedTransaction(Expect answered);
    [[nodiscard]] QList<SmtpCommand> openingCommands() const;
    void showMessageHeader(const QByteArray &content);
    void pumpMessage();
    void endMessageData();
    [[nodiscard]] bool sendNextBehindTheDot(const QByteArray &tail);
    void afterTransaction();
    // Counts a message as accepted, deferred or rejected from the reply to its final dot.
    void countMessageOutcome(const SmtpReply &reply);

    SmtpSession &m_session;
    std::unique_ptr<MailTransaction> m_transaction;
    // The next message, opened by endMessageData() but too large to send ahead.
    std::unique_ptr<MessageSource> m_nextMessage;
};

} // namespace Sendcheck
