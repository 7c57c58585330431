// SPDX-License-Identifier: GPL-3.0-or-later
// A whole SmtpSession against a server that says whatever the fuzzer wants. A QTcpServer on
// 127.0.0.1 in this process plays the server: the input, after three header bytes, is cut at a
// separator byte the input chooses; the first piece goes out on connect and one more piece
// after each line the client sends. Timers are capped at a few ms so one input takes ~50 ms
// at worst.
//
// Beyond crashes and sanitizer reports, checks what must hold whatever the server says:
//  - the session finishes (no hang past its own timers);
//  - a session that requires TLS never reports success (this server cannot do TLS), unless it
//    was asked to stop before TLS (a connection test up to the banner or the first EHLO);
//  - nothing follows the client's STARTTLS but a TLS handshake record;
//  - without "allow sign-in without encryption", the password never crosses in the clear;
//  - the transcript never shows the password, its base64, or a SASL payload made from it.
#include "buffersource.h"
#include "fuzzcommon.h"
#include "message/messagesource.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
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

// One scripted conversation on the server side.
struct Script
{
    QList<QByteArray> pieces;
    qsizetype next = 0;
    bool closeWhenDone = false;
    QByteArray fromClient;
    QTcpSocket *socket = nullptr;

    void sendNext()
    {
        if (!socket)
            return;
        if (next < pieces.size())
            socket->write(pieces.at(next++));
        if (next >= pieces.size() && closeWhenDone)
            socket->disconnectFromHost();
    }
};

QTcpServer *server = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    server = new QTcpServer;
    if (!server->listen(QHostAddress::LocalHost, 0))
        FuzzCommon::violated("cannot listen on 127.0.0.1");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const uint8_t flags = data[0];
    const char separator = char(data[1]);
    const uint8_t options = data[2];
    Script script;
    script.pieces = QByteArray(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3)
                        .split(separator);
    script.closeWhenDone = flags & 0x80;

    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server->serverPort();
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
    const bool withCredentials = flags & 0x04;
    static constexpr AuthMechanism Mechanisms[]
        = {AuthMechanism::Auto, AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5};
    settings.mechanism = (flags & 0x40) ? AuthMechanism::XOAuth2 : Mechanisms[(flags >> 3) & 0x03];
    settings.allowPlainAuth = flags & 0x20;
    settings.ehloName = QStringLiteral("client.fuzz.test");
    settings.userName = QString::fromLatin1(PlantedUser);
    settings.timeouts.capAll(std::chrono::milliseconds(15));

    SmtpSession session;
    session.setSettings(settings);
    if (withCredentials) {
        Credentials credentials;
        credentials.userName = QString::fromLatin1(PlantedUser);
        credentials.secret = PlantedSecret;
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

    QEventLoop loop;
    QObject context;
    QObject::connect(server, &QTcpServer::newConnection, &context, [&script] {
        QTcpSocket *socket = server->nextPendingConnection();
        if (!socket || script.socket) { // one connection per input
            delete socket;
            return;
        }
        script.socket = socket;
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&script, socket] {
            const QByteArray bytes = socket->readAll();
            script.fromClient += bytes;
            for (qsizetype i = bytes.count('\n'); i > 0; --i)
                script.sendNext();
        });
        script.sendNext();
    });
    QObject::connect(&session, &SmtpSession::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(50, &session, [&session] { session.cancel(); });
    QTimer::singleShot(
        3000, &loop, [] { FuzzCommon::violated("the session did not finish 3 s after cancel()"); });
    session.start();
    loop.exec();

    // Collect what the client sent after the session ended, then drop the connection.
    if (script.socket) {
        script.fromClient += script.socket->readAll();
        script.socket->abort();
        delete script.socket;
        script.socket = nullptr;
    }
    while (QTcpSocket *late = server->nextPendingConnection())
        delete late;

    const SessionResult &result = session.result();
    if (settings.security != Security::None && mustReachTls)
        check(!result.ok, "a session that requires TLS succeeded without TLS");

    const qsizetype startTls = script.fromClient.indexOf("STARTTLS\r\n");
    if (startTls >= 0) {
        const QByteArray after = script.fromClient.mid(startTls + 10);
        check(after.isEmpty() || after.at(0) == 0x16,
              "something other than a TLS handshake followed STARTTLS", script.fromClient);
    }
    const bool plainAllowed = settings.security == Security::None && settings.allowPlainAuth;
    for (const QByteArray &form : secretForms()) {
        if (!plainAllowed)
            check(!script.fromClient.contains(form), "the secret crossed without encryption",
                  script.fromClient);
        for (const TranscriptEntry &entry : session.transcript()->entries())
            check(!entry.text.toUtf8().contains(form), "the transcript shows the secret",
                  entry.text.toUtf8());
    }
    // Objects the session and Qt deleted later: gone before the leak check.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
