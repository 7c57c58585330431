// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli probe HOST --ports LIST --json|--report`: the JSON shape of issue 24, the
// table, the exit codes and the usage errors, against the practice server as its own process.
#include "../cli/practicepeer.h"
#include "cliprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCliProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_peer.start(), qPrintable(m_peer.failureReport()));
        // Listening but never accepting in code: the kernel completes the connection and
        // nothing is ever said (this process is blocked while the CLI runs).
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closed.serverPort();
    }

    void json()
    {
        const QString ports = QStringLiteral("%1/tls,%2/starttls,%1/starttls,%2/tls,%3,%4")
                                  .arg(m_peer.tlsPort())
                                  .arg(m_peer.smtpPort())
                                  .arg(m_silent.serverPort())
                                  .arg(m_closedPort);
        TestSupport::CliProcess cli;
        const TestSupport::CliResult run = cli.run(
            {QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), ports,
             QStringLiteral("--ca-file"), m_peer.certificatePath(), QStringLiteral("--timeout"),
             QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QString error;
        const QJsonObject json = run.json(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(json.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        const QJsonArray probe = json.value(QStringLiteral("probe")).toArray();
        QCOMPARE(probe.size(), 6);
        const QStringList outcomes {"works",      "works",     "wrong_mode",
                                    "wrong_mode", "no_answer", "refused"};
        const QStringList allowed {"works",       "refused",      "no_answer", "wrong_mode",
                                   "certificate", "interception", "error"};
        for (qsizetype i = 0; i < probe.size(); ++i) {
            const QJsonObject row = probe[i].toObject();
            for (const char *key : {"host", "port", "security", "outcome", "connect_ms", "banner",
                                    "tls", "auth_mechanisms", "topic"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(allowed.contains(row.value(QStringLiteral("outcome")).toString()));
            QCOMPARE(row.value(QStringLiteral("outcome")).toString(), outcomes[i]);
            QVERIFY(row.value(QStringLiteral("tls")).isObject());
            QVERIFY(row.value(QStringLiteral("auth_mechanisms")).isArray());
            QVERIFY(!row.value(QStringLiteral("topic")).toString().isEmpty());
        }
        const QJsonObject works = probe[0].toObject();
        QCOMPARE(works.value(QStringLiteral("port")).toInt(), int(m_peer.tlsPort()));
        QCOMPARE(works.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        QVERIFY(works.value(QStringLiteral("banner")).toString().startsWith(QLatin1String("220")));
        QVERIFY(works.value(QStringLiteral("connect_ms")).isDouble());
        QVERIFY(works.value(QStringLiteral("tls"))
                    .toObject()
                    .value(QStringLiteral("verified"))
                    .toBool());
        QVERIFY(works.value(QStringLiteral("auth_mechanisms"))
                    .toArray()
                    .contains(QStringLiteral("PLAIN")));
        QCOMPARE(probe[2].toObject().value(QStringLiteral("suggested_security")).toString(),
                 QStringLiteral("tls"));
        QCOMPARE(probe[3].toObject().value(QStringLiteral("suggested_security")).toString(),
                 QStringLiteral("starttls"));
        QVERIFY(probe[5].toObject().value(QStringLiteral("connect_ms")).isNull());

        const QJsonObject recommended = json.value(QStringLiteral("recommended")).toObject();
        QCOMPARE(recommended.value(QStringLiteral("port")).toInt(), int(m_peer.tlsPort()));
        QCOMPARE(recommended.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
        QVERIFY(!recommended.value(QStringLiteral("reason")).toString().isEmpty());
    }

    void tableAndReport()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("probe.md"));
        TestSupport::CliProcess cli;
        cli.setEnvironmentVariable(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const TestSupport::CliResult run = cli.run(
            {QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
             QStringLiteral("%1/starttls,%2").arg(m_peer.smtpPort()).arg(m_closedPort),
             QStringLiteral("--ca-file"), m_peer.certificatePath(), QStringLiteral("--report"),
             report});
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        const QString text = QString::fromUtf8(run.standardOutput);
        QVERIFY2(text.contains(QLatin1String("recommended")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("refused")));
        QVERIFY(text.contains(QLatin1String("net.connection_refused")));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(QLatin1String("## Port probe")));
        QVERIFY(markdown.contains(QStringLiteral("probe.%1.starttls").arg(m_peer.smtpPort())));
        QVERIFY(markdown.contains(QLatin1String("probe.works")));
    }

    void nothingWorks()
    {
        TestSupport::CliProcess cli;
        const TestSupport::CliResult run = cli.run(
            {QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
             QString::number(m_closedPort), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.json().value(QStringLiteral("recommended")).isNull());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no host") << QStringList {};
        QTest::newRow("two hosts") << QStringList {"a.example", "b.example"};
        QTest::newRow("bad port") << QStringList {"a.example", "--ports", "smtp"};
        QTest::newRow("bad mode") << QStringList {"a.example", "--ports", "25/none"};
        QTest::newRow("bad timeout") << QStringList {"a.example", "--timeout", "0"};
        QTest::newRow("missing CA") << QStringList {"a.example", "--ca-file", "/nonexistent.pem"};
        QTest::newRow("report format") << QStringList {"a.example", "--report", "/tmp/x.txt"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        TestSupport::CliProcess cli;
        const TestSupport::CliResult run
            = cli.run(QStringList {QStringLiteral("probe")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardOutput.isEmpty());
        QVERIFY(!run.standardError.isEmpty());
    }

    void keptInHistory()
    {
        const auto runs = [] {
            TestSupport::CliProcess cli;
            const TestSupport::CliResult run
                = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
            return run.json().value(QStringLiteral("runs")).toArray();
        };
        const qsizetype before = runs().size();
        TestSupport::CliProcess cli;
        const TestSupport::CliResult run = cli.run(
            {QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
             QStringLiteral("%1/tls,%2").arg(m_peer.tlsPort()).arg(m_closedPort),
             QStringLiteral("--ca-file"), m_peer.certificatePath()});
        QVERIFY2(run.succeeded(), qPrintable(run.describe()));
        QJsonArray after = runs();
        QCOMPARE(after.size(), before + 1);
        const QJsonObject newest = after.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("probe"));
        QCOMPARE(newest.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(newest.value(QStringLiteral("port")).toInt(), int(m_peer.tlsPort()));
        QVERIFY(newest.value(QStringLiteral("ok")).toBool());

        // The list says which kind each run was.
        TestSupport::CliProcess list;
        list.setEnvironmentVariable(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const TestSupport::CliResult text = list.run({QStringLiteral("history")});
        QVERIFY2(text.succeeded(), qPrintable(text.describe()));
        const QString table = QString::fromUtf8(text.standardOutput);
        QVERIFY2(table.contains(QRegularExpression(
                     QStringLiteral("\\n +%1 .* probe +\\(not saved\\) +127\\.0\\.0\\.1:%2 +ok")
                         .arg(newest.value(QStringLiteral("id")).toInteger())
                         .arg(m_peer.tlsPort()))),
                 qPrintable(table));

        // A failed probe is kept as failed, with its topic; --no-history and
        // SENDCHECK_NO_HISTORY keep nothing.
        const TestSupport::CliResult failed
            = cli.run({QStringLiteral("probe"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--ports"), QString::number(m_closedPort)});
        QCOMPARE(failed.exitCode, 1);
        after = runs();
        QCOMPARE(after.size(), before + 2);
        QCOMPARE(after.first().toObject().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!after.first().toObject().value(QStringLiteral("topic")).toString().isEmpty());
        const TestSupport::CliResult unkept = cli.run(
            {QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
             QString::number(m_closedPort), QStringLiteral("--no-history")});
        QCOMPARE(unkept.exitCode, 1);
        TestSupport::CliProcess quiet;
        quiet.setEnvironmentVariable(QStringLiteral("SENDCHECK_NO_HISTORY"), QStringLiteral("1"));
        QCOMPARE(quiet
                     .run({QStringLiteral("probe"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--ports"), QString::number(m_closedPort)})
                     .exitCode,
                 1);
        QCOMPARE(runs().size(), before + 2);
    }

private:
    PracticePeer m_peer;
    QTcpServer m_silent;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
