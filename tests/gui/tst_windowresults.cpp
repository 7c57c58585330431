// SPDX-License-Identifier: GPL-3.0-or-later
// A result belongs to the run and the profile that made it (issue 23): nothing of a finished
// run stays when the settings change or another profile is chosen, a problem found before
// connecting stands alone, a stop is not a failure, and trainer mode keeps the result being
// discussed until "Start again".
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "settingsform.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "trainerpanel.h"
#include "transcriptmodel.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {
constexpr int SessionTimeoutMs = 20000;

MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0;
    options.practiceTlsPort = 0;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

int stepsIn(const StageStrip *strip, StageStrip::StepState state)
{
    int count = 0;
    for (int step = 0; step < StageStrip::stepCount(); ++step)
        count += strip->stepState(step) == state ? 1 : 0;
    return count;
}

// Nothing of a run is on screen: no verdict, no ticks, no transcript.
bool showsNoResult(const MainWindow &window)
{
    return window.verdictPanel()->state() == VerdictPanel::State::Empty
        && stepsIn(window.stageStrip(), StageStrip::StepState::Pending) == StageStrip::stepCount()
        && window.transcriptModel()->totalCount() == 0 && window.verdictPanel()->topic().isEmpty();
}

bool sendAndWait(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    return finished.wait(SessionTimeoutMs);
}

void choosePreset(MainWindow &window, const QString &presetId)
{
    auto *preset = window.findChild<QComboBox *>(QStringLiteral("preset"));
    const int index = preset->findData(presetId);
    QVERIFY(index > 0);
    preset->setCurrentIndex(index);
    Q_EMIT preset->activated(index); // what a click or the keyboard does
}
} // namespace

class TestWindowResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void practiceSuccessThenNewProfile();
    void practiceSuccessThenGmailPreset();
    void editClearsResult();
    void failedServerThenPracticeProfile();
    void problemBeforeConnectingStandsAlone();
    void resultIsLabelledWithProfileServerAndTime();
    void stopIsNotAFailure();
    void trainerKeepsTheEndUntilStartAgain();
    void trainerNextFollowsTheForm();
    void newProfileTakesPresetName();
    void fromFollowsAddressUserName();
};

void TestWindowResults::practiceSuccessThenNewProfile()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(sendAndWait(window));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    QCOMPARE(stepsIn(window.stageStrip(), StageStrip::StepState::Done), StageStrip::stepCount());
    window.addProfile(QStringLiteral("Shop mail"));
    QVERIFY(showsNoResult(window));
    QVERIFY(!window.verdictPanel()->text().contains(QStringLiteral("It works")));
}

void TestWindowResults::practiceSuccessThenGmailPreset()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(sendAndWait(window));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    // The same profile, now for Gmail: the practice server's "It works" is not Gmail's.
    choosePreset(window, QStringLiteral("gmail"));
    QCOMPARE(window.settingsForm()->profile().host, QStringLiteral("smtp.gmail.com"));
    QVERIFY(showsNoResult(window));
}

void TestWindowResults::editClearsResult()
{
    // Any edit of the settings does the same.
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(sendAndWait(window));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    auto *from = window.findChild<QLineEdit *>(QStringLiteral("from"));
    from->setFocus();
    QTest::keyClicks(from, QStringLiteral("x"));
    QVERIFY(showsNoResult(window));
}

void TestWindowResults::failedServerThenPracticeProfile()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const QString practiceId = window.currentProfileId();
    const QString id = window.addProfile(QStringLiteral("Work"));
    Profile profile = *window.profileStore().findById(id);
    profile.host = QStringLiteral("smtp.no-such-name.invalid"); // never resolves
    profile.port = 587;
    profile.mechanism = AuthMechanism::None;
    profile.from = QStringLiteral("me@example.com");
    profile.defaultTo = {QStringLiteral("you@example.com")};
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    QVERIFY(sendAndWait(window));
    QVERIFY(window.verdictPanel()->state() == VerdictPanel::State::Failure);
    QVERIFY(window.verdictPanel()->text().contains(QStringLiteral("smtp.no-such-name.invalid")));
    QVERIFY(stepsIn(window.stageStrip(), StageStrip::StepState::Failed) == 1);

    window.selectProfile(practiceId);
    QVERIFY(showsNoResult(window));
    QVERIFY(!window.verdictPanel()->text().contains(QStringLiteral("no-such-name")));
}

void TestWindowResults::problemBeforeConnectingStandsAlone()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(sendAndWait(window));
    QCOMPARE(stepsIn(window.stageStrip(), StageStrip::StepState::Done), StageStrip::stepCount());
    // A From address that cannot be used is found before connecting: no ticks beside it.
    Profile profile = window.settingsForm()->profile();
    profile.from = QStringLiteral("not an address");
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    window.sendTestMessage();
    QTRY_COMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
    QVERIFY2(window.verdictPanel()->text().contains(QStringLiteral("From"), Qt::CaseInsensitive),
             qPrintable(window.verdictPanel()->text()));
    QCOMPARE(stepsIn(window.stageStrip(), StageStrip::StepState::Done), 0);
    QCOMPARE(window.transcriptModel()->totalCount(), 0);
}

