// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli server` against a real authoritative server (NSD) on 127.0.0.1 holding the
// reverse zone of 192.0.2.0/24 and the blocklist zones (listed, not listed, refused, a zone that
// answers SERVFAIL, one that answers "listed" for everything), and the practice server (open
// relay and relay refused). Nothing leaves this machine: every zone, blocklists included, is
// served by the NSD here.
#include "../cli/practicepeer.h"
#include "../dns/nsdserver.h"

#include "cliprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

using TestSupport::CliProcess;
using TestSupport::CliResult;

namespace {

QJsonObject checkById(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray()) {
        if (check.toObject().value(QStringLiteral("id")).toString() == id)
            return check.toObject();
    }
    return {};
}

QString statusOf(const QJsonObject &json, const QString &id)
{
    return checkById(json, id).value(QStringLiteral("status")).toString();
}

QString summaryOf(const QJsonObject &json, const QString &id)
{
    return checkById(json, id).value(QStringLiteral("summary")).toString();
}

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private:
    TestSupport::NsdServer m_nsd;
    std::unique_ptr<PracticePeer> m_practice;

    CliResult server(const QStringList &arguments, int timeoutMs = 90000)
    {
        CliProcess cli;
        cli.setTimeout(timeoutMs);
        QStringList all = {QStringLiteral("server")};
        all << arguments;
        all << QStringLiteral("--nameserver") << QStringLiteral("127.0.0.1:%1").arg(m_nsd.port())
            << QStringLiteral("--no-history");
        return cli.run(all);
    }
    QStringList practiceAt() const
    {
        return {QStringLiteral("mx.example.test"), QStringLiteral("--port"),
                QString::number(m_practice->smtpPort())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // mx.example.test is where the practice server listens; the --ip addresses are the
        // server's "public" face: .10 good, .11 PTR that does not lead back, .12 no PTR.
        m_nsd.addZone(QStringLiteral("example.test"),
                      QStringLiteral("mx IN A 127.0.0.1\n"
                                     "good IN A 192.0.2.10\n"
                                     "liar IN A 198.51.100.1\n"));
        m_nsd.addZone(QStringLiteral("2.0.192.in-addr.arpa"),
                      QStringLiteral("10 IN PTR good.example.test.\n"
                                     "11 IN PTR liar.example.test.\n"));
        // Spamhaus: .10 listed in XBL, .11 "refused" (as through a public resolver).
        m_nsd.addZone(QStringLiteral("zen.spamhaus.org"),
                      QStringLiteral("10.2.0.192 IN A 127.0.0.4\n"
                                     "11.2.0.192 IN A 127.255.255.254\n"));
        m_nsd.addZone(QStringLiteral("b.barracudacentral.org"), QString()); // nothing listed
        m_nsd.addBrokenZone(QStringLiteral("bl.spamcop.net")); // SERVFAIL for everything
        m_nsd.addZone(QStringLiteral("psbl.surriel.com"),
                      QStringLiteral("* IN A 127.0.0.2\n")); // "listed" for everything
        m_nsd.addZone(QStringLiteral("dbl.spamhaus.org"),
                      QStringLiteral("example.test IN A 127.0.1.2\n"));
        m_nsd.addZone(QStringLiteral("multi.surbl.org"), QString());
        m_nsd.addZone(QStringLiteral("multi.uribl.com"), QString());
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.failureReport()));
        m_practice = std::make_unique<PracticePeer>(QStringList {QStringLiteral("open-relay")});
        QVERIFY2(m_practice->start(), qPrintable(m_practice->failureReport()));
    }

    void goodPtrAndBlocklists()
    {
        const CliResult r
            = server(practiceAt() << QStringLiteral("--ip") << QStringLiteral("192.0.2.10")
                                  << QStringLiteral("--json"));
        QCOMPARE(r.exitCode, 1); // listed in ZEN
        const QJsonObject json = r.json();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList {QStringLiteral("addresses"), QStringLiteral("checks"),
                               QStringLiteral("host"), QStringLiteral("port")}));
        QCOMPARE(json.value(QStringLiteral("host")).toString(), QStringLiteral("mx.example.test"));
        QCOMPARE(json.value(QStringLiteral("port")).toInt(), int(m_practice->smtpPort()));
        QCOMPARE(json.value(QStringLiteral("addresses")).toArray(),
                 QJsonArray {QStringLiteral("192.0.2.10")});
        QStringList checkKeys = checkById(json, QStringLiteral("ptr.record")).keys();
        checkKeys.sort();
        QCOMPARE(
            checkKeys,
            (QStringList {QStringLiteral("fix"), QStringLiteral("id"), QStringLiteral("status"),
                          QStringLiteral("summary"), QStringLiteral("title")}));
        QCOMPARE(statusOf(json, QStringLiteral("host.address")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("ptr.record")), QStringLiteral("pass"));
        QVERIFY(summaryOf(json, QStringLiteral("ptr.record"))
                    .contains(QLatin1String("good.example.test")));
        QCOMPARE(statusOf(json, QStringLiteral("ptr.fcrdns")), QStringLiteral("pass"));
        // The practice server calls itself "localhost", not good.example.test.
        QCOMPARE(statusOf(json, QStringLiteral("banner.name")), QStringLiteral("warn"));
        QCOMPARE(statusOf(json, QStringLiteral("ptr.client")), QStringLiteral("info"));
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.spamhaus-zen")), QStringLiteral("fail"));
        QVERIFY(
            summaryOf(json, QStringLiteral("dnsbl.spamhaus-zen")).contains(QLatin1String("XBL")));
        QVERIFY(checkById(json, QStringLiteral("dnsbl.spamhaus-zen"))
                    .value(QStringLiteral("fix"))
                    .toString()
                    .contains(QLatin1String("https://check.spamhaus.org/")));
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.barracuda")), QStringLiteral("pass"));
        // A zone that fails is that list's error, and the others are unaffected.
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.spamcop")), QStringLiteral("error"));
        // A zone that lists its never-listed test entry cannot be trusted.
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.psbl")), QStringLiteral("error"));
        QVERIFY(summaryOf(json, QStringLiteral("dnsbl.psbl"))
                    .contains(QLatin1String("cannot be trusted")));
        // The host's domain on the domain lists.
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.spamhaus-dbl")), QStringLiteral("fail"));
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.surbl")), QStringLiteral("pass"));
        // Closed lists are never asked.
        QVERIFY(
            summaryOf(json, QStringLiteral("dnsbl.not_asked")).contains(QLatin1String("SORBS")));
        QVERIFY(checkById(json, QStringLiteral("dnsbl.sorbs")).isEmpty());
        QVERIFY(checkById(json, QStringLiteral("relay.open")).isEmpty());
    }

    void badPtrAndRefusedList()
    {
        CliResult r = server(practiceAt() << QStringLiteral("--ip") << QStringLiteral("192.0.2.11")
                                          << QStringLiteral("--json"));
        QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("ptr.record")), QStringLiteral("pass"));
        QCOMPARE(statusOf(json, QStringLiteral("ptr.fcrdns")), QStringLiteral("fail"));
        QVERIFY(
            summaryOf(json, QStringLiteral("ptr.fcrdns")).contains(QLatin1String("198.51.100.1")));
        // 127.255.255.254 is a refusal, never a listing.
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.spamhaus-zen")), QStringLiteral("warn"));
        QVERIFY(summaryOf(json, QStringLiteral("dnsbl.spamhaus-zen"))
                    .contains(QLatin1String("refused")));

        r = server(practiceAt() << QStringLiteral("--ip") << QStringLiteral("192.0.2.12")
                                << QStringLiteral("--json"));
        json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("ptr.record")), QStringLiteral("fail"));
        const QString fix
            = checkById(json, QStringLiteral("ptr.record")).value(QStringLiteral("fix")).toString();
        QVERIFY(fix.contains(QLatin1String("hosting company")));
        QVERIFY(fix.contains(QLatin1String("spam")));
        QCOMPARE(statusOf(json, QStringLiteral("dnsbl.spamhaus-zen")), QStringLiteral("pass"));
    }

    void openRelay()
    {
        const CliResult r = server(
            practiceAt() << QStringLiteral("--ip") << QStringLiteral("192.0.2.12")
                         << QStringLiteral("--relay-test") << QStringLiteral("--from")
                         << QStringLiteral("outside@example.org") << QStringLiteral("--to")
                         << QStringLiteral("someone@example.net") << QStringLiteral("--json"));
        const QJsonObject json = r.json();
        QCOMPARE(statusOf(json, QStringLiteral("relay.open")), QStringLiteral("fail"));
        QVERIFY(checkById(json, QStringLiteral("relay.open"))
                    .value(QStringLiteral("fix"))
                    .toString()
                    .contains(QLatin1String("smtpd_relay_restrictions")));
        QVERIFY(!m_practice->log().contains("DATA"));
    }

    void relayRefused()
    {
        PracticePeer refusing({QStringLiteral("relay-554")});
        QVERIFY2(refusing.start(), qPrintable(refusing.failureReport()));
        const CliResult r
            = server({QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                      QString::number(refusing.smtpPort()), QStringLiteral("--relay-test"),
                      QStringLiteral("--from"), QStringLiteral("outside@example.org"),
                      QStringLiteral("--to"), QStringLiteral("someone@example.net")});
        QVERIFY2(r.standardOutput.contains("PASS   relay.open"), qPrintable(r.describe()));
        QVERIFY(r.standardOutput.contains("Relay refused"));
        QCOMPARE(r.exitCode, 0);
    }

    void serverDown()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QElapsedTimer clock;
        clock.start();
        const CliResult r
            = server({QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--relay-test"), QStringLiteral("--from"),
                      QStringLiteral("a@example.org"), QStringLiteral("--to"),
                      QStringLiteral("b@example.net"), QStringLiteral("--json")});
        QVERIFY(clock.elapsed() < 30000);
        const QJsonObject json = r.json();
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(statusOf(json, QStringLiteral("banner.name")), QStringLiteral("error"));
        QVERIFY(summaryOf(json, QStringLiteral("banner.name"))
                    .contains(QLatin1String("Could not connect")));
        QCOMPARE(statusOf(json, QStringLiteral("relay.open")), QStringLiteral("error"));
        QCOMPARE(statusOf(json, QStringLiteral("ptr.record")), QStringLiteral("pass")); // localhost
    }

    void badInputAndReport()
    {
        CliResult r = server({QStringLiteral("user@example.com")});
        QCOMPARE(r.exitCode, 2);
        r = server({QStringLiteral("mx.example.test"), QStringLiteral("--relay-test")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.standardError.contains("--from"));
        r = server({QStringLiteral("mx.example.test"), QStringLiteral("--ip"),
                    QStringLiteral("not-an-ip")});
        QCOMPARE(r.exitCode, 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.md"));
        r = server(practiceAt() << QStringLiteral("--report") << path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(r.describe()));
        const QByteArray report = file.readAll();
        QVERIFY(report.contains("Server check of mx.example.test"));
        QVERIFY(report.contains("ptr.record"));
        QVERIFY(report.contains("ESMTP Sendcheck practice server"));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
