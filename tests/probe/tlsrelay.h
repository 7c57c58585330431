// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

// What a TLS-intercepting antivirus or proxy does, on loopback: accepts TLS with a certificate
// of its own (`chain`, `key`), opens TLS to the real server (`upstreamPort`, implicit TLS,
// without checking it: the product's side of the story is not under test) and copies the
// plain text both ways.
class TlsRelay : public QTcpServer
{
    Q_OBJECT
public:
    TlsRelay(const QList<QSslCertificate> &chain, const QSslKey &key, quint16 upstreamPort,
             QObject *parent = nullptr);

    [[nodiscard]] int connections() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    quint16 m_upstreamPort;
    int m_connections = 0;
};
