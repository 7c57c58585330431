// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Sendcheck {

class MessageSource;

// The test message a send carries, as plain values. createSource() turns it into the RFC 5322
// bytes (see MimeWriter); validate() says, before anything is sent, what would be refused.
class TestMessage
{
    Q_DECLARE_TR_FUNCTIONS(TestMessage)

public:
    TestMessage() = default;

    [[nodiscard]] Address from() const { return m_from; }
    void setFrom(const Address &from) { m_from = from; }
    [[nodiscard]] QList<Address> to() const { return m_to; }
    void setTo(const QList<Address> &to) { m_to = to; }
    [[nodiscard]] QList<Address> cc() const { return m_cc; }
    void setCc(const QList<Address> &cc) { m_cc = cc; }
    [[nodiscard]] QString subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    [[nodiscard]] QString textBody() const { return m_textBody; }
    void setTextBody(const QString &text) { m_textBody = text; }
    // Sent as a multipart/alternative next to the text when set.
    [[nodiscard]] std::optional<QString> htmlBody() const { return m_htmlBody; }
    void setHtmlBody(const std::optional<QString> &html) { m_htmlBody = html; }
    [[nodiscard]] QStringList attachments() const { return m_attachments; }
    void setAttachments(const QStringList &filePaths) { m_attachments = filePaths; }
    // Unset: the time the source is created.
    [[nodiscard]] std::optional<QDateTime> date() const { return m_date; }
    void setDate(const std::optional<QDateTime> &date) { m_date = date; }
    // "<id@domain>"; empty: a random one at the sender's domain.
    [[nodiscard]] QString messageId() const { return m_messageId; }
    void setMessageId(const QString &messageId) { m_messageId = messageId; }

    // Translated problems, one sentence each; empty when the message can be sent.
    [[nodiscard]] QStringList validate() const;
    // The message bytes, streamed. Date and Message-ID are fixed when the source is created.
    [[nodiscard]] std::unique_ptr<MessageSource> createSource() const;
    // Sources for a burst of copies: what every copy shares (header fields, the encoded text and
    // HTML, attachment part headers) is built once, here; each call of the factory adds only a
    // Date (formatted once a second) and a fresh Message-ID. Each copy's bytes are what
    // createSource() would give at that moment.
    [[nodiscard]] std::function<std::unique_ptr<MessageSource>()> sourceFactory() const;
    // RCPT TO addresses: To then Cc, duplicates removed.
    [[nodiscard]] QStringList envelopeRecipients() const;
    // A sender or recipient with a Unicode local part: the server must offer SMTPUTF8.
    [[nodiscard]] bool needsSmtpUtf8() const;

    // RFC 5322 3.3 date-time, English names whatever the locale.
    [[nodiscard]] static QByteArray formatDate(const QDateTime &dateTime);
    // "<random@domain>", unique enough to find the message in a mailbox.
    [[nodiscard]] static QString generateMessageId(const QString &domain);

private:
    Address m_from;
    QList<Address> m_to;
    QList<Address> m_cc;
    QString m_subject;
    QString m_textBody;
    std::optional<QString> m_htmlBody;
    QStringList m_attachments;
    std::optional<QDateTime> m_date;
    QString m_messageId;
};

} // namespace Sendcheck
