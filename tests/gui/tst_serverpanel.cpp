// SPDX-License-Identifier: GPL-3.0-or-later
// The Server panel runs a real ServerCheck (in-memory DNS, the in-process practice server) and
// shows one row per finding with its id and its status as an SVG icon; bad input is said in the
// panel, not checked.
#include "dns/memorydnsresolver.h"
#include "practice/practiceserver.h"
#include "serverpanel.h"
#include "svgicon.h"

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
        // Each row's status is the SVG icon the Domain panel and the stage strip use, drawn
        // for the pixel ratio asked for (here 200%): the open relay's is status-fail's red.
        for (int i = 0; i < rows->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = rows->topLevelItem(i);
            const DomainCheckItem *check = result.check(row->toolTip(0));
            QVERIFY(check);
            const QImage drawn = row->icon(0).pixmap(QSize(16, 16), 2.0).toImage();
            const QImage expected
                = SvgIcon::ownIcon(SvgIcon::statusName(check->status), rows->palette())
                      .pixmap(QSize(16, 16), 2.0)
                      .toImage();
            QCOMPARE(drawn.size(), QSize(32, 32));
            QVERIFY2(drawn == expected, qPrintable(row->toolTip(0)));
            if (row->toolTip(0) == QStringLiteral("relay.open")) // red disc, above the cross
                QCOMPARE(drawn.pixel(16, 4), qRgb(0xc5, 0x22, 0x1f));
        }
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
