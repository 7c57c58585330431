// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli send --report FILE` in every format, and every send kept in the history (one
// run for a burst; none with --no-history or SENDCHECK_NO_HISTORY): a report file that could
// not be written is refused before anything is sent, a history that cannot be opened is one
// warning and changes no exit code, and a planted password is in no report and not in the
// history database.
#include "cliprocess.h"
#include "practicepeer.h"
#include "secretscan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using TestSupport::CliProcess;
using TestSupport::CliResult;

namespace {

const QByteArray PlantedUser = "planted-user";
const QByteArray PlantedSecret = "planted-Secret-4711";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The practice server as a separate process, signing in `PlantedUser` with `PlantedSecret`.
PracticePeer *makePeer(const QStringList &scenarios = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PRACTICE_PASSWORD"), QString::fromLatin1(PlantedSecret));
    return new PracticePeer(scenarios,
                            {QStringLiteral("--user"), QString::fromLatin1(PlantedUser),
                             QStringLiteral("--password-env"), QStringLiteral("PRACTICE_PASSWORD")},
                            environment);
}

} // namespace

class TestCliSendReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data; // XDG_DATA_HOME of every CLI run: the history lives here
    QTemporaryDir m_out; // the reports
    QString m_pdftotext;

    static QStringList base(const PracticePeer &peer)
    {
        return {QStringLiteral("send"),
                QStringLiteral("--host"),
                QStringLiteral("localhost"),
                QStringLiteral("--port"),
                QString::number(peer.smtpPort()),
                QStringLiteral("--security"),
                QStringLiteral("starttls"),
                QStringLiteral("--ca-file"),
                peer.certificatePath(),
                QStringLiteral("--user"),
                QString::fromLatin1(PlantedUser),
                QStringLiteral("--password-env"),
                QStringLiteral("SENDCHECK_TEST_PASSWORD"),
                QStringLiteral("--from"),
                QStringLiteral("you@practice.test"),
                QStringLiteral("--to"),
                QStringLiteral("friend@practice.test"),
                QStringLiteral("--quiet")};
    }
    CliResult run(const QStringList &arguments, const QString &dataHome = QString(),
                  const QMap<QString, QString> &environment = {}) const
    {
        CliProcess cli;
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_TEST_PASSWORD"),
                                   QString::fromLatin1(PlantedSecret));
        cli.setEnvironmentVariable(QStringLiteral("XDG_DATA_HOME"),
                                   dataHome.isEmpty() ? m_data.path() : dataHome);
        cli.unsetEnvironmentVariable(QStringLiteral("SENDCHECK_NO_HISTORY"));
        for (auto it = environment.begin(); it != environment.end(); ++it)
            cli.setEnvironmentVariable(it.key(), it.value());
        cli.setTimeout(60000);
        return cli.run(arguments);
    }
    // The runs in the history, newest first, as `history --json` lists them.
    QJsonArray history() const
    {
        const CliResult result = run({QStringLiteral("history"), QStringLiteral("--json")});
        if (!result.succeeded())
            qWarning("%s", qPrintable(result.describe()));
        return result.json().value(QLatin1String("runs")).toArray();
    }
    QString historyFile() const
    {
        return QDir(m_data.path()).filePath(QStringLiteral("sendcheck/sendcheck/history.sqlite"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_out.isValid());
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!m_pdftotext.isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps-debian.sh)");
    }

    void reportInEveryFormatAndTheRunInTheHistory_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("markdown") << QStringLiteral("run.md");
        QTest::newRow("html") << QStringLiteral("run.html");
        QTest::newRow("json") << QStringLiteral("run.json");
        QTest::newRow("pdf") << QStringLiteral("run.pdf");
    }
    void reportInEveryFormatAndTheRunInTheHistory()
    {
        QFETCH(QString, fileName);
        std::unique_ptr<PracticePeer> peer(makePeer());
        QVERIFY2(peer->start(), qPrintable(peer->failureReport()));
        const qsizetype before = history().size();
        const QString path = QDir(m_out.path()).filePath(fileName);
        const CliResult result = run(base(*peer) << QStringLiteral("--report") << path);
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        // No warning (a PDF starts Qt Gui, which may say something about XDG_RUNTIME_DIR).
        QVERIFY2(!result.standardError.contains("warning")
                     && !result.standardError.contains("history"),
                 qPrintable(result.describe()));

        const QByteArray bytes = readFile(path);
        const QString verdict = QStringLiteral("Sent: the server accepted the message");
        if (fileName.endsWith(QLatin1String(".md"))) {
            QVERIFY(bytes.startsWith("# Sendcheck report"));
            QVERIFY(QString::fromUtf8(bytes).contains(verdict));
        } else if (fileName.endsWith(QLatin1String(".html"))) {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            QVERIFY(QString::fromUtf8(bytes).contains(verdict));
        } else if (fileName.endsWith(QLatin1String(".json"))) {
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(json.value(QLatin1String("schema"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                     QStringLiteral("sendcheck-report"));
            QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
            QCOMPARE(json.value(QLatin1String("profile"))
                         .toObject()
                         .value(QLatin1String("port"))
                         .toInt(),
                     int(peer->smtpPort()));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            const CliResult text = CliProcess::runProgram(m_pdftotext, {path, QStringLiteral("-")});
            QVERIFY2(text.succeeded(), qPrintable(text.describe()));
            QVERIFY(QString::fromUtf8(text.standardOutput).contains(QStringLiteral("Sent:")));
        }
        // No temporary file left beside it.
        QCOMPARE(QDir(m_out.path()).entryList({fileName + QLatin1Char('*')}, QDir::Files),
                 QStringList {fileName});

        const QJsonArray runs = history();
        QCOMPARE(runs.size(), before + 1);
        const QJsonObject newest = runs.first().toObject();
        QCOMPARE(newest.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(newest.value(QLatin1String("port")).toInt(), int(peer->smtpPort()));
    }

    void badReportFileIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("reportPath");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no such folder")
            << QStringLiteral("/nonexistent-sendcheck-folder/run.md") << QStringLiteral("folder");
        QTest::newRow("unknown extension") << QStringLiteral("run.docx") << QStringLiteral(".pdf");
        QTest::newRow("no extension") << QStringLiteral("report") << QStringLiteral(".md");
        QTest::newRow("a folder") << QStringLiteral("folder.md") << QStringLiteral("folder");
        QTest::newRow("empty") << QString() << QStringLiteral("file name");
    }
    void badReportFileIsRefusedBeforeConnecting()
    {
        QFETCH(QString, reportPath);
        QFETCH(QString, mentions);
        if (reportPath == QLatin1String("folder.md"))
            QVERIFY(QDir(m_out.path()).mkpath(reportPath));
        if (!reportPath.isEmpty() && QDir::isRelativePath(reportPath))
            reportPath = QDir(m_out.path()).filePath(reportPath);
        std::unique_ptr<PracticePeer> peer(makePeer());
        QVERIFY2(peer->start(), qPrintable(peer->failureReport()));
        const qsizetype before = history().size();

        const CliResult refused = run(base(*peer) << QStringLiteral("--report") << reportPath);
        QCOMPARE(refused.exitCode, 2);
        const QString error = QString::fromUtf8(refused.standardError);
        QVERIFY2(error.contains(QLatin1String("--report")) && error.contains(mentions),
                 qPrintable(refused.describe()));
        QVERIFY(refused.standardOutput.isEmpty());
        // The practice server saw no connection, and nothing was recorded.
        QTest::qWait(300);
        QVERIFY2(!peer->log().contains(" connect from "), peer->log().constData());
        QCOMPARE(history().size(), before);

        // The same send without the report does connect (the check above can fail).
        const CliResult sent = run(base(*peer));
        QVERIFY2(sent.succeeded(), qPrintable(sent.describe()));
        QTRY_VERIFY2(peer->log().contains(" connect from "), peer->log().constData());
        QCOMPARE(history().size(), before + 1);
    }

    void everyKindOfSendIsOneRun()
    {
        std::unique_ptr<PracticePeer> peer(makePeer());
        QVERIFY2(peer->start(), qPrintable(peer->failureReport()));
        qsizetype count = history().size();

        // A connection test.
        CliResult result
            = run(base(*peer) << QStringLiteral("--quit-after") << QStringLiteral("ehlo"));
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(history().size(), ++count);

        // A burst: one run, with its figures in the report.
        const QString burstReport = QDir(m_out.path()).filePath(QStringLiteral("burst.json"));
        result = run(base(*peer) << QStringLiteral("--count") << QStringLiteral("4")
                                 << QStringLiteral("--connections") << QStringLiteral("2")
                                 << QStringLiteral("--report") << burstReport);
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(history().size(), ++count);
        const QJsonObject report = QJsonDocument::fromJson(readFile(burstReport)).object();
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        const QJsonArray checks = report.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        const QJsonObject burst = checks.first().toObject();
        QCOMPARE(burst.value(QLatin1String("id")).toString(), QStringLiteral("send.burst"));
        QVERIFY(burst.value(QLatin1String("records"))
                    .toArray()
                    .contains(QJsonObject {{QStringLiteral("name"), QStringLiteral("accepted")},
                                           {QStringLiteral("value"), QStringLiteral("4")}}));

        // Not recorded when asked not to, by flag or environment; the report is still written.
        const QString unrecorded = QDir(m_out.path()).filePath(QStringLiteral("unrecorded.md"));
        result = run(base(*peer) << QStringLiteral("--no-history") << QStringLiteral("--report")
                                 << unrecorded);
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QVERIFY(QFile::exists(unrecorded));
        result = run(base(*peer), QString(), {{QStringLiteral("SENDCHECK_NO_HISTORY"), "1"}});
        QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        QCOMPARE(history().size(), count);
    }

    void historyThatCannotBeOpenedIsOneWarning_data()
    {
        QTest::addColumn<QStringList>("scenarios");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("sent") << QStringList() << 0;
        QTest::newRow("recipient refused") << QStringList {QStringLiteral("rcpt-550")} << 9;
    }
    void historyThatCannotBeOpenedIsOneWarning()
    {
        QFETCH(QStringList, scenarios);
        QFETCH(int, exitCode);
        // XDG_DATA_HOME is a file: the history's folder cannot be made.
        const QString blocker = QDir(m_out.path()).filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        std::unique_ptr<PracticePeer> peer(makePeer(scenarios));
        QVERIFY2(peer->start(), qPrintable(peer->failureReport()));
        const QString path = QDir(m_out.path()).filePath(QStringLiteral("without-history.md"));
        const CliResult result = run(base(*peer) << QStringLiteral("--report") << path, blocker);
        QCOMPARE(result.exitCode, exitCode);
        const QString error = QString::fromUtf8(result.standardError);
        QCOMPARE(error.count(QLatin1String("not kept in the history")), 1);
        QCOMPARE(error.count(u'\n'), 1); // one line
        QVERIFY(QFile::exists(path));
    }

    void plantedSecretIsInNoReportAndNotInTheHistory()
    {
        // Sent with the planted password (AUTH PLAIN), and once with AUTH LOGIN and a wrong
        // password that is planted as well: neither is in a report, the database or its WAL.
        std::unique_ptr<PracticePeer> peer(makePeer());
        QVERIFY2(peer->start(), qPrintable(peer->failureReport()));
        QTemporaryDir reports;
        QVERIFY(reports.isValid());
        QStringList paths;
        for (const char *name : {"planted.md", "planted.html", "planted.json", "planted.pdf"})
            paths << reports.filePath(QString::fromLatin1(name));
        for (const QString &path : std::as_const(paths)) {
            const CliResult result = run(base(*peer) << QStringLiteral("--report") << path);
            QVERIFY2(result.succeeded(), qPrintable(result.describe()));
        }
        const QByteArray wrong = "Wr0ng-planted-Secret-0815";
        const QString failedReport = reports.filePath(QStringLiteral("wrong.md"));
        CliProcess cli;
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_TEST_PASSWORD"),
                                   QString::fromLatin1(wrong));
        cli.setEnvironmentVariable(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        const CliResult failed
            = cli.run(base(*peer) << QStringLiteral("--auth") << QStringLiteral("login")
                                  << QStringLiteral("--report") << failedReport);
        QCOMPARE(failed.exitCode, 7);
        QVERIFY(readFile(failedReport).contains("auth"));

        const CliResult pdfText
            = CliProcess::runProgram(m_pdftotext, {paths.constLast(), QStringLiteral("-")});
        QVERIFY2(pdfText.succeeded(), qPrintable(pdfText.describe()));
        QVERIFY(pdfText.standardOutput.contains(PlantedUser)); // the scan is not vacuous
        QVERIFY(QFile::exists(historyFile()));
        for (const QByteArray &secret : {PlantedSecret, wrong}) {
            QStringList leaks
                = TestSupport::findSecretLeaks(pdfText.standardOutput, PlantedUser, secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
            leaks = TestSupport::findSecretLeaksInDirectory(reports.path(), PlantedUser, secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
            leaks = TestSupport::findSecretLeaksInDirectory(m_data.path(), PlantedUser, secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSendReport)
#include "tst_cli_sendreport.moc"
