// SPDX-License-Identifier: GPL-3.0-or-later
// "Check that it arrived" (issue 20): Send with the option on, against the practice server,
// reads the message back from the practice mailbox over IMAP and shows the answer under the
// verdict; the junk-folder scenario shows it in Junk; the report keeps the read-back; the
// option off reads nothing back.
#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "profiles/profilestore.h"
#include "readbackview.h"
#include "reportactions.h"
#include "send/preparedsend.h"
#include "sessionpanel.h"
#include "verdictpanel.h"

#include "settingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {
constexpr int TimeoutMs = 30000;

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

class TestReadBackUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendWithTheOptionShowsArrived()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        QVERIFY(window.practicePanel()->imapsPort() != 0); // the practice mailbox listens too
        auto *option = window.findChild<QCheckBox *>(QStringLiteral("checkArrival"));
        QVERIFY(option);
        QVERIFY(!option->isChecked()); // off unless asked for
        option->setChecked(true);
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        QVERIFY(view);
        QSignalSpy readBackDone(view, &ReadBackView::finished);
        // Press Send, as a person does.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendTestMessage")),
                          Qt::LeftButton);
        QVERIFY(readBackDone.wait(TimeoutMs));
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
        QCOMPARE(view->state(), ReadBackView::State::Arrived);
        QVERIFY(view->isVisible());
        QVERIFY2(view->text().contains(QStringLiteral("Arrived")), qPrintable(view->text()));
        QVERIFY(view->text().contains(QStringLiteral("INBOX")));
        // The report keeps what the read-back found.
        const QJsonObject readBack = view->reportJson();
        QCOMPARE(readBack.value(QLatin1String("arrived")).toBool(), true);
        QCOMPARE(readBack.value(QLatin1String("folder")).toString(), QStringLiteral("INBOX"));
        const auto &report
            = window.findChild<ReportActions *>(QStringLiteral("sessionReport"))->report();
        QVERIFY(report);
        QCOMPARE(report->readBack.value(QLatin1String("arrived")).toBool(), true);
    }

    // The mailbox server's certificate that does not verify is offered for trust as the SMTP
    // server's is, and pinned for the mailbox server's host and port only.
    void untrustedMailboxCertificateOpensDialog()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        const QByteArray fingerprint
            = *Profile::normalizeSha256(window.practiceServer()->certificateFingerprint());
        const quint16 imapsPort = window.practicePanel()->imapsPort();
        QVERIFY(imapsPort != 0);
        const QString id = window.addProfile(QStringLiteral("Lab server"));
        Profile profile = *window.profileStore().findById(id);
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = window.practiceServer()->smtpPort();
        profile.security = Security::StartTls;
        profile.userName = QStringLiteral("practice");
        profile.from = QStringLiteral("me@lab.test");
        profile.defaultTo = {QStringLiteral("you@lab.test")};
        profile.pins = {{profile.host, profile.port, fingerprint}}; // the SMTP server only
        profile.imap.readBack = true;
        profile.imap.port = imapsPort;
        window.settingsForm()->setProfile(profile);
        window.saveCurrentProfile();
        QTest::keyClicks(window.settingsForm()->passwordField()->lineEdit(),
                         QStringLiteral("practice"));
        window.findChild<SessionPanel *>()->setCheckArrival(true);
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        QSignalSpy readBackDone(view, &ReadBackView::finished);
        QSignalSpy dialogs(&window, &MainWindow::certificateDialogShown);

        window.sendTestMessage();
        QVERIFY(readBackDone.wait(TimeoutMs));
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
        QCOMPARE(view->state(), ReadBackView::State::Failed);
        QCOMPARE(dialogs.size(), 1);
        auto *dialog = dialogs.first().first().value<CertificateDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->host(), profile.host);
        QCOMPARE(dialog->port(), imapsPort);
        QCOMPARE(dialog->fingerprint(), fingerprint);
        QVERIFY(window.profileStore().findById(id)->imap.pins.isEmpty()); // not before the click
        dialog->trustButton()->click();
        QCOMPARE(window.profileStore().findById(id)->imap.pins,
                 (QList<CertificatePin> {{profile.host, imapsPort, fingerprint}}));
        QCOMPARE(window.profileStore().findById(id)->pins, profile.pins);

        readBackDone.clear();
        window.sendTestMessage();
        QVERIFY(readBackDone.wait(TimeoutMs));
        QCOMPARE(view->state(), ReadBackView::State::Arrived);
        QCOMPARE(dialogs.size(), 1);
    }

    void junkFolderScenarioShowsSpam()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        QVERIFY(window.practicePanel()->setScenario(QStringLiteral("junk-folder")));
        window.findChild<SessionPanel *>()->setCheckArrival(true);
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        QSignalSpy readBackDone(view, &ReadBackView::finished);
        window.sendTestMessage();
        QVERIFY(readBackDone.wait(TimeoutMs));
        QCOMPARE(view->state(), ReadBackView::State::Spam);
        const QString shown = view->text();
        QVERIFY2(shown.contains(QStringLiteral("Junk")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("SPF at the receiver")));
        QVERIFY(shown.contains(QStringLiteral("What to do")));
        // No secret on screen.
        QVERIFY(!shown.contains(QStringLiteral("AUTHENTICATE")));
    }

    void withoutTheOptionNothingIsReadBack()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        QSignalSpy finished(&window, &MainWindow::sessionFinished);
        window.sendTestMessage();
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
        QCOMPARE(view->state(), ReadBackView::State::Empty);
        QVERIFY(!view->isVisible());
        QVERIFY(view->reportJson().isEmpty());
    }

    void progressLineWhileWaitingThenNotArrived()
    {
        // A Message-ID that was never sent: the progress line counts the seconds, then the
        // answer is "Not arrived".
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        view->setWait(std::chrono::seconds(3));
        PreparedSend send;
        send.profile = *window.profileStore().findById(window.currentProfileId());
        send.credentials = Credentials(QStringLiteral("practice"), "practice");
        QVERIFY(view->prepare(send, QStringLiteral("<never-sent@practice.test>")));
        QSignalSpy readBackDone(view, &ReadBackView::finished);
        QVERIFY(view->startAfterSend(true));
        QVERIFY(view->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(view->text().contains(QStringLiteral(
                                     "Looking for the message in the mailbox\u2026 1 s")),
                                 5000);
        QVERIFY(readBackDone.wait(TimeoutMs));
        QCOMPARE(view->state(), ReadBackView::State::NotArrived);
        QVERIFY2(view->text().contains(QStringLiteral("Not arrived within 3 s")),
                 qPrintable(view->text()));
        // A send that failed starts nothing, and drops what was prepared.
        QVERIFY(view->prepare(send, QStringLiteral("<other@practice.test>")));
        QVERIFY(!view->startAfterSend(false));
        QVERIFY(!view->startAfterSend(true));
    }

    // Stop ends a waiting read-back at once, and says so: stopped, not "did not arrive".
    void stopEndsAWaitingReadBack()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        auto *view = window.findChild<ReadBackView *>(QStringLiteral("readBackView"));
        auto *stop = window.findChild<QPushButton *>(QStringLiteral("stop"));
        auto *send = window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"));
        QVERIFY(view && stop && send);
        view->setWait(std::chrono::seconds(120));
        PreparedSend prepared;
        prepared.profile = *window.profileStore().findById(window.currentProfileId());
        prepared.credentials = Credentials(QStringLiteral("practice"), "practice");
        QVERIFY(view->prepare(prepared, QStringLiteral("<never-sent-stop@practice.test>")));
        QSignalSpy readBackDone(view, &ReadBackView::finished);
        QVERIFY(view->startAfterSend(true));
        QTRY_VERIFY_WITH_TIMEOUT(view->text().contains(QStringLiteral("1 s")), 5000);
        // While it waits, Stop is there to press and Send waits its turn.
        QVERIFY(stop->isEnabled());
        QVERIFY(!send->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(readBackDone.count() == 1 || readBackDone.wait(5000));
        QVERIFY2(clock.elapsed() < 3000, "Stop must end the read-back at once");
        QCOMPARE(view->state(), ReadBackView::State::Stopped);
        QVERIFY2(view->text().contains(QStringLiteral("Stopped after")), qPrintable(view->text()));
        QVERIFY(view->text().contains(QStringLiteral("not known")));
        QVERIFY(!view->text().contains(QStringLiteral("Not arrived")));
        QCOMPARE(view->reportJson().value(QLatin1String("stopped")).toBool(), true);
        QVERIFY(send->isEnabled());
        QVERIFY(!stop->isEnabled());
    }

    // The profile's read-back mailbox in the settings form (Advanced): shown, edited, saved;
    // a profile with read-back on ticks "Check that it arrived" when it is chosen.
    void readBackMailboxInTheSettingsForm()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        SettingsForm *form = window.settingsForm();
        Profile profile = form->profile();
        profile.imap.readBack = true;
        profile.imap.host = QStringLiteral("imap.example.org");
        profile.imap.port = 143;
        profile.imap.security = Security::StartTls;
        profile.imap.userName = QStringLiteral("inbox@example.org");
        form->setProfile(profile);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("imapHost"))->text(),
                 QStringLiteral("imap.example.org"));
        QCOMPARE(form->findChild<QSpinBox *>(QStringLiteral("imapPort"))->value(), 143);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("imapUser"))->text(),
                 QStringLiteral("inbox@example.org"));
        QVERIFY(form->findChild<QCheckBox *>(QStringLiteral("imapReadBack"))->isChecked());
        QCOMPARE(form->profile().imap, profile.imap);

        // Another account reads with its own password: the box for it shows, and what is
        // typed goes to the keychain as the mailbox's entry, never as the sending password.
        PasswordField *mailboxPassword = form->mailboxPasswordField();
        QVERIFY(!mailboxPassword->isHidden());
        QCOMPARE(mailboxPassword->lineEdit()->objectName(), QStringLiteral("mailboxPassword"));
        QTest::keyClicks(mailboxPassword->lineEdit(), QStringLiteral("Pl4nted-Mailbox-Pw"));
        mailboxPassword->commit();
        QVERIFY(mailboxPassword->lineEdit()->text().isEmpty());
        QObject context;
        std::optional<QByteArray> stored;
        store.readImapPassword(profile.id, &context, [&](CredentialResult result) {
            stored = result.ok() ? result.secret.view().toByteArray() : QByteArray();
        });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, TimeoutMs));
        QCOMPARE(*stored, QByteArray("Pl4nted-Mailbox-Pw"));
        QTRY_COMPARE(mailboxPassword->state(), PasswordField::State::Saved);
        std::optional<QByteArray> sending;
        store.read(profile.id, &context, [&](CredentialResult result) {
            sending = result.ok() ? result.secret.view().toByteArray() : QByteArray();
        });
        QVERIFY(QTest::qWaitFor([&] { return sending.has_value(); }, TimeoutMs));
        QVERIFY(*sending != "Pl4nted-Mailbox-Pw");
        auto *imapUser = form->findChild<QLineEdit *>(QStringLiteral("imapUser"));
        imapUser->clear(); // the sending account again: no box
        QVERIFY(mailboxPassword->isHidden());
        imapUser->setText(QStringLiteral("inbox@example.org"));
        QVERIFY(!mailboxPassword->isHidden());

        // Edited as a person does: the host emptied goes back to the default.
        auto *host = form->findChild<QLineEdit *>(QStringLiteral("imapHost"));
        host->selectAll();
        QTest::keyClick(host, Qt::Key_Delete);
        QVERIFY(form->profile().imap.host.isEmpty());
        auto *security = form->findChild<QComboBox *>(QStringLiteral("imapSecurity"));
        security->setCurrentIndex(0); // auto
        QVERIFY(!form->profile().imap.security);

        // Saved with the profile; chosen again, it ticks "Check that it arrived".
        const QString id = window.currentProfileId();
        window.saveCurrentProfile();
        const Profile *saved = window.profileStore().findById(id);
        QVERIFY(saved);
        QVERIFY(saved->imap.readBack);
        QCOMPARE(saved->imap.userName, QStringLiteral("inbox@example.org"));
        window.addProfile(QStringLiteral("Other"));
        QVERIFY(window.currentProfileId() != id);
        auto *option = window.findChild<QCheckBox *>(QStringLiteral("checkArrival"));
        option->setChecked(false);
        window.selectProfile(id);
        QCOMPARE(window.currentProfileId(), id);
        QVERIFY(option->isChecked());
    }

    void screenshotSceneRenders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("read-back.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(SENDCHECK_GUI_BINARY),
                      {QStringLiteral("--screenshot"), file, QStringLiteral("--scene"),
                       QStringLiteral("read-back")});
        QVERIFY(done.wait(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
    }
};

QTEST_MAIN(TestReadBackUi)
#include "tst_readbackui.moc"
