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
    // Profile ids as ProfileStore issues them (the store refuses any other).
    const QString p1 = QStringLiteral("6f1c2b9e-93a4-4d57-8e1f-2a7b5c0d9e31");
    const QString p2 = QStringLiteral("0d5e7f21-4b8c-4a6e-b3d9-71c2e4f8a015");
    const QString p = QStringLiteral("c3a94e0b-2f71-45d8-9b6c-e8d1f3a27b40");

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
        const auto done = [&](CredentialResult r) { result = std::move(r); };

        store.write(p1, "s3cret-ü", &context, done);
        QVERIFY(!result); // not from inside the call
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok());

        result.reset();
        store.read(p1, &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->secret.view().toByteArray(), QByteArray("s3cret-ü"));

        result.reset();
        store.read(p2, &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);

        result.reset();
        store.remove(p1, &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 0);

        result.reset();
        store.remove(p1, &context, done);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);
    }

    void oauthTokensLiveBesideThePassword()
    {
        MemoryCredentialStore store;
        QObject context;
        std::optional<CredentialResult> result;
        const auto done = [&](CredentialResult r) { result = std::move(r); };
        const auto settle = [&] {
            const bool arrived = waitFor([&] { return result.has_value(); });
            return arrived;
        };

        store.writeOAuthTokens(p1, "tokens", &context, done);
        QVERIFY(settle());
        result.reset();
        store.read(p1, &context, done);
        QVERIFY(settle());
        QCOMPARE(result->status, CredentialResult::Status::NotFound); // no password written

        result.reset();
        store.readOAuthTokens(p1, &context, done);
        QVERIFY(settle());
        QCOMPARE(result->secret.view().toByteArray(), QByteArray("tokens"));

        // Sign-out removes the tokens only.
        store.write(p1, "password", &context, done);
        result.reset();
        QVERIFY(settle());
        result.reset();
        store.removeOAuthTokens(p1, &context, done);
        QVERIFY(settle());
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 1);

        // Removing the profile's secrets reports Ok when only the tokens were there.
        result.reset();
        store.remove(p1, &context, done);
        QVERIFY(settle());
        result.reset();
        store.writeOAuthTokens(p2, "tokens", &context, done);
        QVERIFY(settle());
        result.reset();
        store.remove(p2, &context, done);
        QVERIFY(settle());
        QVERIFY(result->ok());
        QCOMPARE(store.size(), 0);
    }

private:
    // Runs one call and waits for its answer.
    template<typename Call> static CredentialResult answer(Call call)
    {
        std::optional<CredentialResult> result;
        QObject context;
        call(&context, [&](CredentialResult r) { result = std::move(r); });
        [&] { QVERIFY(waitFor([&] { return result.has_value(); })); }();
        return result ? std::move(*result) : CredentialResult {};
    }

