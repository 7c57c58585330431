// SPDX-License-Identifier: GPL-3.0-or-later
// The Domain tab against records in memory: the From domain comes from the profile, Check runs
// the real DomainCheck, the rows and the records to publish appear, Copy puts the record on the
// clipboard, bad input gives a clear message, and the report has the Domain section.
#include "credentials/memorycredentialstore.h"
#include "dns/memorydnsresolver.h"
#include "domain/memorypolicyfetcher.h"
#include "domainpanel.h"
#include "mainwindow.h"
#include "providers/providercatalog.h"
#include "reportactions.h"
#include "serverpanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Sendcheck;

class TestDomainPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkShowsRowsAndCopiesTheRecord()
    {
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("example.com"),
                                         {"v=spf1 include:_spf.example.net ~all"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_spf.example.net"),
                                         {"v=spf1 ip4:192.0.2.0/24 -all"}));
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                             QHostAddress(QStringLiteral("192.0.2.25"))));
        DomainPanel panel(&ProviderCatalog::builtIn());
        panel.setResolver(&dns);
        Profile profile;
        profile.presetId = QStringLiteral("gmail");
        profile.host = QStringLiteral("smtp.gmail.com");
        profile.from = QStringLiteral("Alex <alex@example.com>");
        panel.setProfile(profile);
        QCOMPARE(panel.domain(), QStringLiteral("example.com"));
        panel.show();

        QSignalSpy finished(&panel, &DomainPanel::finished);
        panel.findChild<QPushButton *>(QStringLiteral("checkDomain"))->click();
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(10000));

        QStringList ids;
        QTreeWidget *checks = panel.checksView();
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            ids << checks->topLevelItem(i)->data(0, Qt::UserRole).toString();
        for (const QString &id :
             {QStringLiteral("spf.record"), QStringLiteral("spf.provider_include"),
              QStringLiteral("dkim.selector"), QStringLiteral("dmarc.record"),
              QStringLiteral("mx.records"), QStringLiteral("bulk.gmail_yahoo.dmarc")})
            QVERIFY2(ids.contains(id), qPrintable(ids.join(u' ')));
        // The SPF include tree: the domain with its include below.
        QCOMPARE(panel.spfTreeView()->topLevelItemCount(), 1);
        QCOMPARE(panel.spfTreeView()->topLevelItem(0)->childCount(), 1);

        // The merged SPF record is the first to publish; Copy puts it on the clipboard.
        QTreeWidget *publish = panel.publishView();
        QVERIFY(publish->topLevelItemCount() >= 2);
        const QString expected = QStringLiteral(
            "example.com. TXT \"v=spf1 include:_spf.example.net include:_spf.google.com ~all\"");
        QCOMPARE(publish->topLevelItem(0)->data(0, Qt::UserRole).toString(), expected);
        auto *copy = qobject_cast<QPushButton *>(publish->itemWidget(publish->topLevelItem(0), 1));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);

        // The report: a domain run with the Domain section and the records to publish.
        QVERIFY(panel.reportActions()->report());
        QCOMPARE(panel.reportActions()->report()->kind, Report::Kind::Domain);
        const QString markdown = panel.reportActions()->copyForTicket();
        QVERIFY2(markdown.contains(QStringLiteral("Records to publish")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("include:_spf.google.com")));
    }

    void badInputGivesAClearMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a domain") << "not a domain"
                                      << "is not a domain name";
        QTest::newRow("ip literal") << "192.0.2.1"
                                    << "is an IP address";
        QTest::newRow("ipv6 literal") << "[2001:db8::1]"
                                      << "is an IP address";
        QTest::newRow("empty") << ""
                               << "Give the domain to check";
    }
    void badInputGivesAClearMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        MemoryDnsResolver dns;
        DomainPanel panel(&ProviderCatalog::builtIn());
        panel.setResolver(&dns);
        panel.setDomain(input);
        panel.check();
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.message().contains(message), qPrintable(panel.message()));
        QVERIFY(dns.queries().isEmpty());
    }

    void dnsFailureSaysSo()
    {
        MemoryDnsResolver dns;
        dns.setFailure(QStringLiteral("example.com"), std::nullopt, DnsStatus::Timeout);
        DomainPanel panel(&ProviderCatalog::builtIn());
        panel.setResolver(&dns);
        panel.setDomain(QStringLiteral("example.com"));
        QSignalSpy finished(&panel, &DomainPanel::finished);
        panel.check();
        QVERIFY(finished.wait(10000));
        QVERIFY2(panel.message().contains(QStringLiteral("could not be read")),
                 qPrintable(panel.message()));
    }

    void transportPolicyRowsAndMxButtons()
    {
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeMx(QStringLiteral("example.com"), 10,
                                        QStringLiteral("mx1.example.com")));
        dns.addRecord(DnsRecord::makeMx(QStringLiteral("example.com"), 20,
                                        QStringLiteral("mx2.example.com")));
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 30, QStringLiteral("192.0.2.99")));
        for (const char *host : {"mx1.example.com", "mx2.example.com"})
            dns.addRecord(DnsRecord::makeAddress(QString::fromLatin1(host),
                                                 QHostAddress(QStringLiteral("192.0.2.25"))));
        dns.addRecord(
            DnsRecord::makeTxt(QStringLiteral("_mta-sts.example.com"), {"v=STSv1; id=1"}));
        MemoryPolicyFetcher policies;
        policies.addFile(QStringLiteral("mta-sts.example.com"),
                         QStringLiteral("/.well-known/mta-sts.txt"),
                         "version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800\n");
        DomainPanel panel(&ProviderCatalog::builtIn());
        panel.setResolver(&dns);
        panel.setPolicyFetcher(&policies);
        panel.setDomain(QStringLiteral("example.com"));
        panel.show();
        QSignalSpy finished(&panel, &DomainPanel::finished);
        panel.check();
        QVERIFY(finished.wait(10000));

        QTreeWidget *checks = panel.checksView();
        QTreeWidgetItem *mxRow = nullptr;
        QStringList ids;
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            ids << checks->topLevelItem(i)->data(0, Qt::UserRole).toString();
            if (ids.last() == QLatin1String("mx.records"))
                mxRow = checks->topLevelItem(i);
        }
        for (const QString &id :
             {QStringLiteral("mta_sts.record"), QStringLiteral("mta_sts.policy"),
              QStringLiteral("mta_sts.mode"), QStringLiteral("tls_rpt.record"),
              QStringLiteral("dane.tlsa"), QStringLiteral("bimi.record")})
            QVERIFY2(ids.contains(id), qPrintable(ids.join(u' ')));
        QCOMPARE(policies.fetched().size(), 1);

        // One "Check this server" per MX host name (none for the IP address), in MX order,
        // after the row saying what to do about the IP address.
        QVERIFY(mxRow);
        QList<QTreeWidgetItem *> hostRows;
        for (int i = 0; i < mxRow->childCount(); ++i) {
            if (!mxRow->child(i)->data(0, Qt::UserRole).toString().isEmpty())
                hostRows << mxRow->child(i);
        }
        QCOMPARE(hostRows.size(), 2);
        QCOMPARE(hostRows.at(0)->data(0, Qt::UserRole).toString(),
                 QStringLiteral("mx1.example.com"));
        QCOMPARE(panel.findChildren<QPushButton *>(QStringLiteral("checkMxServer")).size(), 2);
        QWidget *cell = checks->itemWidget(hostRows.at(1), 1);
        QVERIFY(cell);
        auto *button = cell->findChild<QPushButton *>(QStringLiteral("checkMxServer"));
        QVERIFY(button);
        QSignalSpy requested(&panel, &DomainPanel::checkServerRequested);
        button->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("mx2.example.com"));
    }

    void daneMatchRowPerHost()
    {
        // A DNSSEC-secure DANE-EE record for an MX host that has no address: the certificate
        // cannot be compared (no connection is tried), and the row under dane.match says so.
        MemoryDnsResolver dns;
        dns.setDnssecStatus(DnssecStatus::Secure);
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
        dns.addRecord(DnsRecord::makeTlsa(QStringLiteral("_25._tcp.mx.example.com"), 3, 1, 1,
                                          QByteArray(32, '\x11')));
        MemoryPolicyFetcher policies;
        DomainPanel panel(&ProviderCatalog::builtIn());
        panel.setResolver(&dns);
        panel.setPolicyFetcher(&policies);
        panel.setDomain(QStringLiteral("example.com"));
        panel.show();
        QSignalSpy finished(&panel, &DomainPanel::finished);
        panel.check();
        QVERIFY(finished.wait(10000));

        QTreeWidget *checks = panel.checksView();
        QTreeWidgetItem *matchRow = nullptr;
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            if (checks->topLevelItem(i)->data(0, Qt::UserRole) == QLatin1String("dane.match"))
                matchRow = checks->topLevelItem(i);
        }
        QVERIFY(matchRow);
        QTreeWidgetItem *hostRow = nullptr;
        for (int i = 0; i < matchRow->childCount(); ++i) {
            if (matchRow->child(i)->data(0, Qt::UserRole) == QLatin1String("mx.example.com"))
                hostRow = matchRow->child(i);
        }
        QVERIFY(hostRow);
        QCOMPARE(hostRow->text(0), QStringLiteral("mx.example.com"));
        QVERIFY2(hostRow->text(1).contains(QStringLiteral("Not compared: mx.example.com has no "
                                                          "address")),
                 qPrintable(hostRow->text(1)));
        QVERIFY(matchRow->isExpanded());
    }

    void checkThisServerOpensTheServerTab()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDirectory = dir.path();
        options.practiceSmtpPort = 0;
        options.practiceTlsPort = 0;
        options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        MainWindow window(&store, options);
        window.show();
        MemoryDnsResolver dns;
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                             QHostAddress(QStringLiteral("192.0.2.25"))));
        DomainPanel *panel = window.domainPanel();
        panel->setResolver(&dns);
        panel->setDomain(QStringLiteral("example.com"));
        window.showDomainTab();
        QSignalSpy finished(panel, &DomainPanel::finished);
        panel->check();
        QVERIFY(finished.wait(10000));
        ServerPanel *server = window.serverPanel();
        QVERIFY(server);
        server->setServer(QStringLiteral("smtp.example.net"), 587);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("checkMxServer"));
        QVERIFY(button);
        button->click();
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget(), server);
        QCOMPARE(server->host(), QStringLiteral("mx.example.com"));
        QCOMPARE(server->port(), quint16(25));
    }

    void screenshotSceneRenders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("domain.png"));
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
                       QStringLiteral("domain")});
        QVERIFY(done.wait(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
    }
};

QTEST_MAIN(TestDomainPanel)
#include "tst_domainpanel.moc"
