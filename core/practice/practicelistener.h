// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace Sendcheck {

// One listening port of the practice server. It hands each accepted socket descriptor on
// instead of making a QTcpSocket, so the server can wrap it in a QSslSocket (for STARTTLS
// and implicit TLS) from the first byte.
class PracticeListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit PracticeListener(QObject *parent = nullptr);

Q_SIGNALS:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace Sendcheck
