// SPDX-License-Identifier: GPL-3.0-or-later
// The real keychain. Run through tests/tools/with-secret-service.sh (ctest does): a private
// D-Bus session with an unlocked gnome-keyring and a throwaway HOME, which the test checks
// before touching anything, so it never reads or writes a developer's own keyring.
#include "credentials/keychaincredentialstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace Sendcheck;

namespace {

QByteArray randomTag()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store;

    std::optional<CredentialResult> m_result;

    // Runs one store operation and waits for its answer.
    bool finish(const std::function<void(QObject *, CredentialStore::Callback)> &start)
    {
        m_result.reset();
        QObject context;
        start(&context, [this](CredentialResult r) { m_result = std::move(r); });
        if (m_result) {
            qWarning("answered from inside the call");
            return false;
        }
        for (int i = 0; i < 3000 && !m_result; ++i)
            QTest::qWait(10);
        return m_result.has_value();
    }
    bool read(const QString &id)
    {
        return finish([&](QObject *c, auto done) { m_store.read(id, c, done); });
    }
    bool write(const QString &id, const QByteArray &secret)
    {
        return finish([&](QObject *c, auto done) { m_store.write(id, secret, c, done); });
    }
    bool remove(const QString &id)
    {
        return finish([&](QObject *c, auto done) { m_store.remove(id, c, done); });
    }

