// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"
#include "testcertificates.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// One of the real SMTP servers in tests/peers/ (aiosmtpd or a private Postfix) configured as a
// submission server on 127.0.0.1: STARTTLS with a TestCertificates certificate, AUTH PLAIN and
// LOGIN for one user (password handed over in an environment variable), local domain
// local.test with known recipients, relaying only when signed in.
//
//   TestSupport::SmtpPeer peer(SmtpPeer::Postfix, certs, {.user = "alice@local.test",
//                              .password = "...", .known = {"known@local.test"}});
//   QVERIFY2(peer.start(), qPrintable(peer.failureReport()));
//   ... connect to 127.0.0.1:peer.port() ...
class SmtpPeer
{
public:
    enum Kind { Aiosmtpd, Postfix };
    struct Options
    {
        bool requireStartTls = false;
        bool openRelay = false; // Postfix only: relays for anyone (the open relay test)
        QString user;
        QString password;
        QStringList known;
        TestCertificates::Kind certificate = TestCertificates::Kind::Server;
        // Postfix only: mail for the known addresses is filed into Maildirs under this folder
        // (<folder>/<address>/, owned by maildirUid:maildirGid) instead of being discarded.
        QString maildirBase;
        uint maildirUid = 65534;
        uint maildirGid = 65534;
    };

    SmtpPeer(Kind kind, const TestCertificates &certificates, const Options &options);
    ~SmtpPeer();
    SmtpPeer(const SmtpPeer &) = delete;
    SmtpPeer &operator=(const SmtpPeer &) = delete;

    [[nodiscard]] bool start(int timeoutMs = 30000);
    bool stop(int graceMs = 15000);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString failureReport();
    [[nodiscard]] Kind kind() const { return m_kind; }

    // aiosmtpd only: message N (from 1) exactly as received, and its envelope/auth facts
    // (mail_from, rcpt_tos, auth_user, tls). Empty when there is no such message.
    [[nodiscard]] QByteArray savedMessage(int number) const;
    [[nodiscard]] QJsonObject savedEnvelope(int number) const;
    [[nodiscard]] QString saveDirectory() const;
    // Postfix only: the live maillog (empty for aiosmtpd, or before start).
    [[nodiscard]] QString maillogPath();
    [[nodiscard]] QByteArray maillog();

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static Kind kindFromName(const QString &name);
    // The programs and packages the peers need; empty when all are there, otherwise the
    // message to QFAIL with.
    [[nodiscard]] static QString missingPrerequisites();

private:
    Kind m_kind;
    QTemporaryDir m_work;
    std::unique_ptr<PeerProcess> m_process;
};

} // namespace TestSupport
