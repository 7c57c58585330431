// SPDX-License-Identifier: GPL-3.0-or-later
// The port probe against practice servers on several loopback ports: STARTTLS, implicit TLS,
// each reached in the wrong mode, a listener that never speaks, a closed port, certificate
// problems, and a TLS-intercepting relay whose certificate names Avast's scanning root.
#include "interceptioncertificates.h"
#include "testcertificates.h"
#include "tlsrelay.h"

#include "diagnosis/diagnosiscatalog.h"
#include "diagnosis/topicids.h"
#include "practice/practiceserver.h"
#include "probe/portprobe.h"
#include "probe/tlsinterception.h"
#include "report/probereport.h"
#include "report/reportoutline.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>

using namespace Sendcheck;
using namespace std::chrono_literals;
using TestSupport::TestCertificates;

namespace {

const QString loopback = QStringLiteral("127.0.0.1");

ProbeCandidate candidate(quint16 port, Security security)
{
    return {loopback, port, security, QStringLiteral("user")};
}

} // namespace

class TestPortProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_practice.setCertificateDirectory(m_dir.path());
        QVERIFY2(m_practice.start(QHostAddress::LocalHost, 0, 0),
                 qPrintable(m_practice.errorString()));
        connect(&m_practice, &PracticeServer::sessionLine, this,
                [this](quint64 session, Direction direction, const QString &text) {
                    if (direction != Direction::Client)
                        return;
                    // A TLS ClientHello sent to the plain port (a TLS record starts with byte
                    // 0x16) is no command, and neither is any piece of it the server cut at a
                    // line feed: its random bytes may spell anything.
                    if (text.startsWith(QChar(0x16)))
                        m_helloSessions.insert(session);
                    if (!m_helloSessions.contains(session))
                        m_clientLines << text;
                });
        m_practiceCa = QSslCertificate::fromPath(m_practice.certificate().certificatePath());
        QCOMPARE(m_practiceCa.size(), 1);

        // Accepts connections and never says a word.
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        connect(&m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_silent.nextPendingConnection())
                m_silentSockets << socket;
        });
        // A port where nothing listens: bound, then released.
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            m_closedPort = closed.serverPort();
        }

        QVERIFY2(m_avast.isValid(), qPrintable(m_avast.errorString()));
        m_interceptor
            = std::make_unique<TlsRelay>(m_avast.chain(), m_avast.key(), m_practice.tlsPort());
        QVERIFY(m_interceptor->listen(QHostAddress::LocalHost, 0));

        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.errorString()));
        m_wrongName = std::make_unique<TlsRelay>(m_certs.chain(TestCertificates::Kind::WrongName),
                                                 m_certs.key(TestCertificates::Kind::WrongName),
                                                 m_practice.tlsPort());
        QVERIFY(m_wrongName->listen(QHostAddress::LocalHost, 0));
    }

    void parsePorts_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("expected"); // "port/mode ..." or "error"
        QTest::newRow("bare") << "465,587"
                              << "465/tls 587/starttls";
        QTest::newRow("modes") << "465/tls, 587/starttls,25"
                               << "465/tls 587/starttls 25/starttls";
        QTest::newRow("override") << "465/starttls,2525/tls"
                                  << "465/starttls 2525/tls";
        QTest::newRow("repeat") << "587,587/starttls"
                                << "587/starttls";
        QTest::newRow("not a number") << "smtp"
                                      << "error";
        QTest::newRow("zero") << "0"
                              << "error";
        QTest::newRow("too big") << "65536"
                                 << "error";
        QTest::newRow("plain") << "25/none"
                               << "error";
        QTest::newRow("unknown mode") << "25/ssl3"
                                      << "error";
        QTest::newRow("empty") << ","
                               << "error";
    }

    void parsePorts()
    {
        QFETCH(QString, list);
        QFETCH(QString, expected);
        QString error;
        const auto parsed = PortProbe::parsePorts(QStringLiteral("mail.example.com"), list, &error);
        if (expected == QLatin1String("error")) {
            QVERIFY(!parsed);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QStringList got;
        for (const ProbeCandidate &c : *parsed) {
            QCOMPARE(c.host, QStringLiteral("mail.example.com"));
            got << QStringLiteral("%1/%2").arg(c.port).arg(securityName(c.security));
        }
        QCOMPARE(got.join(u' '), expected);
    }

    void defaultCandidates()
    {
        const auto list = PortProbe::defaultCandidates(QStringLiteral("smtp.example.com"));
        QCOMPARE(list.size(), 4);
        QCOMPARE(list[0],
                 (ProbeCandidate {QStringLiteral("smtp.example.com"), 465, Security::ImplicitTls,
                                  QString()}));
        QCOMPARE(list[1].port, quint16(587));
        QCOMPARE(list[1].security, Security::StartTls);
        QCOMPARE(list[2].port, quint16(25));
        QCOMPARE(list[3].port, quint16(2525));
    }

    // Every kind of port at once; the attempts overlap in time and each is classified.
    void everyOutcomeSideBySide()
    {
        m_clientLines.clear();
        m_helloSessions.clear();
        const QList<ProbeCandidate> candidates {
            candidate(m_practice.smtpPort(), Security::StartTls), // 0 works (STARTTLS)
            candidate(m_practice.tlsPort(), Security::ImplicitTls), // 1 works (implicit TLS)
            candidate(m_practice.tlsPort(), Security::StartTls), // 2 TLS port, plain client
            candidate(m_practice.smtpPort(), Security::ImplicitTls), // 3 plain port, TLS client
            candidate(m_silent.serverPort(), Security::StartTls), // 4 never speaks
            candidate(m_closedPort, Security::StartTls), // 5 nothing listens
            candidate(m_interceptor->serverPort(), Security::ImplicitTls), // 6 intercepted
            candidate(m_silent.serverPort(), Security::ImplicitTls), // 7 never speaks, TLS
        };
        PortProbe probe;
        probe.setCandidates(candidates);
        ProbeOptions options;
        options.timeout = 3s;
        options.extraCaCertificates = m_practiceCa;
        probe.setOptions(options);
        QSignalSpy started(&probe, &PortProbe::attemptStarted);
        QSignalSpy rows(&probe, &PortProbe::attemptFinished);
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start();
        QCOMPARE(started.size(), candidates.size()); // all started at once
        QVERIFY(done.wait(20000));
        QCOMPARE(rows.size(), candidates.size());
        const PortProbeResult result = probe.result();
        QCOMPARE(result.attempts.size(), candidates.size());
        for (qsizetype i = 0; i < candidates.size(); ++i)
            QCOMPARE(result.attempts[i].candidate, candidates[i]);

        const auto &starttls = result.attempts[0];
        QCOMPARE(starttls.outcome, ProbeOutcome::Works);
        QCOMPARE(starttls.topic, QString(Topic::ProbeWorks));
        QVERIFY(starttls.banner.startsWith(QLatin1String("220 ")));
        QVERIFY(starttls.tls.used);
        QVERIFY(starttls.tls.verified);
        QVERIFY(starttls.tls.protocol.startsWith(QLatin1String("TLS 1.")));
        QVERIFY(!starttls.tls.cipher.isEmpty());
        QCOMPARE(starttls.tls.chain.size(), 1);
        QVERIFY(starttls.authMechanisms.contains(QStringLiteral("PLAIN")));
        QVERIFY(starttls.sizeLimit.has_value());
        QCOMPARE(*starttls.sizeLimit, m_practice.settings().maxMessageSize);
        // Inside TLS, STARTTLS is offered no more: these are the capabilities after TLS.
        QVERIFY(!starttls.capabilities.contains(QStringLiteral("STARTTLS")));
        QVERIFY(starttls.connectMs >= 0);

        const auto &implicit = result.attempts[1];
        QCOMPARE(implicit.outcome, ProbeOutcome::Works);
        QVERIFY(implicit.tls.verified);
        QVERIFY(implicit.banner.startsWith(QLatin1String("220 ")));
        QVERIFY(!implicit.authMechanisms.isEmpty());

        const auto &tlsPortPlain = result.attempts[2];
        QCOMPARE(tlsPortPlain.outcome, ProbeOutcome::WrongMode);
        QCOMPARE(tlsPortPlain.topic, QString(Topic::NetSecurityModeMismatch));
        QCOMPARE(tlsPortPlain.suggestedSecurity, std::optional(Security::ImplicitTls));
        QVERIFY(!tlsPortPlain.fix().isEmpty());

        const auto &plainPortTls = result.attempts[3];
        QCOMPARE(plainPortTls.outcome, ProbeOutcome::WrongMode);
        QCOMPARE(plainPortTls.topic, QString(Topic::NetSecurityModeMismatch));
        QCOMPARE(plainPortTls.suggestedSecurity, std::optional(Security::StartTls));
        // In the Security list's words ("TLS from the start"), never "SSL/TLS" (issue 23).
        QVERIFY2(tlsPortPlain.summary().contains(QLatin1String("TLS from the start, not STARTTLS")),
                 qPrintable(tlsPortPlain.summary()));
        QVERIFY2(tlsPortPlain.fix().startsWith(QLatin1String("Choose TLS from the start (not")),
                 qPrintable(tlsPortPlain.fix()));
        QVERIFY2(plainPortTls.summary().endsWith(QLatin1String("not TLS from the start")),
                 qPrintable(plainPortTls.summary()));
        QVERIFY2(plainPortTls.fix().contains(QLatin1String("(not TLS from the start)")),
                 qPrintable(plainPortTls.fix()));

        const auto &silent = result.attempts[4];
        QCOMPARE(silent.outcome, ProbeOutcome::NoAnswer);
        QCOMPARE(silent.topic, QString(Topic::NetTimeout));
        QVERIFY(silent.connectMs >= 0); // connected, then nothing
        QVERIFY(silent.banner.isEmpty());

        const auto &silentTls = result.attempts[7];
        QCOMPARE(silentTls.outcome, ProbeOutcome::NoAnswer);
        QCOMPARE(silentTls.topic, QString(Topic::NetTimeout));
        QVERIFY(silentTls.connectMs >= 0);
        QVERIFY(!silentTls.tls.used); // no certificate ever came

        const auto &closed = result.attempts[5];
        QCOMPARE(closed.outcome, ProbeOutcome::Refused);
        QCOMPARE(closed.topic, QString(Topic::NetConnectionRefused));
        QCOMPARE(closed.connectMs, -1);

        const auto &intercepted = result.attempts[6];
        QCOMPARE(intercepted.outcome, ProbeOutcome::Interception);
        QCOMPARE(intercepted.topic, QString(Topic::TlsInterception));
        QVERIFY2(intercepted.interceptionProduct.contains(QLatin1String("Avast")),
                 qPrintable(intercepted.interceptionProduct));
        QVERIFY(intercepted.interceptionIssuer.contains(QLatin1String("Avast Web/Mail Shield")));
        QVERIFY(!intercepted.interceptionSource.isEmpty());
        QVERIFY(!intercepted.tls.chain.isEmpty());
        QVERIFY(intercepted.banner.isEmpty()); // nothing is read through an interceptor

        // Side by side: every attempt had started before the first one ended, and the silent
        // one, which ran to its time limit, was still running when each of the others ended.
        qint64 lastStart = 0, firstEnd = std::numeric_limits<qint64>::max();
        for (const auto &attempt : result.attempts) {
            QVERIFY(attempt.startedMs <= attempt.finishedMs);
            lastStart = std::max(lastStart, attempt.startedMs);
            firstEnd = std::min(firstEnd, attempt.finishedMs);
        }
        QVERIFY2(lastStart <= firstEnd,
                 qPrintable(QStringLiteral("%1 > %2").arg(lastStart).arg(firstEnd)));
        for (const auto &attempt : result.attempts) {
            if (&attempt != &silent && &attempt != &silentTls)
                QVERIFY(attempt.finishedMs <= std::min(silent.finishedMs, silentTls.finishedMs));
        }
        // The whole probe is its slowest attempt, not the sum of them.
        const auto slowest = std::max_element(
            result.attempts.cbegin(), result.attempts.cend(),
            [](const auto &a, const auto &b) { return a.finishedMs < b.finishedMs; });
        QVERIFY(result.totalMs >= slowest->finishedMs);
        qint64 sum = 0;
        for (const auto &attempt : result.attempts)
            sum += attempt.finishedMs - attempt.startedMs;
        QVERIFY(slowest->finishedMs - lastStart < sum);

        // The recommendation: implicit TLS before STARTTLS.
        QVERIFY(result.recommended);
        QCOMPARE(*result.recommended, 1);
        QVERIFY2(result.reason.startsWith(QLatin1String("TLS from the start on port")),
                 qPrintable(result.reason));

        // Never a credential, a sender or a message: only EHLO, STARTTLS and QUIT went out.
        QVERIFY(!m_clientLines.isEmpty());
        for (const QString &line : std::as_const(m_clientLines)) {
            if (line.isEmpty())
                continue;
            const QString verb = line.section(u' ', 0, 0).toUpper();
            QVERIFY2(verb == QLatin1String("EHLO") || verb == QLatin1String("STARTTLS")
                         || verb == QLatin1String("QUIT"),
                     qPrintable(line));
        }

        // JSON: the shape of `sendcheck-cli probe --json`.
        const QJsonObject json = result.toJson();
        const QJsonArray rowsJson = json.value(QStringLiteral("probe")).toArray();
        QCOMPARE(rowsJson.size(), candidates.size());
        const QStringList outcomes {"works",     "works",   "wrong_mode",   "wrong_mode",
                                    "no_answer", "refused", "interception", "no_answer"};
        for (qsizetype i = 0; i < rowsJson.size(); ++i) {
            const QJsonObject row = rowsJson[i].toObject();
            QCOMPARE(row.value(QStringLiteral("outcome")).toString(), outcomes[i]);
            for (const char *key : {"host", "port", "security", "outcome", "connect_ms", "banner",
                                    "tls", "auth_mechanisms", "topic"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        const QJsonObject recommended = json.value(QStringLiteral("recommended")).toObject();
        QCOMPARE(recommended.value(QStringLiteral("port")).toInt(), int(m_practice.tlsPort()));
        QCOMPARE(recommended.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    }

    // Without the practice CA, the self-signed certificate does not verify; a certificate for
    // another name does not either, even from a trusted CA.
    void certificateProblems()
    {
        PortProbe probe;
        probe.setCandidates({candidate(m_practice.tlsPort(), Security::ImplicitTls),
                             candidate(m_practice.smtpPort(), Security::StartTls),
                             candidate(m_wrongName->serverPort(), Security::ImplicitTls)});
        ProbeOptions options;
        options.timeout = 5s;
        options.extraCaCertificates = {m_certs.caCertificate()};
        probe.setOptions(options);
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start();
        QVERIFY(done.wait(20000));
        const PortProbeResult &result = probe.result();
        for (qsizetype i = 0; i < 2; ++i) {
            const auto &attempt = result.attempts[i];
            QCOMPARE(attempt.outcome, ProbeOutcome::Certificate);
            QCOMPARE(attempt.topic, QString(Topic::TlsCertificateUntrusted));
            QVERIFY(!attempt.tls.verified);
            QVERIFY(!attempt.tls.errors.isEmpty());
            QCOMPARE(attempt.tls.chain.size(), 1); // the certificate is shown all the same
            QVERIFY(attempt.authMechanisms.isEmpty()); // nothing sent over an unverified link
        }
        const auto &wrongName = result.attempts[2];
        QCOMPARE(wrongName.outcome, ProbeOutcome::Certificate);
        QCOMPARE(wrongName.topic, QString(Topic::TlsCertificateNameMismatch));
        QVERIFY(!result.recommended);
        QVERIFY(!result.reason.isEmpty());
    }

    // A pinned fingerprint lets the self-signed certificate through, as in a send.
    void pinnedCertificateWorks()
    {
        PortProbe probe;
        probe.setCandidates({candidate(m_practice.tlsPort(), Security::ImplicitTls)});
        ProbeOptions options;
        options.timeout = 5s;
        options.pinnedSha256 = {normalizeFingerprint(m_practice.certificateFingerprint())};
        probe.setOptions(options);
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start();
        QVERIFY(done.wait(20000));
        const auto &attempt = probe.result().attempts.first();
        QCOMPARE(attempt.outcome, ProbeOutcome::Works);
        QVERIFY(attempt.tls.pinned);
    }

    // The antivirus CA trusted (as the product installs it in the system store): the
    // certificate verifies, and it is still interception.
    void interceptionWithTrustedRoot()
    {
        PortProbe probe;
        probe.setCandidates({candidate(m_interceptor->serverPort(), Security::ImplicitTls)});
        ProbeOptions options;
        options.timeout = 5s;
        options.extraCaCertificates = {m_avast.caCertificate()};
        probe.setOptions(options);
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start();
        QVERIFY(done.wait(20000));
        const auto &attempt = probe.result().attempts.first();
        QCOMPARE(attempt.outcome, ProbeOutcome::Interception);
        QVERIFY(attempt.tls.verified);
        QVERIFY(!probe.result().recommended);
        QVERIFY(probe.result().reason.contains(QLatin1String("interception")));
    }

    void interceptionList()
    {
        const TlsInterception &list = TlsInterception::builtIn();
        QStringList ids;
        for (const auto &product : list.products()) {
            QVERIFY2(!product.source.isEmpty(), qPrintable(product.id));
            ids << product.id;
        }
        for (const char *id : {"avast", "avg", "kaspersky", "eset", "bitdefender", "fortinet",
                               "zscaler", "sophos", "paloalto"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        const auto match = list.match({m_avast.caCertificate()});
        QVERIFY(match);
        QCOMPARE(match->productId, QStringLiteral("avast"));
        QVERIFY(!list.match(m_practiceCa));
        QVERIFY(!list.match({m_certs.caCertificate()}));
        QString error;
        QVERIFY(TlsInterception::fromJson("{\"products\":[{\"id\":\"x\",\"name\":\"X\","
                                          "\"patterns\":[\"(\"]}]}",
                                          &error)
                    .products()
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void recommendation_data()
    {
        QTest::addColumn<QStringList>("rows"); // "port/mode/outcome[/noauth]"
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("465 first") << QStringList {"587/starttls/works", "465/tls/works"} << 1;
        QTest::newRow("587 next") << QStringList {"465/tls/no_answer", "2525/starttls/works",
                                                  "587/starttls/works", "25/starttls/works"}
                                  << 2;
        QTest::newRow("intercepted 465")
            << QStringList {"465/tls/interception", "587/starttls/works"} << 1;
        QTest::newRow("sign-in first")
            << QStringList {"465/tls/works/noauth", "587/starttls/works"} << 1;
        QTest::newRow("25 last") << QStringList {"25/starttls/works", "2525/starttls/works"} << 1;
        QTest::newRow("none") << QStringList {"465/tls/wrong_mode", "587/starttls/certificate"}
                              << -1;
    }

    void recommendation()
    {
        QFETCH(QStringList, rows);
        QFETCH(int, expected);
        PortProbeResult result;
        for (const QString &row : rows) {
            const QStringList parts = row.split(u'/');
            ProbeAttemptResult attempt;
            attempt.candidate = {QStringLiteral("mail.example.com"), parts[0].toUShort(),
                                 *securityFromName(parts[1]), QString()};
            attempt.outcome = *probeOutcomeFromName(parts[2]);
            if (parts.size() < 4)
                attempt.authMechanisms = {QStringLiteral("PLAIN")};
            attempt.connectMs = 5;
            result.attempts << attempt;
        }
        result.recommend();
        QCOMPARE(result.recommended ? int(*result.recommended) : -1, expected);
        QVERIFY(!result.reason.isEmpty());
    }

    // The report of a probe: kind "probe", one check per attempt, a "Port probe" section, and
    // the same after a round trip through its JSON.
    void report()
    {
        PortProbeResult result;
        ProbeAttemptResult works;
        works.candidate
            = {QStringLiteral("mail.example.com"), 465, Security::ImplicitTls, QString()};
        works.outcome = ProbeOutcome::Works;
        works.topic = QString(Topic::ProbeWorks);
        works.authMechanisms = {QStringLiteral("PLAIN")};
        works.banner = QStringLiteral("220 mail.example.com ESMTP");
        works.connectMs = 12;
        ProbeAttemptResult blocked;
        blocked.candidate = {QStringLiteral("mail.example.com"), 25, Security::StartTls, QString()};
        blocked.outcome = ProbeOutcome::NoAnswer;
        blocked.topic = QString(Topic::NetTimeout);
        blocked.detail = QStringLiteral("No connection within 10 s.");
        result.attempts = {works, blocked};
        result.recommend();
        Profile profile;
        profile.host = QStringLiteral("mail.example.com");
        const Report made = ProbeReport::make(result, profile);
        QCOMPARE(made.kind, Report::Kind::Probe);
        QVERIFY(made.ok);
        QCOMPARE(made.profile.port, quint16(465));
        QCOMPARE(made.checks.size(), 2);
        QCOMPARE(made.checks[0].id, QStringLiteral("probe.465.tls"));
        QCOMPARE(made.checks[0].status, ReportCheck::Status::Pass);
        QCOMPARE(made.checks[1].id, QStringLiteral("probe.25.starttls"));
        QVERIFY(!made.checks[1].fix.isEmpty()); // port 25 blocked: use 465 or 587
        QString error;
        const auto back = Report::fromJson(made.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->checks, made.checks);
        const ReportOutline outline = ReportOutline::of(*back);
        QVERIFY(std::any_of(outline.sections.cbegin(), outline.sections.cend(),
                            [](const ReportSection &section) {
                                return section.title == QLatin1String("Port probe");
                            }));
        QVERIFY(outline.title.contains(QLatin1String("mail.example.com")));
    }

    void topicsExplained()
    {
        for (const auto id : {Topic::ProbeWorks, Topic::TlsInterception}) {
            const TopicEntry *entry = DiagnosisCatalog::topic(id);
            QVERIFY(entry);
            QVERIFY(!entry->summary.isEmpty());
            QVERIFY(!entry->fixes.isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
    PracticeServer m_practice;
    QList<QSslCertificate> m_practiceCa;
    QTcpServer m_silent;
    QList<QTcpSocket *> m_silentSockets;
    quint16 m_closedPort = 0;
    InterceptionCertificates m_avast;
    TestCertificates m_certs;
    std::unique_ptr<TlsRelay> m_interceptor;
    std::unique_ptr<TlsRelay> m_wrongName;
    QStringList m_clientLines;
    QSet<quint64> m_helloSessions;
};

QTEST_GUILESS_MAIN(TestPortProbe)
#include "tst_portprobe.moc"
