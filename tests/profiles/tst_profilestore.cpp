// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    static Profile sample(const QString &name)
    {
        Profile p = Profile::create(name);
        p.presetId = QStringLiteral("gmail");
        p.host = QStringLiteral("smtp.gmail.com");
        p.port = 465;
        p.security = Security::ImplicitTls;
        p.mechanism = AuthMechanism::Login;
        p.userName = QStringLiteral("jürgen@example.org");
        p.from = QStringLiteral("jürgen@example.org");
        p.defaultTo = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        p.ehloName = QStringLiteral("client.example.org");
        p.timeoutSeconds = 42;
        p.caFile = QStringLiteral("/etc/ssl/lab.pem");
        p.pins = {{p.host, p.port, QByteArray(64, 'a')}};
        p.allowPlainAuth = true;
        return p;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // Kills the writer `rounds` times at random moments; returns how many times the file was
    // torn (not parseable, or a mix of the two contents).
    static int killWhileSaving(const QString &dir, bool unsafe, int rounds, int count)
    {
        int torn = 0;
        // First let one save complete, so the rounds start from a whole file.
        {
            QProcess writer;
            writer.start(QStringLiteral(PROFILESTORE_WRITER), {dir, QString::number(count)});
            const QString path = QDir(dir).filePath(QStringLiteral("profiles.json"));
            for (int i = 0; i < 400 && QFileInfo(path).size() < 1000; ++i)
                QTest::qSleep(50);
            QTest::qSleep(300);
            writer.kill();
            writer.waitForFinished(10000);
            if (ProfileStore::parse(readAll(path), nullptr, nullptr)->size() != count)
                return -1;
        }
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            QStringList args {dir, QString::number(count)};
            if (unsafe)
                args.append(QStringLiteral("--unsafe"));
            writer.start(QStringLiteral(PROFILESTORE_WRITER), args);
            if (!writer.waitForStarted(10000) || !writer.waitForReadyRead(20000)) {
                qWarning() << "writer did not start";
                return -1;
            }
            QTest::qSleep(int(QRandomGenerator::global()->bounded(1, 120)));
            writer.kill(); // SIGKILL on Unix
            writer.waitForFinished(10000);
            if (writer.exitStatus() != QProcess::CrashExit)
                return -1; // the writer stopped by itself: the test proved nothing

            int schema = 0;
            QString error;
            const auto profiles = ProfileStore::parse(
                readAll(QDir(dir).filePath(QStringLiteral("profiles.json"))), &schema, &error);
            if (!profiles || profiles->size() != count) {
                ++torn;
                continue;
            }
            const QString marker = profiles->first().ehloName;
            if (marker != QLatin1String("old") && marker != QLatin1String("new")) {
                ++torn;
                continue;
            }
            for (const Profile &p : *profiles) {
                if (p.ehloName != marker) {
                    ++torn;
                    break;
                }
            }
        }
        qInfo("%d of %d kills left a torn file (%s writer)", torn, rounds,
              unsafe ? "naive" : "atomic");
        return torn;
    }

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QString error;
        QVERIFY(store.load(&error)); // no file yet: empty, fine
        QVERIFY(store.profiles().isEmpty());
        const Profile a = sample(QStringLiteral("Work"));
        Profile b = sample(QStringLiteral("Lab"));
        b.security = Security::None;
        b.port = 25;
        b.mechanism = AuthMechanism::None;
        b.pins.clear();
        b.presetId.clear();
        QVERIFY(store.add(a, &error));
        QVERIFY(store.add(b, &error));
        QVERIFY2(store.save(&error), qPrintable(error));

        ProfileStore again(dir.path());
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(0), a);
        QCOMPARE(again.profiles().at(1), b);
        QVERIFY(again.notice().isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(readAll(store.filePath())).object();
        QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 2);
        QVERIFY(QFile::permissions(store.filePath()) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(store.filePath()) & QFileDevice::ReadOther));
    }

    void findAddUpdateRemove()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QString error;
        const Profile work = sample(QStringLiteral("Work"));
        QVERIFY(store.add(work, &error));
        QVERIFY(!store.add(sample(QStringLiteral("work")), &error)); // names are unique
        QVERIFY(error.contains(QStringLiteral("already")));
        Profile sameId = sample(QStringLiteral("Other"));
        sameId.id = work.id;
        QVERIFY(!store.add(sameId, &error));

        QCOMPARE(store.findByName(QStringLiteral("WORK"))->id, work.id);
        QCOMPARE(store.find(work.id)->name, QStringLiteral("Work"));
        QCOMPARE(store.find(QStringLiteral("nope")), nullptr);

        QVERIFY(store.add(sample(QStringLiteral("Home")), &error));
        Profile renamed = work;
        renamed.name = QStringLiteral("home");
        QVERIFY(!store.update(renamed, &error)); // would clash with Home
        renamed.name = QStringLiteral("Office");
        renamed.port = 2525;
        QVERIFY(store.update(renamed, &error));
        QCOMPARE(store.findById(work.id)->name, QStringLiteral("Office"));
        QCOMPARE(store.findById(work.id)->port, quint16(2525));

        QVERIFY(store.remove(work.id));
        QVERIFY(!store.remove(work.id));
        QCOMPARE(store.profiles().size(), 1);
    }

    void migratesSchema1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        const QByteArray old = R"({"schema": 1, "profiles": [
            {"name": "Old TLS", "server": "smtp.example.org", "port": 465, "tls": true,
             "user": "me", "from": "me@example.org", "to": "a@example.org, b@example.org"},
            {"name": "Old STARTTLS", "server": "mail.example.org", "port": 587, "tls": true},
            {"name": "Old plain", "server": "relay.lan", "port": 25, "tls": false}
        ]})";
        write(path, old);

        ProfileStore store(dir.path());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY(!store.notice().isEmpty());
        QCOMPARE(store.profiles().size(), 3);
        const Profile *tls = store.findByName(QStringLiteral("Old TLS"));
        QVERIFY(tls);
        QCOMPARE(tls->host, QStringLiteral("smtp.example.org"));
        QCOMPARE(tls->port, quint16(465));
        QCOMPARE(tls->security, Security::ImplicitTls);
        QCOMPARE(tls->userName, QStringLiteral("me"));
        QCOMPARE(tls->defaultTo,
                 QStringList({QStringLiteral("a@example.org"), QStringLiteral("b@example.org")}));
        QVERIFY(!tls->id.isEmpty());
        QCOMPARE(store.findByName(QStringLiteral("Old STARTTLS"))->security, Security::StartTls);
        QCOMPARE(store.findByName(QStringLiteral("Old plain"))->security, Security::None);
        QVERIFY(store.profiles().at(0).id != store.profiles().at(1).id);

        // The file on disk is now schema 2 and the old one is kept.
        QCOMPARE(
            QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("schema")).toInt(),
            2);
        QCOMPARE(readAll(path + QStringLiteral(".schema1")), old);
        ProfileStore again(dir.path());
        QVERIFY(again.load(&error));
        QVERIFY(again.notice().isEmpty());
        QCOMPARE(again.profiles(), store.profiles()); // ids survive: no second migration
    }

    void corruptFileIsMovedAsideAndReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated")
            << QByteArray("{\"schema\": 2, \"profiles\": [{\"id\": \"x\", \"na");
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 12);
        QTest::newRow("no list") << QByteArray(R"({"schema": 2})");
        QTest::newRow("no schema") << QByteArray(R"({"profiles": []})");
        QTest::newRow("bad port") << QByteArray(
            R"({"schema": 2, "profiles": [{"id": "x", "name": "A", "port": 99999}]})");
        QTest::newRow("duplicate") << QByteArray(
            R"({"schema": 2, "profiles": [{"id": "x", "name": "A"}, {"id": "y", "name": "a"}]})");
    }

    void corruptFileIsMovedAsideAndReported()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        write(path, content);

        ProfileStore store(dir.path());
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.movedAsidePath().isEmpty());
        QVERIFY2(error.contains(store.movedAsidePath()), qPrintable(error));
        QVERIFY(QFileInfo(store.movedAsidePath())
                    .fileName()
                    .startsWith(QStringLiteral("profiles.json.corrupt-")));
        QCOMPARE(readAll(store.movedAsidePath()), content); // kept byte for byte
        QVERIFY(!QFile::exists(path));

        // Starting afresh works, and the moved file stays.
        QVERIFY(store.add(sample(QStringLiteral("New")), &error));
        QVERIFY(store.save(&error));
        QCOMPARE(readAll(store.movedAsidePath()), content);
        // A second corrupt file does not overwrite the first one moved aside.
        write(path, content);
        ProfileStore second(dir.path());
        QVERIFY(!second.load(&error));
        QVERIFY(second.movedAsidePath() != store.movedAsidePath());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")}).size(), 2);
    }

    void newerSchemaIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        const QByteArray content = R"({"schema": 3, "profiles": [], "future": true})";
        write(path, content);
        ProfileStore store(dir.path());
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QVERIFY(store.add(sample(QStringLiteral("x")), &error));
        QVERIFY(!store.save(&error));
        QCOMPARE(readAll(path), content);
    }

    void exportImport()
    {
        QTemporaryDir dir;
        const Profile work = sample(QStringLiteral("Work"));
        const QString path = dir.filePath(QStringLiteral("work.json"));
        QString error;
        QVERIFY2(ProfileStore::exportProfile(work, path, &error), qPrintable(error));
        const QByteArray exported = readAll(path);
        for (const char *word : {"password", "secret", "token"})
            QVERIFY2(!exported.toLower().contains(word), word);

        const auto imported = ProfileStore::importProfile(path, &error);
        QVERIFY2(imported, qPrintable(error));
        // Everything but the id: an import always gets a new one (see importGetsANewId).
        QVERIFY(imported->id != work.id);
        QVERIFY(Profile::isValidId(imported->id));
        Profile expected = work;
        expected.id = imported->id;
        QCOMPARE(*imported, expected);

        // A foreign or hand-edited file carrying a secret: the secret is dropped on import.
        QJsonObject object = work.toJson();
        object.insert(QStringLiteral("password"), QStringLiteral("hunter2-planted"));
        write(path, QJsonDocument(object).toJson());
        const auto withSecret = ProfileStore::importProfile(path, &error);
        QVERIFY(withSecret);
        QVERIFY(!QJsonDocument(withSecret->toJson()).toJson().contains("hunter2-planted"));
        ProfileStore store(dir.path());
        QVERIFY(store.add(*withSecret, &error));
        QVERIFY(store.save(&error));
        QVERIFY(!readAll(store.filePath()).contains("hunter2-planted"));

        write(path, "[1, 2]");
        QVERIFY(!ProfileStore::importProfile(path, &error));
        QVERIFY(error.contains(QStringLiteral("not a profile file")));
    }

    // The keychain is keyed by profile id: a file must not be able to choose its id, so that
    // it cannot name another profile's secret ("<id>/oauth" is that profile's token entry).
    void importGetsANewId_data()
    {
        QTest::addColumn<QString>("fileId"); // %1: the id of a profile already in the store
        QTest::newRow("another profile's id") << QStringLiteral("%1");
        QTest::newRow("another profile's token entry") << QStringLiteral("%1/oauth");
        QTest::newRow("a path") << QStringLiteral("../%1");
        QTest::newRow("a fresh uuid") << QStringLiteral("0b6d3a8e-4c1f-4f4e-9a51-9f7c0a3e2d11");
    }

    void importGetsANewId()
    {
        QFETCH(QString, fileId);
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QString error;
        const Profile victim = sample(QStringLiteral("Victim"));
        QVERIFY(store.add(victim, &error));
        QJsonObject object = sample(QStringLiteral("Imported")).toJson();
        object.insert(QStringLiteral("id"), fileId.arg(victim.id));
        const QString path = dir.filePath(QStringLiteral("import.json"));
        write(path,
              QJsonDocument(QJsonObject {{QStringLiteral("sendcheckProfile"), 1},
                                         {QStringLiteral("profile"), object}})
                  .toJson());
        const auto imported = ProfileStore::importProfile(path, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(Profile::isValidId(imported->id));
        QVERIFY(imported->id != fileId.arg(victim.id));
        QVERIFY(!imported->id.contains(victim.id));
        QVERIFY(store.add(*imported, &error));
    }

    // A profiles.json with an id the store never issues (hand-edited): the profile gets a new
    // one on load, and the file is saved with it.
    void loadRenewsIdsTheStoreDidNotIssue()
    {
        QTemporaryDir dir;
        const Profile good = sample(QStringLiteral("Good"));
        QJsonObject bad = sample(QStringLiteral("Bad")).toJson();
        bad.insert(QStringLiteral("id"), good.id + QStringLiteral("/oauth"));
        write(dir.filePath(QStringLiteral("profiles.json")),
              QJsonDocument(
                  QJsonObject {{QStringLiteral("schema"), 2},
                               {QStringLiteral("profiles"), QJsonArray {good.toJson(), bad}}})
                  .toJson());
        ProfileStore store(dir.path());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QCOMPARE(store.findByName(QStringLiteral("Good"))->id, good.id); // issued ids stay
        const QString renewed = store.findByName(QStringLiteral("Bad"))->id;
        QVERIFY(Profile::isValidId(renewed));
        QVERIFY(store.notice().contains(QStringLiteral("Bad")));
        ProfileStore again(dir.path());
        QVERIFY(again.load(&error));
        QCOMPARE(again.findByName(QStringLiteral("Bad"))->id, renewed); // saved, not redone
        QVERIFY(again.notice().isEmpty());
    }

    // The control experiment first: a naive in-place writer must be caught tearing the file,
    // otherwise the kills do not land mid-write and the atomic test below proves nothing.
    void killTestCatchesNaiveWriter()
    {
        QTemporaryDir dir;
        const int torn = killWhileSaving(dir.path(), true, 20, 1500);
        QVERIFY(torn >= 0);
        QVERIFY2(torn > 0, "the kills never hit a write: the atomic-save test would be blind");
    }

    void atomicSaveSurvivesSigkill()
    {
        QTemporaryDir dir;
        const int torn = killWhileSaving(dir.path(), false, 30, 1500);
        QCOMPARE(torn, 0);
        // Nothing else is left behind but, rarely, QSaveFile's own temporary name: on Linux it
        // writes an unnamed O_TMPFILE, and when the target exists it links that to
        // "profiles.json.XXXXXX" just before the rename, so a kill between the two leaves it.
        QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.removeAll(QStringLiteral("profiles.json")) == 1,
                 qPrintable(files.join(u' ')));
        static const QRegularExpression saveFileTemporary(
            QStringLiteral("^profiles\\.json\\.[A-Za-z0-9]{6}$"));
        for (const QString &file : std::as_const(files))
            QVERIFY2(saveFileTemporary.match(file).hasMatch(), qPrintable(file));
        ProfileStore store(dir.path());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QCOMPARE(store.profiles().size(), 1500);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
