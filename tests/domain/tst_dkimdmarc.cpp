// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM key records with keys made here by OpenSSL (RSA of several sizes, Ed25519, revoked,
// testing, broken), DMARC records, the organizational domain from the public suffix list, and
// DMARC discovery (the domain, then the organizational domain; several records; DNS failure).
#include "keygen.h"

#include "dns/memorydnsresolver.h"
#include "domain/dkimkey.h"
#include "domain/dmarcdiscovery.h"
#include "domain/mxrecords.h"
#include "domain/organizationaldomain.h"

#include <QtTest>

using namespace Sendcheck;

class TestDkimDmarc : public QObject
{
    Q_OBJECT

private:
    static DmarcDiscovery discover(DnsResolver &dns, const QString &domain)
    {
        QObject context;
        std::optional<DmarcDiscovery> result;
        DmarcDiscovery::discover(&dns, domain, &context,
                                 [&result](const DmarcDiscovery &found) { result = found; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 5000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void rsaKeys_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<bool>("pkcs1");
        QTest::newRow("2048") << 2048 << false;
        QTest::newRow("1024") << 1024 << false;
        QTest::newRow("768") << 768 << false;
        QTest::newRow("2048 bare PKCS#1") << 2048 << true;
    }
    void rsaKeys()
    {
        QFETCH(int, bits);
        QFETCH(bool, pkcs1);
        const QByteArray p = TestSupport::DkimTestKeys::rsa(bits, pkcs1);
        QVERIFY(!p.isEmpty());
        const DkimKey key = DkimKey::parse("v=DKIM1; k=rsa; p=" + p);
        QVERIFY2(key.errors.isEmpty(), qPrintable(key.errors.join(u'\n')));
        QCOMPARE(key.type, DkimKey::Type::Rsa);
        QCOMPARE(key.typeName(), QStringLiteral("rsa"));
        QCOMPARE(key.bits, bits);
        QVERIFY(!key.revoked);
        QVERIFY(!key.testing);
        QCOMPARE(key.warnings.isEmpty(), !pkcs1);
    }

    void keySplitOverStringsAndSpaces()
    {
        // Publishers split long keys into strings and sometimes add spaces inside p=.
        const QByteArray p = TestSupport::DkimTestKeys::rsa(2048);
        const QByteArray spaced = p.left(200) + " " + p.mid(200, 100) + "\t" + p.mid(300);
        const DkimKey key = DkimKey::parse("v=DKIM1; p=" + spaced + ";");
        QVERIFY2(key.errors.isEmpty(), qPrintable(key.errors.join(u'\n')));
        QCOMPARE(key.bits, 2048);
    }

    void ed25519Key()
    {
        const QByteArray p = TestSupport::DkimTestKeys::ed25519();
        QVERIFY(!p.isEmpty());
        const DkimKey key = DkimKey::parse("v=DKIM1; k=ed25519; p=" + p);
        QVERIFY2(key.errors.isEmpty(), qPrintable(key.errors.join(u'\n')));
        QCOMPARE(key.type, DkimKey::Type::Ed25519);
        QCOMPARE(key.bits, 256);
        const DkimKey wrong
            = DkimKey::parse("v=DKIM1; k=ed25519; p=" + TestSupport::DkimTestKeys::rsa(1024));
        QVERIFY(!wrong.errors.isEmpty());
    }

    void flagsAndBrokenRecords()
    {
        const DkimKey revoked = DkimKey::parse("v=DKIM1; k=rsa; p=");
        QVERIFY(revoked.revoked);
        QVERIFY(revoked.errors.isEmpty());
        QVERIFY(!revoked.isUsable());

        const DkimKey testing
            = DkimKey::parse("v=DKIM1; t=y:s; h=sha1; p=" + TestSupport::DkimTestKeys::rsa(1024));
        QVERIFY(testing.testing);
        QVERIFY(testing.strictSubdomains);
        QCOMPARE(testing.warnings.size(), 2); // testing, sha1 only

        QVERIFY(!DkimKey::parse("v=DKIM1; k=rsa").errors.isEmpty()); // no p=
        QVERIFY(!DkimKey::parse("v=DKIM1; p=not*base64").errors.isEmpty());
        QVERIFY(
            !DkimKey::parse("v=DKIM1; p=" + QByteArray("hello world").toBase64()).errors.isEmpty());
        QVERIFY(!DkimKey::parse("k=rsa; v=DKIM1; p=").errors.isEmpty()); // v= not first
        QVERIFY(!DkimKey::parse("v=DKIM1; k=dsa; p=AAAA").errors.isEmpty());
        QVERIFY(!DkimKey::parse("v=DKIM1; s=other; p=").errors.isEmpty());
        QVERIFY(DkimKey::looksLikeKey("v=DKIM1; p="));
        QVERIFY(DkimKey::looksLikeKey("k=rsa; p=AAAA"));
        QVERIFY(!DkimKey::looksLikeKey("google-site-verification=abc"));
    }

    void dmarcRecords()
    {
        const DmarcRecord full = DmarcRecord::parse(
            "v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:dmarc@example.com,"
            "mailto:agg@example.net!10m; ruf=mailto:f@example.com; adkim=s; aspf=r; fo=1:d");
        QVERIFY2(full.isValid(), qPrintable(full.errors.join(u'\n')));
        QCOMPARE(*full.policy, DmarcRecord::Policy::Quarantine);
        QCOMPARE(*full.subdomainPolicy, DmarcRecord::Policy::Reject);
        QCOMPARE(*full.effectivePolicy(true), DmarcRecord::Policy::Reject);
        QCOMPARE(full.pct, 50);
        QCOMPARE(full.rua.size(), 2);
        QCOMPARE(full.ruf.size(), 1);
        QVERIFY(full.strictDkim);
        QVERIFY(!full.strictSpf);
        QCOMPARE(full.failureOptions, QStringList({QStringLiteral("1"), QStringLiteral("d")}));
        QCOMPARE(full.warnings.size(), 1); // pct below 100

        const DmarcRecord none = DmarcRecord::parse("v=DMARC1; p=none");
        QVERIFY(none.isValid());
        QCOMPARE(none.warnings.size(), 1); // no rua
        QCOMPARE(*none.effectivePolicy(true), DmarcRecord::Policy::None);

        QVERIFY(!DmarcRecord::parse("v=DMARC1; p=block").isValid());
        QVERIFY(!DmarcRecord::parse("v=DMARC1; p=none; pct=150").isValid());
        QVERIFY(!DmarcRecord::parse("v=DMARC1; p=none; adkim=x").isValid());
        QVERIFY(!DmarcRecord::parse("v=DMARC1; p=none; rua=dmarc@example.com").isValid());
        QVERIFY(!DmarcRecord::parse("p=none; v=DMARC1").isValid());
        const DmarcRecord noPolicy = DmarcRecord::parse("v=DMARC1; rua=mailto:a@example.com");
        QVERIFY(!noPolicy.isValid());
        QCOMPARE(*noPolicy.effectivePolicy(false), DmarcRecord::Policy::None); // 6.6.3

        QVERIFY(DmarcRecord::isDmarcRecord("v=DMARC1; p=none"));
        QVERIFY(DmarcRecord::isDmarcRecord("v=DMARC1"));
        QVERIFY(!DmarcRecord::isDmarcRecord("v=DMARC10; p=none"));
        QVERIFY(!DmarcRecord::isDmarcRecord("v=dmarc1; p=none"));
    }

    void organizationalDomain()
    {
        QCOMPARE(OrganizationalDomain::of(QStringLiteral("mail.example.co.uk")),
                 QStringLiteral("example.co.uk"));
        QCOMPARE(OrganizationalDomain::of(QStringLiteral("a.b.Example.COM.")),
                 QStringLiteral("example.com"));
        QCOMPARE(OrganizationalDomain::of(QStringLiteral("example.com")),
                 QStringLiteral("example.com"));
        QCOMPARE(OrganizationalDomain::of(QStringLiteral("co.uk")), QStringLiteral("co.uk"));
        QVERIFY(OrganizationalDomain::aligned(QStringLiteral("bounce.example.com"),
                                              QStringLiteral("example.com"), false));
        QVERIFY(!OrganizationalDomain::aligned(QStringLiteral("bounce.example.com"),
                                               QStringLiteral("example.com"), true));
        QVERIFY(!OrganizationalDomain::aligned(QStringLiteral("example.net"),
                                               QStringLiteral("example.com"), false));
    }

    void dmarcDiscovery()
    {
        MemoryDnsResolver dns;
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_dmarc.example.com"),
                                         {"v=DMARC1; p=reject; sp=quarantine"}));
        dns.addRecord(
            DnsRecord::makeTxt(QStringLiteral("_dmarc.example.com"), {"some other text"}));
        dns.addRecord(DnsRecord::makeTxt(QStringLiteral("_dmarc.own.example.com"),
                                         {"v=DMARC1; p=none; rua=mailto:r@example.com"}));
        dns.addRecord(
            DnsRecord::makeTxt(QStringLiteral("_dmarc.twice.test"), {"v=DMARC1; p=none"}));
        dns.addRecord(
            DnsRecord::makeTxt(QStringLiteral("_dmarc.twice.test"), {"v=DMARC1; p=reject"}));
        dns.setFailure(QStringLiteral("_dmarc.slow.test"), std::nullopt, DnsStatus::Timeout);

        const DmarcDiscovery atDomain = discover(dns, QStringLiteral("example.com"));
        QVERIFY(atDomain.found);
        QCOMPARE(atDomain.foundAt, QStringLiteral("_dmarc.example.com"));
        QVERIFY(!atDomain.forSubdomain);
        QCOMPARE(*atDomain.record.policy, DmarcRecord::Policy::Reject);

        const DmarcDiscovery sub = discover(dns, QStringLiteral("news.example.com"));
        QVERIFY(sub.found);
        QVERIFY(sub.forSubdomain);
        QCOMPARE(sub.orgDomain, QStringLiteral("example.com"));
        QCOMPARE(sub.foundAt, QStringLiteral("_dmarc.example.com"));
        QCOMPARE(*sub.record.effectivePolicy(true), DmarcRecord::Policy::Quarantine);

        const DmarcDiscovery own = discover(dns, QStringLiteral("own.example.com"));
        QCOMPARE(own.foundAt, QStringLiteral("_dmarc.own.example.com"));

        const DmarcDiscovery twice = discover(dns, QStringLiteral("twice.test"));
        QVERIFY(!twice.found);
        QVERIFY(!twice.error.isEmpty());
        QVERIFY(!twice.temporary);

        const DmarcDiscovery slow = discover(dns, QStringLiteral("slow.test"));
        QVERIFY(!slow.found);
        QVERIFY(slow.temporary);

        const DmarcDiscovery missing = discover(dns, QStringLiteral("nothing.example.net"));
        QVERIFY(!missing.found);
        QVERIFY(missing.error.isEmpty());
        // Asked at the domain, then at the organizational domain.
        QVERIFY(dns.queries().contains(
            qMakePair(QStringLiteral("_dmarc.example.net"), DnsRecordType::TXT)));
    }

