// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyfetcher.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace Sendcheck {

// One HTTP/1.0 GET over TLS with QSslSocket, as MTA-STS wants it (RFC 8461 3.3): the
// certificate verified for the host name (the system's CAs plus extra ones), redirects refused,
// the body capped at `maxBytes`, the whole exchange within `timeoutMs`. `connectAddress` (when
// set) is where to connect instead of the host's own address; the name checked and sent
// (SNI, Host:) stays the host's. Emits finished() exactly once, from the event loop.
class HttpsGet : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        QHostAddress connectAddress;
        quint16 port = 443;
        QList<QSslCertificate> extraCas;
        int timeoutMs = 10000;
        qint64 maxBytes = 64 * 1024;
    };

    HttpsGet(const QString &host, const QString &path, const Limits &limits,
             QObject *parent = nullptr);
    ~HttpsGet() override;

    void start();

Q_SIGNALS:
    void finished(const Sendcheck::PolicyFetcher::Outcome &outcome);

private:
    void onEncrypted();
    void onReadyRead();
    void onClosed();
    void fail(const QString &error, int httpStatus = 0);
    void finish(PolicyFetcher::Outcome outcome);
    // Parses the whole answer once the server closed; fills `outcome`.
    void parseAnswer(PolicyFetcher::Outcome *outcome) const;

    QString m_host;
    QString m_path;
    Limits m_limits;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    bool m_encrypted = false;
    bool m_done = false;
};

} // namespace Sendcheck
