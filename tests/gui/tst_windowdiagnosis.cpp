// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 23, majors 4 and 5 in the window: STARTTLS on the practice server's implicit-TLS port
// counts down while it waits for the greeting, ends within seconds with "this port expects TLS
// from the start" and a button that switches Security to TLS (the port stays); a server name
// that does not resolve while no name resolves reads "offline", not "does not exist".
#include "credentials/memorycredentialstore.h"
#include "diagnosis/topicids.h"
#include "mainwindow.h"
#include "practice/practiceserver.h"
#include "sessionpanel.h"
#include "settingsform.h"
#include "verdictpanel.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
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

void useServer(MainWindow &window, const QString &host, quint16 port, Security security)
{
    const QString id = window.addProfile(QStringLiteral("Mistaken"));
    Profile profile = *window.profileStore().findById(id);
    profile.host = host;
    profile.port = port;
    profile.security = security;
    profile.mechanism = AuthMechanism::None;
    profile.from = QStringLiteral("me@example.com");
    profile.defaultTo = {QStringLiteral("you@example.com")};
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
}
} // namespace

class TestWindowDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void implicitTlsPortCountdownAndFix()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        window.show();
        const quint16 tlsPort = window.practiceServer()->tlsPort();
        QVERIFY(tlsPort != 0);
        useServer(window, QStringLiteral("127.0.0.1"), tlsPort, Security::StartTls);
        QCOMPARE(window.settingsForm()->profile().security, Security::StartTls);

        auto *fix = window.findChild<QPushButton *>(QStringLiteral("verdictFix"));
        QVERIFY(fix);
        QVERIFY(fix->isHidden());
        QSignalSpy finished(&window, &MainWindow::sessionFinished);
        QElapsedTimer clock;
        clock.start();
        window.testConnection();
        // The countdown: the real greeting timeout (five minutes), counting down.
        QTRY_VERIFY_WITH_TIMEOUT(window.verdictPanel()->text().contains(
                                     QStringLiteral("Waiting for the server's greeting")),
                                 3000);
        QVERIFY2(window.verdictPanel()->text().contains(QStringLiteral(" s left")),
                 qPrintable(window.verdictPanel()->text()));
        QVERIFY(finished.wait(15000));
        QVERIFY2(clock.elapsed() < 12000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
        QCOMPARE(window.verdictPanel()->topic(), QString(Topic::NetExpectsImplicitTls));
        QVERIFY(!window.verdictPanel()->text().contains(QStringLiteral("s left")));
        QVERIFY(fix->isVisible());
        QVERIFY(fix->text().contains(QStringLiteral("TLS from the start")));
        QVERIFY(!fix->accessibleName().isEmpty());

        fix->click();
        QVERIFY(fix->isHidden());
        const Profile fixed = *window.profileStore().findById(window.currentProfileId());
        QCOMPARE(fixed.security, Security::ImplicitTls);
        QCOMPARE(fixed.port, tlsPort); // the port that answered in TLS stays
        QCOMPARE(window.settingsForm()->profile().security, Security::ImplicitTls);
    }

    void noFixForOtherFailures()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        // A port nothing listens on: refused, and no Security button for that.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        useServer(window, QStringLiteral("127.0.0.1"), port, Security::StartTls);
        QSignalSpy finished(&window, &MainWindow::sessionFinished);
        window.testConnection();
        QVERIFY(finished.wait(15000));
        QCOMPARE(window.verdictPanel()->topic(), QString(Topic::NetConnectionRefused));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("verdictFix"))->isHidden());
    }

    // The Advanced timeout's "Standard" says how long that is, and its tooltip every wait.
    void timeoutSaysItsValue()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        auto *timeout = window.findChild<QSpinBox *>(QStringLiteral("timeout"));
        QVERIFY(timeout);
        QCOMPARE(timeout->value(), 0);
        QCOMPARE(timeout->text(), QStringLiteral("Standard (5 min per reply)"));
        for (const char *part : {"30 s to connect", "60 s for the TLS handshake",
                                 "5 min for the greeting", "10 min for the answer"})
            QVERIFY2(timeout->toolTip().contains(QLatin1String(part)), part);
        QCOMPARE(timeout->accessibleDescription(), timeout->toolTip());
    }

    void offlineOrNoSuchName_data()
    {
        QTest::addColumn<QByteArray>("controlName");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("title");
        QTest::newRow("offline") << QByteArray("no..such..name") << QString(Topic::NetOffline)
                                 << QStringLiteral("offline");
        QTest::newRow("no such name") << QByteArray("localhost") << QString(Topic::NetHostNotFound)
                                      << QStringLiteral("does not exist");
    }

    void offlineOrNoSuchName()
    {
        QFETCH(QByteArray, controlName);
        QFETCH(QString, topic);
        QFETCH(QString, title);
        const QByteArray before = qgetenv("SENDCHECK_DNS_CONTROL_NAME");
        qputenv("SENDCHECK_DNS_CONTROL_NAME", controlName);
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindow window(&store, optionsFor(dir));
        useServer(window, QStringLiteral("smtp..example"), 587, Security::StartTls);
        QSignalSpy finished(&window, &MainWindow::sessionFinished);
        window.testConnection();
        QVERIFY(finished.wait(15000));
        qputenv("SENDCHECK_DNS_CONTROL_NAME", before);
        QCOMPARE(window.verdictPanel()->topic(), topic);
        // The verdict leads with it: its first line is the title.
        const QString text = window.verdictPanel()->text();
        QVERIFY2(text.section(QLatin1Char('\n'), 0, 1).contains(title), qPrintable(text));
    }
};

QTEST_MAIN(TestWindowDiagnosis)
#include "tst_windowdiagnosis.moc"
