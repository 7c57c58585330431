// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck with records in memory: domain-name input, DMARC alignment in its cases (SPF
// aligned or not, passing or not, DKIM key or not), and the lookups of one check running in
// parallel through its cache.
#include "keygen.h"

#include "dns/memorydnsresolver.h"
#include "domain/domaincheck.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Sendcheck;

class TestDomainCheck : public QObject
{
    Q_OBJECT

private:
    static DomainCheckResult run(DomainCheck &check, const DomainCheckRequest &request)
    {
        QSignalSpy finished(&check, &DomainCheck::finished);
        check.start(request);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<DomainCheckResult>();
    }

    static void fill(MemoryDnsResolver &dns, bool dkim)
    {
        const QString d = QStringLiteral("example.com");
        dns.addRecord(DnsRecord::makeTxt(d, {"v=spf1 ip4:192.0.2.0/24 -all"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_dmarc.example.com"),
                                         {"v=DMARC1; p=reject; rua=mailto:r@example.com"}));
        dns.addRecord(DnsRecord::makeMx(d, 10, QStringLiteral("mx.example.com")));
        dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                             QHostAddress(QStringLiteral("192.0.2.25"))));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("bounce.example.net"),
                                         {"v=spf1 ip4:192.0.2.0/24 -all"}));
        if (dkim)
            dns.addRecord(
                DnsRecord::makeTxt(QStringLiteral("default._domainkey.example.com"),
                                   {"v=DKIM1; p=" + TestSupport::DkimTestKeys::rsa(2048)}));
    }

private Q_SLOTS:
    void domainNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("Example.COM.") << QStringLiteral("example.com");
        QTest::newRow("international")
            << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("one label") << QStringLiteral("localhost") << QString();
        QTest::newRow("ip") << QStringLiteral("192.0.2.1") << QString();
        QTest::newRow("ipv6 literal") << QStringLiteral("[2001:db8::1]") << QString();
        QTest::newRow("address") << QStringLiteral("a@example.com") << QString();
        QTest::newRow("spaces") << QStringLiteral("exa mple.com") << QString();
        QTest::newRow("empty label") << QStringLiteral("example..com") << QString();
    }
    void domainNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QString out;
        const QString problem = DomainCheck::checkDomainName(input, &out);
        QCOMPARE(problem.isEmpty(), !normalized.isEmpty());
        QCOMPARE(out, normalized);
    }

    void alignment_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("mailFrom");
        QTest::addColumn<bool>("dkim");
        QTest::addColumn<QString>("status");
        QTest::newRow("spf passes, aligned") << "192.0.2.7"
                                             << "" << false << "pass";
        QTest::newRow("spf passes, other domain, no dkim")
            << "192.0.2.7"
            << "x@bounce.example.net" << false << "fail";
        QTest::newRow("spf passes, other domain, dkim") << "192.0.2.7"
                                                        << "x@bounce.example.net" << true << "warn";
        QTest::newRow("spf fails, no dkim") << "203.0.113.1"
                                            << "" << false << "fail";
        QTest::newRow("spf fails, dkim") << "203.0.113.1"
                                         << "" << true << "warn";
        QTest::newRow("no address, dkim") << ""
                                          << "" << true << "pass";
        QTest::newRow("no address, no dkim") << ""
                                             << "" << false << "warn";
        QTest::newRow("subdomain bounce address aligns relaxed")
            << "192.0.2.7"
            << "x@bounce.example.com" << false << "fail";
    }
    void alignment()
    {
        QFETCH(QString, ip);
        QFETCH(QString, mailFrom);
        QFETCH(bool, dkim);
        QFETCH(QString, status);
        MemoryDnsResolver dns;
        fill(dns, dkim);
        DomainCheck check(&dns);
        DomainCheckRequest request;
        request.domain = QStringLiteral("example.com");
        request.ip = QHostAddress(ip);
        request.mailFrom = mailFrom;
        const DomainCheckResult result = run(check, request);
        const DomainCheckItem *item = result.check(QStringLiteral("dmarc.alignment"));
        QVERIFY(item);
        QVERIFY2(DomainCheckItem::statusName(item->status) == status, qPrintable(item->summary));
    }

    void lookupsRunInParallel()
    {
        MemoryDnsResolver dns;
        fill(dns, true);
        dns.setLatency(40);
        DomainCheck check(&dns);
        DomainCheckRequest request;
        request.domain = QStringLiteral("example.com");
        request.ip = QHostAddress(QStringLiteral("192.0.2.7"));
        request.dkimSelectors = {QStringLiteral("mine")};
        QElapsedTimer clock;
        clock.start();
        const DomainCheckResult result = run(check, request);
        // SPF, about twenty DKIM selectors, DMARC and MX went out together; the MX hosts and
        // the organizational domain follow: a few round trips, not thirty.
        QVERIFY2(check.cache().maxInFlight() >= 20,
                 qPrintable(QString::number(check.cache().maxInFlight())));
        QVERIFY2(clock.elapsed() < 8 * 40, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!result.queries.isEmpty());
        QVERIFY(!result.hasFailure());
        // Each (name, type) asked once although SPF's two evaluations both read the record.
        QCOMPARE(dns.queries().count(qMakePair(QStringLiteral("example.com"), DnsRecordType::TXT)),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "tst_domaincheck.moc"
