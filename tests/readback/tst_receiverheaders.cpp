// SPDX-License-Identifier: GPL-3.0-or-later
// The header fields as Gmail, Microsoft 365, Yahoo, Postfix, SpamAssassin and rspamd write them
// (shapes taken from their documented formats; names and addresses are documentation ones).
#include "readback/authenticationresults.h"
#include "readback/headerblock.h"
#include "readback/receivedhop.h"
#include "readback/spamverdict.h"

#include <QTest>

using namespace Sendcheck;

namespace {

const QByteArray gmailHeader
    = "Delivered-To: owner@gmail.com\r\n"
      "Received: by 2002:a05:6a10:1234:b0:5a1:2b3c:4d5e with SMTP id x12csp123456pxb;\r\n"
      "        Tue, 1 Dec 2026 09:15:02 -0800 (PST)\r\n"
      "ARC-Authentication-Results: i=1; mx.google.com;\r\n"
      "       dkim=pass header.i=@example.com header.s=s2026 header.b=Ab3dEf+/;\r\n"
      "       spf=pass (google.com: domain of owner@example.com designates 192.0.2.10 as "
      "permitted sender) smtp.mailfrom=owner@example.com;\r\n"
      "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=example.com\r\n"
      "Authentication-Results: mx.google.com;\r\n"
      "       dkim=pass header.i=@example.com header.s=s2026 header.b=Ab3dEf+/;\r\n"
      "       spf=pass (google.com: domain of owner@example.com designates 192.0.2.10 as "
      "permitted sender) smtp.mailfrom=owner@example.com;\r\n"
      "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=example.com\r\n"
      "Received: from mail.example.com (mail.example.com. [192.0.2.10])\r\n"
      "        by mx.google.com with ESMTPS id a1si123456qkb.12.2026.12.01.09.15.01\r\n"
      "        for <owner@gmail.com>\r\n"
      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
      "        Tue, 01 Dec 2026 09:15:01 -0800 (PST)\r\n"
      "Received: from laptop.example.com (unknown [198.51.100.7])\r\n"
      "\tby mail.example.com (Postfix) with ESMTPSA id 4Abc1D2efGz9xyz\r\n"
      "\tfor <owner@gmail.com>; Tue,  1 Dec 2026 17:15:00 +0000 (UTC)\r\n"
      "Subject: Sendcheck test\r\n"
      "\r\n"
      "Body: not a header\r\n";

} // namespace

class TestReceiverHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerBlockUnfoldsAndStopsAtTheBody()
    {
        const HeaderBlock block = HeaderBlock::parse(gmailHeader);
        QCOMPARE(block.values(u"received").size(), 3);
        QCOMPARE(block.value(u"SUBJECT"), QStringLiteral("Sendcheck test"));
        QVERIFY(block.value(u"Body").isNull());
        QVERIFY(block.value(u"Authentication-Results")
                    .startsWith(QLatin1String("mx.google.com; dkim=pass")));
    }

    void headerBlockSkipsJunkLinesAndCapsFields()
    {
        const HeaderBlock block
            = HeaderBlock::parse("not a field line\nA: 1\n continued\n: empty name\nB: 2\n", 10);
        QCOMPARE(block.fields().size(), 2);
        QCOMPARE(block.value(u"a"), QStringLiteral("1 continued"));
        QCOMPARE(HeaderBlock::parse("A: 1\nB: 2\nC: 3\n", 2).fields().size(), 2);
    }

    void gmailResults()
    {
        const HeaderBlock block = HeaderBlock::parse(gmailHeader);
        const auto ar = AuthenticationResults::parse(block.value(u"Authentication-Results"));
        QCOMPARE(ar.authservId(), QStringLiteral("mx.google.com"));
        QCOMPARE(ar.results().size(), 3);
        const auto spf = ar.resultsFor(u"spf").value(0);
        QCOMPARE(spf.result, QStringLiteral("pass"));
        QCOMPARE(spf.property(u"smtp.mailfrom"), QStringLiteral("owner@example.com"));
        QVERIFY(spf.comment.contains(QLatin1String("designates 192.0.2.10")));
        const auto dkim = ar.resultsFor(u"dkim").value(0);
        QCOMPARE(dkim.property(u"header.i"), QStringLiteral("@example.com"));
        QCOMPARE(dkim.property(u"header.s"), QStringLiteral("s2026"));
        QCOMPARE(dkim.property(u"header.b"), QStringLiteral("Ab3dEf+/"));
        const auto dmarc = ar.resultsFor(u"dmarc").value(0);
        QCOMPARE(dmarc.result, QStringLiteral("pass"));
        QCOMPARE(dmarc.property(u"header.from"), QStringLiteral("example.com"));
        QCOMPARE(dmarc.comment, QStringLiteral("p=QUARANTINE sp=QUARANTINE dis=NONE"));
    }

    void microsoftResultsHaveNoAuthservId()
    {
        const auto ar = AuthenticationResults::parse(QStringLiteral(
            "spf=softfail (sender IP is 203.0.113.5) smtp.mailfrom=example.com; dkim=none "
            "(message not signed) header.d=none;dmarc=fail action=quarantine "
            "header.from=example.com;compauth=fail reason=001"));
        QVERIFY(ar.authservId().isEmpty());
        QCOMPARE(ar.results().size(), 4);
        QCOMPARE(ar.resultsFor(u"spf").value(0).result, QStringLiteral("softfail"));
        QCOMPARE(ar.resultsFor(u"dkim").value(0).result, QStringLiteral("none"));
        const auto dmarc = ar.resultsFor(u"dmarc").value(0);
        QCOMPARE(dmarc.result, QStringLiteral("fail"));
        QCOMPARE(dmarc.property(u"action"), QStringLiteral("quarantine"));
        const auto compauth = ar.resultsFor(u"compauth").value(0);
        QCOMPARE(compauth.result, QStringLiteral("fail"));
        QCOMPARE(compauth.reason, QStringLiteral("001"));
    }

    void yahooGluesCommentsToResults()
    {
        const auto ar = AuthenticationResults::parse(
            QStringLiteral("atlas-production.v2.mail-production.bf1.yahoo.com; dkim=perm_fail "
                           "header.i=@example.com header.s=s1; spf=pass smtp.mailfrom=example.com; "
                           "dmarc=fail(p=REJECT) header.from=example.com;"));
        QCOMPARE(ar.authservId(),
                 QStringLiteral("atlas-production.v2.mail-production.bf1.yahoo.com"));
        QCOMPARE(ar.results().size(), 3);
        QCOMPARE(ar.resultsFor(u"dkim").value(0).result, QStringLiteral("perm_fail"));
        const auto dmarc = ar.resultsFor(u"dmarc").value(0);
        QCOMPARE(dmarc.result, QStringLiteral("fail"));
        QCOMPARE(dmarc.comment, QStringLiteral("p=REJECT"));
        QCOMPARE(dmarc.property(u"header.from"), QStringLiteral("example.com"));
    }

    void rfc8601Forms()
    {
        // A version after the authserv-id, "none", quoted values, a method version, nested
        // comments and spaces around "=".
        QVERIFY(AuthenticationResults::parse(QStringLiteral("mx.example.org 1; none"))
                    .results()
                    .isEmpty());
        const auto ar = AuthenticationResults::parse(QStringLiteral(
            "mx.example.org 1; dkim/1 = fail reason=\"signature ; expired\" (old (very) key) "
            "header.d = example.com header.b=abc=; spf=temperror"));
        QCOMPARE(ar.authservId(), QStringLiteral("mx.example.org"));
        QCOMPARE(ar.results().size(), 2);
        const auto dkim = ar.results().at(0);
        QCOMPARE(dkim.method, QStringLiteral("dkim"));
        QCOMPARE(dkim.result, QStringLiteral("fail"));
        QCOMPARE(dkim.reason, QStringLiteral("signature ; expired"));
        QCOMPARE(dkim.comment, QStringLiteral("old (very) key"));
        QCOMPARE(dkim.property(u"header.d"), QStringLiteral("example.com"));
        QCOMPARE(dkim.property(u"header.b"), QStringLiteral("abc="));
        QCOMPARE(ar.results().at(1).result, QStringLiteral("temperror"));
    }

    void brokenResultsNeverCrash_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("only semicolons") << QStringLiteral(";;;;");
        QTest::newRow("open comment") << QStringLiteral("mx; spf=pass (never closed");
        QTest::newRow("open quote") << QStringLiteral("mx; dkim=fail reason=\"no end");
        QTest::newRow("equals only") << QStringLiteral("mx; = = =");
        QTest::newRow("close before open") << QStringLiteral("mx; spf=pass ) ( x");
    }

    void brokenResultsNeverCrash()
    {
        QFETCH(QString, value);
        const auto ar = AuthenticationResults::parse(value);
        for (const auto &r : ar.results())
            QVERIFY(!r.method.isEmpty() && !r.result.isEmpty());
    }

    void receivedPathWithTls()
    {
        const HeaderBlock block = HeaderBlock::parse(gmailHeader);
        const QList<ReceivedHop> hops = ReceivedHop::path(block.values(u"Received"));
        QCOMPARE(hops.size(), 3);
        // Oldest first: the laptop to the sender's server (Postfix, authenticated, TLS)...
        QCOMPARE(hops.at(0).from, QStringLiteral("laptop.example.com"));
        QCOMPARE(hops.at(0).fromAddress, QStringLiteral("198.51.100.7"));
        QCOMPARE(hops.at(0).by, QStringLiteral("mail.example.com"));
        QCOMPARE(hops.at(0).with, QStringLiteral("ESMTPSA"));
        QCOMPARE(hops.at(0).tls, ReceivedHop::Tls::Yes);
        QCOMPARE(hops.at(0).time.toUTC(), QDateTime(QDate(2026, 12, 1), QTime(17, 15, 0), Qt::UTC));
        // ...then to Gmail, with the TLS version and cipher in the comment...
        QCOMPARE(hops.at(1).from, QStringLiteral("mail.example.com"));
        QCOMPARE(hops.at(1).fromAddress, QStringLiteral("192.0.2.10"));
        QCOMPARE(hops.at(1).by, QStringLiteral("mx.google.com"));
        QCOMPARE(hops.at(1).tlsVersion, QStringLiteral("TLS1_3"));
        QCOMPARE(hops.at(1).tlsCipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
        QCOMPARE(hops.at(1).tls, ReceivedHop::Tls::Yes);
        // ...and Google's internal hop, plain SMTP inside its own network.
        QCOMPARE(hops.at(2).with, QStringLiteral("SMTP"));
        QCOMPARE(hops.at(2).tls, ReceivedHop::Tls::No);
    }

    void receivedForms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("by");
        QTest::addColumn<int>("tls");
        QTest::addColumn<QString>("version");
        QTest::newRow("microsoft")
            << QStringLiteral(
                   "from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::12) "
                   "by AM0PR01MB5678.eurprd01.prod.exchangelabs.com with Microsoft SMTP "
                   "Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                   "id 15.20.7000.1; Tue, 1 Dec 2026 17:15:02 +0000")
            << QStringLiteral("AM0PR01MB1234.eurprd01.prod.exchangelabs.com") << QString()
            << QStringLiteral("AM0PR01MB5678.eurprd01.prod.exchangelabs.com")
            << int(ReceivedHop::Tls::Yes) << QStringLiteral("TLS1_2");
        QTest::newRow("postfix using")
            << QStringLiteral(
                   "from mail.example.com (mail.example.com [192.0.2.10]) (using TLSv1.3 "
                   "with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange "
                   "X25519) (No client certificate requested) by mx.example.net "
                   "(Postfix) with ESMTPS id 4Xyz; Tue,  1 Dec 2026 17:15:02 +0000 (UTC)")
            << QStringLiteral("mail.example.com") << QStringLiteral("192.0.2.10")
            << QStringLiteral("mx.example.net") << int(ReceivedHop::Tls::Yes)
            << QStringLiteral("TLSv1.3");
        QTest::newRow("plain ipv6 literal")
            << QStringLiteral("from [IPv6:2001:db8::25] by mx.example.net with ESMTP id 1; "
                              "Tue, 1 Dec 2026 17:15:02 +0000")
            << QStringLiteral("[IPv6:2001:db8::25]") << QStringLiteral("2001:db8::25")
            << QStringLiteral("mx.example.net") << int(ReceivedHop::Tls::No) << QString();
        QTest::newRow("garbage") << QStringLiteral("(((;;") << QString() << QString() << QString()
                                 << int(ReceivedHop::Tls::Unknown) << QString();
    }

    void receivedForms()
    {
        QFETCH(QString, value);
        const ReceivedHop hop = ReceivedHop::parse(value);
        QTEST(hop.from, "from");
        QTEST(hop.fromAddress, "address");
        QTEST(hop.by, "by");
        QTEST(int(hop.tls), "tls");
        QTEST(hop.tlsVersion, "version");
    }

    void spamAssassinAndRspamd()
    {
        const HeaderBlock block = HeaderBlock::parse(
            "X-Spam-Flag: YES\r\n"
            "X-Spam-Status: Yes, score=7.9 required=5.0 tests=BAYES_99,RDNS_NONE,\r\n"
            "\tSPF_FAIL autolearn=no autolearn_force=no version=4.0.0\r\n"
            "X-Spamd-Result: default: False [1.20 / 15.00]; "
            "R_SPF_ALLOW(-0.20)[+ip4:192.0.2.10];\r\n"
            " DMARC_POLICY_ALLOW(-0.50)[example.com,none]\r\n");
        const QList<SpamVerdict> verdicts = SpamVerdict::read(block);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(verdicts.at(0).filter, QStringLiteral("spamassassin"));
        QCOMPARE(verdicts.at(0).spam, std::optional<bool>(true));
        QCOMPARE(verdicts.at(0).score, std::optional<double>(7.9));
        QCOMPARE(verdicts.at(0).threshold, std::optional<double>(5.0));
        QVERIFY(verdicts.at(0).detail.contains(QLatin1String("RDNS_NONE")));
        QCOMPARE(verdicts.at(1).filter, QStringLiteral("rspamd"));
        QCOMPARE(verdicts.at(1).spam, std::optional<bool>(false));
        QCOMPARE(verdicts.at(1).score, std::optional<double>(1.2));
        QCOMPARE(verdicts.at(1).threshold, std::optional<double>(15.0));
    }

    void microsoftScl()
    {
        const HeaderBlock junk = HeaderBlock::parse(
            "X-Forefront-Antispam-Report: CIP:203.0.113.5;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;"
            "SFV:SPM;H:mail.example.com;PTR:;CAT:SPM;SFS:(13230040);DIR:INB;\r\n"
            "X-Microsoft-Antispam: BCL:0;\r\n");
        const QList<SpamVerdict> verdicts = SpamVerdict::read(junk);
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts.at(0).filter, QStringLiteral("microsoft"));
        QCOMPARE(verdicts.at(0).spam, std::optional<bool>(true));
        QCOMPARE(verdicts.at(0).score, std::optional<double>(5));
        QCOMPARE(verdicts.at(0).detail, QStringLiteral("SFV:SPM BCL:0"));
        const QList<SpamVerdict> clean
            = SpamVerdict::read(HeaderBlock::parse("X-MS-Exchange-Organization-SCL: 1\r\n"));
        QCOMPARE(clean.value(0).spam, std::optional<bool>(false));
        QVERIFY(SpamVerdict::read(HeaderBlock::parse("Subject: hi\r\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReceiverHeaders)
#include "tst_receiverheaders.moc"
