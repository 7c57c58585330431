// SPDX-License-Identifier: GPL-3.0-or-later
// "Test all ports" (issue 24): the dialog fills its rows as attempts end, explains the selected
// row, preselects the recommendation, and "Use …" switches the profile in the window.
#include "credentials/memorycredentialstore.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "portprobedialog.h"
#include "practice/practiceserver.h"
#include "settingsform.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

} // namespace

class TestPortProbeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsExplanationAndRecommendation()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        const PracticeServer *practice = window.practiceServer();
        QVERIFY(practice->isListening());
        const Profile profile = *window.profileStore().findById(window.currentProfileId());
        quint16 closedPort = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            closedPort = closed.serverPort();
        }
        const QString host = profile.host;
        PortProbeDialog dialog(profile);
        dialog.setCandidates({{host, practice->smtpPort(), Security::StartTls, QString()},
                              {host, practice->tlsPort(), Security::ImplicitTls, QString()},
                              {host, closedPort, Security::StartTls, QString()},
                              {host, practice->tlsPort(), Security::StartTls, QString()}});
        dialog.setAttemptTimeout(std::chrono::seconds(4));
        QSignalSpy finished(&dialog, &PortProbeDialog::probeFinished);
        QSignalSpy chosen(&dialog, &PortProbeDialog::settingChosen);
        dialog.show();
        dialog.start();
        QTreeWidget *table = dialog.table();
        QCOMPARE(table->topLevelItemCount(), 4); // a row for each at once
        QVERIFY(!dialog.useButton()->isEnabled());
        QVERIFY(finished.wait(20000));

        QCOMPARE(table->topLevelItem(0)->text(2), probeOutcomeLabel(ProbeOutcome::Works));
        QVERIFY(table->topLevelItem(1)->text(2).startsWith(probeOutcomeLabel(ProbeOutcome::Works)));
        QCOMPARE(table->topLevelItem(2)->text(2), probeOutcomeLabel(ProbeOutcome::Refused));
        QCOMPARE(table->topLevelItem(3)->text(2), probeOutcomeLabel(ProbeOutcome::WrongMode));

        // The recommendation (implicit TLS) is selected and can be used.
        QCOMPARE(table->currentItem(), table->topLevelItem(1));
        QVERIFY(dialog.useButton()->isEnabled());
        QVERIFY(dialog.useButton()->text().contains(QStringLiteral("TLS from the start")));
        QVERIFY(dialog.explanationLabel()->text().contains(QStringLiteral("[probe.works]")));

        // A row that does not work explains itself and cannot be used.
        table->setCurrentItem(table->topLevelItem(3));
        QVERIFY(!dialog.useButton()->isEnabled());
        QVERIFY(dialog.explanationLabel()->text().contains(
            QStringLiteral("[net.security_mode_mismatch]")));

        table->setCurrentItem(table->topLevelItem(1));
        dialog.useButton()->click();
        QCOMPARE(chosen.size(), 1);
        const auto candidate = chosen.first().first().value<ProbeCandidate>();
        QCOMPARE(candidate.port, practice->tlsPort());
        QCOMPARE(candidate.security, Security::ImplicitTls);
        QCOMPARE(dialog.result(), QDialog::Accepted);
    }

    void windowSwitchesTheProfile()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        const QString id = window.currentProfileId();
        const Profile before = *window.profileStore().findById(id);
        QCOMPARE(before.security, Security::StartTls);
        PortProbeDialog *dialog = window.testAllPorts();
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        const ProbeCandidate tls {before.host, window.practiceServer()->tlsPort(),
                                  Security::ImplicitTls, QString()};
        Q_EMIT dialog->settingChosen(tls);
        const Profile after = *window.profileStore().findById(id);
        QCOMPARE(after.port, tls.port);
        QCOMPARE(after.security, Security::ImplicitTls);
        QCOMPARE(after.host, before.host);
        QCOMPARE(window.settingsForm()->profile().port, tls.port);
        dialog->close(); // deletes itself; the probe stops with it
        QTRY_VERIFY(window.findChildren<PortProbeDialog *>().isEmpty());
    }

    void keptInTheHistory()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        QCOMPARE(window.historyPanel()->runCount(), 0);
        PortProbeDialog *dialog = window.testAllPorts();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &PortProbeDialog::probeFinished);
        QVERIFY(finished.wait(30000));
        // The run is in the history as a port probe of the practice profile, in the History
        // tab with its kind.
        QString error;
        const auto entries = window.historyStore()->list(QString(), 0, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().kind, QStringLiteral("probe"));
        QCOMPARE(entries->first().profileId, window.currentProfileId());
        QCOMPARE(entries->first().ok, dialog->probeResult().anyWorks());
        QCOMPARE(window.historyPanel()->runCount(), 1);
        QCOMPARE(window.historyPanel()->rowTexts(0).value(4), QStringLiteral("Port probe"));
        QCOMPARE(window.historyPanel()->rowTexts(0).value(1),
                 window.profileStore().findById(window.currentProfileId())->name);
        dialog->close();
    }

    void noServerNoDialog()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.addProfile(QStringLiteral("Empty"));
        QVERIFY(!window.testAllPorts());
    }
};

QTEST_MAIN(TestPortProbeDialog)
#include "tst_portprobedialog.moc"
