// SPDX-License-Identifier: GPL-3.0-or-later
// The blocklist data file and what answers mean: query names (IPv4 by octet, IPv6 by nibble),
// listed, bitmask codes, refused codes never read as listings, failures, closed lists not asked;
// a DNS timeout that ends only its own check.
#include "server/blocklistcatalog.h"
#include "server/servercheck.h"

#include "dns/memorydnsresolver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Sendcheck;

namespace {

DnsAnswer answerWith(const QString &name, const QStringList &addresses)
{
    DnsAnswer answer;
    answer.name = name;
    answer.status = DnsStatus::Ok;
    for (const QString &address : addresses)
        answer.records << DnsRecord::makeAddress(name, QHostAddress(address));
    return answer;
}

const Blocklist *find(const QString &id)
{
    for (const Blocklist &list : BlocklistCatalog::builtIn().lists()) {
        if (list.id == id)
            return &list;
    }
    return nullptr;
}

} // namespace

class TestBlocklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogLoads()
    {
        const BlocklistCatalog &catalog = BlocklistCatalog::builtIn();
        QVERIFY(catalog.queried(Blocklist::Kind::Ip).size() >= 6);
        QCOMPARE(catalog.queried(Blocklist::Kind::Domain).size(), 3);
        for (const QString &id :
             {QStringLiteral("spamhaus-zen"), QStringLiteral("barracuda"),
              QStringLiteral("spamcop"), QStringLiteral("uceprotect-1"), QStringLiteral("psbl"),
              QStringLiteral("mailspike"), QStringLiteral("spamhaus-dbl"), QStringLiteral("surbl"),
              QStringLiteral("uribl")}) {
            const Blocklist *list = find(id);
            QVERIFY2(list && list->query, qPrintable(id));
            QVERIFY(list->delistUrl.startsWith(QLatin1String("https://")));
        }
        const Blocklist *sorbs = find(QStringLiteral("sorbs"));
        QVERIFY(sorbs);
        QVERIFY(!sorbs->query);
        QVERIFY(sorbs->note.contains(QLatin1String("2024")));
        QVERIFY(!catalog.notQueried().isEmpty());
    }

    void badCatalog()
    {
        BlocklistCatalog catalog;
        QString error;
        QVERIFY(!catalog.load("{\"lists\": [{\"id\": \"x\", \"name\": \"X\", \"zone\": "
                              "\"x.example\", \"kind\": \"both\"}]}",
                              &error));
        QVERIFY(error.contains(QLatin1String("kind")));
        QVERIFY(!catalog.load("{\"lists\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"ip\", "
                              "\"query\": false}]}",
                              &error));
        QVERIFY(error.contains(QLatin1String("note")));
        QVERIFY(!catalog.load("not json", &error));
    }

    void queryNames()
    {
        const Blocklist *zen = find(QStringLiteral("spamhaus-zen"));
        QVERIFY(zen);
        QCOMPARE(zen->queryName(QHostAddress(QStringLiteral("192.0.2.99"))),
                 QStringLiteral("99.2.0.192.zen.spamhaus.org"));
        QCOMPARE(zen->queryName(QHostAddress(QStringLiteral("2001:db8::1"))),
                 QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2."
                                "zen.spamhaus.org"));
        const Blocklist *dbl = find(QStringLiteral("spamhaus-dbl"));
        QCOMPARE(dbl->queryName(QStringLiteral("Example.COM.")),
                 QStringLiteral("example.com.dbl.spamhaus.org"));
    }

    void verdicts()
    {
        using Kind = Blocklist::Verdict::Kind;
        const Blocklist *zen = find(QStringLiteral("spamhaus-zen"));
        const QString name = QStringLiteral("99.2.0.192.zen.spamhaus.org");
        Blocklist::Verdict v
            = zen->classify(DnsAnswer::failure(name, DnsRecordType::A, DnsStatus::NxDomain));
        QCOMPARE(v.kind, Kind::NotListed);
        v = zen->classify(answerWith(name, {QStringLiteral("127.0.0.4")}));
        QCOMPARE(v.kind, Kind::Listed);
        QVERIFY(v.meanings.first().startsWith(QLatin1String("XBL")));
        for (const QString &refused :
             {QStringLiteral("127.255.255.252"), QStringLiteral("127.255.255.254"),
              QStringLiteral("127.255.255.255")}) {
            v = zen->classify(answerWith(name, {refused}));
            QCOMPARE(v.kind, Kind::Refused);
        }
        v = zen->classify(DnsAnswer::failure(name, DnsRecordType::A, DnsStatus::Timeout));
        QCOMPARE(v.kind, Kind::NoAnswer);
        QVERIFY(!v.detail.isEmpty());
        v = zen->classify(answerWith(name, {QStringLiteral("198.51.100.1")}));
        QCOMPARE(v.kind, Kind::Odd);

        const Blocklist *surbl = find(QStringLiteral("surbl"));
        v = surbl->classify(answerWith(name, {QStringLiteral("127.0.0.80")}));
        QCOMPARE(v.kind, Kind::Listed);
        QCOMPARE(v.meanings.size(), 2); // 80 = MW (16) + ABUSE (64)
        const Blocklist *uribl = find(QStringLiteral("uribl"));
        QCOMPARE(uribl->classify(answerWith(name, {QStringLiteral("127.0.0.1")})).kind,
                 Kind::Refused);
        QCOMPARE(uribl->classify(answerWith(name, {QStringLiteral("127.0.0.2")})).kind,
                 Kind::Listed);
    }

    void addresses()
    {
        QVERIFY(!ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("10.1.2.3"))));
        QVERIFY(!ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("192.168.1.1"))));
        QVERIFY(!ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(!ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("fd00::1"))));
        QVERIFY(ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("192.0.2.25"))));
        QVERIFY(ServerCheck::isPublicAddress(QHostAddress(QStringLiteral("2001:db8::25"))));
        QCOMPARE(ServerCheck::addressInReply(
                     QStringLiteral("mx.example.com at your service, [203.0.113.5]")),
                 QHostAddress(QStringLiteral("203.0.113.5")));
        QCOMPARE(ServerCheck::addressInReply(QStringLiteral("Hello x [IPv6:2001:db8::7]")),
                 QHostAddress(QStringLiteral("2001:db8::7")));
        QVERIFY(ServerCheck::addressInReply(QStringLiteral("mail.example.com ESMTP")).isNull());
        QString normalized;
        QVERIFY(
            ServerCheck::checkHostName(QStringLiteral("Mail.Example.COM."), &normalized).isEmpty());
        QCOMPARE(normalized, QStringLiteral("mail.example.com"));
        QVERIFY(
            !ServerCheck::checkHostName(QStringLiteral("user@example.com"), &normalized).isEmpty());
        QVERIFY(!ServerCheck::checkHostName(QStringLiteral("bad host"), &normalized).isEmpty());
    }

    // A DNS timeout ends its own check only: the PTR and one list time out, the others answer.
    void dnsTimeoutIsPerCheck()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        MemoryDnsResolver dns;
        dns.setFailure(QStringLiteral("5.2.0.192.in-addr.arpa"), DnsRecordType::PTR,
                       DnsStatus::Timeout);
        dns.setFailure(QStringLiteral("5.2.0.192.zen.spamhaus.org"), std::nullopt,
                       DnsStatus::Timeout);
        ServerCheck check(&dns);
        QSignalSpy finished(&check, &ServerCheck::finished);
        ServerCheckRequest request;
        request.host = QStringLiteral("127.0.0.1");
        request.port = closedPort;
        request.ip = QHostAddress(QStringLiteral("192.0.2.5"));
        check.start(request);
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<ServerCheckResult>();
        QCOMPARE(result.check(QStringLiteral("ptr.record"))->status,
                 DomainCheckItem::Status::Error);
        QCOMPARE(result.check(QStringLiteral("dnsbl.spamhaus-zen"))->status,
                 DomainCheckItem::Status::Error);
        QVERIFY(result.check(QStringLiteral("dnsbl.spamhaus-zen"))
                    ->summary.contains(QLatin1String("did not answer")));
        QCOMPARE(result.check(QStringLiteral("dnsbl.spamcop"))->status,
                 DomainCheckItem::Status::Pass);
        QCOMPARE(result.check(QStringLiteral("banner.name"))->status,
                 DomainCheckItem::Status::Error);
        QVERIFY(result.hasFailure());
    }
};

QTEST_GUILESS_MAIN(TestBlocklist)
#include "tst_blocklist.moc"
