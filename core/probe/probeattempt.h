// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probeattemptresult.h"
#include "probeoptions.h"
#include "smtp/capabilities.h"
#include "smtp/certificatecheck.h"
#include "smtp/sessionfailure.h"
#include "smtp/smtpchannel.h"
#include "smtp/smtpstream.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Sendcheck {

class TlsInterception;
class Transcript;

// One attempt of the port probe: one connection to one host, port and security mode, without
// credentials. Connects, reads the greeting, sends EHLO, STARTTLS (or starts with TLS),
// verifies the certificate as the SMTP engine does (system CAs, the extra CA file, pins), sends
// EHLO inside TLS and QUIT. Never AUTH, MAIL or data. Ends within ProbeOptions::timeout.
//
// A plain port that stays silent for half the time is asked whether it speaks TLS (a
// ClientHello on the same connection): a TLS port reached with STARTTLS is told apart from one
// that never speaks. A TLS attempt that meets a plain greeting fails its handshake on the
// greeting's bytes: that is told apart from other handshake failures by the TLS library's words.
class ProbeAttempt : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        Banner,
        Ehlo,
        StartTls,
        TlsHandshake,
        EhloInTls,
        Sniffing,
        Quit,
        Finished
    };

    ProbeAttempt(const ProbeCandidate &candidate, const ProbeOptions &options,
                 const TlsInterception &interception, QObject *parent = nullptr);
    ~ProbeAttempt() override;

    // Starts; `clock` is the probe's (started before), for startedMs and finishedMs.
    void start(const QElapsedTimer &clock);
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_state == State::Finished; }
    [[nodiscard]] const ProbeAttemptResult &result() const { return m_result; }

    // Where the bytes go: by default SocketStream::create (real sockets).
    void setStreamFactory(SmtpStream::Factory factory) { m_streamFactory = std::move(factory); }

Q_SIGNALS:
    void finished(); // result() is complete

private:
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReply(SmtpCommand::Expect expect, const SmtpReply &reply);
    void onChannelFailed(FailureKind kind, const QString &detail);
    void onSilence();
    void onDeadline();

    void sendEhlo();
    void takeEhlo(const SmtpReply &reply);
    void checkInterception();
    void succeed();
    void sendQuit();
    // Ends with `outcome`; the topic from `topic` or, when empty, from the diagnosis of `kind`.
    void conclude(ProbeOutcome outcome, const QString &topic, const QString &detail,
                  FailureKind kind = FailureKind::None, const std::optional<SmtpReply> &reply = {});
    void finish();
    [[nodiscard]] qint64 now() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

    ProbeAttemptResult m_result;
    ProbeOptions m_options;
    const TlsInterception &m_interception;
    SmtpStream::Factory m_streamFactory;
    std::unique_ptr<SmtpStream> m_stream;
    Transcript *m_transcript;
    SmtpChannel m_channel;
    CertificateCheck m_certificates;
    Capabilities m_capabilities;
    QElapsedTimer m_clock; // the probe's
    qint64 m_startMs = 0;
    QTimer m_deadline;
    QTimer m_silence;
    State m_state = State::Idle;
    bool m_concluded = false; // the outcome is known; what follows is QUIT and closing
    bool m_bytesSeen = false; // the server sent something (plain or TLS)
    bool m_certificateSeen = false; // a certificate arrived (sslErrors or encrypted)
};

} // namespace Sendcheck
