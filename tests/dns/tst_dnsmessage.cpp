// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS wire-format reader: every record type, compressed names, CNAME chains, the response
// codes, truncation, TXT strings kept apart and joined, and malformed responses.
#include "dns/dnsmessage.h"
#include "dns/dnsname.h"

#include <QtTest>

using namespace Sendcheck;

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyType()
    {
        const QString name = QStringLiteral("example.test");
        const QList<DnsRecord> records = {
            DnsRecord::makeAddress(name, QHostAddress(QStringLiteral("192.0.2.1"))),
            DnsRecord::makeAddress(name, QHostAddress(QStringLiteral("2001:db8::1"))),
            DnsRecord::makeMx(name, 10, QStringLiteral("mail.example.test")),
            DnsRecord::makeMx(name, 0, QStringLiteral(".")),
            DnsRecord::makeTxt(name, {"v=spf1 ", "-all"}),
            DnsRecord::makeSrv(name, 1, 2, 587, QStringLiteral("smtp.example.test")),
            DnsRecord::makeTlsa(name, 3, 1, 1, QByteArray::fromHex("abcdef")),
            DnsRecord::makeName(DnsRecordType::PTR, name, QStringLiteral("host.example.test")),
        };
        for (const DnsRecord &record : records) {
            const QByteArray packet = DnsMessage::buildResponse(name, record.type, 0, {record});
            const DnsAnswer answer = DnsMessage::parseResponse(packet, name, record.type);
            QCOMPARE(answer.status, DnsStatus::Ok);
            QCOMPARE(answer.records.size(), 1);
            QCOMPARE(answer.records.first().toString(), record.toString());
        }
    }

    void txtStringsJoinWithoutSeparator()
    {
        const QByteArray first(255, 'p');
        const QByteArray second(200, 'q');
        const DnsRecord record = DnsRecord::makeTxt(QStringLiteral("k._domainkey.example.test"),
                                                    {"v=DKIM1; k=rsa; p=", first, second});
        const QByteArray packet
            = DnsMessage::buildResponse(record.name, DnsRecordType::TXT, 0, {record});
        const DnsAnswer answer = DnsMessage::parseResponse(packet, record.name, DnsRecordType::TXT);
        QCOMPARE(answer.records.first().strings.size(), 3);
        QCOMPARE(answer.records.first().text(), QByteArray("v=DKIM1; k=rsa; p=") + first + second);
        QCOMPARE(answer.records.first().toString().count(QLatin1Char('"')), 6);
    }

    void cnameChainIsFollowed()
    {
        const QList<DnsRecord> records = {
            DnsRecord::makeName(DnsRecordType::CNAME, QStringLiteral("www.example.test"),
                                QStringLiteral("web.example.test")),
            DnsRecord::makeName(DnsRecordType::CNAME, QStringLiteral("web.example.test"),
                                QStringLiteral("host.other.test")),
            DnsRecord::makeAddress(QStringLiteral("host.other.test"),
                                   QHostAddress(QStringLiteral("192.0.2.7"))),
            DnsRecord::makeAddress(QStringLiteral("unrelated.test"),
                                   QHostAddress(QStringLiteral("192.0.2.99"))),
        };
        const QByteArray packet = DnsMessage::buildResponse(QStringLiteral("www.example.test"),
                                                            DnsRecordType::A, 0, records);
        const DnsAnswer answer = DnsMessage::parseResponse(
            packet, QStringLiteral("WWW.example.test"), DnsRecordType::A);
        QCOMPARE(answer.status, DnsStatus::Ok);
        QCOMPARE(answer.canonicalName, QStringLiteral("host.other.test"));
        QCOMPARE(answer.records.size(), 1);
        QCOMPARE(answer.records.first().address, QHostAddress(QStringLiteral("192.0.2.7")));
    }

    void responseCodes_data()
    {
        QTest::addColumn<int>("rcode");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<DnsStatus>("status");
        QTest::newRow("noerror, no records") << 0 << false << DnsStatus::NoData;
        QTest::newRow("servfail") << 2 << false << DnsStatus::ServFail;
        QTest::newRow("nxdomain") << 3 << false << DnsStatus::NxDomain;
        QTest::newRow("refused") << 5 << false << DnsStatus::Refused;
        QTest::newRow("notimp") << 4 << false << DnsStatus::Failed;
        QTest::newRow("truncated") << 0 << true << DnsStatus::Truncated;
    }
    void responseCodes()
    {
        QFETCH(int, rcode);
        QFETCH(bool, truncated);
        QFETCH(DnsStatus, status);
        const QByteArray packet = DnsMessage::buildResponse(
            QStringLiteral("example.test"), DnsRecordType::TXT, rcode, {}, truncated);
        const DnsAnswer answer
            = DnsMessage::parseResponse(packet, QStringLiteral("example.test"), DnsRecordType::TXT);
        QCOMPARE(answer.status, status);
    }

    void malformed()
    {
        const DnsRecord record = DnsRecord::makeTxt(QStringLiteral("example.test"), {"hello"});
        const QByteArray good
            = DnsMessage::buildResponse(record.name, DnsRecordType::TXT, 0, {record});
        QCOMPARE(DnsMessage::parseResponse(good.left(8), record.name, DnsRecordType::TXT).status,
                 DnsStatus::Failed);
        for (int cut = 13; cut < good.size(); ++cut) {
            const DnsAnswer answer
                = DnsMessage::parseResponse(good.left(cut), record.name, DnsRecordType::TXT);
            QCOMPARE(answer.status, DnsStatus::Failed);
            QVERIFY(!answer.detail.isEmpty());
        }
        // A compression pointer to itself must not loop.
        QByteArray looping = good;
        looping[12] = char(0xc0);
        looping[13] = char(12);
        QCOMPARE(DnsMessage::parseResponse(looping, record.name, DnsRecordType::TXT).status,
                 DnsStatus::Failed);
    }

    void names()
    {
        QVERIFY(DnsName::isQueryable(QStringLiteral("example.com.")));
        QVERIFY(!DnsName::isQueryable(QStringLiteral("example..com")));
        QVERIFY(!DnsName::isQueryable(QString(64, QLatin1Char('a')) + QStringLiteral(".com")));
        QVERIFY(DnsName::isQueryable(QString(63, QLatin1Char('a')) + QStringLiteral(".com")));
        QVERIFY(DnsName::isHostName(QStringLiteral("mail.example.com")));
        QVERIFY(!DnsName::isHostName(QStringLiteral("192.0.2.1")));
        QVERIFY(!DnsName::isHostName(QStringLiteral("localhost")));
        QVERIFY(!DnsName::isHostName(QStringLiteral("-bad.example.com")));
        QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("192.0.2.25"))),
                 QStringLiteral("25.2.0.192.in-addr.arpa"));
        QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("::ffff:192.0.2.25"))),
                 QStringLiteral("25.2.0.192.in-addr.arpa"));
        QCOMPARE(DnsName::reverseName(QHostAddress(QStringLiteral("2001:db8::cb01"))),
                 QStringLiteral("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2"
                                ".ip6.arpa"));
        QVERIFY(DnsName::isAtOrBelow(QStringLiteral("Mail.Example.com."),
                                     QStringLiteral("example.COM")));
        QVERIFY(
            !DnsName::isAtOrBelow(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
        QCOMPARE(DnsName::toPresentation(QStringLiteral("a b.x:y.test")),
                 QByteArray("a\\032b.x\\058y.test"));
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
