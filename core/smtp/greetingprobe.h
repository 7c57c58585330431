// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpstream.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Sendcheck {

// While a plain (or STARTTLS) session still waits for its greeting: does this port speak TLS
// from the first byte? A second connection starts a TLS handshake; a server that answers it
// with a certificate (verified or not) speaks implicit TLS, and the session waits in vain.
// Nothing is sent beyond the ClientHello, and the connection is closed at once. A handshake that
// fails for another reason, a refused connection or no answer within the limit prove nothing.
class GreetingProbe : public QObject
{
    Q_OBJECT
public:
    explicit GreetingProbe(SmtpStream::Factory factory, QObject *parent = nullptr);
    ~GreetingProbe() override;

    void start(const QString &host, quint16 port, std::chrono::milliseconds limit);
    [[nodiscard]] bool isRunning() const { return m_stream != nullptr; }

Q_SIGNALS:
    // Queued: a receiver may delete the probe from its slot.
    void tlsAnswered(); // the port answered the handshake: it expects TLS from the start
    void inconclusive(); // no proof either way

private:
    void conclude(bool tls);

    SmtpStream::Factory m_factory;
    std::unique_ptr<SmtpStream> m_stream;
    QTimer m_limit;
};

} // namespace Sendcheck
