// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send` against real SMTP servers nobody here wrote: aiosmtpd and a private
// Postfix with Cyrus SASL, both on 127.0.0.1 with a test CA's certificate. Every case also
// checks that the planted password never shows up in the CLI's output, its JSON, or what the
// server stored.
#include "cliprocess.h"
#include "secretscan.h"
#include "smtppeer.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using TestSupport::SmtpPeer;
using Kind = TestSupport::TestCertificates::Kind;

namespace {

const QString userName = QStringLiteral("alice@local.test");
const QByteArray plantedSecret = "Pl4nted-S3cret-xyz";
const QByteArray wrongSecret = "Wr0ng-Pl4nted-S3cret";
const QString knownRecipient = QStringLiteral("known@local.test");
const QString secretVariable = QStringLiteral("SENDCHECK_INTEROP_SECRET");

} // namespace

class InteropCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void starttlsAuthPlainSends_data() { addPeerRows(); }
    void starttlsAuthPlainSends();
    void humanOutputHasNoSecret_data() { addPeerRows(); }
    void humanOutputHasNoSecret();
    void authLoginFromEnvironment_data() { addPeerRows(); }
    void authLoginFromEnvironment();
    void wrongPassword_data() { addPeerRows(); }
    void wrongPassword();
    void unknownRecipient_data() { addPeerRows(); }
    void unknownRecipient();
    void relayDenied_data() { addPeerRows(); }
    void relayDenied();
    void starttlsRequired_data() { addPeerRows(); }
    void starttlsRequired();
    void quitAfterTls_data() { addPeerRows(); }
    void quitAfterTls();
    void expiredCertificateRefused_data() { addPeerRows(); }
    void expiredCertificateRefused();

private:
    static void addPeerRows();
    [[nodiscard]] bool startPeer(bool requireStartTls = false, Kind certificate = Kind::Server);
    [[nodiscard]] TestSupport::CliResult send(const QStringList &arguments,
                                              const QByteArray &standardInput = {},
                                              bool json = true) const;
    // QVERIFY-style checks; callers test QTest::currentTestFailed() after them.
    void verifyNoLeak(const TestSupport::CliResult &result, const QByteArray &secret);
    static void verifyFailure(const TestSupport::CliResult &result, const QString &stage,
                              QJsonObject *json);

    std::unique_ptr<TestSupport::TestCertificates> m_certs;
    std::unique_ptr<SmtpPeer> m_peer;
};

void InteropCliTest::addPeerRows()
{
    QTest::addColumn<QString>("peer");
    QTest::newRow("aiosmtpd") << QStringLiteral("aiosmtpd");
    QTest::newRow("postfix") << QStringLiteral("postfix");
}

void InteropCliTest::initTestCase()
{
    const QString missing = SmtpPeer::missingPrerequisites();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY2(QFileInfo(TestSupport::CliProcess().program()).isExecutable(),
             "sendcheck-cli is not built");
    m_certs = std::make_unique<TestSupport::TestCertificates>();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
}

void InteropCliTest::cleanup()
{
    if (m_peer) {
        const bool stopped = m_peer->stop();
        const QString report = m_peer->failureReport();
        m_peer.reset();
        QVERIFY2(stopped, qPrintable(report));
    }
}

bool InteropCliTest::startPeer(bool requireStartTls, Kind certificate)
{
    QFETCH(QString, peer);
    SmtpPeer::Options options;
    options.requireStartTls = requireStartTls;
    options.user = userName;
    options.password = QString::fromUtf8(plantedSecret);
    options.known = {knownRecipient};
    options.certificate = certificate;
    m_peer = std::make_unique<SmtpPeer>(SmtpPeer::kindFromName(peer), *m_certs, options);
    if (!m_peer->start()) {
        qWarning("%s", qPrintable(m_peer->failureReport()));
        return false;
    }
    return true;
}

TestSupport::CliResult InteropCliTest::send(const QStringList &arguments,
                                            const QByteArray &standardInput, bool json) const
{
    QStringList all {QStringLiteral("send"),
                     QStringLiteral("--host"),
                     QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),
                     QString::number(m_peer->port()),
                     QStringLiteral("--ca-file"),
                     m_certs->caCertPath(),
                     QStringLiteral("--ehlo"),
                     QStringLiteral("tester.local.test"),
                     QStringLiteral("--timeout"),
                     QStringLiteral("20")};
    all += arguments;
    if (json)
        all << QStringLiteral("--json");
    TestSupport::CliProcess cli;
    cli.setStandardInput(standardInput);
    cli.setEnvironmentVariable(secretVariable, QString::fromUtf8(plantedSecret));
    cli.setTimeout(60000);
    return cli.run(all);
}

