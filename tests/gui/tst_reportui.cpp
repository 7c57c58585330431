// SPDX-License-Identifier: GPL-3.0-or-later
// The window's reports and history, driven offscreen against its own practice server: "Copy
// for ticket", "Save report…" in every format, every run in the History tab, "Compare with
// last success", a history that cannot be opened, and a planted password found in none of the
// clipboard, the saved reports, the history view and the history database.
#include "credentials/memorycredentialstore.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "reportactions.h"
#include "secretscan.h"
#include "settingsform.h"
#include "verdictpanel.h"

#include "cliprocess.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {
constexpr int SessionTimeoutMs = 20000;

MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0; // tests run in parallel
    options.practiceTlsPort = 0;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

// Runs a test send and waits for it; its success, or false when it did not finish.
bool sendAndWait(MainWindow &window, bool *ok)
{
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->click();
    if (!finished.wait(SessionTimeoutMs))
        return false;
    *ok = finished.first().first().toBool();
    return true;
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestReportUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyForTicketPutsTheVerdictOnTheClipboard();
    void saveReportWritesTheChosenFormat_data();
    void saveReportWritesTheChosenFormat();
    void historyListsEveryRunAndComparesWithLastSuccess();
    void historyThatCannotBeOpenedLeavesTheWindowWorking();
    void plantedSecretIsNowhereInReportsOrHistory();
};

void TestReportUi::copyForTicketPutsTheVerdictOnTheClipboard()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    ReportActions *actions = window.reportActions();
    QPushButton *copy = button(actions, "copyForTicket");
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled()); // nothing to report before a run
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));

    bool ok = false;
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY2(ok, qPrintable(window.verdictPanel()->text()));
    QVERIFY(copy->isEnabled());
    copy->click();
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY2(markdown.startsWith(QLatin1String("# Sendcheck report: Test send to 127.0.0.1:")),
             qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("**\u2714 Sent: the server accepted the message**")));
    QVERIFY(markdown.contains(QStringLiteral("Practice server")));
    QVERIFY(markdown.contains(QStringLiteral("practice"))); // the user name, in the standard form
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("clipboard")));

    // For outside the company: the user name and the address local parts are hidden.
    actions->findChild<QCheckBox *>(QStringLiteral("strictRedaction"))->setChecked(true);
    copy->click();
    const QString strict = QGuiApplication::clipboard()->text();
    QVERIFY(strict.contains(QStringLiteral("Sent: the server accepted the message")));
    QVERIFY(strict.contains(QStringLiteral("[hidden]@practice.test")));
    QVERIFY(!strict.contains(QStringLiteral("you@practice.test")));
    QVERIFY(!strict.contains(QStringLiteral("127.0.0.1")));

    // A new run takes the report away until it has finished.
    window.practicePanel()->setScenario(QStringLiteral("rcpt-550"));
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    QVERIFY(!copy->isEnabled());
    QVERIFY(finished.wait(SessionTimeoutMs));
    QVERIFY(copy->isEnabled());
    actions->setStrict(false);
    copy->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("Failed at rcpt (Recipients)")));
}

void TestReportUi::saveReportWritesTheChosenFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("markdown") << QStringLiteral("report.md");
    QTest::newRow("html") << QStringLiteral("report.html");
    QTest::newRow("json") << QStringLiteral("report.json");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
}

void TestReportUi::saveReportWritesTheChosenFormat()
{
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QTemporaryDir out;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    bool ok = false;
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY(ok);

    ReportActions *actions = window.reportActions();
    QString suggested;
    const QString path = out.filePath(fileName);
    actions->setFileChooser([&](QWidget *, const QString &suggestion) {
        suggested = suggestion;
        return path;
    });
    button(actions, "saveReport")->click();
    QVERIFY2(suggested.endsWith(QLatin1String(".md")), qPrintable(suggested));
    QVERIFY2(QFile::exists(path), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("saved")));
    const QByteArray bytes = readFile(path);
    if (fileName.endsWith(QLatin1String(".md"))) {
        QVERIFY(bytes.contains("Sent: the server accepted the message"));
    } else if (fileName.endsWith(QLatin1String(".html"))) {
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(bytes.contains("Sent: the server accepted the message"));
    } else if (fileName.endsWith(QLatin1String(".json"))) {
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(
            json.value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Practice server"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }

    // A name without a format is refused with the reason, and nothing is written.
    const QString unknown = out.filePath(QStringLiteral("report.txt"));
    actions->setFileChooser([&](QWidget *, const QString &) { return unknown; });
    button(actions, "saveReport")->click();
    QVERIFY(!QFile::exists(unknown));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral(".pdf")));
    // Cancelled: nothing happens.
    actions->setFileChooser([](QWidget *, const QString &) { return QString(); });
    button(actions, "saveReport")->click();
    QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList {fileName});
}

