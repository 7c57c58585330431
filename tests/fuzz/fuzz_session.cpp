// SPDX-License-Identifier: GPL-3.0-or-later
// A whole SmtpSession against a server that says whatever the fuzzer wants, on an in-memory
// stream (MemoryStream): no sockets, no TLS library, so one input takes microseconds unless
// the session waits for one of its timers (capped at 1 ms). The input, after three header
// bytes, is cut at a separator byte the input chooses; the first piece goes out once the
// connection is up (for implicit TLS: once the handshake is done), and one more piece after
// each line the client sends. The stream's pretend TLS handshake succeeds or fails, and may
// report a certificate error, as the input says.
//
// Beyond crashes and sanitizer reports, checks what must hold whatever the server says:
//  - the session finishes (no hang past its own timers);
//  - a session that requires TLS reports success only over an encrypted stream, unless it was
//    asked to stop before TLS (a connection test up to the banner or the first EHLO);
//  - nothing plain follows the client's STARTTLS;
//  - without "allow sign-in without encryption", the password never crosses in the clear;
//  - the transcript never shows the password, its base64, or a SASL payload made from it.
#include "buffersource.h"
#include "fuzzcommon.h"
#include "message/messagesource.h"
#include "smtp/memorystream.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QEventLoop>
#include <QTimer>

#include <cstddef>
#include <cstdint>

using FuzzCommon::check;
using namespace Sendcheck;

namespace {

const QByteArray PlantedSecret = QByteArrayLiteral("Fz-planted-S3cret-\xc3\xa4-7q2");
const QByteArray PlantedUser = QByteArrayLiteral("fuzz-user@example.com");

QList<QByteArray> secretForms()
{
    return {
        PlantedSecret, PlantedSecret.toBase64(),
        ('\0' + PlantedUser + '\0' + PlantedSecret).toBase64(),
        ("user=" + PlantedUser + "\x01" + "auth=Bearer " + PlantedSecret + "\x01\x01").toBase64()};
}

using TestSupport::BufferSource;

// One scripted conversation on the server side of the stream.
struct Script
{
    QList<QByteArray> pieces;
    qsizetype next = 0;
    bool closeWhenDone = false;
    MemoryStream *stream = nullptr;

