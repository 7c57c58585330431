// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/dotstuffer.h"
#include "message/mimewriter.h"
#include "message/testmessage.h"
#include "mimecheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

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

TestMessage baseMessage()
{
    TestMessage message;
    message.setFrom(mailbox(QStringLiteral("Sendcheck Test <sender@example.com>")));
    message.setTo({mailbox(QStringLiteral("Jürgen Müller <rcpt@example.net>")),
                   mailbox(QStringLiteral("second@example.net"))});
    message.setSubject(QStringLiteral("Sendcheck test message"));
    message.setTextBody(QStringLiteral("Hello,\n\nthis is a test. Grüße, ☃.\n.\nEnd\n"));
    return message;
}

QByteArray readAll(MessageSource &source, qsizetype chunk = 4096)
{
    return MimeCheck::readAll(source, chunk);
}

QByteArray headerBlock(const QByteArray &raw)
{
    return raw.left(raw.indexOf("\r\n\r\n") + 2);
}

QByteArray crlf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    return bytes;
}

QByteArray writeTempFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(content);
    return file.fileName().toUtf8();
}

QByteArray randomBytes(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestMimeWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textOnlyHasExactlyTheExpectedHeaders();
    void textBodyIsQuotedPrintableThatDecodesBack();
    void quotedPrintableLinesStayWithin76();
    void textAndHtmlIsMultipartAlternative();
    void attachmentsMakeMultipartMixed();
    void base64AttachmentDecodesByteForByte();
    void nonAsciiFileNameUsesRfc2231WithFallback();
    void longFileNameUsesRfc2231Continuations();
    void encodedWordsDecodeBackToTheSubject_data();
    void encodedWordsDecodeBackToTheSubject();
    void headerLinesStayWithin78_data();
    void headerLinesStayWithin78();
    void outputIsSevenBitWithCrlfOnly_data();
    void outputIsSevenBitWithCrlfOnly();
    void boundariesDoNotOccurInContent();
    void sizeEqualsTotalOfRead_data();
    void sizeEqualsTotalOfRead();
    void base64SizeFormula();
    void largeAttachmentIsStreamedWithBoundedBuffers();
    void vanishedAttachmentGivesErrorString();
    void shrunkAttachmentGivesErrorString();
    void grownAttachmentGivesErrorString();
    void attachmentMissingAtCreationGivesErrorString();
    void survivesDotStuffingRoundTrip();
};

