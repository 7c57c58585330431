// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceimapserver.h"

#include "practiceimapsession.h"
#include "practicelistener.h"
#include "practiceserver.h"

#include <QSslSocket>

namespace Sendcheck {

PracticeImapServer::PracticeImapServer(PracticeServer *smtp, QObject *parent)
    : QObject(parent), m_smtp(smtp)
{
    connect(m_smtp, &PracticeServer::messageReceived, this, [this](const ReceivedMessage &message) {
        m_mailbox.deliver(message, m_smtp->settings().hostName, m_smtp->scenario().deliverToJunk());
    });
}

PracticeImapServer::~PracticeImapServer()
{
    stop();
}

bool PracticeImapServer::start(const QHostAddress &address, quint16 imapPort, quint16 imapsPort)
{
    stop();
    if (!m_smtp->certificate().isValid()) {
        m_error = tr("Start the practice SMTP server first: IMAP uses its certificate.");
        return false;
    }
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(m_smtp->certificate().certificate());
    m_tls.setPrivateKey(m_smtp->certificate().privateKey());
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_plain = std::make_unique<PracticeListener>();
    m_implicit = std::make_unique<PracticeListener>();
    connect(m_plain.get(), &PracticeListener::descriptorAccepted, this,
            [this](qintptr descriptor) { accept(descriptor, false); });
    connect(m_implicit.get(), &PracticeListener::descriptorAccepted, this,
            [this](qintptr descriptor) { accept(descriptor, true); });
    if (!m_plain->listen(address, imapPort) || !m_implicit->listen(address, imapsPort)) {
        m_error
            = tr("The practice IMAP server cannot listen on %1: %2")
                  .arg(address.toString(),
                       m_plain->isListening() ? m_implicit->errorString() : m_plain->errorString());
        stop();
        return false;
    }
    return true;
}

void PracticeImapServer::stop()
{
    m_plain.reset();
    m_implicit.reset();
    // Sessions are children of this object; a stopped server stops talking.
    const QList<PracticeImapSession *> sessions = findChildren<PracticeImapSession *>();
    for (PracticeImapSession *session : sessions)
        session->deleteLater();
    m_sessions = 0;
}

quint16 PracticeImapServer::imapPort() const
{
    return m_plain ? m_plain->serverPort() : 0;
}

quint16 PracticeImapServer::imapsPort() const
{
    return m_implicit ? m_implicit->serverPort() : 0;
}

void PracticeImapServer::accept(qintptr descriptor, bool implicitTls)
{
    auto socket = std::make_unique<QSslSocket>();
    if (!socket->setSocketDescriptor(descriptor))
        return;
    if (m_sessions >= MaxSessions) {
        if (!implicitTls)
            socket->write("* BYE Too many connections to the practice mailbox\r\n");
        socket->disconnectFromHost();
        socket.release()->deleteLater();
        return;
    }
    auto *session = new PracticeImapSession(std::move(socket), implicitTls, m_tls,
                                            &m_smtp->settings(), &m_mailbox, this);
    ++m_sessions;
    connect(session, &PracticeImapSession::finished, this, [this, session] {
        --m_sessions;
        session->deleteLater();
    });
    session->start();
}

} // namespace Sendcheck
