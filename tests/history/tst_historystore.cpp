// SPDX-License-Identifier: GPL-3.0-or-later
// The run history in SQLite: record, list, load, delete, retention, WAL with two writing
// processes, migration from the first schema, damaged files moved aside, and "compare with the
// last success" on real runs against the practice server.
#include "historytestsupport.h"
#include "practicerun.h"

#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/runcomparison.h"
#include "transcript/transcript.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

// Runs statements on the database file directly, the way an older Sendcheck (or a damaged
// disk) would have left it.
bool runSql(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-direct"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok && error)
                *error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-direct"));
    return ok;
}

QStringList sqlColumn(const QString &path, const QString &sql)
{
    QStringList values;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-read"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    values << query.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-read"));
    return values;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        const QString folder = m_dir.filePath(QStringLiteral("h%1").arg(++m_counter));
        QDir().mkpath(folder);
        return QDir(folder).filePath(QStringLiteral("history.sqlite"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recordListLoad()
    {
        HistoryStore store(freshPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(store.schemaVersion(), HistorySchema::Current);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Report first = sampleReport(QStringLiteral("Work"), true, {}, now.addSecs(-30));
        const Report second = sampleReport(QStringLiteral("Lab"), false, {}, now.addSecs(-20));
        const Report third = sampleReport(QStringLiteral("Work"), false, {}, now.addSecs(-10));
        const auto id1 = store.record(first, &error);
        QVERIFY2(id1, qPrintable(error));
        const auto id2 = store.record(second, &error);
        const auto id3 = store.record(third, &error);
        QVERIFY(id2 && id3);
        QVERIFY(*id1 < *id2 && *id2 < *id3);

        const auto all = store.list(QString(), 0, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, *id3); // newest first
        QCOMPARE(all->at(2).id, *id1);
        const HistoryEntry &entry = all->at(1);
        QCOMPARE(entry.kind, QStringLiteral("send"));
        QCOMPARE(entry.profileName, QStringLiteral("Lab"));
        QCOMPARE(entry.profileId, QStringLiteral("id-lab"));
        QCOMPARE(entry.host, QStringLiteral("mail.example.com"));
        QCOMPARE(entry.port, quint16(587));
        QCOMPARE(entry.ok, false);
        QCOMPARE(entry.topic, QStringLiteral("auth.credentials_rejected"));
        QCOMPARE(entry.time, second.time);
        QCOMPARE(entry.toJson().value(QStringLiteral("profile")).toString(), QStringLiteral("Lab"));

        const auto work = store.list(QStringLiteral("wORK"), 0, &error); // any case
        QVERIFY(work);
        QCOMPARE(work->size(), 2);
        QCOMPARE(store.list(QStringLiteral("id-lab"), 0, &error)->size(), 1); // or by id
        QCOMPARE(store.list(QString(), 1, &error)->size(), 1);

        const auto loaded = store.load(*id2, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), second.toJson());
        QVERIFY(!store.load(9999, &error));
        QVERIFY(error.contains(QStringLiteral("9999")));

        // The last success of the same profile before run 3 is run 1; Lab has none.
        const auto success = store.lastSuccessBefore(*id3, &error);
        QVERIFY(success);
        QCOMPARE(success->id, *id1);
        QVERIFY(!store.lastSuccessBefore(*id2, &error));
        QVERIFY(error.isEmpty());
    }

    void walMode()
    {
        const QString path = freshPath();
        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.record(sampleReport(QStringLiteral("Work"), true), &error));
        QCOMPARE(sqlColumn(path, QStringLiteral("PRAGMA journal_mode")),
                 QStringList {QStringLiteral("wal")});
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }

    void removeOneAndAll()
    {
        HistoryStore store(freshPath());
        QString error;
        QVERIFY(store.open(&error));
        const auto id1 = store.record(sampleReport(QStringLiteral("A"), true), &error);
        const auto id2 = store.record(sampleReport(QStringLiteral("B"), true), &error);
        QVERIFY(id1 && id2);
        QVERIFY2(store.remove(*id1, &error), qPrintable(error));
        QVERIFY(!store.remove(*id1, &error));
        QVERIFY(error.contains(QString::number(*id1)));
        QCOMPARE(store.list(QString(), 0, &error)->size(), 1);
        QVERIFY(store.removeAll(&error));
        QCOMPARE(store.list(QString(), 0, &error)->size(), 0);
    }

    void retention()
    {
        const QString path = freshPath();
        QString error;
        {
            HistoryStore store(path);
            QVERIFY(store.open(&error));
            QCOMPARE(store.retention(), HistoryRetention());
            for (int i = 0; i < 4; ++i)
                QVERIFY(store.record(sampleReport(QStringLiteral("A"), true), &error));
            QVERIFY2(store.setRetention({0, 2}, &error), qPrintable(error));
            QCOMPARE(store.list(QString(), 0, &error)->size(), 2); // applied at once
            QVERIFY(store.record(sampleReport(QStringLiteral("A"), false), &error));
            const auto kept = store.list(QString(), 0, &error);
            QCOMPARE(kept->size(), 2);
            QCOMPARE(kept->first().ok, false); // the newest stayed
        }
        {
            HistoryStore store(path); // the setting is kept in the database
            QVERIFY(store.open(&error));
            QCOMPARE(store.retention(), (HistoryRetention {0, 2}));
            QVERIFY(store.setRetention({3, 0}, &error));
            QVERIFY(store.record(sampleReport(QStringLiteral("Old"), true, {},
                                              QDateTime::currentDateTimeUtc().addDays(-5)),
                                 &error));
            QVERIFY(store.record(sampleReport(QStringLiteral("New"), true), &error));
            const auto kept = store.list(QString(), 0, &error);
            QVERIFY(std::none_of(kept->cbegin(), kept->cend(), [](const HistoryEntry &e) {
                return e.profileName == QLatin1String("Old");
            }));
            QCOMPARE(kept->first().profileName, QStringLiteral("New"));
        }
    }

    void concurrentWritesFromTwoProcesses()
    {
        // Both start on a file that does not exist yet: they also create and migrate it at once.
        const QString path = freshPath();
        constexpr int count = 150;
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(HISTORY_WRITER),
                {path, QString::number(count), QStringLiteral("A")});
        b.start(QStringLiteral(HISTORY_WRITER),
                {path, QString::number(count), QStringLiteral("B")});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0,
                 a.readAllStandardError().constData());
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0,
                 b.readAllStandardError().constData());

        HistoryStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.notice().isEmpty());
        const auto entries = store.list(QString(), 0, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 2 * count);
        QCOMPARE(store.list(QStringLiteral("A"), 0, &error)->size(), count);
        QCOMPARE(store.list(QStringLiteral("B"), 0, &error)->size(), count);
        for (const HistoryEntry &entry : *entries)
            QVERIFY(store.load(entry.id, &error));
    }

    void migrationFromTheFirstSchema()
    {
        const QString path = freshPath();
        const Report old = sampleReport(QStringLiteral("Old"), true);
        const QString json
            = QString::fromUtf8(QJsonDocument(old.toJson()).toJson(QJsonDocument::Compact));
        QStringList statements = HistorySchema::step(1);
        statements << QStringLiteral("UPDATE schema_version SET version = 1")
                   << QStringLiteral(
                          "INSERT INTO runs (time, kind, profile_id, profile_name, host, "
                          "port, ok, topic, report) VALUES ('%1', 'send', 'id-old', "
                          "'Old', 'mail.example.com', 587, 1, '', '%2')")
                          .arg(old.time.toString(Qt::ISODateWithMs),
                               QString(json).replace(QLatin1Char('\''), QStringLiteral("''")));
        QString error;
        QVERIFY2(runSql(path, statements, &error), qPrintable(error));
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT version FROM schema_version")),
                 QStringList {QStringLiteral("1")});

        HistoryStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.notice().isEmpty()); // migrated, not moved aside
        QCOMPARE(store.schemaVersion(), 2);
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT version FROM schema_version")),
                 QStringList {QStringLiteral("2")});
        QCOMPARE(sqlColumn(path, QStringLiteral("SELECT report_schema FROM runs")),
                 QStringList {QStringLiteral("1")});
        QVERIFY(
            sqlColumn(path, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"))
                .contains(QStringLiteral("runs_by_profile_ok")));
        const auto entries = store.list(QStringLiteral("old"), 0, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 1);
        const auto loaded = store.load(entries->first().id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), old.toJson());
        QVERIFY(store.setRetention({10, 10}, &error)); // the table schema 2 added
        QVERIFY(store.record(sampleReport(QStringLiteral("New"), true), &error));
        QCOMPARE(store.list(QString(), 0, &error)->size(), 2);
    }

    void newerSchemaIsLeftAlone()
    {
        const QString path = freshPath();
        QVERIFY(
            runSql(path,
                   HistorySchema::step(1)
                       + QStringList {QStringLiteral("UPDATE schema_version SET version = 99")}));
        const QByteArray before = readFile(path);
        HistoryStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath())
                     .entryList({QStringLiteral("*corrupt*")}, QDir::Files),
                 QStringList());
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("another program's database") << "foreign";
        QTest::newRow("unreadable schema version") << "version";
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QString, damage);
        const QString path = freshPath();
        QString error;
        if (damage == QLatin1String("garbage")) {
            QByteArray garbage(16384, '\0');
            for (char &c : garbage)
                c = char(QRandomGenerator::global()->bounded(256));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        } else if (damage == QLatin1String("truncated")) {
            {
                HistoryStore store(path);
                QVERIFY(store.open(&error));
                for (int i = 0; i < 200; ++i)
                    QVERIFY(store.record(sampleReport(QStringLiteral("P%1").arg(i), i % 3 == 0,
                                                      QString(400, QLatin1Char('x'))),
                                         &error));
            } // the last connection closed: the log is folded into the file
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QFile file(path);
            const qint64 size = file.size();
            QVERIFY(size > 100000);
            QVERIFY(file.resize(size / 2));
        } else if (damage == QLatin1String("foreign")) {
            QVERIFY(runSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)")}));
        } else {
            QVERIFY(runSql(path,
                           HistorySchema::step(1)
                               + QStringList {QStringLiteral("DELETE FROM schema_version")}));
        }
        const QByteArray damaged = readFile(path);

        HistoryStore store(path);
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.isOpen());
        QVERIFY2(store.notice().contains(QStringLiteral("moved aside")),
                 qPrintable(store.notice()));
        QVERIFY(store.notice().contains(store.movedAsidePath()));
        QVERIFY(store.movedAsidePath().startsWith(path + QStringLiteral(".corrupt-")));
        QCOMPARE(readFile(store.movedAsidePath()), damaged); // kept, not deleted
        // ... and the program goes on with a new, empty history.
        QCOMPARE(store.list(QString(), 0, &error)->size(), 0);
        QVERIFY2(store.record(sampleReport(QStringLiteral("After"), true), &error),
                 qPrintable(error));
        QCOMPARE(store.list(QString(), 0, &error)->size(), 1);
    }

    void notOpen()
    {
        HistoryStore store(freshPath());
        QString error;
        QVERIFY(!store.record(sampleReport(QStringLiteral("A"), true), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.list(QString(), 0, &error));
        // A folder that cannot be made: a file is in the way.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HistoryStore blocked(blocker + QStringLiteral("/sub/history.sqlite"));
        QVERIFY(!blocked.open(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot be created")), qPrintable(error));
    }

    void compareRunsThatDifferInPortAndCertificate()
    {
        QTemporaryDir certA;
        QTemporaryDir certB;
        PracticeServer serverA;
        serverA.setCertificateDirectory(certA.path());
        QVERIFY(serverA.start());
        PracticeServer serverB;
        serverB.setCertificateDirectory(certB.path());
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("rcpt-550")));
        serverB.setScenario(scenario);
        QVERIFY(serverB.start());
        QVERIFY(serverA.certificateFingerprint() != serverB.certificateFingerprint());

        QString error;
        const PracticeRun run;
        const auto worked = run.send(serverA, &error);
        QVERIFY2(worked && worked->ok, qPrintable(error));
        const auto failed = run.send(serverB, &error);
        QVERIFY2(failed && !failed->ok, qPrintable(error));

        HistoryStore store(freshPath());
        QVERIFY(store.open(&error));
        const auto workedId = store.record(*worked, &error);
        QVERIFY(store.record(sampleReport(QStringLiteral("Other"), true), &error));
        const auto failedId = store.record(*failed, &error);
        QVERIFY(workedId && failedId);
        const auto last = store.lastSuccessBefore(*failedId, &error);
        QVERIFY2(last, qPrintable(error));
        QCOMPARE(last->id, *workedId);

        const RunComparison comparison
            = RunComparison::compare(*store.load(last->id, &error), *store.load(*failedId, &error));
        QHash<QString, RunDifference> byField;
        for (const RunDifference &difference : comparison.differences)
            byField.insert(difference.field, difference);
        const QStringList fields = byField.keys();
        QVERIFY2(byField.contains(QStringLiteral("port")),
                 qPrintable(fields.join(QLatin1Char(','))));
        QCOMPARE(byField.value(QStringLiteral("port")).before, QString::number(serverA.smtpPort()));
        QCOMPARE(byField.value(QStringLiteral("port")).after, QString::number(serverB.smtpPort()));
        QCOMPARE(byField.value(QStringLiteral("port")).area, RunDifference::Area::Settings);
        const RunDifference certificate = byField.value(QStringLiteral("certificate.sha256"));
        QCOMPARE(certificate.area, RunDifference::Area::Certificate);
        QCOMPARE(certificate.before, worked->tls().chain.first().sha256);
        QCOMPARE(certificate.after, failed->tls().chain.first().sha256);
        QVERIFY(certificate.before != certificate.after);
        // Nothing else changed: same server software, same TLS, same capabilities and greeting.
        const QStringList allowed {QStringLiteral("port"), QStringLiteral("ca_file"),
                                   QStringLiteral("certificate.sha256"),
                                   QStringLiteral("certificate.not_after")};
        for (const QString &field : fields)
            QVERIFY2(allowed.contains(field), qPrintable(field));
        // The transcripts part at once: the connection line names the port.
        QVERIFY(comparison.parting);
        QCOMPARE(comparison.parting->line, 1);
        QVERIFY(comparison.parting->before.contains(QString::number(serverA.smtpPort())));
        QVERIFY(comparison.parting->after.contains(QString::number(serverB.smtpPort())));
        const QJsonObject json = comparison.toJson();
        QCOMPARE(json.value(QStringLiteral("transcript_parting"))
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 1);
        QVERIFY(comparison.toLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Port: %1 \u2192 %2")
                                  .arg(serverA.smtpPort())
                                  .arg(serverB.smtpPort())));
    }

    void compareFindsWhereTheConversationParts()
    {
        QTemporaryDir cert;
        PracticeServer server;
        server.setCertificateDirectory(cert.path());
        QVERIFY(server.start());
        QString error;
        const auto first = PracticeRun().send(server, &error);
        const auto second = PracticeRun().send(server, &error);
        QVERIFY(first && second && first->ok && second->ok);
        // The same setup twice: queue ids, dates and message ids differ, nothing else.
        const RunComparison same = RunComparison::compare(*first, *second);
        QVERIFY2(same.identical(), qPrintable(same.toLines().join(QLatin1Char('\n'))));
        QCOMPARE(same.toLines(),
                 QStringList {QStringLiteral("Nothing differs from the last successful run.")});

        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("rcpt-550")));
        server.setScenario(scenario);
        const auto refused = PracticeRun().send(server, &error);
        QVERIFY(refused && !refused->ok);
        const RunComparison comparison = RunComparison::compare(*first, *refused);
        QVERIFY2(comparison.differences.isEmpty(),
                 qPrintable(comparison.toLines().join(QLatin1Char('\n'))));
        QVERIFY(comparison.parting);
        QVERIFY2(comparison.parting->before.startsWith(QStringLiteral("S 250")),
                 qPrintable(comparison.parting->before));
        QVERIFY2(comparison.parting->after.startsWith(QStringLiteral("S 550")),
                 qPrintable(comparison.parting->after));
        const QList<TranscriptEntry> lines = refused->transcript();
        QCOMPARE(Transcript::formatEntry(lines.at(comparison.parting->line - 1))
                     .contains(QStringLiteral("550")),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