void InteropCliTest::verifyNoLeak(const TestSupport::CliResult &result, const QByteArray &secret)
{
    QStringList leaks;
    for (const QString &leak :
         TestSupport::findSecretLeaks(result.standardOutput, userName.toUtf8(), secret))
        leaks << QStringLiteral("stdout: ") + leak;
    for (const QString &leak :
         TestSupport::findSecretLeaks(result.standardError, userName.toUtf8(), secret))
        leaks << QStringLiteral("stderr: ") + leak;
    if (m_peer->kind() == SmtpPeer::Aiosmtpd)
        leaks += TestSupport::findSecretLeaksInDirectory(m_peer->saveDirectory(), userName.toUtf8(),
                                                         secret);
    else
        leaks += TestSupport::findSecretLeaks(m_peer->maillog(), userName.toUtf8(), secret);
    // The output is not printed here: it would carry the secret that was just found.
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void InteropCliTest::verifyFailure(const TestSupport::CliResult &result, const QString &stage,
                                   QJsonObject *json)
{
    QVERIFY2(result.started && !result.timedOut && !result.crashed, qPrintable(result.describe()));
    QVERIFY2(result.exitCode != 0, qPrintable(result.describe()));
    QString error;
    *json = result.json(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + result.describe()));
    QCOMPARE(json->value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(json->value(QLatin1String("stage")).toString(), stage);
}

namespace {

QJsonObject reply(const QJsonObject &object)
{
    return object.value(QLatin1String("reply")).toObject();
}

} // namespace

void InteropCliTest::starttlsAuthPlainSends()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                QStringLiteral("plain"), QStringLiteral("--user"), userName,
                QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                QStringLiteral("sender@local.test"), QStringLiteral("--to"),
                QStringLiteral("someone@example.org"), QStringLiteral("--subject"),
                QStringLiteral("Sendcheck interop"), QStringLiteral("--body"),
                QStringLiteral("Hello from sendcheck-cli")},
               plantedSecret + '\n');
    verifyNoLeak(result, plantedSecret);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QString error;
    const QJsonObject json = result.json(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + result.describe()));

    QCOMPARE(json.value(QLatin1String("ok")).toBool(false), true);
    QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("done"));

    const QJsonArray recipients = json.value(QLatin1String("recipients")).toArray();
    QCOMPARE(recipients.size(), 1);
    const QJsonObject recipient = recipients.first().toObject();
    QCOMPARE(recipient.value(QLatin1String("address")).toString(),
             QStringLiteral("someone@example.org"));
    QCOMPARE(recipient.value(QLatin1String("accepted")).toBool(false), true);
    QCOMPARE(reply(recipient).value(QLatin1String("code")).toInt(), 250);

    const QJsonObject tls = json.value(QLatin1String("tls")).toObject();
    QVERIFY2(tls.value(QLatin1String("protocol")).toString().contains(QLatin1String("TLS")),
             qPrintable(result.describe()));
    QVERIFY(!tls.value(QLatin1String("cipher")).toString().isEmpty());
    QCOMPARE(tls.value(QLatin1String("verified")).toBool(false), true);
    QVERIFY(tls.value(QLatin1String("errors")).isArray());
    QVERIFY(tls.value(QLatin1String("errors")).toArray().isEmpty());
    QVERIFY(!tls.value(QLatin1String("chain")).toArray().isEmpty());

    const QJsonObject timings = json.value(QLatin1String("timings_ms")).toObject();
    QVERIFY2(!timings.isEmpty(), qPrintable(result.describe()));
    for (auto it = timings.constBegin(); it != timings.constEnd(); ++it) {
        QVERIFY2(it.value().isDouble() && it.value().toDouble() >= 0, qPrintable(it.key()));
    }

    const QJsonArray transcript = json.value(QLatin1String("transcript")).toArray();
    QVERIFY(transcript.size() >= 10); // banner, EHLO x2, STARTTLS, AUTH, MAIL, RCPT, DATA, ...
    bool sawBanner = false;
    bool sawStartTls = false;
    bool sawEncrypted = false;
    double lastTime = 0;
    for (const QJsonValue &value : transcript) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value(QLatin1String("t_ms")).isDouble());
        QVERIFY(entry.value(QLatin1String("t_ms")).toDouble() >= lastTime);
        lastTime = entry.value(QLatin1String("t_ms")).toDouble();
        QVERIFY(!entry.value(QLatin1String("dir")).toString().isEmpty());
        QVERIFY(entry.value(QLatin1String("tls")).isBool());
        const QString text = entry.value(QLatin1String("text")).toString();
        sawBanner = sawBanner || text.startsWith(QLatin1String("220 "));
        sawStartTls
            = sawStartTls || text.startsWith(QLatin1String("STARTTLS"), Qt::CaseInsensitive);
        sawEncrypted = sawEncrypted || entry.value(QLatin1String("tls")).toBool();
    }
    QVERIFY(sawBanner);
    QVERIFY(sawStartTls);
    QVERIFY(sawEncrypted);

    if (m_peer->kind() == SmtpPeer::Aiosmtpd) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_peer->savedMessage(1).isEmpty(), 5000);
        const QByteArray message = m_peer->savedMessage(1);
        QVERIFY(message.contains("Subject: Sendcheck interop\r\n"));
        QVERIFY(message.contains("Hello from sendcheck-cli"));
        QVERIFY(message.endsWith("\r\n"));
        const QJsonObject envelope = m_peer->savedEnvelope(1);
        QCOMPARE(envelope.value(QLatin1String("auth_user")).toString(), userName);
        QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(),
                 QStringLiteral("sender@local.test"));
        QCOMPARE(envelope.value(QLatin1String("tls")).toBool(), true);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(m_peer->maillog().contains("to=<someone@example.org>, relay=none")
                                      && m_peer->maillog().contains("status=sent"),
                                  qPrintable(m_peer->failureReport()), 10000);
        QVERIFY(
            m_peer->maillog().contains("sasl_method=PLAIN, sasl_username=" + userName.toUtf8()));
    }
}

