// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli history` and `sendcheck-cli report` on a history filled by real sends to the
// practice server, and the planted-secret scan: a password planted in those sends must not be
// found in the database, its write-ahead log, or any report in any format (the PDF's text read
// with pdftotext), in any of the forms AUTH PLAIN and LOGIN send it.
#include "cliprocess.h"
#include "practicerun.h"
#include "secretscan.h"

#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

const QByteArray PlantedUser = "planted-user";
const QByteArray PlantedSecret = "planted-Secret-4711";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data; // XDG_DATA_HOME of this test and of every CLI it runs
    QTemporaryDir m_cert;
    QTemporaryDir m_out; // the reports
    QString m_pdftotext;
    std::unique_ptr<PracticeServer> m_server;
    std::unique_ptr<HistoryStore> m_store; // stays open: the -wal file exists while it is
    qint64 m_plainId = 0;
    qint64 m_loginId = 0;
    qint64 m_failedId = 0;

    TestSupport::CliResult cli(const QStringList &arguments) const
    {
        TestSupport::CliProcess process;
        process.setEnvironmentVariable(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        process.unsetEnvironmentVariable(QStringLiteral("QT_QPA_PLATFORM"));
        return process.run(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_cert.isValid() && m_out.isValid());
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!m_pdftotext.isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps-debian.sh)");
        // The same history file as the CLI's: AppDataLocation under this XDG_DATA_HOME.
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("sendcheck"));
        QCoreApplication::setApplicationName(QStringLiteral("sendcheck"));
        QVERIFY(HistoryStore::defaultPath().startsWith(m_data.path()));

        m_server = std::make_unique<PracticeServer>();
        m_server->setCertificateDirectory(m_cert.path());
        m_server->setCredentials(QString::fromLatin1(PlantedUser), PlantedSecret);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));

        PracticeRun run;
        run.user = QString::fromLatin1(PlantedUser);
        run.password = PlantedSecret;
        run.profileName = QStringLiteral("Planted");
        run.mechanism = AuthMechanism::Plain;
        const auto plain = run.send(*m_server, &error);
        QVERIFY2(plain && plain->ok, qPrintable(error));
        run.mechanism = AuthMechanism::Login;
        const auto login = run.send(*m_server, &error);
        QVERIFY2(login && login->ok, qPrintable(error));
        QVERIFY(login->transcript().size() > plain->transcript().size()); // LOGIN: more steps
        run.password = PlantedSecret + "-wrong";
        run.mechanism = AuthMechanism::Plain;
        const auto failed = run.send(*m_server, &error);
        QVERIFY2(failed && !failed->ok, qPrintable(error));
        QCOMPARE(failed->explanation.topic, QStringLiteral("auth.credentials_rejected"));

        m_plainId = m_store->record(*plain, &error).value_or(0);
        m_loginId = m_store->record(*login, &error).value_or(0);
        m_failedId = m_store->record(*failed, &error).value_or(0);
        QVERIFY2(m_plainId && m_loginId && m_failedId, qPrintable(error));
    }

    void historyLists()
    {
        const auto result = cli({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QJsonArray runs = result.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        const QJsonObject newest = runs.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), m_failedId);
        QCOMPARE(newest.value(QStringLiteral("profile")).toString(), QStringLiteral("Planted"));
        QCOMPARE(newest.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(newest.value(QStringLiteral("topic")).toString(),
                 QStringLiteral("auth.credentials_rejected"));
        QCOMPARE(newest.value(QStringLiteral("port")).toInt(), m_server->smtpPort());
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("send"));

        const auto text = cli(
            {QStringLiteral("history"), QStringLiteral("--profile"), QStringLiteral("planted")});
        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
        const QString out = QString::fromUtf8(text.standardOutput);
        QVERIFY(out.contains(QStringLiteral("failed: auth.credentials_rejected")));
        QCOMPARE(out.count(QStringLiteral("Planted")), 3);
        const auto none = cli({QStringLiteral("history"), QStringLiteral("--profile"),
                               QStringLiteral("nobody"), QStringLiteral("--json")});
        QCOMPARE(none.json().value(QStringLiteral("runs")).toArray().size(), 0);
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void historyCompares()
    {
        const auto result = cli({QStringLiteral("history"), QStringLiteral("--compare"),
                                 QString::number(m_failedId), QStringLiteral("--json")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("last_success"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 m_loginId);
        const QJsonArray differences = json.value(QStringLiteral("differences")).toArray();
        QCOMPARE(differences.size(), 1); // LOGIN then, PLAIN now
        QCOMPARE(differences.first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("auth"));
        QVERIFY(!json.value(QStringLiteral("transcript_parting")).isNull());
        const auto text = cli(
            {QStringLiteral("history"), QStringLiteral("--compare"), QString::number(m_failedId)});
        QVERIFY(QString::fromUtf8(text.standardOutput)
                    .contains(QStringLiteral("Sign-in method: login \u2192 plain")));
        const auto first = cli(
            {QStringLiteral("history"), QStringLiteral("--compare"), QString::number(m_plainId)});
        QVERIFY(first.standardOutput.contains("no earlier successful run"));
    }

    void reportFormatsAndErrors()
    {
        const QString id = QString::number(m_failedId);
        const auto markdown = cli({QStringLiteral("report"), id});
        QVERIFY2(markdown.succeeded(), qPrintable(markdown.describe()));
        QVERIFY(markdown.standardOutput.startsWith("# Sendcheck report: Test send to localhost:"));
        QVERIFY(markdown.standardOutput.contains("`auth.credentials_rejected`"));
        const auto json = cli(
            {QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.json()
                     .value(QStringLiteral("schema"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInt(),
                 1);
        const QString pdf = m_out.filePath(QStringLiteral("check.pdf"));
        const auto written = cli({QStringLiteral("report"), id, QStringLiteral("--output"), pdf});
        QVERIFY2(written.succeeded(), qPrintable(written.describe()));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        const auto text
            = TestSupport::CliProcess::runProgram(m_pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
        QVERIFY(QString::fromUtf8(text.standardOutput)
                    .simplified()
                    .contains(QStringLiteral("auth.credentials_rejected")));

        const auto missing = cli({QStringLiteral("report"), QStringLiteral("9999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.standardError.contains("no run 9999"));
        QCOMPARE(
            cli({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("pdf")})
                .exitCode,
            2);
        QCOMPARE(
            cli({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("docx")})
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("report")}).exitCode, 2);
        const QString badPath = m_out.filePath(QStringLiteral("no/such/dir/r.md"));
        const auto bad = cli({QStringLiteral("report"), id, QStringLiteral("--output"), badPath});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.standardError.contains(badPath.toUtf8()), bad.standardError.constData());
        QVERIFY(!QFile::exists(badPath));
    }

    void plantedSecretIsNowhere()
    {
        // The scan works: it finds the secret where it was planted on purpose.
        const QString control = m_out.filePath(QStringLiteral("control"));
        QDir().mkpath(control);
        QVERIFY(writeFile(
            control + QStringLiteral("/auth.txt"),
            "AUTH PLAIN "
                + (QByteArray(1, '\0') + PlantedUser + QByteArray(1, '\0') + PlantedSecret)
                      .toBase64()));
        QVERIFY(!TestSupport::findSecretLeaksInDirectory(control, PlantedUser, PlantedSecret)
                     .isEmpty());

        const QString scanned = m_out.filePath(QStringLiteral("scanned"));
        QDir().mkpath(scanned);
        QStringList outputs;
        for (qint64 id : {m_plainId, m_loginId, m_failedId}) {
            for (const QString &format : {QStringLiteral("md"), QStringLiteral("html"),
                                          QStringLiteral("json"), QStringLiteral("pdf")}) {
                for (bool strict : {false, true}) {
                    const QString file
                        = QStringLiteral("%1/run%2%3.%4")
                              .arg(scanned)
                              .arg(id)
                              .arg(strict ? QStringLiteral("-strict") : QString(), format);
                    QStringList arguments {QStringLiteral("report"),   QString::number(id),
                                           QStringLiteral("--format"), format,
                                           QStringLiteral("--output"), file};
                    if (strict)
                        arguments << QStringLiteral("--strict-redaction");
                    const auto result = cli(arguments);
                    QVERIFY2(result.succeeded(), qPrintable(result.describe()));
                    outputs << QString::fromUtf8(result.standardOutput + result.standardError);
                    if (format == QLatin1String("pdf")) {
                        const auto text = TestSupport::CliProcess::runProgram(
                            m_pdftotext,
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                             file + QStringLiteral(".txt")});
                        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
                        QVERIFY(readFile(file + QStringLiteral(".txt")).contains("Transcript"));
                    }
                }
            }
            const auto toStdout = cli({QStringLiteral("report"), QString::number(id),
                                       QStringLiteral("--format"), QStringLiteral("md")});
            QVERIFY(writeFile(QStringLiteral("%1/run%2-stdout.md").arg(scanned).arg(id),
                              toStdout.standardOutput));
        }
        const auto history = cli({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY(writeFile(scanned + QStringLiteral("/history.json"), history.standardOutput));
        QVERIFY(writeFile(scanned + QStringLiteral("/cli-output.txt"),
                          outputs.join(QLatin1Char('\n')).toUtf8()));

        // The database and its log, as they are while the history is open.
        const QString database = HistoryStore::defaultPath();
        QVERIFY(QFile::exists(database));
        QVERIFY(QFile::exists(database + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(database + QStringLiteral("-wal")).size() > 0);
        QStringList leaks
            = TestSupport::findSecretLeaks(readFile(database), PlantedUser, PlantedSecret);
        leaks += TestSupport::findSecretLeaks(readFile(database + QStringLiteral("-wal")),
                                              PlantedUser, PlantedSecret);
        leaks += TestSupport::findSecretLeaksInDirectory(m_data.path(), PlantedUser, PlantedSecret);
        leaks += TestSupport::findSecretLeaksInDirectory(scanned, PlantedUser, PlantedSecret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        // ... while the user name (not a secret) is there, so the scan looked at real content.
        QVERIFY(
            readFile(scanned + QStringLiteral("/run%1.md").arg(m_loginId)).contains(PlantedUser));
        QVERIFY(readFile(scanned + QStringLiteral("/run%1.pdf.txt").arg(m_loginId))
                    .contains(PlantedUser));
        QVERIFY(!readFile(scanned + QStringLiteral("/run%1-strict.md").arg(m_loginId))
                     .contains(PlantedUser));
    }

    void historyManagement()
    {
        const auto keep
            = cli({QStringLiteral("history"), QStringLiteral("--keep-runs"), QStringLiteral("2")});
        QVERIFY2(keep.succeeded(), qPrintable(keep.describe()));
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 2);
        const auto removed = cli(
            {QStringLiteral("history"), QStringLiteral("--delete"), QString::number(m_failedId)});
        QVERIFY2(removed.succeeded(), qPrintable(removed.describe()));
        QCOMPARE(cli({QStringLiteral("history"), QStringLiteral("--delete"),
                      QString::number(m_failedId)})
                     .exitCode,
                 1);
        QVERIFY(cli({QStringLiteral("history"), QStringLiteral("--delete-all")}).succeeded());
        const auto empty = cli({QStringLiteral("history")});
        QVERIFY(empty.standardOutput.contains("No runs"));
    }

    void damagedHistoryIsMovedAside()
    {
        m_store.reset();
        const QString database = HistoryStore::defaultPath();
        QVERIFY(writeFile(database, QByteArray(8192, 'Z')));
        QFile::remove(database + QStringLiteral("-wal"));
        QFile::remove(database + QStringLiteral("-shm"));
        const auto result = cli({QStringLiteral("history")});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QVERIFY(result.standardError.contains("moved aside"));
        QVERIFY(result.standardOutput.contains("No runs"));
        QCOMPARE(QDir(QFileInfo(database).absolutePath())
                     .entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files)
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