    void mxRecords()
    {
        const auto answer = [](const QList<DnsRecord> &records) {
            DnsAnswer a = DnsAnswer::failure(QStringLiteral("example.com"), DnsRecordType::MX,
                                             records.isEmpty() ? DnsStatus::NoData : DnsStatus::Ok);
            a.records = records;
            return a;
        };
        const QString d = QStringLiteral("example.com");
        const MxRecords normal = MxRecords::fromAnswer(
            answer({DnsRecord::makeMx(d, 20, QStringLiteral("b.example.com")),
                    DnsRecord::makeMx(d, 10, QStringLiteral("a.example.com"))}));
        QCOMPARE(normal.hosts.size(), 2);
        QCOMPARE(normal.hosts.first().host, QStringLiteral("a.example.com"));
        QVERIFY(!normal.nullMx);
        QVERIFY(normal.errors.isEmpty());

        const MxRecords null
            = MxRecords::fromAnswer(answer({DnsRecord::makeMx(d, 0, QStringLiteral("."))}));
        QVERIFY(null.nullMx);
        QVERIFY(null.hosts.isEmpty());
        QVERIFY(null.errors.isEmpty());

        const MxRecords mixed = MxRecords::fromAnswer(
            answer({DnsRecord::makeMx(d, 0, QStringLiteral(".")),
                    DnsRecord::makeMx(d, 10, QStringLiteral("a.example.com"))}));
        QVERIFY(!mixed.nullMx);
        QCOMPARE(mixed.errors.size(), 1);

        const MxRecords literal = MxRecords::fromAnswer(
            answer({DnsRecord::makeMx(d, 10, QStringLiteral("192.0.2.25"))}));
        QVERIFY(literal.hosts.first().ipLiteral);
        QCOMPARE(literal.errors.size(), 1);

        QVERIFY(MxRecords::fromAnswer(answer({})).hosts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDkimDmarc)
#include "tst_dkimdmarc.moc"