void InteropCliTest::humanOutputHasNoSecret()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--user"),
                userName, QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                QStringLiteral("sender@local.test"), QStringLiteral("--to"),
                QStringLiteral("someone@example.org")},
               plantedSecret + '\n', false);
    verifyNoLeak(result, plantedSecret);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QVERIFY(!result.standardOutput.isEmpty() || !result.standardError.isEmpty());
}

void InteropCliTest::authLoginFromEnvironment()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--auth"), QStringLiteral("login"), QStringLiteral("--user"),
                userName, QStringLiteral("--password-env"), secretVariable,
                QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                QStringLiteral("--to"), QStringLiteral("someone@example.org")});
    verifyNoLeak(result, plantedSecret);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    QCOMPARE(result.json().value(QLatin1String("stage")).toString(), QStringLiteral("done"));
    if (m_peer->kind() == SmtpPeer::Aiosmtpd) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_peer->savedMessage(1).isEmpty(), 5000);
        QCOMPARE(m_peer->savedEnvelope(1).value(QLatin1String("auth_user")).toString(), userName);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(m_peer->maillog().contains("sasl_method=LOGIN"),
                                  qPrintable(m_peer->failureReport()), 10000);
    }
}

void InteropCliTest::wrongPassword()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--user"),
                userName, QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                QStringLiteral("sender@local.test"), QStringLiteral("--to"),
                QStringLiteral("someone@example.org")},
               wrongSecret + '\n');
    verifyNoLeak(result, wrongSecret);
    verifyNoLeak(result, plantedSecret);
    if (QTest::currentTestFailed())
        return;
    QJsonObject json;
    verifyFailure(result, QStringLiteral("auth"), &json);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reply(json).value(QLatin1String("code")).toInt(), 535);
    QCOMPARE(reply(json).value(QLatin1String("enhanced")).toString(), QStringLiteral("5.7.8"));
    QVERIFY(m_peer->savedMessage(1).isEmpty());
}

void InteropCliTest::unknownRecipient()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--from"),
                QStringLiteral("sender@example.org"), QStringLiteral("--to"),
                QStringLiteral("nobody@local.test")});
    QJsonObject json;
    verifyFailure(result, QStringLiteral("rcpt"), &json);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reply(json).value(QLatin1String("code")).toInt(), 550);
    QCOMPARE(reply(json).value(QLatin1String("enhanced")).toString(), QStringLiteral("5.1.1"));
    QVERIFY2(
        reply(json).value(QLatin1String("text")).toString().contains(QLatin1String("User unknown")),
        qPrintable(result.describe()));
    const QJsonArray recipients = json.value(QLatin1String("recipients")).toArray();
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients.first().toObject().value(QLatin1String("address")).toString(),
             QStringLiteral("nobody@local.test"));
    QCOMPARE(recipients.first().toObject().value(QLatin1String("accepted")).toBool(true), false);
    QCOMPARE(reply(recipients.first().toObject()).value(QLatin1String("code")).toInt(), 550);
}

