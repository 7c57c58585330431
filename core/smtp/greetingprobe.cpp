// SPDX-License-Identifier: GPL-3.0-or-later
#include "greetingprobe.h"

namespace Sendcheck {

GreetingProbe::GreetingProbe(SmtpStream::Factory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] { conclude(false); });
}

GreetingProbe::~GreetingProbe()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

void GreetingProbe::start(const QString &host, quint16 port, std::chrono::milliseconds limit)
{
    if (m_stream || !m_factory)
        return;
    m_stream = m_factory({true, host, {}});
    if (!m_stream) {
        conclude(false);
        return;
    }
    SmtpStream *stream = m_stream.get();
    // A certificate came, trusted or not: whoever sent it speaks TLS.
    connect(stream, &SmtpStream::encrypted, this, [this] { conclude(true); });
    connect(stream, &SmtpStream::sslErrors, this, [this] { conclude(true); });
    connect(stream, &SmtpStream::errorOccurred, this, [this] { conclude(false); });
    connect(stream, &SmtpStream::disconnected, this, [this] { conclude(false); });
    m_limit.start(limit);
    stream->connectToHostEncrypted(host, port);
}

void GreetingProbe::conclude(bool tls)
{
    if (!m_stream)
        return;
    m_limit.stop();
    m_stream->disconnect(this);
    m_stream->abort();
    // Not deleted inside one of its own signals.
    m_stream.release()->deleteLater();
    QMetaObject::invokeMethod(this,
                              tls ? &GreetingProbe::tlsAnswered : &GreetingProbe::inconclusive,
                              Qt::QueuedConnection);
}

} // namespace Sendcheck
