// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialresult.h"
#include "credentials/memorycredentialstore.h"
#include "credentials/secretinput.h"

#include <QBuffer>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <type_traits>

using namespace Sendcheck;

namespace {
bool allZero(const char *begin, const char *end)
{
    return std::all_of(begin, end, [](char c) { return c == '\0'; });
}
} // namespace

// Where a secret enters from standard input or the keychain it goes into one SecretBuffer:
// the reader writes straight into it, and a store's answer hands it on by moving.
class TestSecretInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aResultCannotBeCopied()
    {
        static_assert(!std::is_copy_constructible_v<CredentialResult>);
        static_assert(std::is_move_constructible_v<CredentialResult>);
        static_assert(std::is_same_v<decltype(CredentialResult::secret), SecretBuffer>);
        QVERIFY(true);
    }

    void readsAllAndOverwritesTheLineEnd()
    {
        QByteArray piped("Pl4nted-S3cret\r\n");
        QBuffer in(&piped);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const SecretBuffer secret = SecretInput::read(in, false);
        QCOMPARE(secret.view().toByteArray(), QByteArray("Pl4nted-S3cret"));
        // The chopped "\r\n" and the rest of the buffer's room hold zeros, not stale bytes.
        QVERIFY(secret.capacity() >= secret.size() + 2);
        QVERIFY(allZero(secret.data() + secret.size(), secret.data() + secret.capacity()));
        QVERIFY(in.atEnd());
    }

    void oneLineStopsAtTheLineEnd()
    {
        QByteArray typed("first\nsecond");
        QBuffer in(&typed);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const SecretBuffer secret = SecretInput::read(in, true);
        QCOMPARE(secret.view().toByteArray(), QByteArray("first"));
        QCOMPARE(in.pos(), qint64(6)); // nothing read past the line
        QVERIFY(allZero(secret.data() + secret.size(), secret.data() + secret.capacity()));
    }

    void aLongSecretGrowsTheBuffer()
    {
        QByteArray piped(3 * SecretInput::chunkSize + 17, 'k');
        piped.append('\n');
        QBuffer in(&piped);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const SecretBuffer secret = SecretInput::read(in, false);
        QCOMPARE(secret.size(), 3 * SecretInput::chunkSize + 17);
        QVERIFY(std::all_of(secret.view().begin(), secret.view().end(),
                            [](char c) { return c == 'k'; }));
    }

    void nothingToRead()
    {
        QByteArray empty;
        QBuffer in(&empty);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(SecretInput::read(in, false).isEmpty());
        QByteArray lineEnd("\n");
        QBuffer newline(&lineEnd);
        QVERIFY(newline.open(QIODevice::ReadOnly));
        QVERIFY(SecretInput::read(newline, true).isEmpty());
    }

    void aReadHandsTheBufferOn()
    {
        MemoryCredentialStore store;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QObject context;
        bool written = false;
        store.write(id, QByteArrayView("Pl4nted-S3cret"), &context,
                    [&](const CredentialResult &result) { written = result.ok(); });
        QTRY_VERIFY(written);
        SecretBuffer taken;
        const char *bytes = nullptr;
        store.read(id, &context, [&](CredentialResult result) {
            bytes = result.secret.data();
            taken = std::move(result.secret); // moved, not copied
        });
        QTRY_VERIFY(bytes);
        QCOMPARE(static_cast<const void *>(taken.data()), static_cast<const void *>(bytes));
        QCOMPARE(taken.view().toByteArray(), QByteArray("Pl4nted-S3cret"));
    }
};

QTEST_GUILESS_MAIN(TestSecretInput)
#include "tst_secretinput.moc"
