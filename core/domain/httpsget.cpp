// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsget.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace Sendcheck {

namespace {

constexpr qint64 maxHeaderBytes = 16 * 1024;

qsizetype headerEnd(const QByteArray &buffer, int *separator)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *separator = 4;
        return crlf;
    }
    *separator = 2;
    return lf;
}

// "Transfer-Encoding: chunked" body; false when malformed.
bool dechunk(const QByteArray &chunked, QByteArray *body)
{
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = chunked.indexOf('\n', pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = chunked.mid(pos, lineEnd - pos).trimmed();
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return false;
        pos = lineEnd + 1;
        if (size == 0)
            return true;
        if (pos + size > chunked.size())
            return false;
        body->append(chunked.mid(pos, size));
        pos += size;
        if (chunked.mid(pos, 2) == "\r\n")
            pos += 2;
        else if (chunked.mid(pos, 1) == "\n")
            pos += 1;
    }
}

} // namespace

HttpsGet::HttpsGet(const QString &host, const QString &path, const Limits &limits, QObject *parent)
    : QObject(parent), m_host(host), m_path(path), m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not answer within %2 s.").arg(m_host).arg(m_limits.timeoutMs / 1000.0));
    });
}

HttpsGet::~HttpsGet()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpsGet::start()
{
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_limits.extraCas.isEmpty())
        tls.addCaCertificates(m_limits.extraCas);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpsGet::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpsGet::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpsGet::onClosed);
    connect(m_socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError && m_encrypted)
            return; // disconnected() follows
        if (!m_sslErrors.isEmpty()) {
            QStringList reasons;
            for (const QSslError &e : std::as_const(m_sslErrors))
                reasons << e.errorString();
            fail(tr("The certificate of %1 is not valid: %2")
                     .arg(m_host, reasons.join(QStringLiteral("; "))));
            return;
        }
        fail(m_encrypted
                 ? tr("The connection to %1 failed: %2").arg(m_host, m_socket->errorString())
                 : tr("Could not connect to %1 over HTTPS: %2")
                       .arg(m_host, m_socket->errorString()));
    });
    m_deadline.start(m_limits.timeoutMs);
    const QString target
        = m_limits.connectAddress.isNull() ? m_host : m_limits.connectAddress.toString();
    m_socket->connectToHostEncrypted(target, m_limits.port, m_host);
}

void HttpsGet::onEncrypted()
{
    m_encrypted = true;
    const QByteArray request = "GET " + m_path.toLatin1()
        + " HTTP/1.0\r\nHost: " + m_host.toLatin1()
        + "\r\nAccept: text/plain\r\nUser-Agent: Sendcheck\r\n" + "Connection: close\r\n\r\n";
    m_socket->write(request);
}

void HttpsGet::onReadyRead()
{
    m_buffer += m_socket->readAll();
    int separator = 0;
    const qsizetype end = headerEnd(m_buffer, &separator);
    if (end < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            fail(tr("%1 sent over %2 KB of headers.").arg(m_host).arg(maxHeaderBytes / 1024));
        return;
    }
    if (m_buffer.size() - end - separator > m_limits.maxBytes) {
        fail(tr("The file is larger than %1 KB; an MTA-STS policy must be small.")
                 .arg(m_limits.maxBytes / 1024));
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:")) {
            const qint64 length = line.mid(15).trimmed().toLongLong();
            if (length > m_limits.maxBytes)
                fail(tr("The file is larger than %1 KB; an MTA-STS policy must be small.")
                         .arg(m_limits.maxBytes / 1024));
        }
    }
}

void HttpsGet::onClosed()
{
    if (m_done)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    PolicyFetcher::Outcome outcome;
    parseAnswer(&outcome);
    finish(outcome);
}

void HttpsGet::parseAnswer(PolicyFetcher::Outcome *outcome) const
{
    int separator = 0;
    const qsizetype end = headerEnd(m_buffer, &separator);
    if (m_buffer.isEmpty() || end < 0) {
        outcome->error = tr("%1 closed the connection without a complete HTTP answer.").arg(m_host);
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/")) {
        outcome->error = tr("%1 did not answer in HTTP.").arg(m_host);
        return;
    }
    outcome->httpStatus = statusLine.at(1).toInt();
    QString location;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type")
            outcome->contentType = QString::fromLatin1(value);
        else if (name == "location")
            location = QString::fromLatin1(value);
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    const int status = outcome->httpStatus;
    if (status >= 300 && status < 400) {
        outcome->error = tr("https://%1%2 redirects (HTTP %3) to %4; MTA-STS policies must be "
                            "served directly, senders do not follow redirects.")
                             .arg(m_host, m_path)
                             .arg(status)
                             .arg(location.isEmpty() ? tr("another address") : location);
        return;
    }
    if (status != 200) {
        outcome->error = status == 404
            ? tr("https://%1%2 is not there (HTTP 404).").arg(m_host, m_path)
            : tr("https://%1%2 answered HTTP %3 instead of 200.").arg(m_host, m_path).arg(status);
        return;
    }
    const QByteArray raw = m_buffer.mid(end + separator);
    if (chunked) {
        if (!dechunk(raw, &outcome->body)) {
            outcome->error = tr("%1 sent a broken chunked answer.").arg(m_host);
            return;
        }
    } else {
        outcome->body = raw;
    }
    outcome->ok = true;
}

void HttpsGet::fail(const QString &error, int httpStatus)
{
    PolicyFetcher::Outcome outcome;
    outcome.error = error;
    outcome.httpStatus = httpStatus;
    finish(outcome);
}

void HttpsGet::finish(PolicyFetcher::Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    QTimer::singleShot(0, this, [this, outcome]() { Q_EMIT finished(outcome); });
}

} // namespace Sendcheck
