// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli discover: the JSON and text output offline (presets and the bundled ISPDB
// snapshot), bad input, and a run against NSD on 127.0.0.1 (MX and SRV records) with the
// autoconfig and ISPDB requests sent to a local HTTPS server with a test CA; and --probe, with
// the practice server (its own process) and a closed port as the servers found.
#include "../cli/practicepeer.h"
#include "../dns/nsdserver.h"
#include "cliprocess.h"
#include "peerprocess.h"
#include "testcertificates.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::CliProcess;
using TestSupport::CliResult;
using TestSupport::TestCertificates;

class TestCliDiscover : public QObject
{
    Q_OBJECT

    TestSupport::NsdServer m_nsd;
    PracticePeer m_peer;
    quint16 m_closedPort = 0;
    std::unique_ptr<TestCertificates> m_certs;
    std::unique_ptr<TestSupport::PeerProcess> m_https;

    CliResult discover(const QStringList &arguments, bool network = false)
    {
        CliProcess cli;
        cli.setTimeout(60000);
        // Never the real network: every URL points at the local server.
        const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(m_https->port());
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_AUTOCONFIG_URL"), base);
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_ISPDB_URL"),
                                   base + QStringLiteral("ispdb/"));
        cli.setEnvironmentVariable(QStringLiteral("SENDCHECK_DISCOVERY_CA_FILE"),
                                   m_certs->caCertPath());
        QStringList all {QStringLiteral("discover")};
        all << arguments;
        if (network)
            all << QStringLiteral("--nameserver")
                << QStringLiteral("127.0.0.1:%1").arg(m_nsd.port());
        return cli.run(all);
    }

    // --ports for anna@loopback.test: exactly the servers its autoconfig file lists, so that the
    // probe never tries this machine's real ports 465, 587, 25 and 2525.
    QString loopbackPorts() const
    {
        return QStringLiteral("%1/tls,%2/starttls,%3/starttls")
            .arg(m_closedPort)
            .arg(m_peer.smtpPort())
            .arg(m_peer.tlsPort());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_certs = std::make_unique<TestCertificates>();
        QVERIFY2(m_certs->isValid(), qPrintable(m_certs->errorString()));
        QVERIFY2(m_peer.start(), qPrintable(m_peer.failureReport()));
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            m_closedPort = closed.serverPort();
        }
        m_https = std::make_unique<TestSupport::PeerProcess>(
            TestSupport::PeerProcess::python(),
            QStringList {
                TestSupport::testDataPath(QStringLiteral("discovery/autoconfig_server.py")),
                QStringLiteral("--cert"), m_certs->chainPath(TestCertificates::Kind::Server),
                QStringLiteral("--key"), m_certs->keyPath(TestCertificates::Kind::Server),
                // autoconfig.loopback.test: SSL/TLS on a closed port, STARTTLS on the practice
                // server's plain port and (wrongly) on its TLS port; autoconfig.closed.test: the
                // closed port only.
                QStringLiteral("--loopback-smtp"),
                QStringLiteral("%1,%2,%3")
                    .arg(m_closedPort)
                    .arg(m_peer.smtpPort())
                    .arg(m_peer.tlsPort())});
        QVERIFY2(m_https->start(), qPrintable(m_https->failureReport()));
        // srv.test: its mail at Microsoft 365 (by MX), SRV records for submission.
        m_nsd.addZone(QStringLiteral("srv.test"),
                      QStringLiteral("@ IN MX 10 srv-test.mail.protection.outlook.com.\n"
                                     "_submissions._tcp IN SRV 0 1 465 submit.srv.test.\n"
                                     "_submission._tcp IN SRV 0 1 587 submit.srv.test.\n"
                                     "submit IN A 192.0.2.5\n"
                                     "smtp IN A 192.0.2.6\n"));
        // good.test: an autoconfig file on the local server, nothing else.
        m_nsd.addZone(QStringLiteral("good.test"), QStringLiteral("@ IN A 192.0.2.7\n"));
        m_nsd.addZone(QStringLiteral("loopback.test"), QStringLiteral("@ IN A 192.0.2.8\n"));
        m_nsd.addZone(QStringLiteral("closed.test"), QStringLiteral("@ IN A 192.0.2.9\n"));
        QVERIFY2(m_nsd.start(), qPrintable(m_nsd.failureReport()));
    }

    void offlineJson()
    {
        const CliResult r = discover({QStringLiteral("anna@gmail.com"), QStringLiteral("--offline"),
                                      QStringLiteral("--json")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"address").toString(), QStringLiteral("anna@gmail.com"));
        const QJsonArray sources = json.value(u"sources").toArray();
        QVERIFY(sources.size() >= 5);
        for (const QJsonValue &source : sources) {
            const QJsonObject s = source.toObject();
            for (const char *key : {"kind", "url_or_name", "outcome", "trusted"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
        }
        QCOMPARE(sources.at(0).toObject().value(u"kind").toString(), QStringLiteral("address"));
        QCOMPARE(sources.at(1).toObject().value(u"kind").toString(), QStringLiteral("preset"));
        QCOMPARE(sources.at(1).toObject().value(u"outcome").toString(), QStringLiteral("found"));
        const QJsonArray candidates = json.value(u"candidates").toArray();
        QVERIFY(!candidates.isEmpty());
        for (const QJsonValue &candidate : candidates) {
            const QJsonObject c = candidate.toObject();
            for (const char *key : {"host", "port", "security", "source"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
        }
        QVERIFY(json.value(u"probe").isArray());
        const QJsonObject best = json.value(u"recommended").toObject();
        QCOMPARE(best.value(u"host").toString(), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(best.value(u"port").toInt(), 465);
        QCOMPARE(best.value(u"security").toString(), QStringLiteral("tls"));
        QVERIFY(!best.value(u"reason").toString().isEmpty());
        QVERIFY(QDate::fromString(json.value(u"snapshot").toObject().value(u"date").toString(),
                                  Qt::ISODate)
                    .isValid());
    }

    void offlineText()
    {
        const CliResult r
            = discover({QStringLiteral("someone@t-online.de"), QStringLiteral("--offline")});
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.standardOutput);
        QVERIFY2(text.contains(QLatin1String("ISPDB snapshot of 20")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("securesmtp.t-online.de:465")), qPrintable(text));
        // Sources first, in order, then the candidates.
        QVERIFY(text.indexOf(QLatin1String("Bundled presets"))
                < text.indexOf(QLatin1String("ISPDB snapshot  ")));
        QVERIFY(text.indexOf(QLatin1String("ISPDB snapshot  "))
                < text.indexOf(QLatin1String("Servers to try")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no at") << "anna.example.com";
        QTest::newRow("no domain") << "anna@";
        QTest::newRow("not a domain") << "anna@exa mple";
    }
    void badInput()
    {
        QFETCH(QString, address);
        const CliResult r = discover({address, QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("not an email address"), qPrintable(r.describe()));
    }

    void idnShowsPunycode()
    {
        const CliResult r = discover({QStringLiteral("jörg@bücher.example"),
                                      QStringLiteral("--offline"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // nothing found offline
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"address_ascii").toString(),
                 QStringLiteral("jörg@xn--bcher-kva.example"));
        QVERIFY(json.value(u"recommended").isNull());
        QVERIFY2(json.value(u"sources")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"detail")
                     .toString()
                     .contains(QLatin1String("xn--bcher-kva.example")),
                 qPrintable(r.describe()));
    }

    void mxAndSrvFromDns()
    {
        QTemporaryDir dir;
        const QString reportPath = dir.filePath(QStringLiteral("discovery.md"));
        const CliResult r = discover({QStringLiteral("anna@srv.test"), QStringLiteral("--json"),
                                      QStringLiteral("--report"), reportPath},
                                     true);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();
        QStringList lines;
        bool presetByMx = false;
        bool srv = false;
        for (const QJsonValue &value : json.value(u"sources").toArray()) {
            const QJsonObject s = value.toObject();
            lines << s.value(u"kind").toString() + u' ' + s.value(u"url_or_name").toString() + u' '
                    + s.value(u"outcome").toString();
            if (s.value(u"kind").toString() == u"preset"
                && s.value(u"url_or_name").toString().contains(QLatin1String("MX")))
                presetByMx = s.value(u"outcome").toString() == u"found";
            if (s.value(u"url_or_name").toString() == u"_submissions._tcp.srv.test")
                srv = s.value(u"outcome").toString() == u"found";
        }
        QVERIFY2(presetByMx, qPrintable(lines.join(u'\n')));
        QVERIFY2(srv, qPrintable(lines.join(u'\n')));
        const QJsonObject best = json.value(u"recommended").toObject();
        QCOMPARE(best.value(u"host").toString(), QStringLiteral("smtp.office365.com"));
        QCOMPARE(best.value(u"port").toInt(), 587);
        bool srvCandidate = false;
        for (const QJsonValue &value : json.value(u"candidates").toArray())
            srvCandidate = srvCandidate
                || (value.toObject().value(u"host").toString() == u"submit.srv.test"
                    && value.toObject().value(u"source").toString() == u"srv");
        QVERIFY(srvCandidate);

        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray markdown = report.readAll();
        QVERIFY2(markdown.contains("anna@srv.test"), markdown.constData());
        QVERIFY2(markdown.contains("submissions") && markdown.contains("submit.srv.test"),
                 markdown.constData());
    }

    void domainWithoutDns()
    {
        // NSD knows nothing of missing.test: every DNS line says so, nothing hangs.
        QElapsedTimer clock;
        clock.start();
        const CliResult r
            = discover({QStringLiteral("anna@missing.test"), QStringLiteral("--json")}, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(clock.elapsed() < 40000);
        const QJsonObject json = r.json();
        QVERIFY(json.value(u"candidates").toArray().isEmpty());
        QVERIFY(json.value(u"recommended").isNull());
        for (const QJsonValue &value : json.value(u"sources").toArray()) {
            const QJsonObject s = value.toObject();
            if (s.value(u"kind").toString() == u"mx") {
                QCOMPARE(s.value(u"outcome").toString(), QStringLiteral("error"));
                QVERIFY(!s.value(u"detail").toString().isEmpty());
            }
            QVERIFY2(s.value(u"outcome").toString() != u"pending", qPrintable(r.describe()));
        }
    }

    void autoconfigFromLocalServer()
    {
        const CliResult r
            = discover({QStringLiteral("anna@good.test"), QStringLiteral("--json")}, true);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject best = r.json().value(u"recommended").toObject();
        QCOMPARE(best.value(u"host").toString(), QStringLiteral("smtp.good.test"));
        QCOMPARE(best.value(u"source").toString(), QStringLiteral("autoconfig"));
        QCOMPARE(best.value(u"user_name").toString(), QStringLiteral("anna"));
    }

    QJsonArray historyRuns()
    {
        CliProcess cli;
        const CliResult r = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
        if (!r.succeeded())
            qWarning("%s", qPrintable(r.describe()));
        return r.json().value(u"runs").toArray();
    }

    void probeRecommendsWhatWorks()
    {
        // Without --probe the sources decide: SSL/TLS first, on a port where nothing listens.
        const CliResult plain
            = discover({QStringLiteral("anna@loopback.test"), QStringLiteral("--json")}, true);
        QVERIFY2(plain.succeeded(), qPrintable(plain.describe()));
        QCOMPARE(plain.json().value(u"recommended").toObject().value(u"port").toInt(),
                 int(m_closedPort));
        QVERIFY(plain.json().value(u"probe").toArray().isEmpty());
        QVERIFY(!plain.json().contains(u"probe_total_ms"));
        const qsizetype runsBefore = historyRuns().size();

        const CliResult r
            = discover({QStringLiteral("anna@loopback.test"), QStringLiteral("--probe"),
                        QStringLiteral("--ports"), loopbackPorts(), QStringLiteral("--ca-file"),
                        m_peer.certificatePath(), QStringLiteral("--json")},
                       true);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();
        // The discovery fields are all still there.
        for (const char *key :
             {"address", "domain", "offline", "snapshot", "sources", "candidates", "recommended"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"candidates").toArray().size(), 3);
        const QJsonArray probe = json.value(u"probe").toArray();
        QCOMPARE(probe.size(), 3);
        const QList<std::pair<int, QString>> expected {
            {m_closedPort, QStringLiteral("refused")},
            {m_peer.smtpPort(), QStringLiteral("works")},
            {m_peer.tlsPort(), QStringLiteral("wrong_mode")}};
        for (qsizetype i = 0; i < probe.size(); ++i) {
            const QJsonObject row = probe.at(i).toObject();
            // The same shape as `sendcheck-cli probe --json`.
            for (const char *key : {"host", "port", "security", "source", "outcome", "connect_ms",
                                    "banner", "tls", "auth_mechanisms", "topic", "summary", "fix"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QCOMPARE(row.value(u"host").toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(row.value(u"port").toInt(), expected.at(i).first);
            QCOMPARE(row.value(u"outcome").toString(), expected.at(i).second);
            QCOMPARE(row.value(u"source").toString(), QStringLiteral("autoconfig"));
            QVERIFY(!row.value(u"topic").toString().isEmpty());
        }
        QVERIFY(probe.at(1)
                    .toObject()
                    .value(u"auth_mechanisms")
                    .toArray()
                    .contains(QStringLiteral("PLAIN")));
        QCOMPARE(probe.at(2).toObject().value(u"suggested_security").toString(),
                 QStringLiteral("tls"));
        // The probe's pick, not the sources': STARTTLS on the port that works.
        const QJsonObject best = json.value(u"recommended").toObject();
        QCOMPARE(best.value(u"port").toInt(), int(m_peer.smtpPort()));
        QCOMPARE(best.value(u"security").toString(), QStringLiteral("starttls"));
        QCOMPARE(best.value(u"source").toString(), QStringLiteral("autoconfig"));
        QCOMPARE(best.value(u"outcome").toString(), QStringLiteral("works"));
        QCOMPARE(best.value(u"user_name").toString(), QStringLiteral("anna@loopback.test"));
        QVERIFY2(best.value(u"reason").toString().contains(QStringLiteral("works from here")),
                 qPrintable(best.value(u"reason").toString()));
        QVERIFY(json.value(u"probe_total_ms").isDouble());

        // Kept in the history as a discovery run, with the server that works.
        const QJsonArray runs = historyRuns();
        QCOMPARE(runs.size(), runsBefore + 1);
        const QJsonObject run = runs.first().toObject();
        QCOMPARE(run.value(u"kind").toString(), QStringLiteral("discovery"));
        QCOMPARE(run.value(u"host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(run.value(u"port").toInt(), int(m_peer.smtpPort()));
        QVERIFY(run.value(u"ok").toBool());
        // Its report has the attempts.
        QTemporaryDir dir;
        CliProcess cli;
        const QString markdown = dir.filePath(QStringLiteral("run.md"));
        const CliResult written
            = cli.run({QStringLiteral("report"), QString::number(run.value(u"id").toInteger()),
                       QStringLiteral("--output"), markdown});
        QVERIFY2(written.succeeded(), qPrintable(written.describe()));
        QFile file(markdown);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(QStringLiteral("probe.%1.starttls").arg(m_peer.smtpPort()).toUtf8()),
                 text.constData());
        QVERIFY2(text.contains("discovery.autoconfig"), text.constData());
    }

    void probeText()
    {
        const qsizetype runsBefore = historyRuns().size();
        const CliResult r
            = discover({QStringLiteral("anna@loopback.test"), QStringLiteral("--probe"),
                        QStringLiteral("--ports"), loopbackPorts(), QStringLiteral("--ca-file"),
                        m_peer.certificatePath(), QStringLiteral("--no-history")},
                       true);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QString text = QString::fromUtf8(r.standardOutput);
        const QString works = QStringLiteral("127.0.0.1:%1 (STARTTLS)").arg(m_peer.smtpPort());
        // The recommended row is marked, each row says what the probe found.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\* %1 +autoconfig +recommended")
                                                      .arg(QRegularExpression::escape(works)))),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("works: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("refused: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("wrong_mode: ")), qPrintable(text));
        QVERIFY2(text.contains(works + QStringLiteral(" works from here")), qPrintable(text));
        // --no-history: not kept.
        QCOMPARE(historyRuns().size(), runsBefore);
    }

    void probeNothingWorks()
    {
        // The only server found refuses: exit 1, the sources' pick with why none worked.
        const CliResult r
            = discover({QStringLiteral("anna@closed.test"), QStringLiteral("--probe"),
                        QStringLiteral("--ports"), QStringLiteral("%1/tls").arg(m_closedPort),
                        QStringLiteral("--json")},
                       true);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = r.json();
        const QJsonArray probe = json.value(u"probe").toArray();
        QCOMPARE(probe.size(), 1);
        QCOMPARE(probe.first().toObject().value(u"outcome").toString(), QStringLiteral("refused"));
        const QJsonObject best = json.value(u"recommended").toObject();
        QCOMPARE(best.value(u"port").toInt(), int(m_closedPort));
        QCOMPARE(best.value(u"outcome").toString(), QStringLiteral("refused"));
        QVERIFY2(best.value(u"reason").toString().contains(QStringLiteral("No setting works")),
                 qPrintable(best.value(u"reason").toString()));
        QCOMPARE(historyRuns().first().toObject().value(u"ok").toBool(), false);
    }

    void probeFindsUnlistedPort()
    {
        // closed.test's only source lists a closed port; the practice server's plain port,
        // tried only because --ports names it, works: it becomes a candidate (source "probe")
        // and the recommendation.
        const QStringList arguments {
            QStringLiteral("anna@closed.test"),
            QStringLiteral("--probe"),
            QStringLiteral("--ports"),
            QStringLiteral("%1/tls,%2").arg(m_closedPort).arg(m_peer.smtpPort()),
            QStringLiteral("--ca-file"),
            m_peer.certificatePath(),
            QStringLiteral("--no-history")};
        const CliResult r = discover(arguments + QStringList {QStringLiteral("--json")}, true);
        QVERIFY2(r.succeeded(), qPrintable(r.describe()));
        const QJsonObject json = r.json();
        const QJsonArray probe = json.value(u"probe").toArray();
        QCOMPARE(probe.size(), 2);
        QCOMPARE(probe.at(0).toObject().value(u"port").toInt(), int(m_closedPort));
        QCOMPARE(probe.at(0).toObject().value(u"source").toString(), QStringLiteral("autoconfig"));
        QCOMPARE(probe.at(0).toObject().value(u"outcome").toString(), QStringLiteral("refused"));
        QCOMPARE(probe.at(1).toObject().value(u"port").toInt(), int(m_peer.smtpPort()));
        QCOMPARE(probe.at(1).toObject().value(u"security").toString(), QStringLiteral("starttls"));
        QCOMPARE(probe.at(1).toObject().value(u"source").toString(), QStringLiteral("probe"));
        QCOMPARE(probe.at(1).toObject().value(u"outcome").toString(), QStringLiteral("works"));
        const QJsonArray candidates = json.value(u"candidates").toArray();
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(0).toObject().value(u"source").toString(),
                 QStringLiteral("autoconfig"));
        const QJsonObject found = candidates.at(1).toObject();
        QCOMPARE(found.value(u"host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(found.value(u"port").toInt(), int(m_peer.smtpPort()));
        QCOMPARE(found.value(u"source").toString(), QStringLiteral("probe"));
        const QJsonObject best = json.value(u"recommended").toObject();
        QCOMPARE(best.value(u"port").toInt(), int(m_peer.smtpPort()));
        QCOMPARE(best.value(u"security").toString(), QStringLiteral("starttls"));
        QCOMPARE(best.value(u"source").toString(), QStringLiteral("probe"));
        QCOMPARE(best.value(u"outcome").toString(), QStringLiteral("works"));
        QVERIFY2(best.value(u"reason").toString().contains(QStringLiteral("works from here")),
                 qPrintable(best.value(u"reason").toString()));

        // The text shows it like the others, marked as recommended.
        const CliResult text = discover(arguments, true);
        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
        const QString out = QString::fromUtf8(text.standardOutput);
        const QString works = QStringLiteral("127.0.0.1:%1 (STARTTLS)").arg(m_peer.smtpPort());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\* %1 +probe +recommended")
                                                     .arg(QRegularExpression::escape(works)))),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("works: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("refused: ")), qPrintable(out));
    }

    void probeTriesUnlistedPortsAndSaysSo()
    {
        // A port tried on the host found that does not work either is listed after the servers.
        const CliResult r = discover({QStringLiteral("anna@closed.test"), QStringLiteral("--probe"),
                                      QStringLiteral("--ports"),
                                      QStringLiteral("%1/tls,%1/starttls").arg(m_closedPort),
                                      QStringLiteral("--no-history")},
                                     true);
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.standardOutput);
        QVERIFY2(out.contains(QLatin1String("Also tried on the hosts found")), qPrintable(out));
        QVERIFY2(
            out.contains(QRegularExpression(
                QStringLiteral("127\\.0\\.0\\.1:%1 \\(STARTTLS\\) +refused: ").arg(m_closedPort))),
            qPrintable(out));
    }

    void portsUsage()
    {
        // --ports only means something with --probe.
        const CliResult r = discover({QStringLiteral("anna@gmail.com"), QStringLiteral("--offline"),
                                      QStringLiteral("--ports"), QStringLiteral("587")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.standardOutput.isEmpty());
        QVERIFY2(r.standardError.contains("--ports belongs with --probe"),
                 r.standardError.constData());
        // The same syntax and checks as probe --ports; nothing is asked before the list is good.
        for (const QString &bad :
             {QStringLiteral("70000"), QStringLiteral("587/plain"), QStringLiteral(",")}) {
            const CliResult wrong
                = discover({QStringLiteral("anna@loopback.test"), QStringLiteral("--probe"),
                            QStringLiteral("--ports"), bad, QStringLiteral("--no-history")},
                           true);
            QCOMPARE(wrong.exitCode, 2);
            QVERIFY(wrong.standardOutput.isEmpty());
            QVERIFY2(wrong.standardError.startsWith("--ports: "), wrong.standardError.constData());
        }
    }

    void probeUsage()
    {
        // --ca-file only means something with --probe.
        const CliResult r = discover({QStringLiteral("anna@gmail.com"), QStringLiteral("--offline"),
                                      QStringLiteral("--ca-file"), m_peer.certificatePath()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.standardError.contains("--probe"), r.standardError.constData());
        // --offline promises to ask nobody; the probe connects to every server.
        const CliResult both = discover({QStringLiteral("anna@gmail.com"),
                                         QStringLiteral("--offline"), QStringLiteral("--probe")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.standardOutput.isEmpty());
        QVERIFY2(both.standardError.contains("--offline"), both.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDiscover)
#include "tst_cli_discover.moc"
