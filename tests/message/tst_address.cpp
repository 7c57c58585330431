// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/address.h"
#include "mimecheck.h"

#include <QTest>

using namespace Sendcheck;

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidAddresses_data();
    void acceptsValidAddresses();
    void rejectsInvalidAddressesWithReason_data();
    void rejectsInvalidAddressesWithReason();
    void acceptsLengthsExactlyAtTheLimits();
    void convertsIdnDomainToAce();
    void nonAsciiLocalPartNeedsSmtpUtf8();
    void headerFormEncodesNonAsciiDisplayName_data();
    void headerFormEncodesNonAsciiDisplayName();
    void headerFormQuotesSpecials();
    void headerFormNeverContainsLineBreaks();
};

void TestAddress::acceptsValidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("addrSpec");
    QTest::addColumn<QString>("displayName");

    QTest::newRow("plain") << "user@example.com"
                           << "user@example.com"
                           << "";
    QTest::newRow("surrounding spaces") << "  user@example.com "
                                        << "user@example.com"
                                        << "";
    QTest::newRow("angle brackets only") << "<user@example.com>"
                                         << "user@example.com"
                                         << "";
    QTest::newRow("display name") << "Jane Doe <jane@example.com>"
                                  << "jane@example.com"
                                  << "Jane Doe";
    QTest::newRow("quoted display name with comma") << "\"Doe, Jane\" <jane@example.com>"
                                                    << "jane@example.com"
                                                    << "Doe, Jane";
    QTest::newRow("quoted display name with < and escaped quote")
        << "\"a <b> \\\"c\\\"\" <x@example.com>"
        << "x@example.com"
        << "a <b> \"c\"";
    QTest::newRow("dot-atom with specials") << "first.last+tag!#$%&'*/=?^_`{|}~-@sub.example.co.uk"
                                            << "first.last+tag!#$%&'*/=?^_`{|}~-@sub.example.co.uk"
                                            << "";
    QTest::newRow("quoted local part with space") << "\"john doe\"@example.com"
                                                  << "\"john doe\"@example.com"
                                                  << "";
    QTest::newRow("quoted local part with @ and escaped quote") << "\"a@b\\\"c\"@example.com"
                                                                << "\"a@b\\\"c\"@example.com"
                                                                << "";
    QTest::newRow("quoted local part with dots") << "\"..a..\"@example.com"
                                                 << "\"..a..\"@example.com"
                                                 << "";
    QTest::newRow("ipv4 literal") << "postmaster@[192.0.2.1]"
                                  << "postmaster@[192.0.2.1]"
                                  << "";
    QTest::newRow("ipv6 literal") << "postmaster@[IPv6:2001:db8::1]"
                                  << "postmaster@[IPv6:2001:db8::1]"
                                  << "";
    QTest::newRow("single label domain") << "root@localhost"
                                         << "root@localhost"
                                         << "";
    QTest::newRow("hyphen inside label") << "a@my-host.example"
                                         << "a@my-host.example"
                                         << "";
    QTest::newRow("unicode display name") << "Jürgen Müller <j@example.de>"
                                          << "j@example.de"
                                          << "Jürgen Müller";
}

void TestAddress::acceptsValidAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, addrSpec);
    QFETCH(QString, displayName);

    QString error;
    const auto address = Address::parse(input, &error);
    QVERIFY2(address.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(address->addrSpec(), addrSpec);
    QCOMPARE(address->displayName(), displayName);
    QVERIFY(!address->isNull());
}

void TestAddress::rejectsInvalidAddressesWithReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // a piece of the error message that names the problem

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("only spaces") << "   "
                                 << "empty";
    QTest::newRow("no at sign") << "user.example.com"
                                << "no @";
    QTest::newRow("empty local part") << "@example.com"
                                      << "before the @ is empty";
    QTest::newRow("empty domain") << "user@"
                                  << "domain) is empty";
    QTest::newRow("CR") << "user@example.com\rRCPT TO:<x@evil.example>"
                        << "carriage return (CR)";
    QTest::newRow("LF") << "user@example.com\nRCPT TO:<x@evil.example>"
                        << "line feed (LF)";
    QTest::newRow("CRLF in display name") << "Bob\r\nBcc: x@evil.example <bob@example.com>"
                                          << "carriage return (CR)";
    QTest::newRow("LF in display name") << "Bob\nBcc: x <bob@example.com>"
                                        << "line feed (LF)";
    QTest::newRow("NUL") << QStringLiteral("user@exa") + QChar(u'\0') + QStringLiteral("mple.com")
                         << "NUL";
    QTest::newRow("tab") << "user\t@example.com"
                         << "U+0009";
    QTest::newRow("DEL") << QStringLiteral("user\x7f@example.com") << "U+007F";
    QTest::newRow("space in local part") << "us er@example.com"
                                         << "a space";
    QTest::newRow("comma in local part") << "a,b@example.com"
                                         << "','";
    QTest::newRow("leading dot") << ".user@example.com"
                                 << "start or end with a dot";
    QTest::newRow("trailing dot local") << "user.@example.com"
                                        << "start or end with a dot";
    QTest::newRow("two dots") << "us..er@example.com"
                              << "two dots";
    QTest::newRow("unterminated quote") << "\"user@example.com"
                                        << "closing quote";
    QTest::newRow("text after quote") << "\"user\"x@example.com"
                                      << "closing quote and the @";
    QTest::newRow("domain empty label") << "user@example..com"
                                        << "empty part";
    QTest::newRow("domain leading dot") << "user@.example.com"
                                        << "empty part";
    QTest::newRow("domain trailing dot") << "user@example.com."
                                         << "ends with a dot";
    QTest::newRow("domain underscore") << "user@exa_mple.com"
                                       << "'_'";
    QTest::newRow("domain space") << "user@exa mple.com"
                                  << "a space";
    QTest::newRow("two at signs") << "a@b@example.com"
                                  << "'@'";
    QTest::newRow("label hyphen start") << "user@-example.com"
                                        << "hyphen";
    QTest::newRow("label hyphen end") << "user@example-.com"
                                      << "hyphen";
    QTest::newRow("label too long") << "user@" + QString(64, u'a') + ".com"
                                    << "limit is 63";
    QTest::newRow("local part 65") << QString(65, u'a') + "@example.com"
                                   << "65 bytes";
    QTest::newRow("local part 65 octets in UTF-8") << QString(32, u'ä') + "a@example.com"
                                                   << "65 bytes";
    QTest::newRow("domain 256") << "a@" + (QString(62, u'a') + u'.').repeated(4) + "abcd"
                                << "256 bytes";
    QTest::newRow("path 257") << QString(64, u'a') + "@" + (QString(62, u'b') + u'.').repeated(2)
            + QString(62, u'c') + ".example"
                              << "limit is 256";
    QTest::newRow("bad ipv4 literal") << "a@[300.1.1.1]"
                                      << "address literal";
    QTest::newRow("unterminated literal") << "a@[1.2.3.4"
                                          << "address literal";
    QTest::newRow("bad ipv6 literal") << "a@[IPv6:zz::1]"
                                      << "address literal";
    QTest::newRow("general literal") << "a@[tag:thing]"
                                     << "address literal";
    QTest::newRow("bare ip") << "a@192.0.2.1"
                             << "[192.0.2.1]";
    QTest::newRow("numeric tld") << "a@example.123"
                                 << "all digits";
    QTest::newRow("missing >") << "Bob <bob@example.com"
                               << "without a closing '>'";
    QTest::newRow("text after >") << "Bob <bob@example.com> x"
                                  << "without a closing '>'";
    QTest::newRow("missing <") << "bob@example.com>"
                               << "no matching '<'";
    QTest::newRow("empty brackets") << "Bob <>"
                                    << "between '<' and '>' is empty";
    QTest::newRow("invalid idn") << QStringLiteral("a@ex\u00e4mple\u3002\u3002com") << "domain";
}

void TestAddress::rejectsInvalidAddressesWithReason()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    QString error;
    const auto address = Address::parse(input, &error);
    QVERIFY2(!address.has_value(), qPrintable(address ? address->addrSpec() : QString()));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestAddress::acceptsLengthsExactlyAtTheLimits()
{
    // 64-octet local part, 63-character labels, 255-octet domain: all allowed; the path limit
    // (256 with the brackets) is checked separately.
    QString error;
    QVERIFY2(Address::parse(QString(64, u'a') + "@example.com", &error), qPrintable(error));
    QVERIFY2(Address::parse("a@" + QString(63, u'b') + ".com", &error), qPrintable(error));

    // A 255-octet domain passes the domain check, so what stops it is the path limit.
    const QString domain255 = (QString(62, u'a') + u'.').repeated(4) + "abc";
    QCOMPARE(domain255.size(), 255);
    QVERIFY(!Address::parse("a@" + domain255, &error));
    QVERIFY2(error.contains("limit is 256") && !error.contains("domain"), qPrintable(error));

    const QString domain250 = (QString(62, u'a') + u'.').repeated(3) + QString(61, u'b');
    QCOMPARE(domain250.size(), 250);
    const auto atLimit = Address::parse(QString(3, u'x') + u'@' + domain250, &error);
    QVERIFY2(atLimit, qPrintable(error));
    QCOMPARE(atLimit->addrSpec().size() + 2, 256);
    QVERIFY(!Address::parse(QString(4, u'x') + u'@' + domain250, &error));
    QVERIFY2(error.contains("257"), qPrintable(error));
}