void InteropCliTest::relayDenied()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--auth"), QStringLiteral("none"), QStringLiteral("--from"),
                QStringLiteral("sender@local.test"), QStringLiteral("--to"),
                QStringLiteral("someone@example.org")});
    QJsonObject json;
    verifyFailure(result, QStringLiteral("rcpt"), &json);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reply(json).value(QLatin1String("code")).toInt(), 554);
    QCOMPARE(reply(json).value(QLatin1String("enhanced")).toString(), QStringLiteral("5.7.1"));
    QVERIFY2(reply(json)
                 .value(QLatin1String("text"))
                 .toString()
                 .contains(QLatin1String("Relay access denied")),
             qPrintable(result.describe()));
    QCOMPARE(json.value(QLatin1String("recipients"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("accepted"))
                 .toBool(true),
             false);
}

void InteropCliTest::starttlsRequired()
{
    QVERIFY(startPeer(true));
    const TestSupport::CliResult result
        = send({QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--auth"),
                QStringLiteral("none"), QStringLiteral("--from"),
                QStringLiteral("sender@example.org"), QStringLiteral("--to"), knownRecipient});
    QJsonObject json;
    verifyFailure(result, QStringLiteral("mail"), &json);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(reply(json).value(QLatin1String("code")).toInt(), 530);
    QVERIFY(m_peer->savedMessage(1).isEmpty());

    // The same peer takes the message once STARTTLS is used.
    const TestSupport::CliResult withTls
        = send({QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                QStringLiteral("none"), QStringLiteral("--from"),
                QStringLiteral("sender@example.org"), QStringLiteral("--to"), knownRecipient});
    QVERIFY2(withTls.succeeded(), qPrintable(withTls.describe()));
}

void InteropCliTest::quitAfterTls()
{
    QVERIFY(startPeer());
    const TestSupport::CliResult result
        = send({QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                QStringLiteral("none"), QStringLiteral("--quit-after"), QStringLiteral("tls"),
                QStringLiteral("--from"), QStringLiteral("sender@local.test"),
                QStringLiteral("--to"), knownRecipient});
    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(false), true);
    QCOMPARE(json.value(QLatin1String("stage")).toString(), QStringLiteral("tls"));
    QCOMPARE(
        json.value(QLatin1String("tls")).toObject().value(QLatin1String("verified")).toBool(false),
        true);
    // Stopped before MAIL FROM: nothing was sent.
    QVERIFY(m_peer->savedMessage(1).isEmpty());
    for (const QJsonValue &value : json.value(QLatin1String("transcript")).toArray()) {
        QVERIFY2(!value.toObject()
                      .value(QLatin1String("text"))
                      .toString()
                      .startsWith(QLatin1String("MAIL FROM"), Qt::CaseInsensitive),
                 qPrintable(result.describe()));
    }
}

void InteropCliTest::expiredCertificateRefused()
{
    QVERIFY(startPeer(false, Kind::Expired));
    const TestSupport::CliResult result
        = send({QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                QStringLiteral("plain"), QStringLiteral("--user"), userName,
                QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                QStringLiteral("sender@local.test"), QStringLiteral("--to"), knownRecipient},
               plantedSecret + '\n');
    verifyNoLeak(result, plantedSecret);
    if (QTest::currentTestFailed())
        return;
    QJsonObject json;
    verifyFailure(result, QStringLiteral("tls"), &json);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject tls = json.value(QLatin1String("tls")).toObject();
    QCOMPARE(tls.value(QLatin1String("verified")).toBool(true), false);
    QVERIFY2(!tls.value(QLatin1String("errors")).toArray().isEmpty(),
             qPrintable(result.describe()));
    // The password was never sent over the unverified link.
    if (m_peer->kind() == SmtpPeer::Postfix)
        QVERIFY(!m_peer->maillog().contains("sasl_method"));
    QVERIFY(m_peer->savedMessage(1).isEmpty());
}

QTEST_GUILESS_MAIN(InteropCliTest)
#include "tst_interop_cli.moc"
