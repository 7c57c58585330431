// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheck with records in memory: domain-name input, DMARC alignment in its cases (SPF
// aligned or not, passing or not, DKIM key or not), and the lookups of one check running in
// parallel through its cache.
#include "keygen.h"

#include "dns/memorydnsresolver.h"
#include "domain/domaincheck.h"
#include "providers/providercatalog.h"

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

    static const PublishRecord *proposed(const DomainCheckResult &result, const QString &type,
                                         const QString &name)
    {
        for (const PublishRecord &record : result.publish) {
            if (record.type == type && record.name == name)
                return &record;
        }
        return nullptr;
    }

    static DomainCheckRequest providerRequest(const QString &preset)
    {
        DomainCheckRequest request;
        request.domain = QStringLiteral("example.com");
        const Provider *provider = ProviderCatalog::builtIn().find(preset);
        if (provider)
            request.provider = *provider;
        return request;
    }

    void spfMergeWithinTheLimit()
    {
        MemoryDnsResolver dns;
        fill(dns, true);
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_spf.google.com"),
                                         {"v=spf1 include:_netblocks.google.com ~all"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_netblocks.google.com"),
                                         {"v=spf1 ip4:198.51.100.0/24 ~all"}));
        DomainCheck check(&dns);
        const DomainCheckResult result = run(check, providerRequest(QStringLiteral("gmail")));
        QCOMPARE(result.check(QStringLiteral("spf.provider_include"))->status,
                 DomainCheckItem::Status::Fail);
        const PublishRecord *spf
            = proposed(result, QStringLiteral("TXT"), QStringLiteral("example.com"));
        QVERIFY(spf);
        QCOMPARE(spf->value,
                 QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all"));
        // 0 lookups now, the include and the one inside it: 2 of 10.
        QVERIFY2(spf->why.contains(QStringLiteral("needs 2 of the 10")), qPrintable(spf->why));
        // The DKIM key at "default" is not Google's selector: its TXT key is proposed.
        const PublishRecord *dkim = proposed(result, QStringLiteral("TXT"),
                                             QStringLiteral("google._domainkey.example.com"));
        QVERIFY(dkim);
        QVERIFY(!dkim->complete);
        QVERIFY(dkim->value.startsWith(QStringLiteral("v=DKIM1; k=rsa; p=<")));
    }

    void spfMergeOverTheLimitSaysSo()
    {
        MemoryDnsResolver dns;
        QByteArray record = "v=spf1";
        for (int i = 1; i <= 9; ++i) {
            const QString name = QStringLiteral("i%1.example.net").arg(i);
            record += " include:" + name.toLatin1();
            dns.addRecord(DnsRecord::makeTxt(name, {"v=spf1 ip4:192.0.2.1 ~all"}));
        }
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("example.com"), {record + " ~all"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("spf.protection.outlook.com"),
                                         {"v=spf1 include:x.example.net -all"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("x.example.net"), {"v=spf1 -all"}));
        DomainCheck check(&dns);
        const DomainCheckResult result
            = run(check, providerRequest(QStringLiteral("microsoft-365")));
        const DomainCheckItem *item = result.check(QStringLiteral("spf.provider_include"));
        QVERIFY(item);
        QVERIFY2(item->fix.contains(QStringLiteral("11 lookups")), qPrintable(item->fix));
        const PublishRecord *spf
            = proposed(result, QStringLiteral("TXT"), QStringLiteral("example.com"));
        QVERIFY(spf);
        QVERIFY2(spf->why.contains(QStringLiteral("more than the 10")), qPrintable(spf->why));
        // Microsoft's DKIM: two CNAMEs to the tenant, which only the customer knows.
        const PublishRecord *selector1 = proposed(
            result, QStringLiteral("CNAME"), QStringLiteral("selector1._domainkey.example.com"));
        QVERIFY(selector1);
        QCOMPARE(selector1->value,
                 QStringLiteral("selector1-example-com._domainkey.<tenant>.onmicrosoft.com"));
        QVERIFY(!selector1->complete);
        QVERIFY(proposed(result, QStringLiteral("CNAME"),
                         QStringLiteral("selector2._domainkey.example.com")));
    }

    void noRecordsAtAll()
    {
        MemoryDnsResolver dns;
        dns.addName(QStringLiteral("example.com"));
        DomainCheck check(&dns);
        DomainCheckRequest request = providerRequest(QStringLiteral("brevo"));
        const DomainCheckResult result = run(check, request);
        const PublishRecord *spf
            = proposed(result, QStringLiteral("TXT"), QStringLiteral("example.com"));
        QVERIFY(spf);
        QCOMPARE(spf->value, QStringLiteral("v=spf1 include:sendinblue.com ~all"));
        // Brevo's DKIM CNAMEs are complete (its targets are made from the domain).
        const PublishRecord *brevo1 = proposed(result, QStringLiteral("CNAME"),
                                               QStringLiteral("brevo1._domainkey.example.com"));
        QVERIFY(brevo1);
        QCOMPARE(brevo1->value, QStringLiteral("b1.example-com.dkim.brevo.com"));
        QVERIFY(brevo1->complete);
        // Its older TXT selector is looked at, not proposed.
        QVERIFY(!proposed(result, QStringLiteral("TXT"),
                          QStringLiteral("mail._domainkey.example.com")));
        // The first DMARC record: p=none with reports.
        const PublishRecord *dmarc
            = proposed(result, QStringLiteral("TXT"), QStringLiteral("_dmarc.example.com"));
        QVERIFY(dmarc);
        QCOMPARE(dmarc->value,
                 QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"));
        // The checklist warns (never fails) about what is missing.
        for (const QString &id :
             {QStringLiteral("bulk.gmail_yahoo.spf"), QStringLiteral("bulk.gmail_yahoo.dkim"),
              QStringLiteral("bulk.gmail_yahoo.dmarc"),
              QStringLiteral("bulk.gmail_yahoo.alignment")}) {
            QVERIFY2(result.check(id), qPrintable(id));
            QCOMPARE(result.check(id)->status, DomainCheckItem::Status::Warn);
        }
        for (const QString &id :
             {QStringLiteral("bulk.gmail_yahoo.ptr"), QStringLiteral("bulk.gmail_yahoo.tls"),
              QStringLiteral("bulk.gmail_yahoo.unsubscribe"),
              QStringLiteral("bulk.gmail_yahoo.spam_rate")}) {
            QVERIFY2(result.check(id), qPrintable(id));
            QCOMPARE(result.check(id)->status, DomainCheckItem::Status::Info);
        }
        QVERIFY(result.check(QStringLiteral("bulk.gmail_yahoo.ptr"))
                    ->summary.contains(QStringLiteral("sendcheck-cli server")));
        QVERIFY(result.check(QStringLiteral("bulk.gmail_yahoo.unsubscribe"))
                    ->summary.contains(QStringLiteral("Cannot be checked from DNS")));
    }

    void sesRecordsForTheMailFromSubdomain()
    {
        MemoryDnsResolver dns;
        fill(dns, true);
        DomainCheck check(&dns);
        DomainCheckRequest request = providerRequest(QStringLiteral("amazon-ses"));
        request.region = QStringLiteral("eu-west-1");
        request.mailFrom = QStringLiteral("bounce@mail.example.com");
        const DomainCheckResult result = run(check, request);
        QCOMPARE(result.check(QStringLiteral("spf.provider_include"))->status,
                 DomainCheckItem::Status::Info);
        const PublishRecord *mx
            = proposed(result, QStringLiteral("MX"), QStringLiteral("mail.example.com"));
        QVERIFY(mx);
        QCOMPARE(mx->value, QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com"));
        const PublishRecord *spf
            = proposed(result, QStringLiteral("TXT"), QStringLiteral("mail.example.com"));
        QVERIFY(spf);
        QCOMPARE(spf->value, QStringLiteral("v=spf1 include:amazonses.com ~all"));
        QVERIFY(spf->complete);
    }

    void providerRecordAlreadyThereIsNotProposed()
    {
        MemoryDnsResolver dns;
        fill(dns, true);
        dns.addRecord(DnsRecord::makeName(DnsRecordType::CNAME,
                                          QStringLiteral("pm-bounces.example.com"),
                                          QStringLiteral("pm.mtasv.net")));
        DomainCheck check(&dns);
        const DomainCheckResult with = run(check, providerRequest(QStringLiteral("postmark")));
        QVERIFY(!proposed(with, QStringLiteral("CNAME"), QStringLiteral("pm-bounces.example.com")));
        MemoryDnsResolver empty;
        fill(empty, true);
        DomainCheck second(&empty);
        const DomainCheckResult without = run(second, providerRequest(QStringLiteral("postmark")));
        QVERIFY(
            proposed(without, QStringLiteral("CNAME"), QStringLiteral("pm-bounces.example.com")));
    }

    void reportStatusesMapInOnePlace()
    {
        QCOMPARE(DomainCheckItem::reportStatus(DomainCheckItem::Status::Pass),
                 ReportCheck::Status::Pass);
        QCOMPARE(DomainCheckItem::reportStatus(DomainCheckItem::Status::Warn),
                 ReportCheck::Status::Warning);
        QCOMPARE(DomainCheckItem::reportStatus(DomainCheckItem::Status::Fail),
                 ReportCheck::Status::Fail);
        QCOMPARE(DomainCheckItem::reportStatus(DomainCheckItem::Status::Error),
                 ReportCheck::Status::Fail);
        QCOMPARE(DomainCheckItem::reportStatus(DomainCheckItem::Status::Info),
                 ReportCheck::Status::Info);
    }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "tst_domaincheck.moc"
