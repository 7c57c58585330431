// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/replyparser.h"

#include <QTest>

using namespace Sendcheck;

class TestReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleLine();
    void multiLineWithEnhancedCodes();
    void enhancedCodeClassMustMatch();
    void enhancedCodeShape_data();
    void enhancedCodeShape();
    void codeOnly();
    void badInput_data();
    void badInput();
    void overLongLineRefused();
    void endlessContinuationRefused();
    void recoversAfterReset();
};

void TestReplyParser::singleLine()
{
    ReplyParser parser;
    QCOMPARE(parser.addLine("250 2.1.0 Sender OK"), ReplyParser::Status::Complete);
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, 250);
    QCOMPARE(reply.enhanced, QStringLiteral("2.1.0"));
    QCOMPARE(reply.lines, QStringList {QStringLiteral("Sender OK")});
    QCOMPARE(reply.toOneLine(), QStringLiteral("250 2.1.0 Sender OK"));
    QVERIFY(reply.isPositive());
}

void TestReplyParser::multiLineWithEnhancedCodes()
{
    ReplyParser parser;
    QCOMPARE(parser.addLine("535-5.7.8 Username and Password not accepted. For more"),
             ReplyParser::Status::NeedMore);
    QVERIFY(parser.inProgress());
    QCOMPARE(parser.addLine("535 5.7.8  https://support.google.com/mail/?p=BadCredentials"),
             ReplyParser::Status::Complete);
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, 535);
    QCOMPARE(reply.enhanced, QStringLiteral("5.7.8"));
    QCOMPARE(reply.lines.size(), 2);
    QCOMPARE(reply.lines[0], QStringLiteral("Username and Password not accepted. For more"));
    QCOMPARE(reply.lines[1], QStringLiteral("https://support.google.com/mail/?p=BadCredentials"));
    QVERIFY(reply.isPermanentFailure());
}

void TestReplyParser::enhancedCodeClassMustMatch()
{
    ReplyParser parser;
    QCOMPARE(parser.addLine("250 5.1.1 looks like a code but is not"),
             ReplyParser::Status::Complete);
    const SmtpReply reply = parser.takeReply();
    QVERIFY(reply.enhanced.isEmpty());
    QCOMPARE(reply.text(), QStringLiteral("5.1.1 looks like a code but is not"));
}

void TestReplyParser::enhancedCodeShape_data()
{
    // RFC 3463: class "." 1*3digit "." 1*3digit, then a space or the end of the line.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("550 5.1.1 unknown") << QStringLiteral("5.1.1")
                           << QStringLiteral("unknown");
    QTest::newRow("three digits each") << QByteArray("451 4.123.456 later")
                                       << QStringLiteral("4.123.456") << QStringLiteral("later");
    QTest::newRow("leading zeros kept")
        << QByteArray("250 2.01.000 ok") << QStringLiteral("2.01.000") << QStringLiteral("ok");
    QTest::newRow("code alone") << QByteArray("250 2.0.0") << QStringLiteral("2.0.0") << QString();
    QTest::newRow("spaces after") << QByteArray("250 2.0.0   queued") << QStringLiteral("2.0.0")
                                  << QStringLiteral("queued");
    QTest::newRow("four digits") << QByteArray("550 5.1.1234 x") << QString()
                                 << QStringLiteral("5.1.1234 x");
    QTest::newRow("four digits in the middle")
        << QByteArray("550 5.1234.1 x") << QString() << QStringLiteral("5.1234.1 x");
    QTest::newRow("glued text") << QByteArray("250 2.0.0ok") << QString()
                                << QStringLiteral("2.0.0ok");
    QTest::newRow("empty part") << QByteArray("550 5..1 x") << QString()
                                << QStringLiteral("5..1 x");
    QTest::newRow("two parts") << QByteArray("550 5.1 x") << QString() << QStringLiteral("5.1 x");
    QTest::newRow("class 3") << QByteArray("354 3.0.0 go") << QString()
                             << QStringLiteral("3.0.0 go");
    QTest::newRow("non-ASCII digit")
        << QByteArray("550 5.\xd9\xa1.1 x") << QString() << QString::fromUtf8("5.\xd9\xa1.1 x");
}

void TestReplyParser::enhancedCodeShape()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    ReplyParser parser;
    QCOMPARE(parser.addLine(line), ReplyParser::Status::Complete);
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.enhanced, enhanced);
    QCOMPARE(reply.text(), text);
}

void TestReplyParser::codeOnly()
{
    ReplyParser parser;
    QCOMPARE(parser.addLine("334"), ReplyParser::Status::Complete);
    const SmtpReply reply = parser.takeReply();
    QCOMPARE(reply.code, 334);
    QCOMPARE(reply.lines, QStringList {QString()});
}

void TestReplyParser::badInput_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::newRow("empty") << QList<QByteArray> {""};
    QTest::newRow("short line") << QList<QByteArray> {"25"};
    QTest::newRow("non-digits") << QList<QByteArray> {"2x0 hello"};
    QTest::newRow("letters") << QList<QByteArray> {"hello world"};
    QTest::newRow("bad first digit 6") << QList<QByteArray> {"620 what"};
    QTest::newRow("bad first digit 1") << QList<QByteArray> {"150 what"};
    QTest::newRow("bad separator") << QList<QByteArray> {"250_ok"};
    QTest::newRow("mixed codes") << QList<QByteArray> {"250-first", "251 second"};
    QTest::newRow("binary TLS record") << QList<QByteArray> {QByteArray("\x16\x03\x01\x02\x00", 5)};
}

void TestReplyParser::badInput()
{
    QFETCH(QList<QByteArray>, lines);
    ReplyParser parser;
    ReplyParser::Status status = ReplyParser::Status::NeedMore;
    for (const QByteArray &line : lines)
        status = parser.addLine(line);
    QCOMPARE(status, ReplyParser::Status::Error);
    QVERIFY(!parser.errorString().isEmpty());
}

void TestReplyParser::overLongLineRefused()
{
    ReplyParser parser;
    const QByteArray line = "250 " + QByteArray(ReplyParser::MaxLineLength, 'a');
    QCOMPARE(parser.addLine(line), ReplyParser::Status::Error);
}

void TestReplyParser::endlessContinuationRefused()
{
    ReplyParser parser;
    ReplyParser::Status status = ReplyParser::Status::NeedMore;
    int lines = 0;
    while (status == ReplyParser::Status::NeedMore && lines < 10000) {
        status = parser.addLine("250-more");
        ++lines;
    }
    QCOMPARE(status, ReplyParser::Status::Error);
    QCOMPARE(lines, ReplyParser::MaxLines + 1);
}

void TestReplyParser::recoversAfterReset()
{
    ReplyParser parser;
    QCOMPARE(parser.addLine("250-a"), ReplyParser::Status::NeedMore);
    parser.reset();
    QVERIFY(!parser.inProgress());
    QCOMPARE(parser.addLine("220 ready"), ReplyParser::Status::Complete);
    QCOMPARE(parser.takeReply().code, 220);
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
