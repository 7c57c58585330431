// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakesmtpserver.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

namespace TestSupport {

FakeSmtpServer::FakeSmtpServer(const QStringList &script, QObject *parent)
    : QTcpServer(parent), m_script(script)
{ }

FakeSmtpServer::~FakeSmtpServer()
{
    // The end of every scripted run: a test that failed already needs no second reason.
    if (!QTest::currentTestFunction() || QTest::currentTestFailed())
        return;
    if (m_expectUnused) {
        if (m_step != 0)
            QTest::qFail(qPrintable(QStringLiteral("the client got as far as the script, which "
                                                   "it must not: ")
                                    + describeState()),
                         __FILE__, __LINE__);
        return;
    }
    if (!waitForScript() || !m_errors.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("the script was not used up: ") + describeState()),
                     __FILE__, __LINE__);
    else if (!m_buffer.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("the client sent more than the script reads: ")
                                + QString::fromLatin1(m_buffer.left(200).toPercentEncoding(
                                    " !\"#$&'()*+,-./:;<=>?@[]^_`{|}~"))),
                     __FILE__, __LINE__);
}

bool FakeSmtpServer::waitForScript(int timeoutMs)
{
    return QTest::qWaitFor([this] { return scriptDone() || !m_errors.isEmpty(); }, timeoutMs)
        && scriptDone();
}

void FakeSmtpServer::setTls(const QSslCertificate &certificate, const QSslKey &key,
                            bool implicitTls)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
    m_implicitTls = implicitTls;
}

bool FakeSmtpServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString FakeSmtpServer::describeState() const
{
    return QStringLiteral("script step %1 of %2 (%3); errors: %4")
        .arg(m_step)
        .arg(m_script.size())
        .arg(m_script.value(m_step), m_errors.join(QStringLiteral("; ")));
}

QByteArray FakeSmtpServer::unescape(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\\r", "\r");
    bytes.replace("\\n", "\n");
    bytes.replace("\\0", QByteArray(1, '\0'));
    return bytes;
}

void FakeSmtpServer::incomingConnection(qintptr descriptor)
{
    if (m_socket) { // one connection per script
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(descriptor);
    if (m_tls) {
        QSslConfiguration config = m_socket->sslConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setProtocol(m_protocol);
        m_socket->setSslConfiguration(config);
    }
    connect(m_socket, &QSslSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &FakeSmtpServer::run);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (!scriptDone() && m_script.value(m_step) != QLatin1String("X"))
            m_errors.append(QStringLiteral("client disconnected at step %1 (%2)")
                                .arg(m_step)
                                .arg(m_script.value(m_step)));
    });
    if (m_tls && m_implicitTls)
        m_socket->startServerEncryption();
    else
        run();
}

void FakeSmtpServer::run()
{
    while (m_socket && !m_hung && m_step < m_script.size()) {
        const QString step = m_script[m_step];
        if (step.startsWith(QLatin1String("S: "))) {
            m_socket->write(unescape(step.mid(3)) + "\r\n");
            ++m_step;
        } else if (step.startsWith(QLatin1String("R: "))) {
            m_socket->write(unescape(step.mid(3)));
            ++m_step;
        } else if (step.startsWith(QLatin1String("C:"))) {
            m_waitingForLine = true;
            onReadyRead();
            return;
        } else if (step == QLatin1String("D:")) {
            m_waitingForData = true;
            onReadyRead();
            return;
        } else if (step == QLatin1String("B:")) {
            m_waitingForBytes = true;
            onReadyRead();
            return;
        } else if (step.startsWith(QLatin1String("W: "))) {
            ++m_step;
            QTimer::singleShot(step.mid(3).toInt(), this, &FakeSmtpServer::run);
            return;
        } else if (step == QLatin1String("T:")) {
            ++m_step;
            m_buffer.clear();
            m_socket->startServerEncryption(); // run() continues on encrypted()
            return;
        } else if (step == QLatin1String("X")) {
            ++m_step;
            m_socket->disconnectFromHost();
            return;
        } else if (step == QLatin1String("H")) {
            ++m_step;
            m_hung = true;
            return;
        } else {
            m_errors.append(QStringLiteral("bad script step: %1").arg(step));
            return;
        }
    }
}

void FakeSmtpServer::onReadyRead()
{
    if (m_hung)
        return;
    const QByteArray incoming = m_socket->readAll();
    m_allBytes += incoming;
    m_buffer += incoming;
    while (m_waitingForLine || m_waitingForData || m_waitingForBytes) {
        if (m_waitingForBytes) {
            if (m_buffer.isEmpty())
                return;
            m_buffer.clear();
            m_waitingForBytes = false;
            ++m_step;
            run();
            continue;
        }
        if (m_waitingForData) {
            const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
            const bool emptyMessage = m_buffer.startsWith(".\r\n");
            if (end < 0 && !emptyMessage)
                return;
            const qsizetype length = emptyMessage ? 3 : end + 5;
            m_data = m_buffer.left(length);
            m_buffer.remove(0, length);
            m_waitingForData = false;
            ++m_step;
            run();
            continue;
        }
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0)
            return;
        const QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        m_received.append(line);
        m_waitingForLine = false;
        const QString expected = m_script[m_step].mid(2).trimmed();
        const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                expected, QRegularExpression::UnanchoredWildcardConversion)));
        if (!pattern.match(QString::fromUtf8(line)).hasMatch()) {
            m_errors.append(QStringLiteral("step %1: expected \"%2\", client sent \"%3\"")
                                .arg(m_step)
                                .arg(expected, QString::fromUtf8(line)));
            m_socket->disconnectFromHost();
            return;
        }
        ++m_step;
        run();
    }
}

} // namespace TestSupport
