// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/capabilities.h"

#include <QTest>

using namespace Sendcheck;

static SmtpReply ehlo(const QStringList &lines)
{
    SmtpReply reply;
    reply.code = 250;
    reply.lines = lines;
    return reply;
}

class TestCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gmailStyle()
    {
        const auto caps = Capabilities::fromEhloReply(
            ehlo({QStringLiteral("smtp.gmail.com at your service, [203.0.113.5]"),
                  QStringLiteral("SIZE 35882577"), QStringLiteral("8BITMIME"),
                  QStringLiteral("AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH"),
                  QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("PIPELINING"),
                  QStringLiteral("CHUNKING"), QStringLiteral("SMTPUTF8")}));
        QCOMPARE(caps.greeting(), QStringLiteral("smtp.gmail.com at your service, [203.0.113.5]"));
        QCOMPARE(caps.sizeLimit(), std::optional<qint64>(35882577));
        QVERIFY(caps.eightBitMime());
        QVERIFY(caps.pipelining());
        QVERIFY(caps.chunking());
        QVERIFY(caps.smtpUtf8());
        QVERIFY(caps.enhancedStatusCodes());
        QVERIFY(!caps.startTls());
        QCOMPARE(caps.authMechanisms(),
                 QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN"),
                              QStringLiteral("XOAUTH2"), QStringLiteral("PLAIN-CLIENTTOKEN"),
                              QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH")}));
    }
    void legacyAuthEqualsForm()
    {
        const auto caps = Capabilities::fromEhloReply(
            ehlo({QStringLiteral("mx"), QStringLiteral("AUTH=LOGIN PLAIN"),
                  QStringLiteral("AUTH LOGIN CRAM-MD5"), QStringLiteral("STARTTLS")}));
        QCOMPARE(caps.authMechanisms(),
                 QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN"),
                              QStringLiteral("CRAM-MD5")}));
        QVERIFY(caps.startTls());
    }
    void lookAlikesDoNotCount()
    {
        const auto caps = Capabilities::fromEhloReply(
            ehlo({QStringLiteral("mx"), QStringLiteral("STARTTLSX"), QStringLiteral("X-STARTTLS"),
                  QStringLiteral("XPIPELINING"), QStringLiteral("AUTHX PLAIN")}));
        QVERIFY(!caps.startTls());
        QVERIFY(!caps.pipelining());
        QVERIFY(caps.authMechanisms().isEmpty());
    }
    void caseInsensitiveKeywords()
    {
        const auto caps = Capabilities::fromEhloReply(
            ehlo({QStringLiteral("mx"), QStringLiteral("starttls"), QStringLiteral("auth plain")}));
        QVERIFY(caps.startTls());
        QVERIFY(caps.offersAuth(QStringLiteral("PLAIN")));
    }
    void sizeWithoutNumberMeansNoFixedLimit()
    {
        const auto caps
            = Capabilities::fromEhloReply(ehlo({QStringLiteral("mx"), QStringLiteral("SIZE")}));
        QCOMPARE(caps.sizeLimit(), std::optional<qint64>(0));
        const auto none = Capabilities::fromEhloReply(ehlo({QStringLiteral("mx")}));
        QVERIFY(!none.sizeLimit());
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
