// SPDX-License-Identifier: GPL-3.0-or-later
// The Server panel runs a real ServerCheck (in-memory DNS, the in-process practice server) and
// shows one row per finding with its id; bad input is said in the panel, not checked.
#include "dns/memorydnsresolver.h"
#include "practice/practiceserver.h"
#include "serverpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace Sendcheck;

class TestServerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkShowsRows()
    {
        PracticeServer server;
        Scenario scenario;
        QVERIFY(scenario.add(QStringLiteral("open-relay")));
        server.setScenario(scenario);
        server.setHostName(QStringLiteral("mail.example.com"));
        QVERIFY(server.start(QHostAddress(QHostAddress::LocalHost), 0));
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mail.example.com"),
                                             QHostAddress(QHostAddress::LocalHost)));
        ServerPanel panel;
        panel.setResolver(&dns);
        panel.setServer(QStringLiteral("mail.example.com"), server.smtpPort());
        panel.setRelayTest(true, QStringLiteral("a@example.org"), QStringLiteral("b@example.net"));
        QSignalSpy finished(&panel, &ServerPanel::finished);
        panel.check();
        QVERIFY(finished.wait(20000));
        auto *rows = panel.findChild<QTreeWidget *>();
        QVERIFY(rows->topLevelItemCount() > 10);
        QStringList ids;
        for (int i = 0; i < rows->topLevelItemCount(); ++i)
            ids << rows->topLevelItem(i)->toolTip(0);
        QVERIFY(ids.contains(QStringLiteral("relay.open")));
        QVERIFY(ids.contains(QStringLiteral("ptr.record")));
        const auto result = finished.first().first().value<ServerCheckResult>();
        QCOMPARE(result.check(QStringLiteral("relay.open"))->status, DomainCheckItem::Status::Fail);
        QCOMPARE(result.check(QStringLiteral("banner.name"))->status,
                 DomainCheckItem::Status::Info);
    }

    void badInput()
    {
        ServerPanel panel;
        panel.setServer(QStringLiteral("user@example.com"), 25);
        QSignalSpy finished(&panel, &ServerPanel::finished);
        panel.check();
        QVERIFY(!finished.wait(300));
        bool said = false;
        for (auto *label : panel.findChildren<QLabel *>())
            said = said || label->text().contains(QLatin1String("mail address"));
        QVERIFY(said);
    }
};

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
