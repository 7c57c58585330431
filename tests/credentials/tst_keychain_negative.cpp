// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain when it cannot help: no D-Bus session at all, and a locked gnome-keyring.
// Run through tests/credentials/with-locked-keyring.sh (ctest -L keychain does): it runs
// noSessionBus twice without a bus (address unset, address of a missing socket) and
// lockedKeyring inside a private dbus-run-session with gnome-keyring, every time with a
// throwaway HOME. Nothing here may touch a developer's own keyring, so each function first
// checks that it runs in that sandbox.
//
// Locking without a person: gnome-keyring 42 locks a collection on Service.Lock without a
// prompt. Unlocking normally needs a prompt (gcr-prompter, which fails at once without a
// display: good, a prompt attempt must fail, not hang); the test unlocks through the daemon's
// own UnlockWithMasterPassword call with the sandbox's throwaway password instead.
#include "credentials/keychaincredentialstore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Sendcheck;

namespace {

// A Secret Service "Secret" (RFC-like struct (oayays)).
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

static QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

static const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

const QString SecretsService = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
// Long enough for a prompt attempt to fail on its own; a hang ends the test with a failure.
constexpr int AnswerTimeoutMs = 30000;

QByteArray randomTag()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

// Every file under `dir`, relative, so a test can show what appeared.
QStringList allFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(dir.size()));
    files.sort();
    return files;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &relative : allFiles(dir)) {
        QFile file(dir + relative);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(needle) || content.contains(needle.toBase64()))
            hits.append(relative);
    }
    return hits;
}

} // namespace

