// SPDX-License-Identifier: GPL-3.0-or-later
#include "portprobe.h"

#include "probeattempt.h"
#include "smtp/socketstream.h"
#include "tlsinterception.h"

namespace Sendcheck {

PortProbe::PortProbe(QObject *parent)
    : QObject(parent)
    , m_interception(&TlsInterception::builtIn())
    , m_streamFactory(&SocketStream::create)
{ }

PortProbe::~PortProbe() = default;

QList<ProbeCandidate> PortProbe::defaultCandidates(const QString &host, const QString &source)
{
    return {{host, 465, Security::ImplicitTls, source},
            {host, 587, Security::StartTls, source},
            {host, 25, Security::StartTls, source},
            {host, 2525, Security::StartTls, source}};
}

std::optional<QList<ProbeCandidate>> PortProbe::parsePorts(const QString &host, const QString &list,
                                                           QString *error)
{
    QList<ProbeCandidate> candidates;
    const QStringList parts = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        bool ok = false;
        const uint port = (slash < 0 ? part : part.left(slash)).toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = tr("\"%1\" is not a port number (1-65535).").arg(part);
            return std::nullopt;
        }
        Security security = Security::StartTls;
        if (slash >= 0) {
            const auto named = securityFromName(part.mid(slash + 1).trimmed().toLower());
            if (!named || *named == Security::None) {
                *error = tr("\"%1\": the mode after / is tls or starttls.").arg(part);
                return std::nullopt;
            }
            security = *named;
        } else if (port == 465 || port == 2465 || port == 8465 || port == 443) {
            security = Security::ImplicitTls;
        }
        const ProbeCandidate candidate {host, quint16(port), security, QStringLiteral("user")};
        if (!candidates.contains(candidate))
            candidates.append(candidate);
    }
    if (candidates.isEmpty()) {
        *error = tr("No port was given.");
        return std::nullopt;
    }
    return candidates;
}

void PortProbe::setInterception(const TlsInterception *interception)
{
    m_interception = interception ? interception : &TlsInterception::builtIn();
}

void PortProbe::start()
{
    Q_ASSERT(!m_running);
    m_attempts.clear();
    m_result = PortProbeResult();
    m_running = true;
    m_clock.start();
    m_pending = int(m_candidates.size());
    for (const ProbeCandidate &candidate : std::as_const(m_candidates)) {
        ProbeAttemptResult placeholder;
        placeholder.candidate = candidate;
        m_result.attempts.append(placeholder);
    }
    if (m_candidates.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { onAttemptFinished(-1); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < int(m_candidates.size()); ++i) {
        auto attempt
            = std::make_unique<ProbeAttempt>(m_candidates.at(i), m_options, *m_interception);
        attempt->setStreamFactory(m_streamFactory);
        connect(attempt.get(), &ProbeAttempt::finished, this, [this, i] { onAttemptFinished(i); });
        m_attempts.push_back(std::move(attempt));
    }
    // All started before any can finish: the attempts run side by side.
    for (int i = 0; i < int(m_attempts.size()); ++i) {
        Q_EMIT attemptStarted(i, m_candidates.at(i));
        m_attempts[size_t(i)]->start(m_clock);
    }
}

void PortProbe::cancel()
{
    for (const auto &attempt : m_attempts)
        attempt->cancel();
}

void PortProbe::onAttemptFinished(int index)
{
    if (index >= 0) {
        m_result.attempts[index] = m_attempts[size_t(index)]->result();
        --m_pending;
        Q_EMIT attemptFinished(index, m_result.attempts.at(index));
    }
    if (m_pending > 0 || !m_running)
        return;
    m_running = false;
    m_result.totalMs = m_clock.elapsed();
    m_result.recommend();
    Q_EMIT finished(m_result);
}

} // namespace Sendcheck
