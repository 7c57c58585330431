// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport {
class TestCertificates;
}

// A real Dovecot IMAP server (Debian package dovecot-imapd) for the read-back tests, started
// on 127.0.0.1 from a configuration of its own in a temporary directory: implicit TLS and
// STARTTLS listeners on free ports, the test certificate, users in a passwd-file, Maildir
// mailboxes with a Junk folder (special-use \Junk). Messages are delivered by writing files
// into the Maildir, as a local delivery agent would. Stopped when the object goes.
class DovecotPeer
{
public:
    struct User
    {
        QByteArray name;
        QByteArray password;
    };

    explicit DovecotPeer(const TestSupport::TestCertificates &certificates);
    ~DovecotPeer();
    DovecotPeer(const DovecotPeer &) = delete;
    DovecotPeer &operator=(const DovecotPeer &) = delete;

    // False (with errorString()) when Dovecot is missing or does not come up.
    [[nodiscard]] bool start(const QList<User> &users);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 tlsPort() const { return m_tlsPort; }
    [[nodiscard]] quint16 startTlsPort() const { return m_startTlsPort; }

    // Where each user's Maildir is (<mailRoot>/<user>/), and who owns the mail there: for a
    // real delivery agent (Postfix's virtual(8)) that files messages itself.
    [[nodiscard]] QString mailRoot() const;
    [[nodiscard]] static uint mailUid();
    [[nodiscard]] static uint mailGid();

    // Writes `message` into the user's folder ("" for INBOX, "Junk", ...) as a new message.
    [[nodiscard]] bool deliver(const QByteArray &user, const QString &folder,
                               const QByteArray &message);

private:
    [[nodiscard]] bool writeFile(const QString &path, const QByteArray &contents);
    void handOver(const QString &path); // to the user the mail processes run as

    const TestSupport::TestCertificates &m_certificates;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
    quint16 m_tlsPort = 0;
    quint16 m_startTlsPort = 0;
    int m_sequence = 0;
};
