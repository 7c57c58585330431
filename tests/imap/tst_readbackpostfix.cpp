// SPDX-License-Identifier: GPL-3.0-or-later
// The read-back end to end, with nothing scripted: `sendcheck-cli send --read-back` submits the
// test message to a real Postfix (STARTTLS, AUTH), Postfix delivers it into the Maildir of a real
// Dovecot (its virtual(8) delivery agent), and the read-back finds it there over IMAP, with the
// Received hop Postfix wrote (TLS and all). Everything on 127.0.0.1; the planted secret is
// searched for in everything the CLI printed.
#include "dovecotpeer.h"

#include "../interop/smtppeer.h"
#include "cliprocess.h"
#include "secretscan.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString address = QStringLiteral("alice@local.test");
const QByteArray plantedSecret = "Pl4nted-S3cret-e2e";
const QString secretVariable = QStringLiteral("SENDCHECK_E2E_SECRET");

} // namespace

class TestReadBackPostfix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = TestSupport::SmtpPeer::missingPrerequisites();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing)); // a missing peer fails loudly, never skips
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
        m_dovecot = std::make_unique<DovecotPeer>(m_certs);
        QVERIFY2(m_dovecot->start({{address.toUtf8(), plantedSecret}}),
                 qPrintable(m_dovecot->errorString()));
        TestSupport::SmtpPeer::Options options;
        options.user = address;
        options.password = QString::fromUtf8(plantedSecret);
        options.known = {address};
        options.maildirBase = m_dovecot->mailRoot();
        options.maildirUid = DovecotPeer::mailUid();
        options.maildirGid = DovecotPeer::mailGid();
        m_postfix = std::make_unique<TestSupport::SmtpPeer>(TestSupport::SmtpPeer::Postfix, m_certs,
                                                            options);
        QVERIFY2(m_postfix->start(), qPrintable(m_postfix->failureReport()));
    }

    void cleanupTestCase()
    {
        if (m_postfix) {
            const bool stopped = m_postfix->stop();
            const QString report = m_postfix->failureReport();
            m_postfix.reset();
            QVERIFY2(stopped, qPrintable(report));
        }
        m_dovecot.reset();
    }

    void sendThenReadBackFindsWhatPostfixDelivered()
    {
        TestSupport::CliProcess cli;
        cli.setEnvironmentVariable(secretVariable, QString::fromUtf8(plantedSecret));
        cli.setTimeout(120000);
        const TestSupport::CliResult r = cli.run({QStringLiteral("send"),
                                                  QStringLiteral("--host"),
                                                  QStringLiteral("localhost"),
                                                  QStringLiteral("--port"),
                                                  QString::number(m_postfix->port()),
                                                  QStringLiteral("--security"),
                                                  QStringLiteral("starttls"),
                                                  QStringLiteral("--user"),
                                                  address,
                                                  QStringLiteral("--password-env"),
                                                  secretVariable,
                                                  QStringLiteral("--from"),
                                                  address,
                                                  QStringLiteral("--to"),
                                                  address,
                                                  QStringLiteral("--ca-file"),
                                                  m_certs.caCertPath(),
                                                  QStringLiteral("--ehlo"),
                                                  QStringLiteral("tester.local.test"),
                                                  QStringLiteral("--read-back"),
                                                  QStringLiteral("--imap-host"),
                                                  QStringLiteral("localhost"),
                                                  QStringLiteral("--imap-port"),
                                                  QString::number(m_dovecot->tlsPort()),
                                                  QStringLiteral("--wait"),
                                                  QStringLiteral("60"),
                                                  QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe() + m_postfix->maillog()));
        const QJsonObject json = r.json();
        const QJsonObject readBack = json.value(QStringLiteral("read_back")).toObject();
        QCOMPARE(readBack.value(QStringLiteral("arrived")).toBool(), true);
        QCOMPARE(readBack.value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));
        QCOMPARE(readBack.value(QStringLiteral("spam")).toBool(), false);
        // The hop Postfix added when it took the message from us: by Postfix, over TLS,
        // authenticated (ESMTPSA), from the EHLO name we gave.
        const QJsonArray hops = readBack.value(QStringLiteral("hops")).toArray();
        QVERIFY2(!hops.isEmpty(), qPrintable(r.describe()));
        bool postfixHop = false;
        for (const QJsonValue &value : hops) {
            const QJsonObject hop = value.toObject();
            if (hop.value(QStringLiteral("by")).toString() != QLatin1String("postfix.local.test"))
                continue;
            postfixHop = true;
            QCOMPARE(hop.value(QStringLiteral("from")).toString(),
                     QStringLiteral("tester.local.test"));
            QCOMPARE(hop.value(QStringLiteral("with")).toString(), QStringLiteral("ESMTPSA"));
            QCOMPARE(hop.value(QStringLiteral("tls")).toString(), QStringLiteral("yes"));
            QVERIFY(hop.value(QStringLiteral("tls_version")).toString().startsWith(u"TLS"));
        }
        QVERIFY2(postfixHop, qPrintable(r.describe()));
        // The mailbox was read with the same account and secret as the send, over verified TLS.
        const QJsonObject imap = json.value(QStringLiteral("imap")).toObject();
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), int(m_dovecot->tlsPort()));
        const QStringList leaks = TestSupport::findSecretLeaks(r.standardOutput + r.standardError,
                                                               address.toUtf8(), plantedSecret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

private:
    TestSupport::TestCertificates m_certs;
    std::unique_ptr<DovecotPeer> m_dovecot;
    std::unique_ptr<TestSupport::SmtpPeer> m_postfix;
};

QTEST_GUILESS_MAIN(TestReadBackPostfix)
#include "tst_readbackpostfix.moc"
