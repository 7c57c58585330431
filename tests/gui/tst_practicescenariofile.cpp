// SPDX-License-Identifier: GPL-3.0-or-later
// A trainer's own scenario file, loaded in the Practice server tab (issue 23, item 9): its
// rules make the practice server fail where the file says, and a bad file is refused with a
// reason while the server keeps the scenario it had.
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {
MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0;
    options.practiceTlsPort = 0;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(text);
    return file.fileName();
}
} // namespace

class TestPracticeScenarioFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileRulesApply()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        PracticePanel *panel = window.practicePanel();
        const QString path = writeFile(dir, QStringLiteral("class.txt"),
                                       "# the recipient is unknown\nrcpt: 550 5.1.1 No such "
                                       "user here\n");
        QVERIFY(panel->loadScenarioFile(path));
        QVERIFY(panel->scenarioFileError().isEmpty());
        auto *box = panel->findChild<QComboBox *>(QStringLiteral("practiceScenario"));
        QCOMPARE(box->currentText(), QStringLiteral("File: class.txt"));
        QCOMPARE(window.practiceServer()->scenario().rules().size(), 1);
        QVERIFY(
            !panel->findChild<QLabel *>(QStringLiteral("practiceScenarioFileError"))->isVisible());

        QSignalSpy finished(&window, &MainWindow::sessionFinished);
        window.sendTestMessage();
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
        QCOMPARE(window.verdictPanel()->topic(), QStringLiteral("recipient.unknown"));
        QVERIFY(window.verdictPanel()->text().contains(QStringLiteral("No such user here")));

        // Loading it again replaces the entry; choosing a built-in scenario leaves the file.
        QVERIFY(panel->loadScenarioFile(path));
        QCOMPARE(box->count(), Scenario::names().size() + 1);
        QVERIFY(panel->setScenario(QStringLiteral("accept")));
        QVERIFY(window.practiceServer()->scenario().isAccept());
    }

    void badFileRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown stage")
            << QByteArray("rcpt: 550 5.1.1 x\nlunch: 421 closed\n") << QStringLiteral("2");
        QTest::newRow("success code") << QByteArray("mail: 250 fine\n") << QStringLiteral("1");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("missing.txt");
    }

    void badFileRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        PracticePanel *panel = window.practicePanel();
        QVERIFY(panel->setScenario(QStringLiteral("rcpt-550")));
        const int before = window.practiceServer()->scenario().rules().size();
        const QString path = text.isEmpty() ? dir.filePath(QStringLiteral("missing.txt"))
                                            : writeFile(dir, QStringLiteral("bad.txt"), text);
        QVERIFY(!panel->loadScenarioFile(path));
        const QString error = panel->scenarioFileError();
        QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(panel->scenario(), QStringLiteral("rcpt-550")); // kept
        QCOMPARE(window.practiceServer()->scenario().rules().size(), before);
        window.showPracticeTab();
        QVERIFY(
            panel->findChild<QLabel *>(QStringLiteral("practiceScenarioFileError"))->isVisible());
    }

    // No scenario's description sends people to the command line (issue 23, item 9).
    void descriptionsNameNoFlags()
    {
        for (const QString &name : Scenario::names()) {
            const QString text = Scenario::describe(name);
            QVERIFY2(!text.contains(QStringLiteral("--"))
                         && !text.contains(QStringLiteral("sendcheck-cli")),
                     qPrintable(name + u' ' + text));
        }
    }
};

QTEST_MAIN(TestPracticeScenarioFile)
#include "tst_practicescenariofile.moc"
