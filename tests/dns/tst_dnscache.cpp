// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory resolver and the per-check cache: answers from the event loop, CNAMEs,
// NXDOMAIN/NODATA, simulated failures, one query per (name, type), and lookups in parallel.
#include "dnstesthelpers.h"

#include "dns/dnscache.h"
#include "dns/memorydnsresolver.h"

#include <QtTest>

using namespace Sendcheck;
using TestSupport::lookupNow;

class TestDnsCache : public QObject
{
    Q_OBJECT

private:
    static void fill(MemoryDnsResolver &dns)
    {
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("example.test"), {"v=spf1 -all"}));
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("example.test"),
                                             QHostAddress(QStringLiteral("192.0.2.1"))));
        dns.addRecord(DnsRecord::makeName(DnsRecordType::CNAME, QStringLiteral("www.example.test"),
                                          QStringLiteral("example.test")));
        dns.addRecord(DnsRecord::makeName(DnsRecordType::CNAME,
                                          QStringLiteral("loop1.example.test"),
                                          QStringLiteral("loop2.example.test")));
        dns.addRecord(DnsRecord::makeName(DnsRecordType::CNAME,
                                          QStringLiteral("loop2.example.test"),
                                          QStringLiteral("loop1.example.test")));
        dns.setFailure(QStringLiteral("slow.example.test"), DnsRecordType::TXT, DnsStatus::Timeout);
        dns.setFailure(QStringLiteral("bad.example.test"), std::nullopt, DnsStatus::ServFail);
    }

private Q_SLOTS:
    void memoryResolver()
    {
        MemoryDnsResolver dns;
        fill(dns);
        auto txt = lookupNow(dns, QStringLiteral("EXAMPLE.test."), DnsRecordType::TXT);
        QVERIFY(txt && txt->ok());
        QCOMPARE(txt->records.first().text(), QByteArray("v=spf1 -all"));
        QCOMPARE(lookupNow(dns, QStringLiteral("example.test"), DnsRecordType::MX)->status,
                 DnsStatus::NoData);
        QCOMPARE(lookupNow(dns, QStringLiteral("none.example.test"), DnsRecordType::MX)->status,
                 DnsStatus::NxDomain);
        auto viaAlias = lookupNow(dns, QStringLiteral("www.example.test"), DnsRecordType::A);
        QVERIFY(viaAlias && viaAlias->ok());
        QCOMPARE(viaAlias->canonicalName, QStringLiteral("example.test"));
        QCOMPARE(lookupNow(dns, QStringLiteral("loop1.example.test"), DnsRecordType::A)->status,
                 DnsStatus::ServFail);
        QCOMPARE(lookupNow(dns, QStringLiteral("slow.example.test"), DnsRecordType::TXT)->status,
                 DnsStatus::Timeout);
        QCOMPARE(lookupNow(dns, QStringLiteral("bad.example.test"), DnsRecordType::A)->status,
                 DnsStatus::ServFail);
        QCOMPARE(lookupNow(dns, QStringLiteral("a..b"), DnsRecordType::A)->status,
                 DnsStatus::InvalidName);
    }

    void neverAnswersFromInsideLookup()
    {
        MemoryDnsResolver dns;
        fill(dns);
        DnsCache cache(&dns);
        QObject context;
        bool answered = false;
        cache.lookup(QStringLiteral("example.test"), DnsRecordType::TXT, &context,
                     [&answered](const DnsAnswer &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        answered = false;
        cache.lookup(QStringLiteral("example.test"), DnsRecordType::TXT, &context,
                     [&answered](const DnsAnswer &) { answered = true; }); // cached now
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void oneQueryPerNameAndType()
    {
        MemoryDnsResolver dns;
        fill(dns);
        dns.setLatency(30);
        DnsCache cache(&dns);
        QObject context;
        int answers = 0;
        for (int i = 0; i < 5; ++i) {
            cache.lookup(QStringLiteral("example.test"), DnsRecordType::TXT, &context,
                         [&answers](const DnsAnswer &a) { answers += a.ok() ? 1 : 0; });
            cache.lookup(QStringLiteral("Example.Test."), DnsRecordType::A, &context,
                         [&answers](const DnsAnswer &a) { answers += a.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(answers, 10);
        QCOMPARE(dns.queries().size(), 2);
        QCOMPARE(cache.queries().size(), 2);
        QCOMPARE(cache.maxInFlight(), 2); // both at once
        QVERIFY(cache.queries().first().elapsedMs >= 25);
        QCOMPARE(cache.queries().first().status, DnsStatus::Ok);
        // Failures are kept too: a second lookup does not ask again.
        QCOMPARE(lookupNow(cache, QStringLiteral("slow.example.test"), DnsRecordType::TXT)->status,
                 DnsStatus::Timeout);
        QCOMPARE(lookupNow(cache, QStringLiteral("slow.example.test"), DnsRecordType::TXT)->status,
                 DnsStatus::Timeout);
        QCOMPARE(dns.queries().size(), 3);
    }

    void droppedContext()
    {
        MemoryDnsResolver dns;
        fill(dns);
        DnsCache cache(&dns);
        bool called = false;
        {
            QObject context;
            cache.lookup(QStringLiteral("example.test"), DnsRecordType::TXT, &context,
                         [&called](const DnsAnswer &) { called = true; });
        }
        QVERIFY(lookupNow(cache, QStringLiteral("example.test"), DnsRecordType::TXT));
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestDnsCache)
#include "tst_dnscache.moc"
