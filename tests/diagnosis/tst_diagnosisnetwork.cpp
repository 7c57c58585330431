// SPDX-License-Identifier: GPL-3.0-or-later
// Failures without a reply, produced for real on 127.0.0.1 with plain Qt sockets (the engine
// reports the same facts): a closed port, a silent port, TLS spoken to a plain server, plain
// text spoken to a TLS server, and expired and wrong-name certificates made with openssl here.
#include "diagnosis/diagnoser.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

// What the engine does with a socket error: the kind, the stage, Qt's own error text.
SessionFailure failureFrom(const QAbstractSocket &socket, Stage stage)
{
    SessionFailure failure;
    failure.stage = stage;
    failure.socketError = socket.error();
    failure.detail = socket.errorString();
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        failure.kind = FailureKind::ConnectionRefused;
        break;
    case QAbstractSocket::HostNotFoundError:
        failure.kind = FailureKind::HostNotFound;
        break;
    case QAbstractSocket::SocketTimeoutError:
        failure.kind = FailureKind::Timeout;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        failure.kind = FailureKind::ConnectionLost;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        failure.kind = FailureKind::TlsHandshakeFailed;
        break;
    default:
        failure.kind = FailureKind::NetworkError;
        break;
    }
    return failure;
}

// Accepts connections and starts TLS on them at once, so its first bytes are a TLS record.
class TlsFirstServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startClientEncryption();
    }
};

} // namespace

class TestDiagnosisNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    QSslKey m_key;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        QVERIFY2(process.waitForFinished(30000), "openssl did not finish");
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(process.readAll())));
    }

    // A leaf certificate for `name`, signed by the test CA, valid from `start` to `end`
    // (openssl ca date format) or for a day from now.
    QSslCertificate makeLeaf(const QString &file, const QString &name, const QString &start = {},
                             const QString &end = {})
    {
        openssl({"req", "-new", "-key", "leaf.key", "-out", file + ".csr", "-subj", "/CN=" + name,
                 "-addext", "subjectAltName=DNS:" + name});
        QStringList arguments
            = {"ca",     "-batch", "-config",     "ca.cnf", "-cert", "ca.pem", "-keyfile",
               "ca.key", "-in",    file + ".csr", "-out",   file,    "-notext"};
        if (!start.isEmpty())
            arguments << "-startdate" << start << "-enddate" << end;
        else
            arguments << "-days"
                      << "1";
        openssl(arguments);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path(file));
        return certificates.value(0);
    }

    QSslConfiguration serverConfiguration(const QSslCertificate &certificate) const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        return configuration;
    }

    // Connects with implicit TLS to a TLS server presenting `certificate`, trusting only the
    // test CA; returns the failure the handshake produced.
    SessionFailure certificateFailure(const QSslCertificate &certificate)
    {
        QSslServer server;
        server.setSslConfiguration(serverConfiguration(certificate));
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        QSslSocket client;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({m_ca});
        client.setSslConfiguration(configuration);
        QList<QSslError> errors;
        connect(&client, &QSslSocket::sslErrors, this,
                [&errors](const QList<QSslError> &list) { errors = list; });
        QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                      QStringLiteral("localhost"));
        if (!failed.wait(10000))
            return {};
        SessionFailure failure = failureFrom(client, Stage::Connecting);
        failure.kind = FailureKind::TlsCertificate;
        failure.sslErrors = errors;
        return failure;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("the openssl command is missing (Debian package: openssl)");
        QVERIFY(m_dir.isValid());
        QFile config(path("ca.cnf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[ca]\ndefault_ca = test_ca\n[test_ca]\ndir = .\ndatabase = index.txt\n"
                     "new_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = any\n"
                     "copy_extensions = copy\nunique_subject = no\n[any]\ncommonName = supplied\n");
        config.close();
        QFile index(path("index.txt"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.close();
        QFile serial(path("serial"));
        QVERIFY(serial.open(QIODevice::WriteOnly));
        serial.write("01\n");
        serial.close();
        openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                 "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                 "/CN=Sendcheck Test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                 "keyUsage=critical,keyCertSign,cRLSign"});
        openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-out",
                 "leaf.key"});
        m_ca = QSslCertificate::fromPath(path("ca.pem")).value(0);
        QVERIFY(!m_ca.isNull());
        QFile key(path("leaf.key"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_key = QSslKey(&key, QSsl::Ec);
        QVERIFY(!m_key.isNull());
    }

    void closedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there any more
        QSslSocket client;
        QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
        client.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(failed.wait(10000));
        SessionFailure failure = failureFrom(client, Stage::Connecting);
        QCOMPARE(failure.kind, FailureKind::ConnectionRefused);
        DiagnosisContext context;
        context.host = QStringLiteral("127.0.0.1");
        context.port = port;
        QCOMPARE(Diagnoser::explain(failure, context).topic,
                 QStringLiteral("net.connection_refused"));
        // The same from the text alone, as a person would paste it.
        QCOMPARE(Diagnoser::explainText(failure.detail, {}, context).topic,
                 QStringLiteral("net.connection_refused"));
        failure.kind = FailureKind::NetworkError; // only the socket error to go by
        QCOMPARE(Diagnoser::explain(failure, context).topic,
                 QStringLiteral("net.connection_refused"));
    }

    void silentPort()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSslSocket client;
        QSignalSpy connected(&client, &QAbstractSocket::connected);
        client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        QVERIFY(connected.wait(10000));
        // The greeting never comes; a short timer stands for the stage's time limit.
        QSignalSpy readable(&client, &QIODevice::readyRead);
        QVERIFY(!readable.wait(300));
        SessionFailure failure;
        failure.stage = Stage::Banner;
        failure.kind = FailureKind::Timeout;
        failure.socketError = QAbstractSocket::SocketTimeoutError;
        failure.detail = QStringLiteral("No greeting within 0.3 seconds");
        DiagnosisContext context;
        context.host = QStringLiteral("127.0.0.1");
        context.port = server.serverPort();
        const Explanation explanation = Diagnoser::explain(failure, context);
        QCOMPARE(explanation.topic, QStringLiteral("net.timeout"));
        QVERIFY(explanation.fixes.first().contains(QLatin1String("587")));
        QVERIFY(explanation.transient);
    }

    void tlsSpokenToPlainServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            while (QTcpSocket *peer = server.nextPendingConnection())
                peer->write("220 localhost ESMTP plain server\r\n");
        });
        QSslSocket client;
        QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                      QStringLiteral("localhost"));
        QVERIFY(failed.wait(10000));
        const SessionFailure failure = failureFrom(client, Stage::Connecting);
        qInfo() << "TLS library said:" << failure.detail;
        QCOMPARE(failure.kind, FailureKind::TlsHandshakeFailed);
        DiagnosisContext context;
        context.host = QStringLiteral("127.0.0.1");
        context.port = server.serverPort();
        context.security = Security::ImplicitTls;
        const Explanation explanation = Diagnoser::explain(failure, context);
        QCOMPARE(explanation.topic, QStringLiteral("net.security_mode_mismatch"));
        QVERIFY(explanation.fixes.first().contains(QLatin1String("STARTTLS")));
        QCOMPARE(Diagnoser::explainText(failure.detail, {}, {}).topic,
                 QStringLiteral("net.security_mode_mismatch"));
    }

    void plainSpokenToTlsServer()
    {
        // A TLS server that speaks first: its first bytes are a TLS record where a plain-text
        // client expects "220 ...". (An OpenSSL server that waits for a hello sends nothing
        // and closes on plain text; the engine then sees a timeout or a closed connection.)
        TlsFirstServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket client;
        client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() >= 5, 10000);
        SessionFailure failure;
        failure.stage = Stage::Banner;
        failure.kind = FailureKind::ProtocolError;
        failure.detail = QStringLiteral("The greeting is not an SMTP reply");
        failure.unexpectedBytes = client.read(64);
        qInfo() << "received:" << failure.unexpectedBytes.left(16).toHex(' ');
        DiagnosisContext context;
        context.host = QStringLiteral("127.0.0.1");
        context.port = server.serverPort();
        context.security = Security::StartTls;
        const Explanation explanation = Diagnoser::explain(failure, context);
        QCOMPARE(explanation.topic, QStringLiteral("net.security_mode_mismatch"));
        QVERIFY(explanation.fixes.first().contains(QLatin1String("TLS from the start")));
    }

    void expiredCertificate()
    {
        const QSslCertificate expired
            = makeLeaf("expired.pem", "localhost", "20200101000000Z", "20200201000000Z");
        QVERIFY(!expired.isNull());
        const SessionFailure failure = certificateFailure(expired);
        QVERIFY(!failure.sslErrors.isEmpty());
        qInfo() << "certificate errors:" << failure.sslErrors;
        QCOMPARE(Diagnoser::explain(failure, {}).topic, QStringLiteral("tls.certificate_expired"));
        QCOMPARE(Diagnoser::explainText(failure.sslErrors.first().errorString(), {}, {}).topic,
                 QStringLiteral("tls.certificate_expired"));
    }

    void wrongNameCertificate()
    {
        const QSslCertificate wrongName = makeLeaf("wrongname.pem", "wrong.example");
        QVERIFY(!wrongName.isNull());
        const SessionFailure failure = certificateFailure(wrongName);
        QVERIFY(!failure.sslErrors.isEmpty());
        qInfo() << "certificate errors:" << failure.sslErrors;
        QCOMPARE(Diagnoser::explain(failure, {}).topic,
                 QStringLiteral("tls.certificate_name_mismatch"));
        QCOMPARE(Diagnoser::explainText(failure.sslErrors.first().errorString(), {}, {}).topic,
                 QStringLiteral("tls.certificate_name_mismatch"));
    }

    void untrustedCertificate()
    {
        // A certificate for the right name from a CA the client does not know.
        const QSslCertificate leaf = makeLeaf("untrusted.pem", "localhost");
        QSslServer server;
        server.setSslConfiguration(serverConfiguration(leaf));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSslSocket client;
        QList<QSslError> errors;
        connect(&client, &QSslSocket::sslErrors, this,
                [&errors](const QList<QSslError> &list) { errors = list; });
        QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                      QStringLiteral("localhost"));
        QVERIFY(failed.wait(10000));
        SessionFailure failure = failureFrom(client, Stage::Connecting);
        failure.kind = FailureKind::TlsCertificate;
        failure.sslErrors = errors;
        QVERIFY(!errors.isEmpty());
        QCOMPARE(Diagnoser::explain(failure, {}).topic,
                 QStringLiteral("tls.certificate_untrusted"));
        QCOMPARE(Diagnoser::explainText(errors.first().errorString(), {}, {}).topic,
                 QStringLiteral("tls.certificate_untrusted"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisNetwork)
#include "tst_diagnosisnetwork.moc"