void TestReportUi::historyListsEveryRunAndComparesWithLastSuccess()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    HistoryPanel *history = window.historyPanel();
    QVERIFY(history);
    QCOMPARE(history->runCount(), 0);

    bool ok = false;
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY(ok);
    QCOMPARE(history->runCount(), 1);

    // Then the time limit changes and the server refuses the recipient.
    Profile profile = *window.profileStore().findById(window.currentProfileId());
    const int timeoutBefore = profile.timeoutSeconds;
    QVERIFY(timeoutBefore != 17);
    profile.timeoutSeconds = 17;
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    window.practicePanel()->setScenario(QStringLiteral("rcpt-550"));
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY(!ok);

    window.showHistoryTab();
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(), history);
    QCOMPARE(history->runCount(), 2);
    const QStringList newest = history->rowTexts(0);
    QCOMPARE(newest.value(1), QStringLiteral("Practice server"));
    QVERIFY2(newest.value(2).startsWith(QLatin1String("127.0.0.1:")), qPrintable(newest.join('|')));
    QVERIFY2(newest.value(3).contains(QStringLiteral("Failed (recipient.unknown)")),
             qPrintable(newest.join('|')));
    QVERIFY(history->rowTexts(1).value(3).contains(QStringLiteral("Worked")));
    // The same runs the CLI lists.
    QString error;
    const auto entries = window.historyStore()->list(QString(), 0, &error);
    QVERIFY2(entries, qPrintable(error));
    QCOMPARE(entries->size(), 2);

    // Opening a past run shows its report.
    QVERIFY(history->selectRun(entries->at(1).id));
    QVERIFY(
        history->reportText().contains(QStringLiteral("Sent: the server accepted the message")));
    QVERIFY(history->selectRun(entries->at(0).id));
    QVERIFY(history->reportText().contains(
        QStringLiteral("Failed at rcpt (Recipients): The recipient address does not exist")));
    QVERIFY(history->reportActions()->report().has_value());

    // What changed since it last worked: the time limit, and the refusal in the transcript.
    QVERIFY(history->comparisonText().isEmpty());
    button(history, "compareWithLastSuccess")->click();
    const QString comparison = history->comparisonText();
    QVERIFY2(comparison.contains(QStringLiteral("the last time it worked")),
             qPrintable(comparison));
    QVERIFY2(comparison.contains(QStringLiteral("Time limit (s): %1 \u2192 17").arg(timeoutBefore)),
             qPrintable(comparison));
    QVERIFY2(comparison.contains(QStringLiteral("The transcripts part at line")),
             qPrintable(comparison));
    QVERIFY2(comparison.contains(QStringLiteral("550 5.1.1")), qPrintable(comparison));

    // The first run has nothing before it to compare with.
    QVERIFY(history->selectRun(entries->at(1).id));
    QVERIFY(history->comparisonText().isEmpty());
    button(history, "compareWithLastSuccess")->click();
    QVERIFY(history->comparisonText().contains(QStringLiteral("no earlier successful run")));

    // Filtered by profile, and a run deleted.
    window.addProfile(QStringLiteral("Other"));
    QCOMPARE(history->runCount(), 2);
    button(history, "deleteRun")->click();
    QCOMPARE(history->runCount(), 1);
    QCOMPARE(window.historyStore()->list(QString(), 0, &error)->size(), 1);
}

