// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/saslclient.h"
#include "smtp/secretbuffer.h"
#include "transcript/transcript.h"

#include <QTest>

#include <algorithm>
#include <type_traits>

using namespace Sendcheck;

static const QByteArray Secret = "Pl4nted-S3cret-xyz";

// A secret held as a QByteArray cannot be wiped: every copy shares the bytes, and filling one
// detaches it. SecretBuffer is the one owner: no copies, views only, and a wipe that reaches the
// bytes where they are.
class TestSecretBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cannotBeCopied()
    {
        static_assert(!std::is_copy_constructible_v<SecretBuffer>);
        static_assert(!std::is_copy_assignable_v<SecretBuffer>);
        static_assert(std::is_nothrow_move_constructible_v<SecretBuffer>);
        QVERIFY(true);
    }

    void ownsItsBytes()
    {
        QByteArray given = Secret;
        given.detach();
        const SecretBuffer buffer(given);
        QCOMPARE(buffer.view(), QByteArrayView(Secret));
        QVERIFY(buffer.data() != given.constData());
        // A view over it copies nothing: the same address (compared as pointers; QCOMPARE on two
        // char pointers would compare them as C strings, and these bytes end with no NUL).
        QCOMPARE(static_cast<const void *>(buffer.rawView().constData()),
                 static_cast<const void *>(buffer.data()));
    }

    void wipeZeroesTheBytesWhereTheyAre()
    {
        SecretBuffer buffer(Secret);
        const char *bytes = buffer.data();
        const qsizetype size = buffer.size();
        buffer.wipe();
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.view().isEmpty());
        // Still owned by `buffer` (freed with it), now all zeros.
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; }));
    }

    void moveLeavesNothingBehind()
    {
        SecretBuffer first(Secret);
        const char *bytes = first.data();
        SecretBuffer second(std::move(first));
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(static_cast<const void *>(second.data()),
                 static_cast<const void *>(bytes)); // moved
        SecretBuffer third(QByteArrayView("other-secret"));
        const char *thirdBytes = third.data();
        const qsizetype thirdSize = third.size();
        third = std::move(second);
        QCOMPARE(static_cast<const void *>(third.data()), static_cast<const void *>(bytes));
        Q_UNUSED(thirdBytes);
        Q_UNUSED(thirdSize);
    }

    void saslClientKeepsItsOwnCopyAndWipesIt()
    {
        Credentials credentials {QStringLiteral("bob"), Secret};
        SaslClient client(AuthMechanism::Plain, credentials);
        const char *bytes = client.secret().data();
        QVERIFY(bytes != credentials.secret.constData());
        QCOMPARE(client.secret().view(), QByteArrayView(Secret));
        const qsizetype size = client.secret().size();
        // The exchange still works from its own copy.
        QCOMPARE(client.start().wire,
                 "AUTH PLAIN " + QByteArray(QByteArray("\0bob\0", 5) + Secret).toBase64());
        client.wipe();
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; }));
        QCOMPARE(credentials.secret, Secret); // the caller's bytes are the caller's
    }

    void secretFormsCoverWhatTravels()
    {
        SaslClient client(AuthMechanism::Plain, {QStringLiteral("bob"), Secret});
        QList<QByteArray> forms;
        client.forEachSecretForm([&](QByteArrayView form) { forms.append(form.toByteArray()); });
        QVERIFY(forms.contains(Secret));
        QVERIFY(forms.contains(Secret.toBase64()));
        QVERIFY(forms.contains(QByteArray(QByteArray("\0bob\0", 5) + Secret).toBase64()));
    }

    void transcriptRedactsTheServersWords()
    {
        Transcript transcript;
        const QString secret = QString::fromLatin1(Secret);
        transcript.append(Direction::Server, QStringLiteral("220 before any secret ") + secret);
        transcript.addSecret(Secret);
        transcript.append(Direction::Server, QStringLiteral("535 no such password: ") + secret);
        transcript.append(Direction::Error, QStringLiteral("535 5.7.8 you sent ") + secret);
        const QList<TranscriptEntry> &entries = transcript.entries();
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries[0].text.contains(secret)); // redaction starts when the secret is named
        QCOMPARE(entries[1].text, QStringLiteral("535 no such password: <secret hidden>"));
        QCOMPARE(entries[2].text, QStringLiteral("535 5.7.8 you sent <secret hidden>"));
        QVERIFY(!transcript.redact(QByteArray("x" + Secret + "y")).contains(Secret));
        transcript.forgetSecrets();
        QCOMPARE(transcript.redact(secret), secret);
    }
};

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"
