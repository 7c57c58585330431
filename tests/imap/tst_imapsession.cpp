// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession against scripted peers on an in-memory stream, hostile ones above all: STARTTLS
// injection, a literal too large, endless untagged lines, an endless line, a server without
// STARTTLS, a plain link, a wrong tag, an XOAUTH2 error, a server that echoes the password.
#include "imap/imapmailbox.h"
#include "imap/imapsession.h"
#include "smtp/memorystream.h"
#include "transcript/transcript.h"

#include "secretscan.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Sendcheck;

namespace {

const QByteArray secret = "Pl4nted-S3cret-xyz";

// Answers each complete client line with `answer(tag, rest)`; records every line it saw.
struct ScriptedPeer
{
    MemoryStream *stream = nullptr;
    std::function<QByteArray(const QByteArray &tag, const QByteArray &rest)> answer;
    QByteArray buffer;
    QList<QByteArray> lines;

    void onClientWrote()
    {
        buffer += stream->takeClientBytes();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            lines.append(line);
            const qsizetype space = line.indexOf(' ');
            const QByteArray reply = answer(space < 0 ? line : line.left(space),
                                            space < 0 ? QByteArray() : line.mid(space + 1));
            if (!reply.isEmpty())
                stream->serverWrite(reply);
        }
    }
};

} // namespace

class TestImapSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<ImapSession> m_session;
    ScriptedPeer m_peer;

    MemoryStream *setUp(Security security, const QByteArray &greeting,
                        std::function<QByteArray(const QByteArray &, const QByteArray &)> answer)
    {
        m_session = std::make_unique<ImapSession>();
        auto stream = std::make_unique<MemoryStream>();
        MemoryStream *raw = stream.get();
        m_session->setStreamFactory(MemoryStream::factoryFor(std::move(stream)));
        ServerSettings s;
        s.host = QStringLiteral("imap.example.test");
        s.security = security;
        s.port = 993;
        s.userName = QStringLiteral("alice");
        s.timeouts.capAll(std::chrono::seconds(5));
        m_session->setSettings(s);
        m_session->setSecret(secret);
        m_peer = ScriptedPeer();
        m_peer.stream = raw;
        m_peer.answer = std::move(answer);
        connect(raw, &MemoryStream::clientWrote, this, [this] { m_peer.onClientWrote(); });
        if (security == Security::ImplicitTls)
            connect(raw, &MemoryStream::encrypted, this,
                    [raw, greeting] { raw->serverWrite(greeting); });
        else
            connect(raw, &SmtpStream::connected, this,
                    [raw, greeting] { raw->serverWrite(greeting); });
        return raw;
    }

    // Starts and waits for ready() or finished(); true if ready.
    bool startAndWaitReady()
    {
        QSignalSpy ready(m_session.get(), &ImapSession::ready);
        QSignalSpy finished(m_session.get(), &ImapSession::finished);
        m_session->start();
        const bool ended
            = QTest::qWaitFor([&] { return !ready.isEmpty() || !finished.isEmpty(); }, 10000);
        Q_UNUSED(ended);
        return !ready.isEmpty();
    }

    void verifyNoLeak()
    {
        const QStringList leaks = TestSupport::findSecretLeaks(
            m_session->transcript()->toText().toUtf8() + m_session->failure().message.toUtf8()
                + m_session->failure().serverText.toUtf8(),
            "alice", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

private Q_SLOTS:
    void startTlsInjectionIsDiscarded()
    {
        MemoryStream *stream = setUp(
            Security::StartTls, "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n",
            [](const QByteArray &tag, const QByteArray &rest) -> QByteArray {
                if (rest == "STARTTLS")
                    // The answer and, in the same packet, lines meant to be read as if inside TLS.
                    return tag
                        + " OK Begin TLS\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN INJECTED\r\n"
                          "A2 OK [CAPABILITY IMAP4rev1 INJECTED] injected\r\n";
                if (rest == "CAPABILITY")
                    return "* CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\r\n" + tag + " OK done\r\n";
                if (rest.startsWith("AUTHENTICATE PLAIN "))
                    return tag + " OK signed in\r\n";
                return tag + " BAD unexpected\r\n";
            });
        QVERIFY2(startAndWaitReady(), qPrintable(m_session->failure().message));
        QCOMPARE(stream->handshakes(), 1);
        QVERIFY(!m_session->hasCapability("INJECTED"));
        QVERIFY(m_session->hasCapability("SASL-IR"));
        // Before TLS only STARTTLS went out; the capabilities were asked for again inside TLS.
        QCOMPARE(stream->plainClientBytes(), QByteArray("A1 STARTTLS\r\n"));
        QCOMPARE(m_peer.lines.value(1), QByteArray("A2 CAPABILITY"));
        QVERIFY(m_session->transcript()->toText().contains(QLatin1String("injection defence")));
        verifyNoLeak();
    }

    void startTlsNotOfferedStopsBeforeSignIn()
    {
        MemoryStream *stream
            = setUp(Security::StartTls, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n",
                    [](const QByteArray &tag, const QByteArray &) { return tag + " OK\r\n"; });
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_session->failure().kind, FailureKind::StartTlsUnavailable);
        QVERIFY(stream->clientBytes().isEmpty());
    }

    void startTlsRefusedIsAFailure()
    {
        setUp(Security::StartTls, "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n",
              [](const QByteArray &tag, const QByteArray &) { return tag + " NO not today\r\n"; });
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_session->failure().kind, FailureKind::StartTlsUnavailable);
        QCOMPARE(m_session->failure().serverText, QStringLiteral("not today"));
    }

    void preauthBeforeStartTlsIsRefused()
    {
        setUp(Security::StartTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &tag, const QByteArray &) { return tag + " OK\r\n"; });
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_session->failure().kind, FailureKind::StartTlsUnavailable);
    }

    void noPasswordOnAPlainLink()
    {
        MemoryStream *stream
            = setUp(Security::None, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n",
                    [](const QByteArray &tag, const QByteArray &) { return tag + " OK\r\n"; });
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_session->failure().kind, FailureKind::PlainAuthRefused);
        QVERIFY(TestSupport::findSecretLeaks(stream->clientBytes(), "alice", secret).isEmpty());
    }

    void literalOverflowIsRefused()
    {
        setUp(Security::ImplicitTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &, const QByteArray &) {
                  return QByteArray("* 1 FETCH (BODY[HEADER] {999999999}\r\nabc");
              });
        QVERIFY(startAndWaitReady());
        QSignalSpy failed(m_session.get(), &ImapSession::failed);
        m_session->command("UID FETCH 1 (BODY.PEEK[HEADER])");
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_session->failure().kind, FailureKind::ProtocolError);
        QVERIFY(m_session->failure().message.contains(QLatin1String("literal")));
    }

    void literalsAreReadExactly()
    {
        setUp(Security::ImplicitTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &tag, const QByteArray &) {
                  return "* LIST (\\HasNoChildren \\Junk) \"/\" {9}\r\nJunk\r\nE-M\r\n* LIST () "
                         "\"/\" \"Quoted \\\"x\\\"\"\r\n"
                      + tag + " OK done\r\n";
              });
        QVERIFY(startAndWaitReady());
        std::optional<ImapCommandResult> got;
        connect(m_session.get(), &ImapSession::commandFinished, this,
                [&got](const ImapCommandResult &r) { got = r; });
        m_session->command("LIST \"\" \"*\"");
        QVERIFY(QTest::qWaitFor([&got] { return got.has_value(); }, 5000));
        const ImapCommandResult result = *got;
        QCOMPARE(result.untagged.size(), 2);
        const auto junk = ImapMailbox::fromList(result.untagged.at(0));
        QVERIFY(junk);
        QCOMPARE(junk->name, QByteArray("Junk\r\nE-M"));
        QVERIFY(junk->hasFlag("\\Junk"));
        const auto quoted = ImapMailbox::fromList(result.untagged.at(1));
        QVERIFY(quoted);
        QCOMPARE(quoted->name, QByteArray("Quoted \"x\""));
    }

    void endlessUntaggedLinesAreCut()
    {
        setUp(Security::ImplicitTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &, const QByteArray &) {
                  return QByteArray("* OK noise\r\n").repeated(3000);
              });
        m_session->setMaxUntaggedPerCommand(1000);
        QVERIFY(startAndWaitReady());
        QSignalSpy failed(m_session.get(), &ImapSession::failed);
        m_session->command("NOOP");
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_session->failure().kind, FailureKind::ProtocolError);
        QVERIFY(m_session->failure().message.contains(QLatin1String("1000")));
    }

    void endlessLineIsCut()
    {
        setUp(Security::ImplicitTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &, const QByteArray &) {
                  return "* OK " + QByteArray(200 * 1024, 'x');
              });
        QVERIFY(startAndWaitReady());
        QSignalSpy failed(m_session.get(), &ImapSession::failed);
        m_session->command("NOOP");
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_session->failure().kind, FailureKind::ProtocolError);
    }

    void answerToAnUnsentTagIsRefused()
    {
        setUp(Security::ImplicitTls, "* PREAUTH [CAPABILITY IMAP4rev1] welcome\r\n",
              [](const QByteArray &, const QByteArray &) { return QByteArray("Z9 OK sure\r\n"); });
        QVERIFY(startAndWaitReady());
        QSignalSpy failed(m_session.get(), &ImapSession::failed);
        m_session->command("NOOP");
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_session->failure().kind, FailureKind::ProtocolError);
    }

    void xoauth2ErrorContinuationIsAnswered()
    {
        setUp(Security::ImplicitTls, "* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2 SASL-IR] ready\r\n",
              [](const QByteArray &tag, const QByteArray &rest) -> QByteArray {
                  if (rest.startsWith("AUTHENTICATE XOAUTH2 "))
                      return "+ eyJzdGF0dXMiOiI0MDEifQ==\r\n";
                  if (rest.isEmpty() && tag.isEmpty())
                      return "A1 NO [AUTHENTICATIONFAILED] Invalid credentials\r\n";
                  return {};
              });
        ServerSettings s = m_session->settings();
        s.mechanism = AuthMechanism::XOAuth2;
        m_session->setSettings(s);
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_session->failure().kind, FailureKind::Reply);
        QCOMPARE(m_session->failure().serverText, QStringLiteral("Invalid credentials"));
        QCOMPARE(m_peer.lines.value(1), QByteArray());
        verifyNoLeak();
    }

    void loginQuotingAndEchoedSecret()
    {
        setUp(Security::ImplicitTls, "* OK [CAPABILITY IMAP4rev1] ready\r\n",
              [](const QByteArray &tag, const QByteArray &rest) -> QByteArray {
                  // A server that quotes the password back in its refusal.
                  return tag + " NO [AUTHENTICATIONFAILED] bad " + rest + "\r\n";
              });
        QVERIFY(!startAndWaitReady());
        QCOMPARE(m_peer.lines.value(0), QByteArray("A1 LOGIN \"alice\" \"") + secret + "\"");
        QCOMPARE(m_session->failure().kind, FailureKind::Reply);
        verifyNoLeak();
    }

    void quotedStrings()
    {
        QCOMPARE(ImapSession::quoted("a\"b\\c"), std::optional<QByteArray>("\"a\\\"b\\\\c\""));
        QVERIFY(!ImapSession::quoted("a\r\nb"));
        QVERIFY(!ImapSession::quoted("caf\xc3\xa9"));
    }
};

QTEST_GUILESS_MAIN(TestImapSession)
#include "tst_imapsession.moc"
