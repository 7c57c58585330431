// SPDX-License-Identifier: GPL-3.0-or-later
// "New profile from address…": discovery fills the sources and servers, the recommended server
// is preselected, the preset's OAuth sign-in is offered, and Save writes the profile and its
// password (to the credential store, under the profile's id); Cancel leaves nothing behind.
// Online, every server found is then tried (the practice server on loopback, found by SRV
// records in memory): the one that works is preselected and the run kept in the history.
#include "credentials/memorycredentialstore.h"
#include "dns/memorydnsresolver.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "newprofiledialog.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sendcheck;

class TestNewProfileDialog : public QObject
{
    Q_OBJECT

    static void discover(NewProfileDialog &dialog, const QString &address)
    {
        DiscoveryOptions options;
        options.offline = true; // no network in tests: presets and the snapshot
        dialog.setDiscoveryOptions(options);
        QSignalSpy finished(&dialog, &NewProfileDialog::discoveryFinished);
        dialog.findSettings(address);
        QVERIFY(finished.wait(5000));
    }

    static MainWindowOptions windowOptions(const QTemporaryDir &dir)
    {
        MainWindowOptions options;
        options.configDirectory = dir.path();
        options.practiceSmtpPort = 0;
        options.practiceTlsPort = 0;
        options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        return options;
    }

    static quint16 closedPort()
    {
        QTcpServer closed;
        return closed.listen(QHostAddress::LocalHost, 0) ? closed.serverPort() : 0;
    }

    // The window's "New profile from address…" dialog, looking for example.com in `dns` and
    // nowhere on the network: autoconfig and the ISPDB at a closed loopback port.
    // The ports tried on every host found are `ports`: never this machine's real 465, 587, 25
    // and 2525.
    static NewProfileDialog *openDialog(MainWindow &window, MemoryDnsResolver &dns, quint16 closed,
                                        std::chrono::milliseconds timeout,
                                        const QList<ProbeCandidate> &ports)
    {
        window.newProfileFromAddress();
        auto *dialog = window.findChild<NewProfileDialog *>();
        if (!dialog)
            return nullptr;
        DiscoveryOptions options;
        options.autoconfigBase = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(closed));
        options.ispdbBase = QUrl(QStringLiteral("https://127.0.0.1:%1/ispdb/").arg(closed));
        options.timeoutMs = 3000;
        dialog->setDiscoveryOptions(options);
        dialog->setResolver(&dns);
        ProbeOptions probe;
        probe.extraCaCertificates = {window.practiceServer()->certificate().certificate()};
        probe.timeout = timeout;
        dialog->setProbeOptions(probe);
        dialog->setProbePorts(ports);
        return dialog;
    }

    static QTreeWidgetItem *row(NewProfileDialog *dialog, quint16 port)
    {
        for (int i = 0; i < dialog->candidatesView()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dialog->candidatesView()->topLevelItem(i);
            if (item->text(1) == QString::number(port))
                return item;
        }
        return nullptr;
    }