    void sendNext()
    {
        if (next < pieces.size())
            stream->serverWrite(pieces.at(next++));
        if (next >= pieces.size() && closeWhenDone)
            stream->serverClose();
    }
};

ServerSettings settingsFor(uint8_t flags)
{
    ServerSettings settings;
    settings.host = QStringLiteral("fuzz.test");
    settings.port = 25;
    switch (flags & 0x03) {
    case 0:
    case 1:
        settings.security = Security::None;
        break;
    case 2:
        settings.security = Security::StartTls;
        break;
    case 3:
        settings.security = Security::ImplicitTls;
        break;
    }
    static constexpr AuthMechanism Mechanisms[]
        = {AuthMechanism::Auto, AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5};
    settings.mechanism = (flags & 0x40) ? AuthMechanism::XOAuth2 : Mechanisms[(flags >> 3) & 0x03];
    settings.allowPlainAuth = flags & 0x20;
    settings.ehloName = QStringLiteral("client.fuzz.test");
    settings.userName = QString::fromLatin1(PlantedUser);
    settings.timeouts.capAll(std::chrono::milliseconds(1));
    return settings;
}

void checkProperties(const SmtpSession &session, const MemoryStream &stream,
                     const ServerSettings &settings, bool mustReachTls)
{
    const SessionResult &result = session.result();
    if (settings.security != Security::None && mustReachTls && result.ok)
        check(stream.isEncrypted() && result.tls.used,
              "a session that requires TLS succeeded without TLS");

    const QByteArray plain = stream.plainClientBytes();
    const qsizetype startTls = plain.indexOf("STARTTLS\r\n");
    if (startTls >= 0)
        check(startTls + 10 == plain.size(), "plain bytes followed STARTTLS", plain);
    const bool plainAllowed = settings.security == Security::None && settings.allowPlainAuth;
    for (const QByteArray &form : secretForms()) {
        if (!plainAllowed)
            check(!plain.contains(form), "the secret crossed without encryption", plain);
        for (const TranscriptEntry &entry : session.transcript()->entries())
            check(!entry.text.toUtf8().contains(form), "the transcript shows the secret",
                  entry.text.toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    return 0;
}

namespace {

void runOne(const uint8_t *data, size_t size)
{
    const uint8_t flags = data[0];
    const char separator = char(data[1]);
    const uint8_t options = data[2];
    Script script;
    script.pieces = QByteArray(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3)
                        .split(separator);
    script.closeWhenDone = flags & 0x80;
    const ServerSettings settings = settingsFor(flags);

    SmtpSession session;
    session.setSettings(settings);
    if (flags & 0x04) {
        Credentials credentials;
        credentials.userName = QString::fromLatin1(PlantedUser);
        credentials.secret = Sendcheck::SecretBuffer(PlantedSecret);
        credentials.kind = settings.mechanism == AuthMechanism::XOAuth2
            ? Credentials::Kind::OAuthToken
            : Credentials::Kind::Password;
        session.setCredentials(credentials);
    }
    session.setEnvelope({QStringLiteral("a@example.com"),
                         {QStringLiteral("b@example.com"), QStringLiteral("c@example.com")},
                         false});
    session.setMessageFactory(
        [] {
            return std::make_unique<BufferSource>(
                "From: a@example.com\r\nTo: b@example.com\r\nSubject: "
                "fuzz\r\n\r\n.dot\r\nbody\r\n");
        },
        (options & 0x01) ? 2 : 1);
    // A connection test stops after a stage and must still end cleanly.
    static constexpr Stage StopStages[] = {Stage::Banner, Stage::Ehlo, Stage::Auth};
    const int stop = (options >> 1) & 0x03;
    if (stop > 0)
        session.setStopAfter(StopStages[stop - 1]);
    // A connection test may rightly end before STARTTLS (after the banner or the first EHLO).
    const bool mustReachTls = stop == 0 || StopStages[stop - 1] == Stage::Auth;

    auto owned = std::make_unique<MemoryStream>();
    MemoryStream *stream = owned.get();
    script.stream = stream;
    const bool tlsSucceeds = options & 0x08;
    stream->setTlsOutcome(tlsSucceeds ? MemoryStream::TlsOutcome::Succeed
                                      : MemoryStream::TlsOutcome::Fail);
    if (options & 0x10)
        stream->setTlsErrors({QSslError(QSslError::HostNameMismatch)});
    // For implicit TLS the server speaks once the handshake is done, or (when the handshake
    // will fail) into it.
    const bool waitForTls = settings.security == Security::ImplicitTls && tlsSucceeds;
    QObject context;
    QObject::connect(stream, waitForTls ? &SmtpStream::encrypted : &SmtpStream::connected, &context,
                     [&script] { script.sendNext(); });
    QObject::connect(stream, &MemoryStream::clientWrote, &context, [&script, stream] {
        for (qsizetype i = stream->takeClientBytes().count('\n'); i > 0; --i)
            script.sendNext();
    });
    session.setStreamFactory(MemoryStream::factoryFor(std::move(owned)));

    QEventLoop loop;
    QObject::connect(&session, &SmtpSession::finished, &loop, &QEventLoop::quit);
    // Timer objects of this input, not QTimer::singleShot(): a single-shot timer outlives its
    // context object until it fires, so every input would leave two behind.
    QTimer cancel;
    cancel.setSingleShot(true);
    QObject::connect(&cancel, &QTimer::timeout, &session, [&session] { session.cancel(); });
    cancel.start(50);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop,
                     [] { FuzzCommon::violated("the session did not finish 3 s after cancel()"); });
    watchdog.start(3000);
    session.start();
    loop.exec();

    checkProperties(session, *stream, settings, mustReachTls);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    runOne(data, size);
    // Objects Qt deletes later: freed within this input, so libFuzzer's per-input leak check
    // (which costs milliseconds whenever an input ends with more allocations than frees) stays
    // quiet.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