void TestAddress::convertsIdnDomainToAce()
{
    QString error;
    const auto address = Address::parse(QStringLiteral("Anna <anna@bücher.example>"), &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->addrSpec(), QStringLiteral("anna@xn--bcher-kva.example"));
    QCOMPARE(address->domain(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(address->unicodeDomain(), QStringLiteral("bücher.example"));
    QVERIFY(!address->needsSmtpUtf8());
    QVERIFY(address->headerForm().contains("xn--bcher-kva.example"));
    QVERIFY(address->toDisplayString().contains(QStringLiteral("bücher.example")));

    const auto japanese = Address::parse(QStringLiteral("info@例え.テスト"), &error);
    QVERIFY2(japanese, qPrintable(error));
    QVERIFY(japanese->domain().startsWith(QLatin1String("xn--")));
    for (const QChar c : japanese->addrSpec())
        QVERIFY(c.unicode() < 0x80);
}

void TestAddress::nonAsciiLocalPartNeedsSmtpUtf8()
{
    QString error;
    const auto unicode = Address::parse(QStringLiteral("josé@example.com"), &error);
    QVERIFY2(unicode, qPrintable(error));
    QVERIFY(unicode->needsSmtpUtf8());
    QCOMPARE(unicode->addrSpec(), QStringLiteral("josé@example.com"));

    const auto ascii = Address::parse(QStringLiteral("José <jose@example.com>"), &error);
    QVERIFY2(ascii, qPrintable(error));
    QVERIFY(!ascii->needsSmtpUtf8()); // a Unicode display name is encoded, not SMTPUTF8
}

void TestAddress::headerFormEncodesNonAsciiDisplayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("german") << QStringLiteral("Jürgen Müller");
    QTest::newRow("chinese") << QStringLiteral("王小明");
    QTest::newRow("emoji") << QStringLiteral("Mail 📬 Robot 🤖");
    QTest::newRow("long") << QStringLiteral("Ünïcödé ").repeated(20).trimmed();
    QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?SGk=?= plain");
}

void TestAddress::headerFormEncodesNonAsciiDisplayName()
{
    QFETCH(QString, name);
    QString error;
    const auto address = Address::parse(u'"' + name + QStringLiteral("\" <a@example.com>"), &error);
    QVERIFY2(address, qPrintable(error));
    const QByteArray header = address->headerForm();
    for (const char c : header)
        QVERIFY2(uchar(c) >= 0x20 && uchar(c) < 0x7f, header.constData());
    QVERIFY(header.endsWith(" <a@example.com>"));
    const QByteArray phrase = header.chopped(QByteArray(" <a@example.com>").size());
    QVERIFY(phrase.startsWith("=?UTF-8?"));
    for (const QByteArray &word : phrase.split(' '))
        QVERIFY2(word.size() <= 75, word.constData()); // RFC 2047 2: at most 75 characters
    QCOMPARE(MimeCheck::decodeHeader(phrase), name);
}

void TestAddress::headerFormQuotesSpecials()
{
    QString error;
    const auto plain = Address::parse(QStringLiteral("Jane Doe <jane@example.com>"), &error);
    QCOMPARE(plain->headerForm(), QByteArray("Jane Doe <jane@example.com>"));
    const auto comma
        = Address::parse(QStringLiteral("\"Doe, \\\"JD\\\" Jane\" <j@example.com>"), &error);
    QVERIFY2(comma, qPrintable(error));
    QCOMPARE(comma->displayName(), QStringLiteral("Doe, \"JD\" Jane"));
    QCOMPARE(comma->headerForm(), QByteArray("\"Doe, \\\"JD\\\" Jane\" <j@example.com>"));
    const auto bare = Address::parse(QStringLiteral("j@example.com"), &error);
    QCOMPARE(bare->headerForm(), QByteArray("j@example.com"));
}

void TestAddress::headerFormNeverContainsLineBreaks()
{
    // Whatever parse() accepts, the header form stays one line of printable characters.
    const QStringList inputs = {QStringLiteral("\"a\\\\b\" <x@example.com>"),
                                QStringLiteral("Ünï \"quoted\" <x@example.com>"),
                                QStringLiteral("\"  spaced  \" <x@example.com>")};
    for (const QString &input : inputs) {
        QString error;
        const auto address = Address::parse(input, &error);
        QVERIFY2(address, qPrintable(error));
        QVERIFY(!address->headerForm().contains('\r'));
        QVERIFY(!address->headerForm().contains('\n'));
        QVERIFY(!address->headerForm().contains('\0'));
    }
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
