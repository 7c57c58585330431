// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/memorycredentialstore.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Sendcheck;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT

private:
    // QTRY_* needs a void function; a tiny copy that works in a value-returning one.
    static bool waitFor(const std::function<bool()> &condition)
    {
        for (int i = 0; i < 500 && !condition(); ++i)
            QTest::qWait(10);
        return condition();
    }

private Q_SLOTS:
    void keys()
    {
        QCOMPARE(CredentialStore::secretKey(QStringLiteral("abc")), QStringLiteral("profile/abc"));
        QCOMPARE(CredentialStore::oauthTokensKey(QStringLiteral("abc")),
                 QStringLiteral("profile/abc/oauth"));
    }

    void roundTripIsAsynchronous()
    {
        MemoryCredentialStore store;
        QObject context;
        std::optional<CredentialResult> result;
        const auto done = [&](const CredentialResult &r) { result = r; };

        store.write(QStringLiteral("p1"), "s3cret-ü", &context, done);
        QVERIFY(!result); // not from inside the call
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok());

        result.reset();
        store.read(QStringLiteral("p1"), &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->secret, QByteArray("s3cret-ü"));

        result.reset();
        store.read(QStringLiteral("p2"), &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);

        result.reset();
        store.remove(QStringLiteral("p1"), &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 0);

        result.reset();
        store.remove(QStringLiteral("p1"), &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);
    }

    void oauthTokensLiveBesideThePassword()
    {
        MemoryCredentialStore store;
        QObject context;
        std::optional<CredentialResult> result;
        const auto done = [&](const CredentialResult &r) { result = r; };
        const auto settle = [&] {
            const bool arrived = waitFor([&] { return result.has_value(); });
            return arrived;
        };

        store.writeOAuthTokens(QStringLiteral("p1"), "tokens", &context, done);
        QVERIFY(settle());
        result.reset();
        store.read(QStringLiteral("p1"), &context, done);
        QVERIFY(settle());
        QCOMPARE(result->status, CredentialResult::Status::NotFound); // no password written

        result.reset();
        store.readOAuthTokens(QStringLiteral("p1"), &context, done);
        QVERIFY(settle());
        QCOMPARE(result->secret, QByteArray("tokens"));

        // Sign-out removes the tokens only.
        store.write(QStringLiteral("p1"), "password", &context, done);
        result.reset();
        QVERIFY(settle());
        result.reset();
        store.removeOAuthTokens(QStringLiteral("p1"), &context, done);
        QVERIFY(settle());
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 1);

        // Removing the profile's secrets reports Ok when only the tokens were there.
        result.reset();
        store.remove(QStringLiteral("p1"), &context, done);
        QVERIFY(settle());
        result.reset();
        store.writeOAuthTokens(QStringLiteral("p2"), "tokens", &context, done);
        QVERIFY(settle());
        result.reset();
        store.remove(QStringLiteral("p2"), &context, done);
        QVERIFY(settle());
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 0);
    }

    void destroyedContextDropsCallback()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.write(QStringLiteral("p"), "x", context.get(),
                    [&](const CredentialResult &) { called = true; });
        context.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void simulatedUnavailableStoresNothing()
    {
        MemoryCredentialStore store;
        store.simulateFailure(CredentialResult::Status::Unavailable);
        QObject context;
        std::optional<CredentialResult> result;
        store.write(QStringLiteral("p"), "x", &context,
                    [&](const CredentialResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::Unavailable);
        QCOMPARE(store.size(), 0);
        store.simulateFailure(std::nullopt);
        result.reset();
        store.read(QStringLiteral("p"), &context, [&](const CredentialResult &r) { result = r; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
