// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portproberesult.h"
#include "probecandidate.h"
#include "probeoptions.h"
#include "smtp/smtpstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Sendcheck {

class ProbeAttempt;
class TlsInterception;

// "Which port and encryption work from here?": tries every candidate (host, port, security) at
// once, without credentials, and says for each what happened and what it means, then
// recommends the best working setting. All attempts start together and each ends within
// ProbeOptions::timeout, so the whole probe takes no longer than its slowest attempt.
//
//   PortProbe probe;
//   probe.setCandidates(PortProbe::defaultCandidates(QStringLiteral("smtp.example.com")));
//   connect(&probe, &PortProbe::attemptFinished, view, ...);   // rows as they come
//   connect(&probe, &PortProbe::finished, view, ...);          // result() is complete
//   probe.start();
class PortProbe : public QObject
{
    Q_OBJECT
public:
    explicit PortProbe(QObject *parent = nullptr);
    ~PortProbe() override;

    // 465 implicit TLS, 587 STARTTLS, 25 STARTTLS, 2525 STARTTLS on `host`.
    [[nodiscard]] static QList<ProbeCandidate> defaultCandidates(const QString &host,
                                                                 const QString &source = QString());
    // "465,587" (the mode each port usually has: 465 and other TLS ports implicit TLS, the rest
    // STARTTLS) or "465/tls,587/starttls"; nullopt with `error` naming the bad part.
    [[nodiscard]] static std::optional<QList<ProbeCandidate>>
    parsePorts(const QString &host, const QString &list, QString *error);

    void setCandidates(const QList<ProbeCandidate> &candidates) { m_candidates = candidates; }
    [[nodiscard]] const QList<ProbeCandidate> &candidates() const { return m_candidates; }
    void setOptions(const ProbeOptions &options) { m_options = options; }
    [[nodiscard]] const ProbeOptions &options() const { return m_options; }
    // The list of interception products (default: TlsInterception::builtIn()); must outlive
    // the probe.
    void setInterception(const TlsInterception *interception);
    // Where the bytes go (tests); default real sockets.
    void setStreamFactory(SmtpStream::Factory factory) { m_streamFactory = std::move(factory); }

    // Starts every attempt at once. An empty candidate list finishes at once (queued).
    void start();
    // Ends every attempt still running (outcome error, "stopped"); finished() follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Complete after finished(); while running, the attempts finished so far (others are at
    // their defaults, outcome error).
    [[nodiscard]] const PortProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void attemptStarted(int index, const Sendcheck::ProbeCandidate &candidate);
    void attemptFinished(int index, const Sendcheck::ProbeAttemptResult &result);
    void finished(const Sendcheck::PortProbeResult &result);

private:
    void onAttemptFinished(int index);

    QList<ProbeCandidate> m_candidates;
    ProbeOptions m_options;
    const TlsInterception *m_interception;
    SmtpStream::Factory m_streamFactory;
    std::vector<std::unique_ptr<ProbeAttempt>> m_attempts;
    PortProbeResult m_result;
    QElapsedTimer m_clock;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace Sendcheck