void TestWindowResults::resultIsLabelledWithProfileServerAndTime()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(window.practicePanel() != nullptr);
    QVERIFY(sendAndWait(window));
    const Profile profile = *window.profileStore().findById(window.currentProfileId());
    const QString label = window.verdictPanel()->runLabel();
    QVERIFY2(label.contains(profile.name), qPrintable(label));
    QVERIFY(label.contains(QStringLiteral("%1:%2").arg(profile.host).arg(profile.port)));
    QVERIFY(label.contains(QRegularExpression(QStringLiteral("\\d{1,2}:\\d{2}"))));
    // The practice server's message is on its own tab, not in anyone's mailbox.
    QVERIFY2(window.verdictPanel()->text().contains(QStringLiteral("Received messages")),
             qPrintable(window.verdictPanel()->text()));
}

void TestWindowResults::stopIsNotAFailure()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.setTrainerMode(true);
    QSignalSpy steps(&window, &MainWindow::trainerStepFinished);
    window.stepThrough(); // connects and waits after the greeting
    QVERIFY(steps.wait(SessionTimeoutMs));
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.stopSession();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Stopped);
    QCOMPARE(stepsIn(window.stageStrip(), StageStrip::StepState::Failed), 0);
    QCOMPARE(stepsIn(window.stageStrip(), StageStrip::StepState::Stopped), 1);
}

void TestWindowResults::trainerKeepsTheEndUntilStartAgain()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.setTrainerMode(true);
    QSignalSpy steps(&window, &MainWindow::trainerStepFinished);
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    auto *step = window.findChild<QPushButton *>(QStringLiteral("stepThrough"));
    window.show();
    auto *bar = window.findChild<QWidget *>(QStringLiteral("trainerBar"));
    QSet<int> heights {bar->height()};
    while (finished.isEmpty()) {
        QVERIFY(steps.size() < 15);
        step->click();
        QVERIFY(steps.wait(SessionTimeoutMs));
        QCoreApplication::processEvents();
        heights.insert(bar->height());
    }
    // The bar keeps its height from step to step: the tabs under it do not jump.
    QCOMPARE(heights.size(), 1);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    const int lines = window.transcriptModel()->totalCount();
    auto *again = window.findChild<QPushButton *>(QStringLiteral("stepRestart"));
    QVERIFY(!again->isHidden());
    QVERIFY(!step->isEnabled());
    // One press too many (the menu's Ctrl+N) keeps what is being discussed.
    window.stepThrough();
    QTest::qWait(200);
    QCOMPARE(window.transcriptModel()->totalCount(), lines);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 1);
    // "Start again" begins a new conversation.
    again->click();
    QVERIFY(steps.wait(SessionTimeoutMs));
    QVERIFY(again->isHidden());
    QVERIFY(step->isEnabled());
    QVERIFY(window.transcriptModel()->totalCount() < lines);
}

void TestWindowResults::trainerNextFollowsTheForm()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.setTrainerMode(true);
    // After a normal send the next step is a new conversation, not the old one's end.
    QVERIFY(sendAndWait(window));
    QVERIFY2(window.narration().contains(QStringLiteral("127.0.0.1")),
             qPrintable(window.narration()));
    choosePreset(window, QStringLiteral("gmail"));
    QVERIFY2(window.narration().contains(QStringLiteral("smtp.gmail.com")),
             qPrintable(window.narration()));
    // A profile with no server yet: no "connection to  port 587".
    window.addProfile(QStringLiteral("Empty"));
    QVERIFY2(!window.narration().contains(QStringLiteral("to  ")), qPrintable(window.narration()));
    QVERIFY(window.narration().contains(QStringLiteral("server")));
}

void TestWindowResults::newProfileTakesPresetName()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const QString id = window.addProfile(QStringLiteral("New profile"));
    choosePreset(window, QStringLiteral("gmail"));
    window.saveCurrentProfile();
    const QString gmailName = window.profileStore().findById(id)->name;
    QVERIFY2(gmailName.contains(QStringLiteral("Gmail")), qPrintable(gmailName));
    // Another preset while the name is still the preset's: it follows.
    choosePreset(window, QStringLiteral("outlook-com"));
    window.saveCurrentProfile();
    QVERIFY(window.profileStore().findById(id)->name != gmailName);
    // A name someone chose stays.
    const QString named = window.addProfile(QStringLiteral("Shop mail"));
    choosePreset(window, QStringLiteral("gmail"));
    window.saveCurrentProfile();
    QCOMPARE(window.profileStore().findById(named)->name, QStringLiteral("Shop mail"));
}

void TestWindowResults::fromFollowsAddressUserName()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.addProfile(QStringLiteral("Work"));
    auto *user = window.findChild<QLineEdit *>(QStringLiteral("userName"));
    auto *from = window.findChild<QLineEdit *>(QStringLiteral("from"));
    QVERIFY(from->text().isEmpty());
    QTest::keyClicks(user, QStringLiteral("alex@example.com"));
    QCOMPARE(from->text(), QStringLiteral("alex@example.com"));
    // A From typed by the person stays when the user name changes.
    from->setText(QStringLiteral("shop@example.com"));
    QTest::keyClicks(user, QStringLiteral("x"));
    QCOMPARE(from->text(), QStringLiteral("shop@example.com"));
    // A user name that is no address leaves From alone.
    window.addProfile(QStringLiteral("Relay"));
    QTest::keyClicks(user, QStringLiteral("relayuser"));
    QVERIFY(from->text().isEmpty());
}

QTEST_MAIN(TestWindowResults)

#include "tst_windowresults.moc"
