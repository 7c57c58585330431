// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsrelay.h"

#include <QSslConfiguration>
#include <QSslSocket>

TlsRelay::TlsRelay(const QList<QSslCertificate> &chain, const QSslKey &key, quint16 upstreamPort,
                   QObject *parent)
    : QTcpServer(parent), m_chain(chain), m_key(key), m_upstreamPort(upstreamPort)
{ }

void TlsRelay::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto *client = new QSslSocket(this);
    if (!client->setSocketDescriptor(descriptor)) {
        delete client;
        return;
    }
    auto *upstream = new QSslSocket(client);
    QSslConfiguration config = client->sslConfiguration();
    config.setLocalCertificateChain(m_chain);
    config.setPrivateKey(m_key);
    client->setSslConfiguration(config);
    upstream->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(client, &QSslSocket::readyRead, upstream,
            [client, upstream] { upstream->write(client->readAll()); });
    connect(upstream, &QSslSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
    connect(upstream, &QSslSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    // The product answers the program first, then reaches the server.
    connect(client, &QSslSocket::encrypted, upstream, [this, upstream] {
        upstream->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_upstreamPort);
    });
    client->startServerEncryption();
}
