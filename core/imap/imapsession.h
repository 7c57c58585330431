// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imapcommandresult.h"
#include "imapfailure.h"
#include "imapresponseparser.h"

#include "smtp/certificatecheck.h"
#include "smtp/secretbuffer.h"
#include "smtp/serversettings.h"
#include "smtp/smtpstream.h"
#include "smtp/tlsinfo.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace Sendcheck {

class Transcript;

// An IMAP4 client session (RFC 9051 / 3501) on the same stream seam and under the same security
// rules as SmtpSession: TLS verified (pins accepted), implicit TLS (993) or STARTTLS (143) that
// is never silently dropped, bytes the server sent before the handshake discarded, capabilities
// read again inside TLS, no credentials on a plain link unless allowed, a redacted transcript.
//
// An explicit state machine: start() connects, reads the greeting, negotiates TLS, signs in
// (LOGIN, AUTHENTICATE PLAIN with SASL-IR where offered, XOAUTH2) and emits ready(). Then one
// command at a time: command() sends a tagged command and commandFinished() brings its result
// with the untagged responses; startIdle()/stopIdle() run IDLE (RFC 2177); logout() ends it.
class ImapSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Connecting,
        TlsHandshake,
        Greeting,
        Capability,
        StartTls,
        Login,
        Ready,
        Command,
        Idling,
        Logout,
        Done,
        Failed,
    };
    Q_ENUM(State)

    static constexpr int defaultMaxUntagged = 20000;

    explicit ImapSession(QObject *parent = nullptr);
    ~ImapSession() override;

    // host, port, security (None only with allowPlainAuth), mechanism (Auto, Plain, Login,
    // XOAuth2), userName, caFile, pinnedSha256, timeouts.command / connect / tlsHandshake.
    void setSettings(const ServerSettings &settings) { m_settings = settings; }
    [[nodiscard]] const ServerSettings &settings() const { return m_settings; }
    // The password (or, for XOAUTH2, the access token): one copy, wiped when the session ends.
    void setSecret(QByteArrayView secret);
    // The same, taking over the caller's buffer instead of copying it.
    void setSecret(SecretBuffer secret) { m_secret = std::move(secret); }
    void setStreamFactory(SmtpStream::Factory factory) { m_streamFactory = std::move(factory); }
    // More untagged responses than this for one command (or one IDLE) end the session.
    void setMaxUntaggedPerCommand(int count) { m_maxUntagged = count; }
    void setParserLimits(qsizetype maxLine, qsizetype maxLiteral, int maxLiterals);

    void start();
    void cancel();
    // In state Ready: sends "TAG <commandLine>" and returns the tag; commandFinished() follows.
    // A line with CR, LF or NUL is refused (empty tag, failed()).
    QByteArray command(const QByteArray &commandLine);
    // In state Ready, with IDLE offered: idles until stopIdle(); idleEvent() on new mail.
    QByteArray startIdle();
    void stopIdle();
    void logout();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] static QString stateName(State state); // "connect", "login", ... (not shown)
    [[nodiscard]] static QString stateText(State state); // for people, translated
    [[nodiscard]] bool isFinished() const
    {
        return m_state == State::Done || m_state == State::Failed;
    }
    [[nodiscard]] bool hasCapability(QByteArrayView name) const;
    [[nodiscard]] QList<QByteArray> capabilities() const;
    [[nodiscard]] const TlsInfo &tls() const { return m_tls; }
    [[nodiscard]] const ImapFailure &failure() const { return m_failure; }
    [[nodiscard]] Transcript *transcript() const { return m_transcript; }

    // `text` as an IMAP quoted string ("..." with \ and " escaped), or nothing when it cannot be
    // one (CR, LF, NUL or 8-bit bytes: those need a literal).
    [[nodiscard]] static std::optional<QByteArray> quoted(QByteArrayView text);

Q_SIGNALS:
    void stateChanged(Sendcheck::ImapSession::State state);
    void ready();
    void commandFinished(const Sendcheck::ImapCommandResult &result);
    void idleEvent(); // EXISTS or RECENT while idling: something arrived
    void failed(const Sendcheck::ImapFailure &failure);
    void finished(); // after LOGOUT, or after failed()

private:
    void setState(State state);
    void connectStream();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();

    void handle(const ImapResponse &response);
    void handleUntagged(const ImapResponse &response);
    void handleTagged(const ImapResponse &response);
    void handleContinuation(const ImapResponse &response);
    void advance(); // the next step towards Ready
    void sendLogin();
    void startTlsHandshake();
    qsizetype discardUnread();

    QByteArray nextTag();
    void send(const QByteArray &line, const QString &shown = QString());
    void arm(std::chrono::milliseconds timeout);
    void takeCapabilities(const QByteArray &list);
    void fail(FailureKind kind, const QString &message, const QString &serverText = QString());
    void close();
    void wipeSecrets();
    [[nodiscard]] QString serverWords(const ImapResponse &response) const;
    [[nodiscard]] QString shownLine(const ImapResponse &response) const;

    ServerSettings m_settings;
    SecretBuffer m_secret;
    SmtpStream::Factory m_streamFactory;
    std::unique_ptr<SmtpStream> m_stream;
    Transcript *m_transcript = nullptr;
    ImapResponseParser m_parser;
    CertificateCheck m_certificates;
    TlsInfo m_tls;
    ImapFailure m_failure;
    QTimer m_timer;

    State m_state = State::Idle;
    bool m_encrypted = false;
    bool m_haveCapabilities = false;
    bool m_authenticated = false;
    QSet<QByteArray> m_capabilities;
    int m_tagNumber = 0;
    QByteArray m_pendingTag;
    ImapCommandResult m_pending;
    QByteArray m_continuationPayload; // sent on the next "+" (a literal or SASL response)
    QString m_continuationShown;
    bool m_doneSent = false; // DONE went out for the current IDLE
    bool m_saslAnswered = false; // the SASL response went out; a "+" now carries an error
    int m_maxUntagged = defaultMaxUntagged;
};

} // namespace Sendcheck