    // Every file under `dir` that contains `needle` (or its base64 form).
    static QStringList filesContaining(const QString &dir, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if (content.contains(needle) || content.contains(needle.toBase64()))
                hits.append(file.fileName());
        }
        return hits;
    }

    struct CliResult
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static CliResult cli(const QStringList &args, const QProcessEnvironment &env,
                         const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestSupport::cliPath(), args);
        CliResult result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString profileId(const QProcessEnvironment &env, const QString &name)
    {
        const CliResult shown = cli(
            {QStringLiteral("profile"), QStringLiteral("show"), name, QStringLiteral("--json")},
            env);
        return QJsonDocument::fromJson(shown.out.toUtf8())
            .object()
            .value(QStringLiteral("id"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("HOME");
        if (!home.startsWith(QLatin1String("/tmp/ss-sandbox."))
            || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("Run this test through tests/tools/with-secret-service.sh (ctest -L keychain); "
                  "it needs the Debian packages dbus-daemon, gnome-keyring and libsecret-tools.");
    }

    void storeReadOverwriteDelete()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray first = "first-" + randomTag();
        const QByteArray second = "second-" + randomTag();

        QVERIFY(read(id));
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);
        QVERIFY(!m_result->message.isEmpty());

        QVERIFY(write(id, first));
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
        QVERIFY(read(id));
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
        QCOMPARE(m_result->secret.view().toByteArray(), first);

        QVERIFY(write(id, second));
        QVERIFY(m_result->ok());
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.view().toByteArray(), second);

        QVERIFY(remove(id));
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
        QVERIFY(read(id));
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);
        // Removing again: libsecret reports success for an absent entry, other back ends
        // "not found"; either is fine, an error is not.
        QVERIFY(remove(id));
        QVERIFY(m_result->ok() || m_result->status == CredentialResult::Status::NotFound);
    }

    void unicodeAndLongSecrets_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("unicode") << (QStringLiteral("pässwörd-秘密-🔑-Ωμέγα-").toUtf8()
                                     + randomTag());
        QByteArray longSecret;
        auto *random = QRandomGenerator::global();
        while (longSecret.size() < 10000)
            longSecret.append(char(random->bounded(33, 127)));
        QTest::newRow("10000 characters") << longSecret;
        QTest::newRow("spaces and quotes") << QByteArray(" a \"b\" 'c' \\d ") + randomTag();
    }

    void unicodeAndLongSecrets()
    {
        QFETCH(QByteArray, secret);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(write(id, secret));
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.size(), secret.size());
        QCOMPARE(m_result->secret.view().toByteArray(), secret);
        // Encrypted at rest: no file in the sandbox HOME holds it in clear (or in base64).
        QCOMPARE(filesContaining(qEnvironmentVariable("HOME"), secret), QStringList());
        QVERIFY(remove(id));
        QVERIFY(m_result->ok());
    }

    void keysAreUniquePerProfile()
    {
        const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(write(a, "secret-a"));
        QVERIFY(write(b, "secret-b"));
        QVERIFY(read(a));
        QCOMPARE(m_result->secret.view().toByteArray(), QByteArray("secret-a"));
        QVERIFY(read(b));
        QCOMPARE(m_result->secret.view().toByteArray(), QByteArray("secret-b"));
        QVERIFY(remove(a));
        QVERIFY(read(b));
        QCOMPARE(m_result->secret.view().toByteArray(), QByteArray("secret-b"));
        QVERIFY(remove(b));
    }

    void oauthTokensAreASeparateEntryAndRemoveTakesThemToo()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(write(id, "password"));
        QVERIFY(finish(
            [&](QObject *c, auto done) { m_store.writeOAuthTokens(id, "token-blob", c, done); }));
        QVERIFY(m_result->ok());
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.view().toByteArray(),
                 QByteArray("password")); // the tokens did not overwrite it

        // The real keyring holds them under their own key.
        auto *check = new QKeychain::ReadPasswordJob(KeychainCredentialStore::serviceName());
        check->setInsecureFallback(false);
        check->setKey(CredentialStore::oauthTokensKey(id));
        QSignalSpy readBack(check, &QKeychain::Job::finished);
        check->start();
        QVERIFY(readBack.wait(20000));
        QCOMPARE(check->error(), QKeychain::NoError);
        // A record naming the profile and the kind, the tokens inside.
        bool legacy = true;
        const auto unwrapped = CredentialStore::unwrap(check->textData().toUtf8(), id,
                                                       CredentialStore::Kind::OAuthTokens, &legacy);
        QVERIFY(unwrapped);
        QCOMPARE(unwrapped->view().toByteArray(), QByteArray("token-blob"));
        QVERIFY(!legacy);
        QVERIFY(check->textData().contains(id));
        QVERIFY(!check->textData().contains(QStringLiteral("token-blob")));

        QVERIFY(remove(id));
        QVERIFY(m_result->ok());
        auto *gone = new QKeychain::ReadPasswordJob(KeychainCredentialStore::serviceName());
        gone->setInsecureFallback(false);
        gone->setKey(CredentialStore::oauthTokensKey(id));
        QSignalSpy goneSpy(gone, &QKeychain::Job::finished);
        gone->start();
        QVERIFY(goneSpy.wait(20000));
        QCOMPARE(gone->error(), QKeychain::EntryNotFound);
    }

    // The read-back mailbox's own password: an entry of its own kind and key, never handed
    // out as the sending password; remove() takes it too.
    void mailboxPasswordIsASeparateEntryAndRemoveTakesItToo()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(finish([&](QObject *c, auto done) {
            m_store.writeImapPassword(id, "Pl4nted-Mailbox", c, done);
        }));
        QVERIFY(m_result->ok());
        QVERIFY(read(id)); // no sending password: the mailbox's is not given out as one
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);
        QVERIFY(finish([&](QObject *c, auto done) { m_store.readImapPassword(id, c, done); }));
        QCOMPARE(m_result->secret.view().toByteArray(), QByteArray("Pl4nted-Mailbox"));

        // Under its own key, as a record of kind "imap": read as a password it is refused.
        auto *check = new QKeychain::ReadPasswordJob(KeychainCredentialStore::serviceName());
        check->setInsecureFallback(false);
        check->setKey(CredentialStore::imapPasswordKey(id));
        QSignalSpy readBack(check, &QKeychain::Job::finished);
        check->start();
        QVERIFY(readBack.wait(20000));
        QCOMPARE(check->error(), QKeychain::NoError);
        bool legacy = true;
        QVERIFY(CredentialStore::unwrap(check->textData().toUtf8(), id,
                                        CredentialStore::Kind::ImapPassword, &legacy));
        QVERIFY(!CredentialStore::unwrap(check->textData().toUtf8(), id,
                                         CredentialStore::Kind::Password, &legacy));

        QVERIFY(remove(id));
        QVERIFY(m_result->ok());
        QVERIFY(finish([&](QObject *c, auto done) { m_store.readImapPassword(id, c, done); }));
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);
    }

    // An entry the previous version wrote (the bare secret under "profile/<id>") still reads
    // for that profile and is rewritten as a record; a record copied under another profile's
    // key is not handed out.
    void entriesFromBeforeAreMigratedAndRecordsStayBound()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray old = "old-bare-" + randomTag();
        const auto rawJob = [](auto *job, const QString &key) {
            job->setInsecureFallback(false);
            job->setKey(key);
            QSignalSpy done(job, &QKeychain::Job::finished);
            job->start();
            return done.wait(20000) && job->error() == QKeychain::NoError;
        };
        auto *plant = new QKeychain::WritePasswordJob(KeychainCredentialStore::serviceName());
        plant->setTextData(QString::fromLatin1(old));
        QVERIFY(rawJob(plant, CredentialStore::secretKey(id)));

        QVERIFY(read(id));
        QVERIFY(m_result->ok());
        QCOMPARE(m_result->secret.view().toByteArray(), old);
        // Rewritten as a record (the answer did not wait for it).
        QString stored;
        for (int i = 0; i < 50 && !stored.contains(QStringLiteral("sendcheckSecret")); ++i) {
            QTest::qWait(100);
            auto *look = new QKeychain::ReadPasswordJob(KeychainCredentialStore::serviceName());
            QVERIFY(rawJob(look, CredentialStore::secretKey(id)));
            stored = look->textData();
        }
        QVERIFY(stored.contains(QStringLiteral("sendcheckSecret")));
        QVERIFY(!stored.contains(QString::fromLatin1(old)));
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.view().toByteArray(), old);

        auto *copy = new QKeychain::WritePasswordJob(KeychainCredentialStore::serviceName());
        copy->setTextData(stored);
        QVERIFY(rawJob(copy, CredentialStore::secretKey(other)));
        QVERIFY(read(other));
        QCOMPARE(m_result->status, CredentialResult::Status::Error);
        QVERIFY(m_result->secret.isEmpty());
        QVERIFY(remove(id));
        QVERIFY(remove(other));
    }

    // The CLI end to end: password set/clear, app-password spaces, profile remove deletes the
    // secret, and the secret is in no file (profiles.json, export, anything under HOME).
    void cliPasswordLifecycle()
    {
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        CliResult r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Mail"),
                           QStringLiteral("--preset"), QStringLiteral("gmail"),
                           QStringLiteral("--user"), QStringLiteral("me@example.org")},
                          env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = profileId(env, QStringLiteral("Mail"));
        QVERIFY(!id.isEmpty());

        // An app password as Google shows it: stored without the spaces, and the user is told.
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("Mail")},
                env, "wxyz abcd efgh ijkl\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("spaces were removed")), qPrintable(r.out));
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.view().toByteArray(), QByteArray("wxyzabcdefghijkl"));

        // Anything else is kept exactly, minus one trailing newline.
        const QByteArray secret = "Plant-" + randomTag() + " with space";
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("Mail")},
                env, secret + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("spaces were removed")));
        QVERIFY(read(id));
        QCOMPARE(m_result->secret.view().toByteArray(), secret);

        const QString exported = config.filePath(QStringLiteral("mail-export.json"));
        r = cli(
            {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("Mail"), exported},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(exported));
        QCOMPARE(filesContaining(config.path(), secret), QStringList());
        QCOMPARE(filesContaining(qEnvironmentVariable("HOME"), secret), QStringList());
        QVERIFY(!r.out.contains(QString::fromUtf8(secret))
                && !r.err.contains(QString::fromUtf8(secret)));

        r = cli({QStringLiteral("password"), QStringLiteral("clear"), QStringLiteral("--profile"),
                 QStringLiteral("Mail")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(read(id));
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);

        // Deleting the profile deletes its secret.
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("Mail")},
                env, secret);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(read(id));
        QVERIFY(m_result->ok());
        r = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Mail")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("removed from the keyring")), qPrintable(r.out));
        QVERIFY(read(id));
        QCOMPARE(m_result->status, CredentialResult::Status::NotFound);
    }

    // No session bus at all: a clear "unavailable" answer, and nothing on disk instead.
    void noSessionBus()
    {
        QTemporaryDir fresh;
        QVERIFY(QDir().mkpath(fresh.filePath(QStringLiteral("run"))));
        QFile::setPermissions(fresh.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), fresh.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), fresh.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), fresh.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), fresh.filePath(QStringLiteral("run")));

        CliResult r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Lab"),
                           QStringLiteral("--host"), QStringLiteral("relay.lan")},
                          env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray secret = "NoBus-" + randomTag();
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("Lab")},
                env, secret);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Secure storage is unavailable")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written to disk")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QString::fromUtf8(secret))
                && !r.out.contains(QString::fromUtf8(secret)));
        QCOMPARE(filesContaining(fresh.path(), secret), QStringList());
        // And the profile itself is still there and intact.
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Lab")}, env);
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
