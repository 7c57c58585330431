// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 23, majors 4 and 5: a session that waits for a greeting on a port that speaks TLS from
// the first byte finds out within seconds (a second connection tries a TLS handshake), and a
// server name that does not resolve is told apart from a computer that resolves no name at
// all. Everything on 127.0.0.1 (the practice server's implicit-TLS listener, small servers of
// the test's own) and, for names, on lookups that fail or succeed without a network.
#include "diagnosis/diagnoser.h"
#include "diagnosis/topicids.h"
#include "practice/practiceserver.h"
#include "sessionrunner.h"
#include "smtp/resolvercheck.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Sendcheck;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Sendcheck::Security)

namespace {

// Accepts connections and says nothing until `greetAfterMs` (never when negative); then
// greets in plain text and answers every line with 221, so QUIT ends the session.
class SlowServer : public QTcpServer
{
public:
    explicit SlowServer(int greetAfterMs) : m_greetAfterMs(greetAfterMs) { }
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        if (m_greetAfterMs >= 0) {
            QTimer::singleShot(m_greetAfterMs, socket,
                               [socket] { socket->write("220 slow.test ESMTP\r\n"); });
        }
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                if (line.startsWith("\x16")) // a ClientHello: no SMTP line, no answer
                    continue;
                socket->write("221 bye\r\n");
            }
        });
    }

private:
    int m_greetAfterMs;
};

QString topicOf(const SessionResult &result, const ServerSettings &settings)
{
    DiagnosisContext context;
    context.host = settings.host;
    context.port = settings.port;
    context.security = settings.security;
    return Diagnoser::explain(result.failure, context).topic;
}

} // namespace

class TestConnectionDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_practice.setCertificateDirectory(m_dir.path());
        QVERIFY2(m_practice.start(QHostAddress::LocalHost, 0, 0),
                 qPrintable(m_practice.errorString()));
    }

    void implicitTlsPortFoundInSeconds_data()
    {
        QTest::addColumn<Security>("security");
        QTest::newRow("starttls") << Security::StartTls;
        QTest::newRow("none") << Security::None;
    }

    // The five minutes of "Talking to 127.0.0.1...": with the standard timers (greeting
    // five minutes) the answer comes a few seconds after connecting, from the probe.
    void implicitTlsPortFoundInSeconds()
    {
        QFETCH(Security, security);
        ServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_practice.tlsPort();
        settings.security = security;
        settings.mechanism = AuthMechanism::None;
        QCOMPARE(settings.timeouts.greeting, std::chrono::milliseconds(5min));
        SmtpSession session;
        session.setSettings(settings);
        session.setStopAfter(Stage::Auth);
        // A second after connecting, as the window's countdown asks.
        std::optional<std::chrono::milliseconds> left;
        QTimer::singleShot(1s, &session, [&] { left = session.greetingTimeLeft(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd(session, 20000));
        const qint64 took = clock.elapsed();
        QVERIFY2(took >= 2500 && took < 12000, qPrintable(QString::number(took)));
        // While waiting, the time left was the real greeting timeout.
        QVERIFY(left.has_value());
        QVERIFY2(*left > 4min && *left < 5min, qPrintable(QString::number(left->count())));
        const SessionResult &result = session.result();
        QVERIFY(!result.ok);
        QCOMPARE(result.failure.kind, FailureKind::ImplicitTlsExpected);
        QCOMPARE(result.failure.stage, Stage::Banner);
        QCOMPARE(failureKindName(result.failure.kind), QStringLiteral("implicit_tls_expected"));
        QCOMPARE(topicOf(result, settings), QString(Topic::NetExpectsImplicitTls));
        const QString transcript = session.transcript()->toText();
        QVERIFY2(transcript.contains(QStringLiteral("expects TLS from the start")),
                 qPrintable(transcript));
        QVERIFY(!session.greetingTimeLeft());
    }

    // The same port chosen with TLS from the start works: the diagnosis named the right fix.
    void theFixWorks()
    {
        ServerSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_practice.tlsPort();
        settings.security = Security::ImplicitTls;
        settings.mechanism = AuthMechanism::None;
        settings.caFile = m_practice.certificate().certificatePath();
        SmtpSession session;
        session.setSettings(settings);
        session.setStopAfter(Stage::Ehlo);
        QVERIFY(runToEnd(session, 20000));
        QVERIFY2(session.result().ok, qPrintable(session.transcript()->toText()));
    }

    // A slow plain server is not taken for a TLS one: its greeting comes after the probe began,
    // and the session carries on as usual.
    void slowGreetingIsNoMistake()
    {
        SlowServer server(1500);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ServerSettings settings = fakeServerSettings(server.serverPort(), Security::None);
        settings.mechanism = AuthMechanism::None;
        SmtpSession session;
        session.setSettings(settings);
        session.setGreetingProbeDelay(300ms);
        session.setStopAfter(Stage::Banner);
        QVERIFY(runToEnd(session));
        QVERIFY2(session.result().ok, qPrintable(session.transcript()->toText()));
        QCOMPARE(server.connections, 2); // the session's and the probe's
    }

    // A server that never greets and does not speak TLS either: the probe proves nothing, the
    // session waits out its (here short) greeting timeout and says so.
    void silentServerStillTimesOut()
    {
        SlowServer server(-1);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ServerSettings settings = fakeServerSettings(server.serverPort(), Security::StartTls);
        settings.timeouts.capAll(3s);
        SmtpSession session;
        session.setSettings(settings);
        session.setGreetingProbeDelay(300ms);
        QVERIFY(runToEnd(session));
        QCOMPARE(session.result().failure.kind, FailureKind::Timeout);
        QCOMPARE(server.connections, 2);
        QVERIFY(session.transcript()->toText().contains(
            QStringLiteral("did not answer a TLS handshake either")));
        QCOMPARE(topicOf(session.result(), settings), QString(Topic::NetTimeout));
    }

    void noProbeWhenTheTimeoutIsShorter()
    {
        SlowServer server(-1);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ServerSettings settings = fakeServerSettings(server.serverPort(), Security::StartTls);
        settings.timeouts.capAll(1s);
        SmtpSession session;
        session.setSettings(settings);
        QVERIFY(runToEnd(session));
        QCOMPARE(session.result().failure.kind, FailureKind::Timeout);
        QCOMPARE(server.connections, 1);
    }

    void unknownNameOrOffline_data()
    {
        QTest::addColumn<QString>("controlHost");
        QTest::addColumn<bool>("works");
        QTest::addColumn<QString>("topic");
        // "localhost" resolves from the hosts file; a name with an empty label resolves
        // nowhere, and neither needs a network.
        QTest::newRow("other names resolve")
            << QStringLiteral("localhost") << true << QString(Topic::NetHostNotFound);
        QTest::newRow("no name resolves")
            << QStringLiteral("no..such..name") << false << QString(Topic::NetOffline);
    }

    void unknownNameOrOffline()
    {
        QFETCH(QString, controlHost);
        QFETCH(bool, works);
        QFETCH(QString, topic);
        ServerSettings settings = fakeServerSettings(25, Security::StartTls);
        settings.host = QStringLiteral("smtp..example");
        SmtpSession session;
        session.setSettings(settings);
        session.setResolverCheck(controlHost, false);
        QVERIFY(runToEnd(session));
        const SessionResult &result = session.result();
        QCOMPARE(result.failure.kind, FailureKind::HostNotFound);
        QCOMPARE(failureKindName(result.failure.kind), QStringLiteral("host_not_found"));
        QVERIFY(result.failure.nameServiceWorks.has_value());
        QCOMPARE(*result.failure.nameServiceWorks, works);
        QCOMPARE(topicOf(result, settings), topic);
        const Explanation explanation = Diagnoser::explain(result.failure, {});
        QVERIFY(!explanation.title.isEmpty());
        QVERIFY(!explanation.fixes.isEmpty());
    }

    void noCheckWithoutControlName()
    {
        ServerSettings settings = fakeServerSettings(25, Security::StartTls);
        settings.host = QStringLiteral("smtp..example");
        SmtpSession session;
        session.setSettings(settings);
        session.setResolverCheck(QString(), false);
        QVERIFY(runToEnd(session));
        QCOMPARE(session.result().failure.kind, FailureKind::HostNotFound);
        QVERIFY(!session.result().failure.nameServiceWorks.has_value());
        QCOMPARE(topicOf(session.result(), settings), QString(Topic::NetHostNotFound));
    }

    void resolverCheckAlone()
    {
        for (const auto &[host, outcome] :
             {std::pair {QStringLiteral("localhost"), ResolverCheck::Outcome::Works},
              std::pair {QStringLiteral("no..such..name"), ResolverCheck::Outcome::Offline},
              std::pair {QString(), ResolverCheck::Outcome::Unknown}}) {
            ResolverCheck check;
            check.setControlHost(host);
            check.setUseNetworkInformation(false);
            QSignalSpy finished(&check, &ResolverCheck::finished);
            check.start();
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.first().first().value<ResolverCheck::Outcome>(), outcome);
        }
    }

private:
    QTemporaryDir m_dir;
    PracticeServer m_practice;
};

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "tst_connectiondiagnosis.moc"