void TestReportUi::historyThatCannotBeOpenedLeavesTheWindowWorking()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MainWindowOptions options = optionsFor(dir);
    options.historyPath = dir.filePath(QStringLiteral("not-a-folder/history.sqlite"));
    MemoryCredentialStore store;
    MainWindow window(&store, options);
    window.show();
    QVERIFY(!window.historyStore()->isOpen());
    auto *notice = window.historyPanel()->findChild<QLabel *>(QStringLiteral("historyNotice"));
    QVERIFY(notice->isVisibleTo(window.historyPanel()));
    QVERIFY2(notice->text().contains(QStringLiteral("The history is not available")),
             qPrintable(notice->text()));

    bool ok = false;
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY2(ok, qPrintable(window.verdictPanel()->text()));
    QCOMPARE(window.historyPanel()->runCount(), 0);
    button(window.reportActions(), "copyForTicket")->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Sent:")));
}

void TestReportUi::plantedSecretIsNowhereInReportsOrHistory()
{
    // The password typed into the window goes to the SASL exchange only: not into the report on
    // the clipboard (either redaction), any saved report (the PDF's text read by pdftotext), the
    // history view, or the history database and its write-ahead log.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
    const QByteArray planted = "Pl4nted-S3cret-xyz";
    const QByteArray user = "planted-user";
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    window.practiceServer()->setCredentials(QString::fromLatin1(user), planted);
    Profile profile = *window.profileStore().findById(window.currentProfileId());
    profile.userName = QString::fromLatin1(user);
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    window.settingsForm()->passwordField()->lineEdit()->setText(QString::fromLatin1(planted));

    bool ok = false;
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY2(ok, qPrintable(window.verdictPanel()->text()));
    // And once with AUTH LOGIN (the secret in its own base64 line).
    profile = *window.profileStore().findById(window.currentProfileId());
    profile.mechanism = AuthMechanism::Login;
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    QVERIFY(sendAndWait(window, &ok));
    QVERIFY2(ok, qPrintable(window.verdictPanel()->text()));

    ReportActions *actions = window.reportActions();
    QByteArray everything;
    for (bool strict : {false, true}) {
        actions->setStrict(strict);
        everything += actions->copyForTicket().toUtf8();
        everything += QGuiApplication::clipboard()->text().toUtf8();
    }
    actions->setStrict(false);
    QVERIFY(everything.contains("AUTH LOGIN")); // the transcript is in it: not vacuous
    QVERIFY(everything.contains(user));
    QTemporaryDir out;
    for (const char *name : {"r.md", "r.html", "r.json", "r.pdf"}) {
        QString error;
        QVERIFY2(actions->saveTo(out.filePath(QString::fromLatin1(name)), &error),
                 qPrintable(error));
    }
    const auto pdfText = TestSupport::CliProcess::runProgram(
        pdftotext, {out.filePath(QStringLiteral("r.pdf")), QStringLiteral("-")});
    QVERIFY2(pdfText.succeeded(), qPrintable(pdfText.describe()));
    QVERIFY(pdfText.standardOutput.contains(user));
    everything += pdfText.standardOutput;
    HistoryPanel *history = window.historyPanel();
    QCOMPARE(history->runCount(), 2);
    QString error;
    const auto entries = window.historyStore()->list(QString(), 0, &error);
    QVERIFY2(entries, qPrintable(error));
    for (const HistoryEntry &entry : *entries) {
        QVERIFY(history->selectRun(entry.id));
        everything += history->reportText().toUtf8();
    }
    QVERIFY(everything.contains("AUTH PLAIN")); // the first run's report, from the history
    history->compareWithLastSuccess();
    everything += history->comparisonText().toUtf8();
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("history.sqlite"))));

    QStringList leaks = TestSupport::findSecretLeaks(everything, user, planted);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    leaks = TestSupport::findSecretLeaksInDirectory(out.path(), user, planted);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    // The configuration folder holds the history database (and its -wal while it is open).
    leaks = TestSupport::findSecretLeaksInDirectory(dir.path(), user, planted);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

QTEST_MAIN(TestReportUi)
#include "tst_reportui.moc"
