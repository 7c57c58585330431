// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionresult.h"
#include "smtpcommand.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Sendcheck {

class DotStuffer;
class MessageSource;

// One mail transaction (RFC 5321 3.3): MAIL FROM, a RCPT TO per recipient, DATA, then the
// message and its final dot. It makes the commands, keeps what their replies said, and frames
// the message data; the session carries bytes and replies and decides what comes next. Sending
// the message with BDAT (RFC 3030 CHUNKING) instead of DATA would be this class's business.
class MailTransaction
{
public:
    struct Envelope
    {
        QString from; // an addr-spec, checked and IDN-converted by the caller
        QStringList recipients;
        bool needsSmtpUtf8 = false;
        // The message has bytes above 127 (a prepared message file): MAIL FROM says
        // BODY=8BITMIME, and a server without 8BITMIME gets no message at all.
        bool eightBitBody = false;
    };

    MailTransaction(const Envelope &envelope, std::unique_ptr<MessageSource> message);
    ~MailTransaction();

    // MAIL FROM (with SIZE= when the server announced SIZE); when pipelining also every RCPT
    // and DATA, in one group (RFC 2920), as far as a connection test goes.
    [[nodiscard]] QList<SmtpCommand> openingCommands(bool pipelining, bool sizeOffered,
                                                     std::optional<Stage> stopAfter) const;
    // The RCPT for the recipient whose reply comes next (one at a time, without pipelining).
    [[nodiscard]] SmtpCommand nextRcptCommand() const;

    // The first refusal is the one that counts. True when this was it.
    bool refuse(const SmtpReply &reply, Stage stage);
    // A refused final dot outranks an earlier refused recipient: the message itself failed.
    void refuseMessage(const SmtpReply &reply);
    [[nodiscard]] const std::optional<SmtpReply> &refusal() const { return m_refusal; }
    [[nodiscard]] Stage refusedAt() const { return m_refusedAt; } // Idle when not refused

    struct RecipientReply
    {
        RecipientResult result;
        bool counts = false; // false after a refused MAIL: the recipient was never considered
    };
    // Takes the reply to the next RCPT.
    [[nodiscard]] RecipientReply recipientReplied(const SmtpReply &reply);
    [[nodiscard]] bool allRecipientsAnswered() const;
    [[nodiscard]] bool anyRecipientAccepted() const;
    // After DATA's 354: nothing may be delivered (no recipient took it, or MAIL was refused),
    // so only an empty message follows, which the server must not deliver (RFC 2920 3.1).
    [[nodiscard]] bool needsEmptyMessage() const;
    // The final dot's reply settles nothing more than the refusal already did.
    [[nodiscard]] bool deliveredNothing() const;
    void setCompleted() { m_completed = true; }
    // The final dot was answered: the transaction is over on both sides and needs no RSET.
    [[nodiscard]] bool isCompleted() const { return m_completed; }

    // DATA: the message dot-stuffed, a chunk at a time. `content` gets the first chunk as it
    // is, for the transcript to show the header.
    [[nodiscard]] QByteArray startData(qsizetype maxBytes, QByteArray *content);
    // Nothing when reading failed: DATA must never end on a partial message.
    [[nodiscard]] std::optional<QByteArray> nextData(qsizetype maxBytes);
    [[nodiscard]] bool dataAtEnd() const;
    [[nodiscard]] QByteArray endData(); // the final dot (after a CRLF the content lacked)
    [[nodiscard]] qint64 messageSize() const;
    [[nodiscard]] QString messageError() const;

private:
    Envelope m_envelope;
    std::unique_ptr<MessageSource> m_message;
    std::unique_ptr<DotStuffer> m_stuffer;
    QList<RecipientResult> m_recipients;
    qsizetype m_rcptReplies = 0;
    std::optional<SmtpReply> m_refusal;
    Stage m_refusedAt = Stage::Idle;
    bool m_completed = false;
};

} // namespace Sendcheck