private Q_SLOTS:
    void probePreselectsWhatWorks()
    {
        QTemporaryDir dir;
        MemoryCredentialStore credentials;
        MainWindow window(&credentials, windowOptions(dir));
        window.show();
        const PracticeServer *practice = window.practiceServer();
        QVERIFY(practice->isListening());
        const quint16 closed = closedPort();
        // SRV: SSL/TLS on a port where nothing listens (what the sources recommend), STARTTLS on
        // the practice server's plain port (what works).
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submissions._tcp.example.com"), 0, 1,
                                         closed, QStringLiteral("localhost")));
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submission._tcp.example.com"), 0, 1,
                                         practice->smtpPort(), QStringLiteral("localhost")));
        dns.addName(QStringLiteral("example.com"));
        // The ports tried on localhost are the two the SRV records name: nothing more to try.
        NewProfileDialog *dialog
            = openDialog(window, dns, closed, std::chrono::seconds(5),
                         {{QString(), closed, Security::ImplicitTls, QString()},
                          {QString(), practice->smtpPort(), Security::StartTls, QString()}});
        QVERIFY(dialog);
        QSignalSpy discovered(dialog, &NewProfileDialog::discoveryFinished);
        QSignalSpy probed(dialog, &NewProfileDialog::probeFinished);
        QSignalSpy reports(dialog, &NewProfileDialog::reportReady);
        dialog->findSettings(QStringLiteral("anna@example.com"));
        QVERIFY(discovered.wait(15000));

        // The probe runs: progress and Stop are shown, each row says it is being tried, and the
        // sources' pick is selected meanwhile.
        QCOMPARE(dialog->candidatesView()->topLevelItemCount(), 2);
        QVERIFY(probed.isEmpty());
        QVERIFY(dialog->isProbing());
        QCOMPARE(row(dialog, closed)->text(4), QStringLiteral("Trying…"));
        QVERIFY(dialog->probeProgress()->isVisibleTo(dialog));
        QVERIFY(dialog->stopProbeButton()->isVisibleTo(dialog));
        QCOMPARE(dialog->probeProgress()->maximum(), 2);
        QCOMPARE(dialog->candidatesView()->currentItem(), row(dialog, closed));
        QVERIFY(probed.wait(20000));
        QVERIFY(!dialog->isProbing());
        QVERIFY(!dialog->probeProgress()->isVisibleTo(dialog));
        QVERIFY(!dialog->stopProbeButton()->isVisibleTo(dialog));

        // Each row says what the probe found; the one that works is marked and preselected.
        QTreeWidgetItem *works = row(dialog, practice->smtpPort());
        QTreeWidgetItem *refused = row(dialog, closed);
        QVERIFY(works && refused);
        QVERIFY2(works->text(4).startsWith(probeOutcomeLabel(ProbeOutcome::Works)),
                 qPrintable(works->text(4)));
        QVERIFY2(works->text(4).contains(QStringLiteral("AUTH")), qPrintable(works->text(4)));
        QVERIFY2(refused->text(4).startsWith(probeOutcomeLabel(ProbeOutcome::Refused)),
                 qPrintable(refused->text(4)));
        QCOMPARE(works->text(5), QStringLiteral("recommended"));
        QVERIFY(refused->text(5).isEmpty());
        QCOMPARE(dialog->candidatesView()->currentItem(), works);
        QVERIFY(dialog->result().probe.has_value());
        QCOMPARE(dialog->result().probe->attempts.size(), 2);

        // Picking the refused row says why it will not do.
        dialog->candidatesView()->setCurrentItem(refused);
        const QLabel *note = nullptr;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Tried from here")))
                note = label;
        }
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("Nothing listens")));
        dialog->candidatesView()->setCurrentItem(works);

        // Kept in the history as a discovery run, shown in the History tab with its kind.
        QCOMPARE(reports.size(), 1);
        QString error;
        const auto entries = window.historyStore()->list(QString(), 0, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().kind, QStringLiteral("discovery"));
        QVERIFY(entries->first().ok);
        QCOMPARE(entries->first().port, practice->smtpPort());
        QCOMPARE(window.historyPanel()->runCount(), 1);
        QCOMPARE(window.historyPanel()->rowTexts(0).value(4), QStringLiteral("Discovery"));
        QVERIFY(window.historyPanel()->rowTexts(0).value(3).contains(QStringLiteral("Worked")));

        // Saved with the server that works.
        dialog->passwordField()->lineEdit()->setText(QStringLiteral("practice"));
        QVERIFY(dialog->saveProfile());
        const Profile *profile = window.profileStore().findById(dialog->savedProfileId());
        QVERIFY(profile);
        QCOMPARE(profile->host, QStringLiteral("localhost"));
        QCOMPARE(profile->port, practice->smtpPort());
        QCOMPARE(profile->security, Security::StartTls);
        dialog->reject();
    }

    void probeFindsAPortNoSourceLists()
    {
        QTemporaryDir dir;
        MemoryCredentialStore credentials;
        MainWindow window(&credentials, windowOptions(dir));
        window.show();
        const PracticeServer *practice = window.practiceServer();
        QVERIFY(practice->isListening());
        const quint16 closed = closedPort();
        // SRV: SSL/TLS on a port where nothing listens, and nothing else; the practice server's
        // plain port is tried only because it is one of the ports tried on every host found.
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submissions._tcp.example.com"), 0, 1,
                                         closed, QStringLiteral("localhost")));
        dns.addName(QStringLiteral("example.com"));
        NewProfileDialog *dialog
            = openDialog(window, dns, closed, std::chrono::seconds(5),
                         {{QString(), closed, Security::ImplicitTls, QString()},
                          {QString(), practice->smtpPort(), Security::StartTls, QString()}});
        QVERIFY(dialog);
        QSignalSpy discovered(dialog, &NewProfileDialog::discoveryFinished);
        QSignalSpy probed(dialog, &NewProfileDialog::probeFinished);
        dialog->findSettings(QStringLiteral("anna@example.com"));
        QVERIFY(discovered.wait(15000));
        // While it runs: one row (the server found), two attempts.
        QCOMPARE(dialog->candidatesView()->topLevelItemCount(), 1);
        QVERIFY(dialog->isProbing());
        QCOMPARE(dialog->probeProgress()->maximum(), 2);
        QVERIFY(!row(dialog, practice->smtpPort()));
        QVERIFY(probed.wait(20000));

        // The port that works gets a row of its own, found by the probe, and is preselected.
        QCOMPARE(dialog->candidatesView()->topLevelItemCount(), 2);
        QTreeWidgetItem *works = row(dialog, practice->smtpPort());
        QTreeWidgetItem *refused = row(dialog, closed);
        QVERIFY(works && refused);
        QCOMPARE(works->text(0), QStringLiteral("localhost"));
        QCOMPARE(works->text(2), QStringLiteral("STARTTLS"));
        QCOMPARE(works->text(3), QStringLiteral("probe"));
        QVERIFY2(works->text(4).startsWith(probeOutcomeLabel(ProbeOutcome::Works)),
                 qPrintable(works->text(4)));
        QCOMPARE(works->text(5), QStringLiteral("recommended"));
        QVERIFY2(refused->text(4).startsWith(probeOutcomeLabel(ProbeOutcome::Refused)),
                 qPrintable(refused->text(4)));
        QCOMPARE(dialog->candidatesView()->currentItem(), works);
        const std::optional<qsizetype> best = dialog->result().recommended();
        QVERIFY(best);
        QCOMPARE(dialog->result().candidates.at(*best).probe.source, QStringLiteral("probe"));
        bool explained = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            explained = explained || label->text().startsWith(QStringLiteral("Found by trying"));
        QVERIFY(explained);

        // Saved with the port found by trying.
        dialog->passwordField()->lineEdit()->setText(QStringLiteral("practice"));
        QVERIFY(dialog->saveProfile());
        const Profile *profile = window.profileStore().findById(dialog->savedProfileId());
        QVERIFY(profile);
        QCOMPARE(profile->host, QStringLiteral("localhost"));
        QCOMPARE(profile->port, practice->smtpPort());
        QCOMPARE(profile->security, Security::StartTls);
        dialog->reject();
    }

    void stopEndsTheProbe()
    {
        QTemporaryDir dir;
        MemoryCredentialStore credentials;
        MainWindow window(&credentials, windowOptions(dir));
        // A server that takes the connection and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeSrv(QStringLiteral("_submission._tcp.example.com"), 0, 1,
                                         silent.serverPort(), QStringLiteral("localhost")));
        dns.addName(QStringLiteral("example.com"));
        NewProfileDialog *dialog
            = openDialog(window, dns, closedPort(), std::chrono::seconds(60),
                         {{QString(), silent.serverPort(), Security::StartTls, QString()}});
        QVERIFY(dialog);
        QSignalSpy discovered(dialog, &NewProfileDialog::discoveryFinished);
        QSignalSpy probed(dialog, &NewProfileDialog::probeFinished);
        QSignalSpy reports(dialog, &NewProfileDialog::reportReady);
        dialog->findSettings(QStringLiteral("anna@example.com"));
        QVERIFY(discovered.wait(15000));
        QVERIFY(dialog->isProbing());
        QCOMPARE(dialog->candidatesView()->topLevelItem(0)->text(4), QStringLiteral("Trying…"));
        QElapsedTimer clock;
        clock.start();
        dialog->stopProbeButton()->click();
        QTRY_COMPARE(probed.size(), 1);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!dialog->isProbing());
        QVERIFY(
            dialog->candidatesView()->topLevelItem(0)->text(4).contains(QStringLiteral("Stopped")));
        // A stopped probe is not kept; the profile can still be saved.
        QCOMPARE(reports.size(), 0);
        QCOMPARE(window.historyPanel()->runCount(), 0);
        QVERIFY(dialog->candidatesView()->currentItem());
        dialog->reject();
    }

    void savesTheRecommendedServerAndPassword()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        dialog.show();
        QSignalSpy probed(&dialog, &NewProfileDialog::probeFinished);
        discover(dialog, QStringLiteral("anna@gmail.com"));
        // Offline nothing is tried.
        QVERIFY(!dialog.isProbing());
        QVERIFY(!dialog.probeProgress()->isVisibleTo(&dialog));
        QVERIFY(!dialog.result().probe);
        QCoreApplication::processEvents();
        QCOMPARE(probed.size(), 0);

        QCOMPARE(dialog.sourcesView()->topLevelItemCount(), int(dialog.result().sources.size()));
        QVERIFY(dialog.sourcesView()->topLevelItem(1)->text(2).contains(QLatin1String("Gmail")));
        QTreeWidgetItem *chosen = dialog.candidatesView()->currentItem();
        QVERIFY(chosen);
        QCOMPARE(chosen->text(0), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(chosen->text(1), QStringLiteral("465"));
        // Gmail's preset has OAuth: offered beside the password.
        QCOMPARE(dialog.signInChoice()->count(), 2);
        QVERIFY(dialog.signInChoice()->itemText(1).contains(QLatin1String("Google")));
        QCOMPARE(dialog.signInChoice()->currentIndex(), 0);

        dialog.passwordField()->lineEdit()->setText(QStringLiteral("abcd efgh ijkl mnop"));
        QSignalSpy saved(&dialog, &NewProfileDialog::profileSaved);
        QVERIFY(dialog.saveProfile());
        QCOMPARE(saved.size(), 1);
        const QString id = dialog.savedProfileId();

        ProfileStore reread(dir.path());
        QString error;
        QVERIFY2(reread.load(&error), qPrintable(error));
        const Profile *profile = reread.findById(id);
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(profile->port, quint16(465));
        QCOMPARE(profile->security, Security::ImplicitTls);
        QCOMPARE(profile->presetId, QStringLiteral("gmail"));
        QCOMPARE(profile->from, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->userName, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->signIn, Profile::SignIn::Password);

        bool read = false;
        QObject context;
        credentials.read(id, &context, [&read](const CredentialResult &result) {
            read = result.ok() && !result.secret.isEmpty();
        });
        QTRY_VERIFY(read);
    }

    void pickingAnotherServer()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("bob@web.de"));
        QTreeWidget *servers = dialog.candidatesView();
        QVERIFY(servers->topLevelItemCount() >= 2);
        QCOMPARE(servers->currentItem()->text(1), QStringLiteral("465"));
        for (int i = 0; i < servers->topLevelItemCount(); ++i) {
            if (servers->topLevelItem(i)->text(1) == QLatin1String("587"))
                servers->setCurrentItem(servers->topLevelItem(i));
        }
        QVERIFY(dialog.saveProfile());
        QCOMPARE(profiles.findById(dialog.savedProfileId())->port, quint16(587));
        QCOMPARE(profiles.findById(dialog.savedProfileId())->security, Security::StartTls);
    }

    void outlookDefaultsToOAuth()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("carol@outlook.com"));
        QCOMPARE(dialog.candidatesView()->currentItem()->text(1), QStringLiteral("587"));
        QCOMPARE(dialog.signInChoice()->currentData().toString(), QStringLiteral("oauth"));
        QVERIFY(dialog.passwordField()->isHidden());
    }

    void badAddressSavesNothing()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("not-an-address"));
        QCOMPARE(dialog.sourcesView()->topLevelItemCount(), 1);
        QVERIFY(dialog.sourcesView()->topLevelItem(0)->text(2).contains(
            QLatin1String("not an email address")));
        QCOMPARE(dialog.candidatesView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.saveProfile());
        QVERIFY(profiles.findByName(QStringLiteral("not-an-address")) == nullptr);
    }

    void cancelLeavesNoPassword()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        auto *dialog = new NewProfileDialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(*dialog, QStringLiteral("dora@gmx.de"));
        dialog->passwordField()->lineEdit()->setText(QStringLiteral("typed-then-cancelled"));
        dialog->passwordField()->commit(); // as leaving the box does
        QTRY_COMPARE(credentials.size(), 1);
        dialog->reject();
        QTRY_COMPARE(credentials.size(), 0);
        QVERIFY(profiles.findByName(QStringLiteral("dora@gmx.de")) == nullptr);
        delete dialog;
    }
};

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
