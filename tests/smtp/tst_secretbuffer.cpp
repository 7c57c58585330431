// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/saslclient.h"
#include "smtp/secretbuffer.h"
#include "smtp/smtpsession.h"
#include "transcript/transcript.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>
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

    void credentialsAreMoveOnly()
    {
        static_assert(!std::is_copy_constructible_v<Credentials>);
        static_assert(!std::is_copy_assignable_v<Credentials>);
        static_assert(std::is_nothrow_move_constructible_v<Credentials>);
        static_assert(std::is_same_v<decltype(Credentials::secret), SecretBuffer>);
        Credentials given {QStringLiteral("bob"), Secret};
        const char *bytes = given.secret.data();
        Credentials moved = std::move(given);
        QVERIFY(given.secret.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(static_cast<const void *>(moved.secret.data()), static_cast<const void *>(bytes));
        // A copy is only ever made on purpose, into a buffer of its own.
        const Credentials copied = moved.copy();
        QVERIFY(copied.secret.data() != moved.secret.data());
        QCOMPARE(copied.secret.view(), QByteArrayView(Secret));
        QVERIFY(moved.withoutSecret().secret.isEmpty());
        QCOMPARE(moved.withoutSecret().userName, QStringLiteral("bob"));
    }

    void sessionTakesTheBuffer()
    {
        Credentials given {QStringLiteral("bob"), Secret};
        auto session = std::make_unique<SmtpSession>();
        session->setCredentials(std::move(given));
        // Moved, not copied: nothing left with the caller (the session wipes its buffer when it
        // finishes, see saslClientKeepsItsOwnCopyAndWipesIt and the engine's tests).
        QVERIFY(given.secret.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QVERIFY(given.secret.data() == nullptr);
        // A const one is copied into a buffer of the session's own; the caller's stays intact.
        const Credentials kept {QStringLiteral("bob"), Secret};
        session->setCredentials(kept);
        QCOMPARE(kept.secret.view(), QByteArrayView(Secret));
    }

    void takeFromOverwritesTheSharedBytes()
    {
        QByteArray source = Secret;
        source.detach();
        const QByteArray sharer = source; // what a Qt API still holds (a finished job's data)
        const SecretBuffer buffer = SecretBuffer::takeFrom(source);
        QCOMPARE(buffer.view(), QByteArrayView(Secret));
        QVERIFY(source.isEmpty());
        // fill('\0') would have detached `source` and left these bytes as they were.
        QCOMPARE(sharer.size(), Secret.size());
        QVERIFY(std::all_of(sharer.begin(), sharer.end(), [](char c) { return c == '\0'; }));
    }

    void takeUtf8OverwritesTheText()
    {
        QString typed = QString::fromUtf8("P\u00e4ssw\u00f6rd-xyz");
        typed.detach();
        const QString sharer = typed; // the line edit's own text shares these bytes
        const SecretBuffer buffer = SecretBuffer::takeUtf8(typed);
        QCOMPARE(buffer.view(),
                 QByteArrayView(QString::fromUtf8("P\u00e4ssw\u00f6rd-xyz").toUtf8()));
        QVERIFY(typed.isEmpty());
        QVERIFY(std::all_of(sharer.begin(), sharer.end(), [](QChar c) { return c.isNull(); }));
    }

    void literalsAreOnlyLetGo()
    {
        // Static and raw data may be read-only: never written, only dropped.
        QByteArray literal = QByteArrayLiteral("literal-secret");
        const SecretBuffer fromLiteral = SecretBuffer::takeFrom(literal);
        QCOMPARE(fromLiteral.view(), QByteArrayView("literal-secret"));
        QVERIFY(literal.isEmpty());
        static const char raw[] = "raw-secret";
        QByteArray view = QByteArray::fromRawData(raw, qsizetype(sizeof raw - 1));
        const SecretBuffer fromRaw = SecretBuffer::takeFrom(view);
        QCOMPARE(fromRaw.view(), QByteArrayView("raw-secret"));
        QCOMPARE(QByteArrayView(raw), QByteArrayView("raw-secret"));
    }

    void releaseOverwritesOnlyTheLastHolder()
    {
        QByteArray mine = Secret;
        mine.detach();
        QByteArray theirs = mine;
        SecretBuffer::release(mine); // someone else still uses them: only let go
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, Secret);
        // The last holder's bytes are overwritten and then freed; reading them afterwards would
        // be a use after free (AddressSanitizer), so the overwrite itself is what
        // wipeZeroesTheBytesWhereTheyAre() checks. Here: the last holder lets go too.
        SecretBuffer::release(theirs);
        QVERIFY(theirs.isEmpty());
    }

    void chopAndGrowLeaveNoStaleBytes()
    {
        SecretBuffer buffer = SecretBuffer::withCapacity(4);
        QVERIFY(buffer.append("ab\r\n"));
        QVERIFY(!buffer.append("x")); // never grows behind the caller's back
        buffer.chop(2);
        QCOMPARE(buffer.view(), QByteArrayView("ab"));
        QCOMPARE(buffer.data()[2], '\0');
        QCOMPARE(buffer.data()[3], '\0');
        const char *before = buffer.data();
        char *tail = buffer.reserveTail(10); // moves to a bigger allocation
        QVERIFY(buffer.data() != before);
        std::memcpy(tail, "cdefghijkl", 10);
        buffer.commitTail(10);
        QCOMPARE(buffer.view(), QByteArrayView("abcdefghijkl"));
    }

    void saslClientKeepsItsOwnCopyAndWipesIt()
    {
        Credentials credentials {QStringLiteral("bob"), Secret};
        SaslClient client(AuthMechanism::Plain, credentials);
        const char *bytes = client.secret().data();
        QVERIFY(bytes != credentials.secret.data());
        QCOMPARE(client.secret().view(), QByteArrayView(Secret));
        const qsizetype size = client.secret().size();
        // The exchange still works from its own copy.
        QCOMPARE(client.start().wire,
                 "AUTH PLAIN " + QByteArray(QByteArray("\0bob\0", 5) + Secret).toBase64());
        client.wipe();
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; }));
        QCOMPARE(credentials.secret.view().toByteArray(), Secret); // the caller's are the caller's
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
