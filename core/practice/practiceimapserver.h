// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practicemailbox.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace Sendcheck {

class PracticeListener;
class PracticeServer;
class PracticeImapSession;

// IMAP for the practice server's own mailbox: STARTTLS on one port, implicit TLS on another,
// the practice account and certificate. Every message the SMTP side accepts is delivered into
// the mailbox (Junk when the scenario says junk-folder), so "did it arrive, and where?" can be
// tried with no account and no internet.
class PracticeImapServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSessions = 50;

    // `smtp` must outlive this object and be started first (its certificate is used).
    explicit PracticeImapServer(PracticeServer *smtp, QObject *parent = nullptr);
    ~PracticeImapServer() override;

    // Port 0 = any free port. Returns false with errorString().
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 imapPort = 0,
               quint16 imapsPort = 0);
    void stop();
    [[nodiscard]] quint16 imapPort() const; // plain + STARTTLS
    [[nodiscard]] quint16 imapsPort() const; // implicit TLS
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] PracticeMailbox &mailbox() { return m_mailbox; }

private:
    void accept(qintptr descriptor, bool implicitTls);

    PracticeServer *m_smtp;
    PracticeMailbox m_mailbox;
    QSslConfiguration m_tls;
    std::unique_ptr<PracticeListener> m_plain;
    std::unique_ptr<PracticeListener> m_implicit;
    int m_sessions = 0;
    QString m_error;
};

} // namespace Sendcheck