void TestMimeWriter::textOnlyHasExactlyTheExpectedHeaders()
{
    TestMessage message = baseMessage();
    message.setCc({mailbox(QStringLiteral("cc@example.org"))});
    MimeWriter writer(message);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(readAll(writer));
    QCOMPARE(entity.headerNames(),
             QList<QByteArray>({"From", "To", "Cc", "Subject", "Date", "Message-ID", "X-Mailer",
                                "MIME-Version", "Content-Type", "Content-Transfer-Encoding"}));
    QCOMPARE(entity.header("From"), QByteArray("Sendcheck Test <sender@example.com>"));
    QCOMPARE(MimeCheck::decodeHeader(entity.header("To")),
             QStringLiteral("Jürgen Müller <rcpt@example.net>, second@example.net"));
    QCOMPARE(entity.header("Cc"), QByteArray("cc@example.org"));
    QCOMPARE(entity.header("Subject"), QByteArray("Sendcheck test message"));
    QCOMPARE(entity.header("X-Mailer"), QByteArray("Sendcheck"));
    QCOMPARE(entity.header("MIME-Version"), QByteArray("1.0"));
    QCOMPARE(entity.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(entity.header("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    QVERIFY(entity.parts.isEmpty());

    // No Cc header at all when there is no Cc.
    MimeWriter noCc(baseMessage());
    QVERIFY(!MimeCheck::parseEntity(readAll(noCc)).headerNames().contains("Cc"));
}

void TestMimeWriter::textBodyIsQuotedPrintableThatDecodesBack()
{
    TestMessage message = baseMessage();
    const QString text = QStringLiteral("Line with trailing space \nTab\t\r\n=equals= and "
                                        "Ünïcödé\rlast line without break ")
        + QString(200, u'x');
    message.setTextBody(text);
    MimeWriter writer(message);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(readAll(writer));
    QByteArray expected = crlf(text);
    if (!expected.endsWith("\r\n"))
        expected += "\r\n"; // the writer ends the message with a line break
    QCOMPARE(MimeCheck::decodeQuotedPrintable(entity.body), expected);
}

void TestMimeWriter::quotedPrintableLinesStayWithin76()
{
    TestMessage message = baseMessage();
    QString text;
    QRandomGenerator random(7);
    const QString alphabet = QStringLiteral("ab =\tÄ€.\n");
    for (int i = 0; i < 20000; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    message.setTextBody(text);
    MimeWriter writer(message);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(readAll(writer));
    QVERIFY(MimeCheck::longestLine(entity.body) <= 76);
    for (const QByteArray &line : entity.body.split('\n')) {
        const QByteArray clean = line.chopped(line.endsWith('\r') ? 1 : 0);
        QVERIFY2(!clean.endsWith(' ') && !clean.endsWith('\t'), clean.constData());
    }
    QByteArray expected = crlf(text);
    if (!expected.endsWith("\r\n"))
        expected += "\r\n";
    QCOMPARE(MimeCheck::decodeQuotedPrintable(entity.body), expected);
}

void TestMimeWriter::textAndHtmlIsMultipartAlternative()
{
    TestMessage message = baseMessage();
    const QString html
        = QStringLiteral("<html><body><p>Grüße <b>☃</b></p>\n<p>.</p></body></html>");
    message.setHtmlBody(html);
    MimeWriter writer(message);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(readAll(writer));
    QVERIFY(entity.header("Content-Type").startsWith("multipart/alternative; boundary="));
    QVERIFY(!entity.headerNames().contains("Content-Transfer-Encoding"));
    QCOMPARE(entity.parts.size(), 2);
    QCOMPARE(entity.parts.at(0).header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(entity.parts.at(1).header("Content-Type"), QByteArray("text/html; charset=UTF-8"));
    for (const MimeCheck::Entity &part : entity.parts) {
        QCOMPARE(part.headerNames(),
                 QList<QByteArray>({"Content-Type", "Content-Transfer-Encoding"}));
        QCOMPARE(part.header("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    }
    QCOMPARE(MimeCheck::decodeQuotedPrintable(entity.parts.at(0).body), crlf(message.textBody()));
    QCOMPARE(MimeCheck::decodeQuotedPrintable(entity.parts.at(1).body), crlf(html));
}

void TestMimeWriter::attachmentsMakeMultipartMixed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    message.setHtmlBody(QStringLiteral("<p>hi</p>"));
    message.setAttachments({QString::fromUtf8(writeTempFile(dir, "report.pdf", "%PDF-1.4\n%...")),
                            QString::fromUtf8(writeTempFile(dir, "notes.txt", "plain notes\n")),
                            QString::fromUtf8(writeTempFile(dir, "empty.bin", QByteArray()))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QCOMPARE(entity.headerNames(),
             QList<QByteArray>({"From", "To", "Subject", "Date", "Message-ID", "X-Mailer",
                                "MIME-Version", "Content-Type"}));
    QVERIFY(entity.header("Content-Type").startsWith("multipart/mixed; boundary="));
    QCOMPARE(entity.parts.size(), 4);
    QVERIFY(entity.parts.at(0).header("Content-Type").startsWith("multipart/alternative"));
    QCOMPARE(entity.parts.at(0).parts.size(), 2);

    const QList<QByteArray> types = {"application/pdf", "text/plain", "application/octet-stream"};
    const QStringList names
        = {QStringLiteral("report.pdf"), QStringLiteral("notes.txt"), QStringLiteral("empty.bin")};
    const QByteArrayList contents = {"%PDF-1.4\n%...", "plain notes\n", QByteArray()};
    for (int i = 0; i < 3; ++i) {
        const MimeCheck::Entity &part = entity.parts.at(i + 1);
        QCOMPARE(part.headerNames(),
                 QList<QByteArray>(
                     {"Content-Type", "Content-Disposition", "Content-Transfer-Encoding"}));
        QCOMPARE(part.header("Content-Type").split(';').first(), types.at(i));
        QCOMPARE(MimeCheck::parameter(part.header("Content-Type"), "name"), names.at(i));
        QVERIFY(part.header("Content-Disposition").startsWith("attachment;"));
        QCOMPARE(MimeCheck::parameter(part.header("Content-Disposition"), "filename"), names.at(i));
        QCOMPARE(part.header("Content-Transfer-Encoding"), QByteArray("base64"));
        QCOMPARE(QByteArray::fromBase64(part.body), contents.at(i));
    }
}

void TestMimeWriter::base64AttachmentDecodesByteForByte()
{
    // Sizes around the 57-byte line and the read chunk, so every padding case is met.
    const QList<int> sizes = {1,
                              2,
                              3,
                              56,
                              57,
                              58,
                              100000,
                              int(MimeWriter::FileChunkBytes),
                              int(MimeWriter::FileChunkBytes) + 1,
                              300001};
    for (const int size : sizes) {
        QTemporaryFile file;
        QVERIFY(file.open());
        const QByteArray content = randomBytes(size, quint32(size));
        file.write(content);
        file.flush();

        TestMessage message = baseMessage();
        message.setAttachments({file.fileName()});
        MimeWriter writer(message);
        const QByteArray raw = readAll(writer, 1000);
        QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
        const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
        QCOMPARE(entity.parts.size(), 2);
        const QByteArray body = entity.parts.at(1).body;
        QVERIFY(MimeCheck::longestLine(body) <= 76);
        for (const QByteArray &line : body.split('\n')) {
            // all lines but the last are exactly 76 characters (plus CR)
            if (line.endsWith('\r'))
                QCOMPARE(line.size(), 77);
        }
        QVERIFY2(QByteArray::fromBase64(QByteArray(body).replace("\r\n", ""),
                                        QByteArray::AbortOnBase64DecodingErrors)
                     == content,
                 qPrintable(QStringLiteral("size %1").arg(size)));
        QCOMPARE(qint64(raw.size()), writer.size());
    }
}

void TestMimeWriter::nonAsciiFileNameUsesRfc2231WithFallback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = QStringLiteral("Rechnung für Müller – März 2024 ☃.pdf");
    TestMessage message = baseMessage();
    message.setAttachments({QString::fromUtf8(writeTempFile(dir, name, "%PDF-1.4"))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    const QByteArray disposition = entity.parts.at(1).header("Content-Disposition");
    QVERIFY2(disposition.contains("filename*=UTF-8''")
                 || disposition.contains("filename*0*=UTF-8''"),
             disposition.constData());
    QCOMPARE(MimeCheck::parameter(disposition, "filename"), name);

    // The plain fallback: ASCII, accents dropped, the rest replaced.
    const qsizetype plain = disposition.indexOf("; filename=\"");
    QVERIFY(plain > disposition.indexOf("filename*")); // the exact name comes first
    QCOMPARE(MimeCheck::parameter("x" + disposition.mid(plain), "filename"),
             QStringLiteral("Rechnung fur Muller _ Marz 2024 _.pdf"));
    QCOMPARE(MimeCheck::parameter(entity.parts.at(1).header("Content-Type"), "name"),
             QStringLiteral("Rechnung fur Muller _ Marz 2024 _.pdf"));
    for (const char c : headerBlock(raw) + disposition)
        QVERIFY(uchar(c) < 0x80);
}

void TestMimeWriter::longFileNameUsesRfc2231Continuations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name
        = QStringLiteral("Überweisungsbestätigung ").repeated(7) + QStringLiteral(".txt");
    QVERIFY(name.toUtf8().size() < 255);
    TestMessage message = baseMessage();
    message.setAttachments({QString::fromUtf8(writeTempFile(dir, name, "x"))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
    const QByteArray partRaw = raw.mid(raw.indexOf("Content-Disposition"));
    QVERIFY(partRaw.contains("filename*0*=UTF-8''"));
    QVERIFY(partRaw.contains("filename*1*="));
    QVERIFY(MimeCheck::longestLine(partRaw.left(partRaw.indexOf("\r\n\r\n"))) <= 78);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QCOMPARE(MimeCheck::parameter(entity.parts.at(1).header("Content-Disposition"), "filename"),
             name);
    const QString fallback
        = MimeCheck::parameter(entity.parts.at(1).header("Content-Type"), "name");
    QVERIFY(fallback.size() <= 60);
    QVERIFY(fallback.endsWith(QLatin1String(".txt")));
}

void TestMimeWriter::encodedWordsDecodeBackToTheSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("ascii") << QStringLiteral("Plain ASCII subject");
    QTest::newRow("empty") << QString();
    QTest::newRow("german") << QStringLiteral("Prüfung der Übertragung – größer");
    QTest::newRow("chinese") << QStringLiteral("测试邮件：发送检查").repeated(6);
    QTest::newRow("emoji") << QStringLiteral("Test 📬🤖👍🏽 ").repeated(8);
    QTest::newRow("combining") << QStringLiteral("e\u0301e\u0301e\u0301 ").repeated(20);
    QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?SGk=?= is not a word");
    QTest::newRow("long ascii word") << QString(300, u'w');
    QTest::newRow("long ascii with spaces") << QStringLiteral("lorem ipsum dolor ").repeated(30);
    QTest::newRow("spaces kept") << QStringLiteral("  two  spaces  ünd  more  ");
}

void TestMimeWriter::encodedWordsDecodeBackToTheSubject()
{
    QFETCH(QString, subject);
    TestMessage message = baseMessage();
    message.setSubject(subject);
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QVERIFY(entity.headerNames().contains("Subject"));
    // Unfolding only removes CRLF, so the exact text (inner spaces included) comes back.
    const QByteArray block = headerBlock(raw);
    const qsizetype start = block.indexOf("\r\nSubject:") + 10;
    QByteArray folded = block.mid(start, block.indexOf("\r\nDate:") - start);
    folded.replace("\r\n", "");
    if (folded.startsWith(' '))
        folded.remove(0, 1);
    QCOMPARE(MimeCheck::decodeHeader(folded), subject);
    for (const QByteArray &word : folded.split(' ')) {
        if (word.startsWith("=?"))
            QVERIFY2(word.size() <= 75, word.constData());
    }
}

void TestMimeWriter::headerLinesStayWithin78_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("short") << QStringLiteral("Hi") << QStringLiteral("Ann");
    QTest::newRow("long ascii") << QStringLiteral("word ").repeated(60).trimmed()
                                << QStringLiteral("Very Long Display Name ").repeated(5);
    QTest::newRow("long unicode") << QStringLiteral("Ünïcödé wörds ").repeated(30)
                                  << QStringLiteral("Zoë Ünïcödé ").repeated(10);
    QTest::newRow("quoted name") << QStringLiteral("x")
                                 << QStringLiteral("Doe, Jane (Sales) at \"HQ\"");
    QTest::newRow("long word") << QString(500, u'x') << QString(100, u'y');
}

void TestMimeWriter::headerLinesStayWithin78()
{
    QFETCH(QString, subject);
    QFETCH(QString, displayName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    message.setSubject(subject);
    QString escaped = displayName;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    QList<Address> to;
    for (int i = 0; i < 8; ++i)
        to.append(mailbox(u'"' + escaped + QStringLiteral("\" <person%1@example.com>").arg(i)));
    message.setTo(to);
    message.setFrom(mailbox(u'"' + escaped + QStringLiteral("\" <from@example.com>")));
    message.setHtmlBody(QStringLiteral("<p>x</p>"));
    message.setAttachments(
        {QString::fromUtf8(writeTempFile(dir, QStringLiteral("ü").repeated(80) + ".txt", "x"))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));

    // The top-level header block and every part's header block.
    QByteArrayList blocks = {headerBlock(raw)};
    qsizetype pos = 0;
    while ((pos = raw.indexOf("\r\n--=_sendcheck_", pos)) >= 0) {
        pos = raw.indexOf("\r\n", pos + 2) + 2;
        if (raw.mid(pos, 2) != "\r\n" && pos < raw.size())
            blocks.append(raw.mid(pos, raw.indexOf("\r\n\r\n", pos) + 2 - pos));
    }
    QVERIFY(blocks.size() >= 4);
    for (const QByteArray &block : std::as_const(blocks)) {
        for (const QByteArray &line : block.split('\n')) {
            QVERIFY2(line.size() - 1 <= 78, line.constData());
        }
    }
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    QCOMPARE(MimeCheck::decodeHeader(entity.header("Subject")), subject);
    QCOMPARE(entity.header("To").count("@example.com"), 8);
}

void TestMimeWriter::outputIsSevenBitWithCrlfOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("attachment");
    const QString nasty = QStringLiteral("a\rb\nc\r\n\n\r.\r\n..\n") + QChar(u'\0')
        + QStringLiteral("ÿ€😀") + QString(2000, u'z');
    QTest::newRow("text") << nasty << false << false;
    QTest::newRow("text+html") << nasty << true << false;
    QTest::newRow("text+html+attachment") << nasty << true << true;
    QTest::newRow("empty text+attachment") << QString() << false << true;
}

void TestMimeWriter::outputIsSevenBitWithCrlfOnly()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QFETCH(bool, attachment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    message.setTextBody(text);
    if (html)
        message.setHtmlBody(text);
    if (attachment)
        message.setAttachments(
            {QString::fromUtf8(writeTempFile(dir, "bin.dat", randomBytes(5000, 3)))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    QVERIFY(!raw.isEmpty());
    QVERIFY(!MimeCheck::hasBareCrOrLf(raw));
    QVERIFY(raw.endsWith("\r\n"));
    QVERIFY(MimeCheck::longestLine(raw) <= 998);
    QVERIFY(MimeCheck::longestLine(raw.mid(raw.indexOf("\r\n\r\n"))) <= 78);
    for (const char c : raw)
        QVERIFY2(uchar(c) < 0x80 && c != '\0', "8-bit or NUL byte in the message");
}

void TestMimeWriter::boundariesDoNotOccurInContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    // Content that contains boundary-like text.
    message.setTextBody(QStringLiteral("--=_sendcheck_mix_AAAA\n--=_sendcheck_alt_\n=_"));
    message.setHtmlBody(QStringLiteral("--=_sendcheck_alt_x"));
    message.setAttachments(
        {QString::fromUtf8(writeTempFile(dir, "b.txt", "--=_sendcheck_mix_x\r\n"))});
    MimeWriter writer(message);
    const QByteArray raw = readAll(writer);
    const MimeCheck::Entity entity = MimeCheck::parseEntity(raw);
    const QByteArray mixed
        = MimeCheck::parameter(entity.header("Content-Type"), "boundary").toLatin1();
    const QByteArray alternative
        = MimeCheck::parameter(entity.parts.at(0).header("Content-Type"), "boundary").toLatin1();
    QVERIFY(mixed.size() >= 30 && mixed.size() <= 70);
    QVERIFY(mixed != alternative);
    QCOMPARE(raw.count("--" + mixed), 3); // two delimiters and the close delimiter
    QCOMPARE(raw.count("--" + alternative), 3);
    QCOMPARE(entity.parts.size(), 2);
    QCOMPARE(QByteArray::fromBase64(entity.parts.at(1).body),
             QByteArray("--=_sendcheck_mix_x\r\n"));

    MimeWriter again(message);
    const MimeCheck::Entity other = MimeCheck::parseEntity(readAll(again));
    QVERIFY(MimeCheck::parameter(other.header("Content-Type"), "boundary").toLatin1() != mixed);
}

void TestMimeWriter::sizeEqualsTotalOfRead_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<bool>("withAttachments");
    for (const int chunk : {1, 3, 76, 1000, 65536, 10 * 1024 * 1024}) {
        QTest::addRow("chunk %d, text", chunk) << chunk << false;
        QTest::addRow("chunk %d, attachments", chunk) << chunk << true;
    }
}

void TestMimeWriter::sizeEqualsTotalOfRead()
{
    QFETCH(int, chunk);
    QFETCH(bool, withAttachments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    message.setHtmlBody(QStringLiteral("<p>Grüße</p>"));
    if (withAttachments) {
        message.setAttachments(
            {QString::fromUtf8(writeTempFile(dir, "a.bin", randomBytes(200000, 1))),
             QString::fromUtf8(writeTempFile(dir, "é.bin", randomBytes(77, 2))),
             QString::fromUtf8(writeTempFile(dir, "0.bin", QByteArray()))});
    }
    MimeWriter writer(message);
    const qint64 promised = writer.size();
    QVERIFY(promised > 0);
    qint64 total = 0;
    while (!writer.atEnd()) {
        const QByteArray piece = writer.read(chunk);
        QVERIFY(!piece.isEmpty());
        QVERIFY(piece.size() <= chunk);
        total += piece.size();
    }
    QVERIFY(writer.errorString().isEmpty());
    QCOMPARE(total, promised);
    QVERIFY(writer.read(chunk).isEmpty()); // nothing after the end
}

void TestMimeWriter::base64SizeFormula()
{
    for (qint64 bytes = 0; bytes < 2000; ++bytes) {
        const QByteArray encoded = QByteArray(bytes, 'x').toBase64();
        const qint64 lines = (encoded.size() + 75) / 76;
        QCOMPARE(MimeWriter::base64Size(bytes), encoded.size() + (lines > 0 ? 2 * (lines - 1) : 0));
    }
}

void TestMimeWriter::largeAttachmentIsStreamedWithBoundedBuffers()
{
    // 50 MB, sparse except for random blocks at the start, middle and end.
    constexpr qint64 Size = 50LL * 1024 * 1024;
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(Size));
    for (const qint64 offset : {qint64(0), Size / 2 + 13, Size - 4096}) {
        QVERIFY(file.seek(offset));
        file.write(randomBytes(4096, quint32(offset)));
    }
    file.flush();
    QCryptographicHash expected(QCryptographicHash::Sha256);
    QVERIFY(file.seek(0));
    QVERIFY(expected.addData(&file));

    TestMessage message = baseMessage();
    message.setAttachments({file.fileName()});
    MimeWriter writer(message);
    QVERIFY(writer.size() > Size * 4 / 3);

    // Decode the attachment while it streams: lines between its header and the boundary.
    constexpr qsizetype Chunk = 64 * 1024;
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QByteArray carry;
    enum { Before, Inside, After } state = Before;
    qint64 total = 0;
    qsizetype largestPiece = 0;
    qint64 decodedBytes = 0;
    while (!writer.atEnd()) {
        const QByteArray piece = writer.read(Chunk);
        QVERIFY(!piece.isEmpty());
        largestPiece = qMax(largestPiece, piece.size());
        total += piece.size();
        carry += piece;
        qsizetype lineStart = 0;
        qsizetype lineEnd;
        while ((lineEnd = carry.indexOf("\r\n", lineStart)) >= 0) {
            const QByteArrayView line
                = QByteArrayView(carry).sliced(lineStart, lineEnd - lineStart);
            if (state == Before && line == "Content-Transfer-Encoding: base64") {
                state = Inside;
            } else if (state == Inside && line.startsWith("--")) {
                state = After;
            } else if (state == Inside && !line.isEmpty()) {
                QVERIFY(line.size() <= 76);
                const QByteArray decoded = QByteArray::fromBase64(line.toByteArray());
                decodedBytes += decoded.size();
                actual.addData(decoded);
            }
            lineStart = lineEnd + 2;
        }
        carry.remove(0, lineStart);
        QVERIFY(carry.size() < 1000); // the test itself holds only a partial line
    }
    QVERIFY2(writer.errorString().isEmpty(), qPrintable(writer.errorString()));
    QVERIFY(state == After);
    QCOMPARE(total, writer.size());
    QCOMPARE(decodedBytes, Size);
    QCOMPARE(actual.result(), expected.result());
    QVERIFY(largestPiece <= Chunk);
    QVERIFY2(writer.peakBufferSize() < 1024 * 1024,
             qPrintable(QString::number(writer.peakBufferSize())));
}

void TestMimeWriter::vanishedAttachmentGivesErrorString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QString::fromUtf8(writeTempFile(dir, "gone.bin", randomBytes(1000, 9)));
    TestMessage message = baseMessage();
    message.setAttachments({path});
    MimeWriter writer(message);
    QVERIFY(writer.size() > 0);
    QVERIFY(!writer.read(10).isEmpty()); // the headers come before the file is opened
    QVERIFY(QFile::remove(path));
    const QByteArray rest = readAll(writer);
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
    QVERIFY(!writer.atEnd()); // the message never ended: the DATA must not be finished
    QVERIFY(writer.read(100).isEmpty());
    QVERIFY(qint64(rest.size()) + 10 < writer.size());
}

void TestMimeWriter::shrunkAttachmentGivesErrorString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path
        = QString::fromUtf8(writeTempFile(dir, "shrinks.bin", randomBytes(300000, 4)));
    TestMessage message = baseMessage();
    message.setAttachments({path});
    MimeWriter writer(message);
    QVERIFY(QFile::resize(path, 1000));
    const QByteArray all = readAll(writer);
    QVERIFY2(writer.errorString().contains(QLatin1String("shorter")),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.atEnd());
    QVERIFY(qint64(all.size()) < writer.size());
}

void TestMimeWriter::grownAttachmentGivesErrorString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QString::fromUtf8(writeTempFile(dir, "grows.bin", randomBytes(1000, 5)));
    TestMessage message = baseMessage();
    message.setAttachments({path});
    MimeWriter writer(message);
    QVERIFY(QFile::resize(path, 5000));
    (void)readAll(writer);
    QVERIFY2(writer.errorString().contains(QLatin1String("grew")),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.atEnd());
}

void TestMimeWriter::attachmentMissingAtCreationGivesErrorString()
{
    TestMessage message = baseMessage();
    message.setAttachments({QStringLiteral("/nonexistent/sendcheck.bin")});
    MimeWriter writer(message);
    QCOMPARE(writer.size(), -1);
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(writer.read(1000).isEmpty());
    QVERIFY(!writer.atEnd());
}

void TestMimeWriter::survivesDotStuffingRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestMessage message = baseMessage();
    message.setTextBody(QStringLiteral(".\n..\n.leading dot\nend"));
    message.setAttachments({QString::fromUtf8(writeTempFile(dir, "r.bin", randomBytes(10000, 6)))});
    MimeWriter writer(message);
    DotStuffer stuffer;
    QByteArray plain;
    QByteArray wire;
    while (!writer.atEnd()) {
        const QByteArray piece = writer.read(333);
        QVERIFY(!piece.isEmpty());
        plain += piece;
        wire += stuffer.feed(piece);
    }
    wire += stuffer.finish();
    QVERIFY(wire.contains("\r\n..\r\n...\r\n..leading dot\r\n"));
    QVERIFY(plain.endsWith("\r\n"));
    QCOMPARE(wire.size(), plain.size() + 3 + 3); // three stuffed dots, then ".\r\n"
    QCOMPARE(DotStuffer::unstuff(wire), plain);
}

QTEST_GUILESS_MAIN(TestMimeWriter)
#include "tst_mimewriter.moc"
