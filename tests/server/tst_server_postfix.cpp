// SPDX-License-Identifier: GPL-3.0-or-later
// The open relay test of `sendcheck-cli server` against a real Postfix smtpd on 127.0.0.1,
// configured once as a relay for anyone (mynetworks = 0.0.0.0/0, permit_mynetworks) and once as usual
// (relay only when signed in): relay.open must fail and pass. No DATA is ever sent, which the
// Postfix log shows; accepted mail would go to the discard transport anyway.
#include "../interop/smtppeer.h"

#include "cliprocess.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using TestSupport::CliProcess;
using TestSupport::CliResult;
using TestSupport::SmtpPeer;

namespace {

QJsonObject checkById(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

} // namespace

class TestServerPostfix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TestCertificates> m_certs;

    QJsonObject relayTest(bool openRelay, QByteArray *maillog)
    {
        SmtpPeer::Options options;
        options.openRelay = openRelay;
        options.known = {QStringLiteral("known@local.test")};
        SmtpPeer peer(SmtpPeer::Postfix, *m_certs, options);
        if (!peer.start()) {
            qWarning().noquote() << peer.failureReport();
            return {};
        }
        CliProcess cli;
        cli.setTimeout(90000);
        const CliResult r = cli.run({QStringLiteral("server"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QString::number(peer.port()),
                                     QStringLiteral("--relay-test"), QStringLiteral("--from"),
                                     QStringLiteral("outside@example.org"), QStringLiteral("--to"),
                                     QStringLiteral("someone@example.net"),
                                     QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:1"),
                                     QStringLiteral("--no-history"), QStringLiteral("--json")});
        *maillog = peer.maillog();
        peer.stop();
        return r.json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = SmtpPeer::missingPrerequisites();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        m_certs = std::make_unique<TestSupport::TestCertificates>();
        QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
    }

    void postfixAsOpenRelay()
    {
        QByteArray log;
        const QJsonObject json = relayTest(true, &log);
        const QJsonObject relay = checkById(json, QStringLiteral("relay.open"));
        QCOMPARE(relay.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY(relay.value(QStringLiteral("summary")).toString().contains(QLatin1String("250")));
        QVERIFY(checkById(json, QStringLiteral("banner.name"))
                    .value(QStringLiteral("summary"))
                    .toString()
                    .contains(QLatin1String("postfix.local.test")));
        QVERIFY2(!log.contains("DATA"), log.constData());
    }

    void postfixRefusesRelay()
    {
        QByteArray log;
        const QJsonObject json = relayTest(false, &log);
        const QJsonObject relay = checkById(json, QStringLiteral("relay.open"));
        QCOMPARE(relay.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(relay.value(QStringLiteral("summary")).toString().contains(QLatin1String("554")),
                 qPrintable(relay.value(QStringLiteral("summary")).toString()));
        QVERIFY(log.contains("Relay access denied"));
    }
};

QTEST_GUILESS_MAIN(TestServerPostfix)
#include "tst_server_postfix.moc"
