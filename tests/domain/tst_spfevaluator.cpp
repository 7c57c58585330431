// SPDX-License-Identifier: GPL-3.0-or-later
// SpfEvaluator beyond the RFC suite: the record parser's error offsets, audit mode (no address:
// every include followed, lookups counted past the limit, loops and missing includes found),
// the evaluation tree, parallel lookups through the cache, and DNS that never answers.
#include "dns/dnscache.h"
#include "dns/memorydnsresolver.h"
#include "domain/spfevaluator.h"

#include <QtTest>

using namespace Sendcheck;

class TestSpfEvaluator : public QObject
{
    Q_OBJECT

private:
    static void txt(MemoryDnsResolver &dns, const QString &name, const QByteArray &text)
    {
        dns.addRecord(DnsRecord::makeTxt(name, {text}));
    }

    static SpfResult run(DnsResolver &dns, const SpfQuery &query, int timeLimitMs = 30000)
    {
        SpfEvaluator evaluator(&dns);
        evaluator.setTimeLimit(timeLimitMs);
        QSignalSpy finished(&evaluator, &SpfEvaluator::finished);
        evaluator.start(query);
        if (!finished.wait(timeLimitMs + 5000))
            return {};
        return finished.first().first().value<SpfResult>();
    }

    static SpfQuery auditOf(const QString &domain)
    {
        SpfQuery query;
        query.domain = domain;
        return query;
    }

private Q_SLOTS:
    void syntaxErrorsHaveTheirOffset_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("position");
        QTest::newRow("unknown mechanism") << QByteArray("v=spf1 ip4:192.0.2.1 foo -all") << 21;
        QTest::newRow("bad address") << QByteArray("v=spf1 ip4:192.0.2 -all") << 11;
        QTest::newRow("bad macro") << QByteArray("v=spf1 exists:%{x}.example.com -all") << 16;
        QTest::newRow("second redirect")
            << QByteArray("v=spf1 redirect=a.example.com redirect=b.example.com") << 30;
        QTest::newRow("cidr too long") << QByteArray("v=spf1 a/33 -all") << 7;
        QTest::newRow("not ascii") << QByteArray("v=spf1 \xc3\xa4 -all") << 7;
    }
    void syntaxErrorsHaveTheirOffset()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, position);
        const SpfRecord parsed = SpfRecord::parse(record);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.errorPosition, position);
        QVERIFY(!parsed.error.isEmpty());
    }

    void parsesEveryTerm()
    {
        const SpfRecord record = SpfRecord::parse(
            "v=spf1 +a -mx:mail.example.com/24//64 ~ptr ?ip4:192.0.2.0/24 ip6:2001:db8::/32 "
            "include:_spf.example.com exists:%{i}.x.example.com all redirect=r.example.com "
            "exp=explain.%{d} custom=value");
        QVERIFY2(record.isValid(), qPrintable(record.error));
        QCOMPARE(record.terms.size(), 11);
        QCOMPARE(record.terms.at(1).qualifier, QLatin1Char('-'));
        QCOMPARE(record.terms.at(1).domainSpec, QStringLiteral("mail.example.com"));
        QCOMPARE(record.terms.at(1).cidr4, 24);
        QCOMPARE(record.terms.at(1).cidr6, 64);
        QCOMPARE(record.terms.at(3).network, QHostAddress(QStringLiteral("192.0.2.0")));
        QVERIFY(record.modifier(QStringLiteral("redirect")));
        QVERIFY(record.modifier(QStringLiteral("custom")));
    }

    void auditCountsEveryLookup()
    {
        MemoryDnsResolver dns;
        txt(dns, QStringLiteral("example.test"),
            "v=spf1 a mx include:one.example.test include:two.example.test ip4:192.0.2.0/24 -all");
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("example.test"),
                                             QHostAddress(QStringLiteral("192.0.2.1"))));
        dns.addRecord(DnsRecord::makeMx(QStringLiteral("example.test"), 10,
                                        QStringLiteral("mail.example.test")));
        txt(dns, QStringLiteral("one.example.test"), "v=spf1 include:three.example.test ~all");
        txt(dns, QStringLiteral("two.example.test"), "v=spf1 ip4:198.51.100.0/24 ~all");
        txt(dns, QStringLiteral("three.example.test"), "v=spf1 a:x.example.test ~all");
        dns.addName(QStringLiteral("x.example.test")); // exists, no address: a void lookup
        const SpfResult result = run(dns, auditOf(QStringLiteral("example.test")));
        QCOMPARE(result.dnsLookups, 6); // a, mx, include, include, include, a
        QCOMPARE(result.voidLookups, 1);
        QCOMPARE(result.result, SpfResultCode::Neutral);
        QCOMPARE(result.tree.children.size(), 2);
        QCOMPARE(result.tree.children.first().via, QStringLiteral("include:one.example.test"));
        QCOMPARE(result.tree.children.first().children.first().domain,
                 QStringLiteral("three.example.test"));
        QCOMPARE(result.tree.lookups, 4);
        QVERIFY(result.tree.toText().contains(QStringLiteral("three.example.test")));
    }

    void auditReportsTooManyLookups()
    {
        MemoryDnsResolver dns;
        QByteArray top = "v=spf1";
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("i%1.example.test").arg(i);
            top += " include:" + name.toLatin1();
            txt(dns, name, "v=spf1 ip4:192.0.2." + QByteArray::number(i) + " ~all");
        }
        txt(dns, QStringLiteral("example.test"), top + " -all");
        dns.setLatency(20);
        DnsCache cache(&dns);
        QElapsedTimer clock;
        clock.start();
        const SpfResult result = run(cache, auditOf(QStringLiteral("example.test")));
        QCOMPARE(result.dnsLookups, 12);
        QCOMPARE(result.result, SpfResultCode::PermError);
        QVERIFY2(result.error.contains(QStringLiteral("12")), qPrintable(result.error));
        // The twelve includes were asked for together: two round trips, not thirteen.
        QVERIFY2(cache.maxInFlight() >= 12, qPrintable(QString::number(cache.maxInFlight())));
        QVERIFY2(clock.elapsed() < 12 * 20, qPrintable(QString::number(clock.elapsed())));
    }

    void auditFindsLoopsAndMissingIncludes()
    {
        MemoryDnsResolver dns;
        txt(dns, QStringLiteral("loop.example.test"), "v=spf1 include:back.example.test -all");
        txt(dns, QStringLiteral("back.example.test"), "v=spf1 include:loop.example.test ~all");
        const SpfResult loop = run(dns, auditOf(QStringLiteral("loop.example.test")));
        QCOMPARE(loop.result, SpfResultCode::PermError);
        QVERIFY2(loop.error.contains(QStringLiteral("loop")), qPrintable(loop.error));

        txt(dns, QStringLiteral("missing.example.test"), "v=spf1 include:gone.example.test -all");
        const SpfResult missing = run(dns, auditOf(QStringLiteral("missing.example.test")));
        QCOMPARE(missing.result, SpfResultCode::PermError);
        QVERIFY2(missing.error.contains(QStringLiteral("gone.example.test")),
                 qPrintable(missing.error));

        const SpfResult none = run(dns, auditOf(QStringLiteral("nothing.example.test")));
        QCOMPARE(none.result, SpfResultCode::None);
        QVERIFY(none.record.isEmpty());
    }

    void includeLoopWithAnAddressIsAPermError()
    {
        MemoryDnsResolver dns;
        txt(dns, QStringLiteral("loop.example.test"), "v=spf1 include:back.example.test -all");
        txt(dns, QStringLiteral("back.example.test"), "v=spf1 include:loop.example.test ~all");
        SpfQuery query;
        query.ip = QHostAddress(QStringLiteral("192.0.2.1"));
        query.mailFrom = QStringLiteral("someone@loop.example.test");
        query.helo = QStringLiteral("mail.example.test");
        const SpfResult result = run(dns, query);
        QCOMPARE(result.result, SpfResultCode::PermError);
        QCOMPARE(result.dnsLookups, 11);
    }

    void dnsThatNeverAnswersIsATempError()
    {
        MemoryDnsResolver dns;
        txt(dns, QStringLiteral("example.test"), "v=spf1 include:slow.example.test -all");
        dns.setFailure(QStringLiteral("slow.example.test"), std::nullopt, DnsStatus::Timeout);
        SpfQuery query;
        query.ip = QHostAddress(QStringLiteral("192.0.2.1"));
        query.mailFrom = QStringLiteral("a@example.test");
        const SpfResult result = run(dns, query);
        QCOMPARE(result.result, SpfResultCode::TempError);
        QVERIFY2(result.error.contains(QStringLiteral("slow.example.test")),
                 qPrintable(result.error));
    }

    void overallTimeLimit()
    {
        MemoryDnsResolver dns;
        txt(dns, QStringLiteral("example.test"), "v=spf1 a -all");
        dns.setLatency(2000);
        SpfQuery query;
        query.ip = QHostAddress(QStringLiteral("192.0.2.1"));
        query.mailFrom = QStringLiteral("a@example.test");
        const SpfResult result = run(dns, query, 300);
        QCOMPARE(result.result, SpfResultCode::TempError);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "tst_spfevaluator.moc"
