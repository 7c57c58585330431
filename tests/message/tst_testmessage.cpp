// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/messagesource.h"
#include "message/testmessage.h"
#include "mimecheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Sendcheck;

namespace {

Address mailbox(const QString &text)
{
    QString error;
    const auto address = Address::parse(text, &error);
    if (!address)
        qFatal("bad test address %s: %s", qPrintable(text), qPrintable(error));
    return *address;
}

TestMessage validMessage()
{
    TestMessage message;
    message.setFrom(mailbox(QStringLiteral("Sender <sender@example.com>")));
    message.setTo({mailbox(QStringLiteral("rcpt@example.net"))});
    message.setSubject(QStringLiteral("Test"));
    message.setTextBody(QStringLiteral("Hello"));
    return message;
}

} // namespace

class TestTestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validMessageHasNoProblems();
    void missingSenderIsReported();
    void missingRecipientIsReported();
    void ccAloneIsEnoughRecipients();
    void headerInjectionInSubjectIsRejected_data();
    void headerInjectionInSubjectIsRejected();
    void injectedSubjectNeverReachesTheWireRaw();
    void missingAttachmentIsReported();
    void directoryAsAttachmentIsReported();
    void attachmentNameWithLineBreakIsRejected();
    void malformedMessageIdIsRejected_data();
    void malformedMessageIdIsRejected();
    void envelopeRecipientsAreToThenCcWithoutDuplicates();
    void needsSmtpUtf8FollowsLocalParts();
    void dateIsRfc5322Format();
    void generatedMessageIdUsesSenderDomain();
};

void TestTestMessage::validMessageHasNoProblems()
{
    const QStringList problems = validMessage().validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTestMessage::missingSenderIsReported()
{
    TestMessage message = validMessage();
    message.setFrom(Address());
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("From")), qPrintable(problems.first()));
}

void TestTestMessage::missingRecipientIsReported()
{
    TestMessage message = validMessage();
    message.setTo({});
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("recipient")), qPrintable(problems.first()));
}

void TestTestMessage::ccAloneIsEnoughRecipients()
{
    TestMessage message = validMessage();
    message.setTo({});
    message.setCc({mailbox(QStringLiteral("cc@example.org"))});
    QVERIFY(message.validate().isEmpty());
}

void TestTestMessage::headerInjectionInSubjectIsRejected_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("CRLF") << QStringLiteral("Hi\r\nBcc: victim@example.org");
    QTest::newRow("LF") << QStringLiteral("Hi\nBcc: victim@example.org");
    QTest::newRow("CR") << QStringLiteral("Hi\rBcc: victim@example.org");
    QTest::newRow("NUL") << QStringLiteral("Hi") + QChar(u'\0') + QStringLiteral("there");
}

void TestTestMessage::headerInjectionInSubjectIsRejected()
{
    QFETCH(QString, subject);
    TestMessage message = validMessage();
    message.setSubject(subject);
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("subject")), qPrintable(problems.first()));
}

void TestTestMessage::injectedSubjectNeverReachesTheWireRaw()
{
    // Even if a caller skipped validate(), the writer encodes the text instead of breaking the
    // header block: no "Bcc:" header appears.
    TestMessage message = validMessage();
    message.setSubject(QStringLiteral("Hi\r\nBcc: victim@example.org\n\nbody"));
    const auto source = message.createSource();
    const QByteArray raw = MimeCheck::readAll(*source);
    QVERIFY(!MimeCheck::hasBareCrOrLf(raw));
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QVERIFY(!entity.headerNames().contains("Bcc"));
    QCOMPARE(MimeCheck::decodeHeader(entity.header("Subject")), message.subject());
}

void TestTestMessage::missingAttachmentIsReported()
{
    TestMessage message = validMessage();
    message.setAttachments({QStringLiteral("/nonexistent/sendcheck/file.pdf")});
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("does not exist")),
             qPrintable(problems.first()));
}

void TestTestMessage::directoryAsAttachmentIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = validMessage();
    message.setAttachments({dir.path()});
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("not a regular file")),
             qPrintable(problems.first()));
}

void TestTestMessage::attachmentNameWithLineBreakIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("evil\r\nContent-Type: evil.txt"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.write("x");
    file.close();

    TestMessage message = validMessage();
    message.setAttachments({path});
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("line break")), qPrintable(problems.first()));

    // And the writer still keeps the name inside its parameter.
    const auto source = message.createSource();
    const QByteArray raw = MimeCheck::readAll(*source);
    QVERIFY2(source->errorString().isEmpty(), qPrintable(source->errorString()));
    QVERIFY(!MimeCheck::hasBareCrOrLf(raw));
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QCOMPARE(entity.parts.size(), 2);
    const MimeCheck::Entity &attachment = entity.parts.at(1);
    QCOMPARE(
        attachment.headerNames(),
        QList<QByteArray>({"Content-Type", "Content-Disposition", "Content-Transfer-Encoding"}));
    QCOMPARE(MimeCheck::parameter(attachment.header("Content-Disposition"), "filename"),
             QStringLiteral("evil\r\nContent-Type: evil.txt"));
}