class TestKeychainNegative : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store;
    std::optional<CredentialResult> m_result;
    qint64 m_lastAnswerMs = 0;

    bool finish(const std::function<void(QObject *, CredentialStore::Callback)> &start)
    {
        m_result.reset();
        QObject context;
        QElapsedTimer clock;
        clock.start();
        start(&context, [this](CredentialResult r) { m_result = std::move(r); });
        while (!m_result && clock.elapsed() < AnswerTimeoutMs)
            QTest::qWait(10);
        m_lastAnswerMs = clock.elapsed();
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

    static bool inSandbox()
    {
        const QString sandbox = qEnvironmentVariable("SENDCHECK_KEYCHAIN_SANDBOX");
        return sandbox.startsWith(QLatin1String("/tmp/keychain-negative."))
            && qEnvironmentVariable("HOME").startsWith(sandbox + u'/');
    }

    static std::unique_ptr<QDBusInterface> secretsInterface(const QString &path,
                                                            const QString &interface)
    {
        auto iface = std::make_unique<QDBusInterface>(SecretsService, path, interface,
                                                      QDBusConnection::sessionBus());
        iface->setTimeout(10000);
        return iface;
    }

    static QString defaultCollection()
    {
        const auto service
            = secretsInterface(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusReply<QDBusObjectPath> alias
            = service->call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
        return alias.isValid() ? alias.value().path() : QString();
    }

    static std::optional<bool> isLocked(const QString &collection)
    {
        const auto properties
            = secretsInterface(collection, QStringLiteral("org.freedesktop.DBus.Properties"));
        const QDBusReply<QDBusVariant> locked = properties->call(
            QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"),
            QStringLiteral("Locked"));
        if (!locked.isValid())
            return std::nullopt;
        return locked.value().variant().toBool();
    }

private Q_SLOTS:
    void initTestCase() { qDBusRegisterMetaType<DBusSecret>(); }

    // No session bus: every operation says "unavailable" quickly, and nothing lands on disk.
    void noSessionBus()
    {
        if (!inSandbox() || qEnvironmentVariable("SENDCHECK_KEYCHAIN_MODE") != u"no-bus")
            QFAIL("Run this test through tests/credentials/with-locked-keyring.sh (ctest -L "
                  "keychain); it needs the Debian packages dbus-daemon and gnome-keyring.");
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(address.isEmpty() || address.contains(QLatin1String("no-such-bus")),
                 "this case needs no session bus");
        QVERIFY2(!QDBusConnection::sessionBus().isConnected(), "a session bus is reachable");

        const QString home = qEnvironmentVariable("HOME");
        const QStringList before = allFiles(home);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret = "nobus-secret-" + randomTag();

        QVERIFY2(write(id, secret), "write() never answered");
        QCOMPARE(m_result->status, CredentialResult::Status::Unavailable);
        QVERIFY2(m_result->message.contains(QLatin1String("unavailable"), Qt::CaseInsensitive)
                     && m_result->message.contains(QLatin1String("nothing was written")),
                 qPrintable(m_result->message));
        QVERIFY(!m_result->message.contains(QString::fromLatin1(secret)));
        QVERIFY2(m_lastAnswerMs < 10000, "write took over 10 s to say it cannot");

        // A read must say "unavailable" too, not "nothing saved": a caller could take that as
        // a reason to ask for and write a new password.
        QVERIFY2(read(id), "read() never answered");
        QCOMPARE(m_result->status, CredentialResult::Status::Unavailable);
        QVERIFY(m_result->secret.isEmpty());

        QVERIFY2(remove(id), "remove() never answered");
        QVERIFY(!m_result->ok());

        QCOMPARE(filesContaining(home, secret), QStringList());
        QCOMPARE(allFiles(home), before);
    }

    // A locked keyring: the write is refused without overwriting what is stored, the read
    // does not pretend nothing is saved, and after unlocking the old secret is still there.
    void lockedKeyring()
    {
        if (!inSandbox() || qEnvironmentVariable("SENDCHECK_KEYCHAIN_MODE") != u"locked"
            || !QDBusConnection::sessionBus().isConnected())
            QFAIL("Run this test through tests/credentials/with-locked-keyring.sh (ctest -L "
                  "keychain); it needs the Debian packages dbus-daemon and gnome-keyring.");
        const QByteArray keyringPassword = qgetenv("SENDCHECK_KEYCHAIN_PASSWORD");
        QVERIFY(!keyringPassword.isEmpty());
        const QString collection = defaultCollection();
        QVERIFY2(!collection.isEmpty(), "gnome-keyring has no default collection");
        QCOMPARE(isLocked(collection), std::optional<bool>(false));

        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray original = "original-" + randomTag();
        const QByteArray replacement = "replacement-" + randomTag();
        QVERIFY2(write(id, original), "write() never answered");
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));

        // Lock it: gnome-keyring locks without asking anyone.
        const auto service
            = secretsInterface(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage lock = service->call(
            QStringLiteral("Lock"),
            QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(collection)}));
        QVERIFY2(lock.type() == QDBusMessage::ReplyMessage, qPrintable(lock.errorMessage()));
        QCOMPARE(isLocked(collection), std::optional<bool>(true));

        // The write is refused (the daemon's unlock prompt cannot appear here and fails), and
        // says why; it must not hang waiting for a person.
        QVERIFY2(write(id, replacement), "write() to a locked keyring never answered");
        QCOMPARE(m_result->status, CredentialResult::Status::AccessDenied);
        QVERIFY2(m_result->message.contains(QLatin1String("locked")),
                 qPrintable(m_result->message));
        QVERIFY(!m_result->message.contains(QString::fromLatin1(replacement)));

        // The read cannot see the entry; whatever it answers must not read as "nothing saved".
        QVERIFY2(read(id), "read() from a locked keyring never answered");
        if (m_result->status == CredentialResult::Status::Ok) {
            QCOMPARE(m_result->secret.view().toByteArray(), original);
        } else {
            QVERIFY2(m_result->message.contains(QLatin1String("locked")),
                     qPrintable(m_result->message));
        }
        QCOMPARE(isLocked(collection), std::optional<bool>(true));

        // Unlock with the sandbox's throwaway password, as a login would.
        const auto plainService
            = secretsInterface(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"));
        const QDBusMessage opened
            = plainService->call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                                 QVariant::fromValue(QDBusVariant(QString())));
        QVERIFY2(opened.type() == QDBusMessage::ReplyMessage && opened.arguments().size() == 2,
                 qPrintable(opened.errorMessage()));
        const auto session = qvariant_cast<QDBusObjectPath>(opened.arguments().at(1));
        const auto internal = secretsInterface(
            SecretsPath,
            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
        const QDBusMessage unlocked
            = internal->call(QStringLiteral("UnlockWithMasterPassword"),
                             QVariant::fromValue(QDBusObjectPath(collection)),
                             QVariant::fromValue(DBusSecret {session, QByteArray(), keyringPassword,
                                                             QStringLiteral("text/plain")}));
        QVERIFY2(unlocked.type() == QDBusMessage::ReplyMessage,
                 qPrintable(unlocked.errorMessage()));
        QCOMPARE(isLocked(collection), std::optional<bool>(false));

        // The refused write changed nothing.
        QVERIFY2(read(id), "read() never answered");
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
        QCOMPARE(m_result->secret.view().toByteArray(), original);

        QVERIFY2(remove(id), "remove() never answered");
        QVERIFY2(m_result->ok(), qPrintable(m_result->message));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNegative)
#include "tst_keychain_negative.moc"