private Q_SLOTS:
    // The keychain key is built from the id: an id that is not one the store issues could
    // name another profile's entry ("<id>/oauth" is its tokens), so it is refused outright.
    void idsThatAreNotIssuedAreRefused_data()
    {
        QTest::addColumn<QString>("id"); // %1: another profile's id
        QTest::newRow("token entry") << QStringLiteral("%1/oauth");
        QTest::newRow("path") << QStringLiteral("../profile/%1");
        QTest::newRow("upper case") << QStringLiteral("6F1C2B9E-93A4-4D57-8E1F-2A7B5C0D9E31");
        QTest::newRow("braces") << QStringLiteral("{6f1c2b9e-93a4-4d57-8e1f-2a7b5c0d9e31}");
        QTest::newRow("empty") << QString();
        QTest::newRow("name") << QStringLiteral("work");
    }

    void idsThatAreNotIssuedAreRefused()
    {
        QFETCH(QString, id);
        id = id.arg(p1);
        MemoryCredentialStore store;
        QVERIFY(
            answer([&](QObject *c, auto done) { store.write(p1, "password-1", c, done); }).ok());
        QVERIFY(answer([&](QObject *c, auto done) {
                    store.writeOAuthTokens(p1, "tokens-of-p1", c, done);
                }).ok());
        QCOMPARE(store.size(), 2);
        QVERIFY(!CredentialStore::isValidProfileId(id));
        for (const auto &result :
             {answer([&](QObject *c, auto done) { store.read(id, c, done); }),
              answer([&](QObject *c, auto done) { store.readOAuthTokens(id, c, done); })}) {
            QCOMPARE(result.status, CredentialResult::Status::Error);
            QVERIFY(result.secret.isEmpty());
        }
        QCOMPARE(answer([&](QObject *c, auto done) { store.write(id, "x", c, done); }).status,
                 CredentialResult::Status::Error);
        QCOMPARE(answer([&](QObject *c, auto done) { store.remove(id, c, done); }).status,
                 CredentialResult::Status::Error);
        QCOMPARE(
            answer([&](QObject *c, auto done) { store.removeOAuthTokens(id, c, done); }).status,
            CredentialResult::Status::Error);
        QCOMPARE(store.size(), 2); // nothing written or removed
        QCOMPARE(answer([&](QObject *c, auto done) { store.read(p1, c, done); })
                     .secret.view()
                     .toByteArray(),
                 QByteArray("password-1"));
    }

    // Each entry says whose it is and what it is: a record moved to another profile's key, or
    // from the token entry to the password entry, is not handed out.
    void aRecordIsOnlyReadForItsProfileAndKind()
    {
        MemoryCredentialStore store;
        QVERIFY(
            answer([&](QObject *c, auto done) { store.write(p1, "password-1", c, done); }).ok());
        QVERIFY(answer([&](QObject *c, auto done) {
                    store.writeOAuthTokens(p1, "tokens-of-p1", c, done);
                }).ok());
        const QByteArray passwordRecord = store.rawEntry(CredentialStore::secretKey(p1));
        const QByteArray tokenRecord = store.rawEntry(CredentialStore::oauthTokensKey(p1));
        QVERIFY(!passwordRecord.contains("password-1")); // base64 inside the record
        QVERIFY(passwordRecord.contains(p1.toLatin1()));
        QVERIFY(tokenRecord.contains("\"oauth\""));

        store.setRawEntry(CredentialStore::secretKey(p2), passwordRecord);
        auto result = answer([&](QObject *c, auto done) { store.read(p2, c, done); });
        QCOMPARE(result.status, CredentialResult::Status::Error);
        QVERIFY(result.secret.isEmpty());

        store.setRawEntry(CredentialStore::secretKey(p), tokenRecord);
        store.setRawEntry(CredentialStore::oauthTokensKey(p), passwordRecord);
        result = answer([&](QObject *c, auto done) { store.read(p, c, done); });
        QCOMPARE(result.status, CredentialResult::Status::Error);
        QVERIFY(result.secret.isEmpty());
        result = answer([&](QObject *c, auto done) { store.readOAuthTokens(p, c, done); });
        QCOMPARE(result.status, CredentialResult::Status::Error);

        // Its own records still read.
        QCOMPARE(answer([&](QObject *c, auto done) { store.readOAuthTokens(p1, c, done); })
                     .secret.view()
                     .toByteArray(),
                 QByteArray("tokens-of-p1"));
    }

    // Entries written by the version before records held the bare secret: read for the profile
    // whose exact key they are under, and rewritten as a record on that read.
    void bareSecretsFromBeforeAreReadAndMigrated()
    {
        MemoryCredentialStore store;
        store.setRawEntry(CredentialStore::secretKey(p1), "old-password");
        store.setRawEntry(CredentialStore::oauthTokensKey(p1), R"({"access_token":"old"})");
        auto result = answer([&](QObject *c, auto done) { store.read(p1, c, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.secret.view().toByteArray(), QByteArray("old-password"));
        result = answer([&](QObject *c, auto done) { store.readOAuthTokens(p1, c, done); });
        QCOMPARE(result.secret.view().toByteArray(), QByteArray(R"({"access_token":"old"})"));
        QTRY_VERIFY(store.rawEntry(CredentialStore::secretKey(p1)).contains("sendcheckSecret"));
        QTRY_VERIFY(
            store.rawEntry(CredentialStore::oauthTokensKey(p1)).contains("sendcheckSecret"));
        // Migrated records read the same, and are bound like new ones.
        QCOMPARE(answer([&](QObject *c, auto done) { store.read(p1, c, done); })
                     .secret.view()
                     .toByteArray(),
                 QByteArray("old-password"));
        store.setRawEntry(CredentialStore::secretKey(p2),
                          store.rawEntry(CredentialStore::secretKey(p1)));
        QCOMPARE(answer([&](QObject *c, auto done) { store.read(p2, c, done); }).status,
                 CredentialResult::Status::Error);
    }

    void destroyedContextDropsCallback()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.write(p, "x", context.get(), [&](const CredentialResult &) { called = true; });
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
        store.write(p, "x", &context, [&](CredentialResult r) { result = std::move(r); });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::Unavailable);
        QCOMPARE(store.size(), 0);
        store.simulateFailure(std::nullopt);
        result.reset();
        store.read(p, &context, [&](CredentialResult r) { result = std::move(r); });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QCOMPARE(result->status, CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
