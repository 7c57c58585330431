// SPDX-License-Identifier: GPL-3.0-or-later
// The transport policy records on their own: the MTA-STS TXT record and policy file (RFC 8461)
// with its mx patterns, the TLS-RPT record (RFC 8460), BIMI, and what a TLSA record's usage,
// selector and matching type mean for SMTP (RFC 7672); and DomainCheck with a policy from
// memory, so the DNSSEC rule for DANE is seen with every status.
#include "dns/memorydnsresolver.h"
#include "domain/bimirecord.h"
#include "domain/danetlsa.h"
#include "domain/domaincheck.h"
#include "domain/httpspolicyfetcher.h"
#include "domain/memorypolicyfetcher.h"
#include "domain/mtastspolicy.h"
#include "domain/mtastsrecord.h"
#include "domain/tlsrptrecord.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Sendcheck;

class TestTransportPolicies : public QObject
{
    Q_OBJECT

    static DomainCheckResult run(MemoryDnsResolver &dns, PolicyFetcher *fetcher,
                                 quint16 smtpPort = 25)
    {
        DomainCheck check(&dns);
        check.setPolicyFetcher(fetcher);
        QSignalSpy finished(&check, &DomainCheck::finished);
        DomainCheckRequest request;
        request.domain = QStringLiteral("example.com");
        request.smtpPort = smtpPort;
        check.start(request);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<DomainCheckResult>();
    }

private Q_SLOTS:
    void mtaStsRecord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "v=STSv1; id=20250101T000000"
                               << "20250101T000000" << true;
        QTest::newRow("extension") << "v=STSv1; id=abc; ext=1"
                                   << "abc" << true;
        QTest::newRow("no id") << "v=STSv1;"
                               << "" << false;
        QTest::newRow("id with dash") << "v=STSv1; id=2025-01-01"
                                      << "" << false;
        QTest::newRow("id too long") << "v=STSv1; id=123456789012345678901234567890123"
                                     << "" << false;
        QTest::newRow("not first") << "id=1; v=STSv1"
                                   << "" << false;
    }
    void mtaStsRecord()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const MtaStsRecord record = MtaStsRecord::parse(text);
        QCOMPARE(record.isValid(), valid);
        QCOMPARE(record.id, id);
        QVERIFY(MtaStsRecord::looksLikeRecord("v=STSv1; id=1"));
        QVERIFY(!MtaStsRecord::looksLikeRecord("v=STSv10; id=1"));
        QVERIFY(!MtaStsRecord::looksLikeRecord("v=spf1 -all"));
    }

    void mxPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "mail.example.com"
                               << "mail.example.com" << true;
        QTest::newRow("case") << "MAIL.example.com"
                              << "mail.EXAMPLE.com." << true;
        QTest::newRow("wildcard one label") << "*.example.com"
                                            << "mx1.example.com" << true;
        QTest::newRow("wildcard not two labels") << "*.example.com"
                                                 << "a.b.example.com" << false;
        QTest::newRow("wildcard not the parent") << "*.example.com"
                                                 << "example.com" << false;
        QTest::newRow("other host") << "mail.example.com"
                                    << "mx.example.com" << false;
        QTest::newRow("suffix is not a match") << "example.com"
                                               << "badexample.com" << false;
    }
    void mxPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(MtaStsPolicy::mxMatches(pattern, host), matches);
    }

    void policyFile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("mxCount");
        QTest::addColumn<QString>("message");
        QTest::newRow("enforce crlf")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\n"
                          "mx: *.example.net\r\nmax_age: 604800\r\n")
            << true << "enforce" << 2 << "";
        QTest::newRow("testing lf, unknown key ignored")
            << QByteArray("version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 86400\n"
                          "future: yes\n")
            << true << "testing" << 1 << "";
        QTest::newRow("none without mx")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 86400\n") << true << "none" << 0
            << "";
        QTest::newRow("html") << QByteArray("<html><body>Hello</body></html>") << false << "" << 0
                              << "no \"version: STSv1\" line";
        QTest::newRow("bad mode") << QByteArray(
            "version: STSv1\nmode: strict\nmx: a.example.com\nmax_age: 60\n")
                                  << false << "" << 1 << "is not enforce, testing or none";
        QTest::newRow("max_age over a year")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.example.com\nmax_age: 31557601\n")
            << false << "enforce" << 1 << "more than the 31557600 seconds";
        QTest::newRow("enforce without mx")
            << QByteArray("version: STSv1\nmode: enforce\nmax_age: 604800\n") << false << "enforce"
            << 0 << "names no mx";
        QTest::newRow("wrong version")
            << QByteArray("version: STSv2\nmode: enforce\nmx: a.example.com\nmax_age: 604800\n")
            << false << "enforce" << 1 << "is not STSv1";
        QTest::newRow("wildcard in the middle")
            << QByteArray("version: STSv1\nmode: enforce\nmx: a.*.example.com\nmax_age: 604800\n")
            << false << "enforce" << 0 << "is not a host name";
    }
    void policyFile()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QString, mode);
        QFETCH(int, mxCount);
        QFETCH(QString, message);
        const MtaStsPolicy policy = MtaStsPolicy::parse(body);
        QVERIFY2(policy.isValid() == valid, qPrintable(policy.errors.join(u' ')));
        QCOMPARE(policy.mode ? MtaStsPolicy::modeName(*policy.mode) : QString(), mode);
        QCOMPARE(policy.mx.size(), mxCount);
        if (!message.isEmpty())
            QVERIFY2(policy.errors.join(u' ').contains(message),
                     qPrintable(policy.errors.join(u' ')));
    }

    void shortMaxAgeWarns()
    {
        const MtaStsPolicy policy = MtaStsPolicy::parse(
            "version: STSv1\nmode: enforce\nmx: a.example.com\nmax_age: 3600\n");
        QVERIFY(policy.isValid());
        QCOMPARE(policy.warnings.size(), 1);
    }

    void tlsRpt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("addresses");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mailto") << "v=TLSRPTv1; rua=mailto:tls@example.com" << 1 << true;
        QTest::newRow("two") << "v=TLSRPTv1;rua=mailto:a@example.com,https://r.example.com/tls" << 2
                             << true;
        QTest::newRow("no rua") << "v=TLSRPTv1" << 0 << false;
        QTest::newRow("ftp") << "v=TLSRPTv1; rua=ftp://example.com/" << 0 << false;
        QTest::newRow("not an address") << "v=TLSRPTv1; rua=mailto:nobody" << 0 << false;
        QTest::newRow("wrong version") << "v=TLSRPTv2; rua=mailto:a@example.com" << 0 << false;
    }
    void tlsRpt()
    {
        QFETCH(QString, text);
        QFETCH(int, addresses);
        QFETCH(bool, valid);
        const TlsRptRecord record = TlsRptRecord::parse(text);
        QCOMPARE(record.isValid(), valid);
        QCOMPARE(record.rua.size(), addresses);
    }

    void bimi_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("declined");
        QTest::addColumn<QString>("authority");
        QTest::newRow("logo and certificate")
            << "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem" << true
            << false << "https://example.com/vmc.pem";
        QTest::newRow("logo only")
            << "v=BIMI1; l=https://example.com/logo.svg" << true << false << "";
        QTest::newRow("declined") << "v=BIMI1; l=; a=" << true << true << "";
        QTest::newRow("http logo")
            << "v=BIMI1; l=http://example.com/logo.svg" << false << false << "";
        QTest::newRow("png logo") << "v=BIMI1; l=https://example.com/logo.png" << false << false
                                  << "";
    }
    void bimi()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, declined);
        QFETCH(QString, authority);
        const BimiRecord record = BimiRecord::parse(text);
        QCOMPARE(record.isValid(), valid);
        QCOMPARE(record.declined, declined);
        QCOMPARE(record.authority, authority);
    }

    void tlsaUsage_data()
    {
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("matching");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("usable");
        QTest::newRow("3 1 1") << 3 << 1 << 1 << 32 << true;
        QTest::newRow("2 1 1") << 2 << 1 << 1 << 32 << true;
        QTest::newRow("3 0 2") << 3 << 0 << 2 << 64 << true;
        QTest::newRow("3 1 0 whole key") << 3 << 1 << 0 << 91 << true;
        QTest::newRow("PKIX-TA") << 0 << 1 << 1 << 32 << false;
        QTest::newRow("PKIX-EE") << 1 << 1 << 1 << 32 << false;
        QTest::newRow("usage 4") << 4 << 1 << 1 << 32 << false;
        QTest::newRow("selector 2") << 3 << 2 << 1 << 32 << false;
        QTest::newRow("matching 3") << 3 << 1 << 3 << 32 << false;
        QTest::newRow("short digest") << 3 << 1 << 1 << 20 << false;
        QTest::newRow("sha-512 wrong length") << 3 << 1 << 2 << 32 << false;
    }
    void tlsaUsage()
    {
        QFETCH(int, usage);
        QFETCH(int, selector);
        QFETCH(int, matching);
        QFETCH(int, length);
        QFETCH(bool, usable);
        const DnsRecord record
            = DnsRecord::makeTlsa(QStringLiteral("_25._tcp.mx.example.com"), quint8(usage),
                                  quint8(selector), quint8(matching), QByteArray(length, '\x5a'));
        QCOMPARE(DaneTlsa::unusableReason(record).isEmpty(), usable);
        QVERIFY(DaneTlsa::describe(record).startsWith(
            QStringLiteral("%1 %2 %3 (").arg(usage).arg(selector).arg(matching)));
    }

    void daneIsJudgedOnlyWhenSecure_data()
    {
        QTest::addColumn<DnssecStatus>("dnssec");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("reported");
        QTest::newRow("secure") << DnssecStatus::Secure << "pass" << 1;
        QTest::newRow("not validated") << DnssecStatus::Indeterminate << "info" << 0;
        QTest::newRow("provably unsigned") << DnssecStatus::Insecure << "info" << 0;
        QTest::newRow("bogus") << DnssecStatus::Bogus << "fail" << 0;
    }
    void daneIsJudgedOnlyWhenSecure()
    {
        QFETCH(DnssecStatus, dnssec);
        QFETCH(QString, status);
        QFETCH(int, reported);
        MemoryDnsResolver dns;
        dns.setDnssecStatus(dnssec);
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
        // On loopback, at a port where nothing listens: a secure answer leads to a connection
        // for the certificate (dane.match), which is turned away at once.
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                             QHostAddress(QStringLiteral("127.0.0.1"))));
        dns.addRecord(DnsRecord::makeTlsa(QStringLiteral("_25._tcp.mx.example.com"), 3, 1, 1,
                                          QByteArray(32, '\x11')));
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        MemoryPolicyFetcher fetcher;
        const DomainCheckResult result = run(dns, &fetcher, closedPort);
        const DomainCheckItem *item = result.check(QStringLiteral("dane.tlsa"));
        QVERIFY(item);
        QCOMPARE(DomainCheckItem::statusName(item->status), status);
        QCOMPARE(item->summary.contains(QStringLiteral("DANE-EE")), reported == 1);
        const QJsonArray hosts = result.toJson()
                                     .value(QStringLiteral("dane"))
                                     .toObject()
                                     .value(QStringLiteral("hosts"))
                                     .toArray();
        QCOMPARE(hosts.first().toObject().value(QStringLiteral("tlsa")).toArray().size(), reported);
        // Only a secure answer is compared with the server's certificate; nothing listens, so
        // that is information, not a failure.
        const DomainCheckItem *match = result.check(QStringLiteral("dane.match"));
        QCOMPARE(match != nullptr, reported == 1);
        const QJsonValue matchJson = hosts.first().toObject().value(QStringLiteral("match"));
        if (match) {
            QCOMPARE(DomainCheckItem::statusName(match->status), QStringLiteral("info"));
            QVERIFY2(match->summary.contains(
                         QStringLiteral("could not be compared: port %1").arg(closedPort)),
                     qPrintable(match->summary));
            QCOMPARE(matchJson.toObject().value(QStringLiteral("result")).toString(),
                     QStringLiteral("unreachable"));
            QCOMPARE(matchJson.toObject().value(QStringLiteral("port")).toInt(), int(closedPort));
        } else {
            QVERIFY(matchJson.isNull());
        }
        // No MTA-STS record: no policy asked for.
        QVERIFY(fetcher.fetched().isEmpty());
    }

    void silentPolicyServerTimesOut()
    {
        // A server that accepts the connection and never says anything: the fetch ends at its
        // time limit with a clear message, never a hang.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        HttpsGet::Limits limits;
        limits.connectAddress = QHostAddress::LocalHost;
        limits.port = silent.serverPort();
        limits.timeoutMs = 500;
        HttpsPolicyFetcher fetcher(limits);
        QObject context;
        std::optional<PolicyFetcher::Outcome> outcome;
        fetcher.fetch(QStringLiteral("mta-sts.example.com"),
                      QStringLiteral("/.well-known/mta-sts.txt"), &context,
                      [&outcome](const PolicyFetcher::Outcome &o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
        QVERIFY(!outcome->ok);
        QVERIFY2(outcome->error.contains(QStringLiteral("did not answer within 0.5 s")),
                 qPrintable(outcome->error));
    }

    void policyFromMemory()
    {
        MemoryDnsResolver dns;
        dns.addRecord(
            DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                             QHostAddress(QStringLiteral("192.0.2.25"))));
        dns.addRecord(
            DnsRecord::makeTxt(QStringLiteral("_mta-sts.example.com"), {"v=STSv1; id=7"}));
        MemoryPolicyFetcher fetcher;
        fetcher.addFile(QStringLiteral("mta-sts.example.com"),
                        QStringLiteral("/.well-known/mta-sts.txt"),
                        "version: STSv1\nmode: testing\nmx: other.example.com\nmax_age: 86400\n");
        const DomainCheckResult result = run(dns, &fetcher);
        QCOMPARE(fetcher.fetched(),
                 QStringList {QStringLiteral("mta-sts.example.com/.well-known/mta-sts.txt")});
        QCOMPARE(result.check(QStringLiteral("mta_sts.policy"))->status,
                 DomainCheckItem::Status::Pass);
        QCOMPARE(result.check(QStringLiteral("mta_sts.mode"))->status,
                 DomainCheckItem::Status::Info);
        // In testing mode an MX outside the policy is a warning, not a failure.
        QCOMPARE(result.check(QStringLiteral("mta_sts.mx"))->status, DomainCheckItem::Status::Warn);
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicies)
#include "tst_transportpolicies.moc"