void TestTestMessage::malformedMessageIdIsRejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("line break") << QStringLiteral("<a@b>\r\nBcc: x@example.org");
    QTest::newRow("no brackets") << QStringLiteral("a@b");
    QTest::newRow("no at") << QStringLiteral("<ab>");
    QTest::newRow("space") << QStringLiteral("<a b@c>");
}

void TestTestMessage::malformedMessageIdIsRejected()
{
    QFETCH(QString, id);
    TestMessage message = validMessage();
    message.setMessageId(id);
    const QStringList problems = message.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("Message-ID")), qPrintable(problems.first()));
}

void TestTestMessage::envelopeRecipientsAreToThenCcWithoutDuplicates()
{
    TestMessage message = validMessage();
    message.setTo({mailbox(QStringLiteral("B <b@example.com>")),
                   mailbox(QStringLiteral("a@bücher.example"))});
    message.setCc({mailbox(QStringLiteral("c@example.com")),
                   mailbox(QStringLiteral("Again <b@example.com>"))});
    QCOMPARE(
        message.envelopeRecipients(),
        QStringList({QStringLiteral("b@example.com"), QStringLiteral("a@xn--bcher-kva.example"),
                     QStringLiteral("c@example.com")}));
}

void TestTestMessage::needsSmtpUtf8FollowsLocalParts()
{
    TestMessage message = validMessage();
    QVERIFY(!message.needsSmtpUtf8());
    message.setCc({mailbox(QStringLiteral("Zoë <zoe@bücher.example>"))});
    QVERIFY(!message.needsSmtpUtf8()); // IDN domain and display name need no SMTPUTF8
    message.setCc({mailbox(QStringLiteral("zoë@example.com"))});
    QVERIFY(message.needsSmtpUtf8());
    message.setCc({});
    message.setFrom(mailbox(QStringLiteral("δοκιμή@example.com")));
    QVERIFY(message.needsSmtpUtf8());
}

void TestTestMessage::dateIsRfc5322Format()
{
    const QDateTime plusOne(QDate(2024, 3, 5), QTime(14, 3, 9), QTimeZone(3600));
    QCOMPARE(TestMessage::formatDate(plusOne), QByteArray("Tue, 5 Mar 2024 14:03:09 +0100"));
    const QDateTime minus(QDate(1999, 12, 31), QTime(23, 59, 0), QTimeZone(-(9 * 3600 + 30 * 60)));
    QCOMPARE(TestMessage::formatDate(minus), QByteArray("Fri, 31 Dec 1999 23:59:00 -0930"));
    const QDateTime utc(QDate(2030, 1, 6), QTime(0, 0, 0), QTimeZone::utc());
    QCOMPARE(TestMessage::formatDate(utc), QByteArray("Sun, 6 Jan 2030 00:00:00 +0000"));

    // The Date header round-trips through Qt's own RFC 2822 parser.
    TestMessage message = validMessage();
    message.setDate(plusOne);
    const auto source = message.createSource();
    const MimeCheck::Entity entity = MimeCheck::parseEntity(MimeCheck::readAll(*source));
    const QDateTime parsed
        = QDateTime::fromString(QString::fromLatin1(entity.header("Date")), Qt::RFC2822Date);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toUTC(), plusOne.toUTC());
}

void TestTestMessage::generatedMessageIdUsesSenderDomain()
{
    TestMessage message = validMessage();
    message.setFrom(mailbox(QStringLiteral("me@bücher.example")));
    const auto first = message.createSource();
    const auto second = message.createSource();
    const QByteArray id1 = MimeCheck::parseEntity(MimeCheck::readAll(*first)).header("Message-ID");
    const QByteArray id2 = MimeCheck::parseEntity(MimeCheck::readAll(*second)).header("Message-ID");
    static const QRegularExpression shape(
        QStringLiteral("^<[A-Za-z0-9.]{16,}@xn--bcher-kva\\.example>$"));
    QVERIFY2(shape.match(QString::fromLatin1(id1)).hasMatch(), id1.constData());
    QVERIFY(id1 != id2);

    message.setMessageId(QStringLiteral("<fixed.1@example.com>"));
    const auto fixed = message.createSource();
    QCOMPARE(MimeCheck::parseEntity(MimeCheck::readAll(*fixed)).header("Message-ID"),
             QByteArray("<fixed.1@example.com>"));
}

QTEST_GUILESS_MAIN(TestTestMessage)
#include "tst_testmessage.moc"
