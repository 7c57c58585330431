// SPDX-License-Identifier: GPL-3.0-or-later
// The practice server's input side on its own: PracticeLineReader fed chunk by chunk (lines
// split anywhere, over-long lines, the memory cap) and PracticeDataReader fed the lines of a
// DATA section (dot-unstuffing, the final dot, smuggling, the limits).
#include "practice/practicedatareader.h"
#include "practice/practicelinereader.h"

#include <QBuffer>
#include <QTest>

using namespace Sendcheck;
using Kind = PracticeLineReader::CommandLine::Kind;
using ChunkKind = PracticeLineReader::Chunk::Kind;

namespace {

// What a socket would hold: `bytes`, of which fill() takes what fits.
class Source
{
public:
    void push(const QByteArray &bytes)
    {
        m_pending += bytes;
        m_buffer.close();
        m_buffer.setData(m_pending);
        m_buffer.open(QIODevice::ReadOnly);
    }
    void fill(PracticeLineReader &reader)
    {
        reader.fill(&m_buffer);
        m_pending = m_pending.mid(m_buffer.pos());
        push(QByteArray());
    }
    [[nodiscard]] qsizetype left() const { return m_pending.size(); }

private:
    QByteArray m_pending;
    QBuffer m_buffer;
};

// Every command line (and refusal) the reader hands out for `chunks` fed one by one, as text:
// "line:EHLO a", "too-long:5000", "too-long-so-far:4097".
QStringList commandsFrom(const QList<QByteArray> &chunks, qsizetype maxLength)
{
    PracticeLineReader reader;
    Source source;
    QStringList out;
    for (const QByteArray &chunk : chunks) {
        source.push(chunk);
        source.fill(reader);
        for (;;) {
            const PracticeLineReader::CommandLine command = reader.nextCommand(maxLength);
            if (command.kind == Kind::None)
                break;
            if (command.kind == Kind::Line)
                out << QStringLiteral("line:") + QString::fromLatin1(command.line);
            else if (command.kind == Kind::TooLong)
                out << QStringLiteral("too-long:%1").arg(command.size);
            else
                out << QStringLiteral("too-long-so-far:%1").arg(command.size);
        }
        reader.compact();
    }
    return out;
}

} // namespace

class TestPracticeLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("crlf") << QList<QByteArray> {"EHLO a\r\nNOOP\r\n"}
                              << QStringList {"line:EHLO a", "line:NOOP"};
        QTest::addRow("bare lf") << QList<QByteArray> {"EHLO a\nNOOP\n"}
                                 << QStringList {"line:EHLO a", "line:NOOP"};
        QTest::addRow("only one cr is taken off")
            << QList<QByteArray> {"NOOP\r\r\n"} << QStringList {"line:NOOP\r"};
        QTest::addRow("empty line") << QList<QByteArray> {"\r\n"} << QStringList {"line:"};
        QTest::addRow("split everywhere")
            << QList<QByteArray> {"EH", "LO a", "\r", "\nNO", "OP\r\n", "QUIT"}
            << QStringList {"line:EHLO a", "line:NOOP"};
        QTest::addRow("no line end yet") << QList<QByteArray> {"EHLO a"} << QStringList {};
        QTest::addRow("exactly the limit")
            << QList<QByteArray> {QByteArray(16, 'x') + "\r\n"}
            << QStringList {QStringLiteral("line:") + QString(16, QLatin1Char('x'))};
        QTest::addRow("one over the limit, whole")
            << QList<QByteArray> {QByteArray(17, 'x') + "\r\nNOOP\r\n"}
            << QStringList {"too-long:17", "line:NOOP"};
        QTest::addRow("the limit without its line end waits")
            << QList<QByteArray> {QByteArray(16, 'x'), "\r\n"}
            << QStringList {QStringLiteral("line:") + QString(16, QLatin1Char('x'))};
        // Past the limit before its end: answered once, the rest skipped up to the line end,
        // however many chunks it takes, and the next line read as usual.
        QTest::addRow("too long so far, in pieces")
            << QList<QByteArray> {QByteArray(10, 'x'), QByteArray(10, 'x'), QByteArray(30, 'x'),
                                  QByteArray(5, 'x') + "\r\nNOOP\r\n"}
            << QStringList {"too-long-so-far:20", "line:NOOP"};
        QTest::addRow("too long so far, then a short end")
            << QList<QByteArray> {QByteArray(20, 'x'), "\r\n", "QUIT\r\n"}
            << QStringList {"too-long-so-far:20", "line:QUIT"};
    }
    void commandLines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, expected);
        QCOMPARE(commandsFrom(chunks, 16), expected);
    }

    void keepsNoMoreThanItsCapacity()
    {
        PracticeLineReader reader(8);
        Source source;
        source.push("NOOP\r\nRSET\r\nQUIT\r\n");
        source.fill(reader);
        QCOMPARE(reader.pending(), 8);
        QVERIFY(reader.isFull());
        QCOMPARE(source.left(), 10); // the rest waits in the socket
        QCOMPARE(reader.nextCommand(100).line, QByteArray("NOOP"));
        QCOMPARE(reader.nextCommand(100).kind, Kind::None); // "RS" only
        reader.compact();
        QVERIFY(!reader.isFull());
        source.fill(reader);
        QCOMPARE(reader.pending(), 8);
        QCOMPARE(reader.nextCommand(100).line, QByteArray("RSET"));
        reader.compact();
        source.fill(reader);
        QCOMPARE(reader.nextCommand(100).line, QByteArray("QUIT"));
        QCOMPARE(source.left(), 0);
    }

    void discardForgetsWhatWasPipelined()
    {
        PracticeLineReader reader;
        Source source;
        source.push("STARTTLS\r\nMAIL FROM:<a@b>\r\nRCPT");
        source.fill(reader);
        QCOMPARE(reader.nextCommand(100).line, QByteArray("STARTTLS"));
        QCOMPARE(reader.discard(), qsizetype(21));
        QCOMPARE(reader.pending(), 0);
        QCOMPARE(reader.nextCommand(100).kind, Kind::None);
        source.push("EHLO a\r\n");
        source.fill(reader);
        QCOMPARE(reader.nextCommand(100).line, QByteArray("EHLO a"));
    }

    void rawChunksKeepTheirLineEnds()
    {
        PracticeLineReader reader;
        Source source;
        source.push("a\r\nb\nxxxxxxxxxx");
        source.fill(reader);
        auto chunk = reader.next(4);
        QCOMPARE(chunk.kind, ChunkKind::Line);
        QCOMPARE(chunk.bytes, QByteArray("a\r\n"));
        QCOMPARE(chunk.size, 3);
        chunk = reader.next(4);
        QCOMPARE(chunk.bytes, QByteArray("b\n"));
        chunk = reader.next(4);
        QCOMPARE(chunk.kind, ChunkKind::Overflow);
        QCOMPARE(chunk.size, 10);
        QVERIFY(chunk.bytes.isEmpty());
        QCOMPARE(reader.pending(), 0);
        QCOMPARE(reader.next(4).kind, ChunkKind::None);
    }

    void dataIsUnstuffedAndEndsAtTheFinalDot()
    {
        PracticeDataReader data;
        data.start();
        QVERIFY(!data.addLine("Subject: x\r\n", 1000, 1000));
        QVERIFY(!data.addLine("\r\n", 1000, 1000));
        QVERIFY(!data.addLine("..leading dot\r\n", 1000, 1000));
        QVERIFY(!data.addLine(".\n", 1000, 1000)); // a dot line with a bare LF is data
        QVERIFY(!data.addLine("end\r\n", 1000, 1000));
        QVERIFY(data.addLine(".\r\n", 1000, 1000));
        QCOMPARE(data.data(), QByteArray("Subject: x\r\n\r\n.leading dot\r\n\nend\r\n"));
        QCOMPARE(data.size(), qint64(data.data().size()));
        QVERIFY(!data.tooBig());
        QVERIFY(!data.lineTooLong());
    }

    void aDotAfterABareLineFeedDoesNotEndIt()
    {
        // "SMTP smuggling": <LF>.<CRLF> must not end the message.
        PracticeDataReader data;
        data.start();
        QVERIFY(!data.addLine("first\n", 1000, 1000));
        QVERIFY(!data.addLine(".\r\n", 1000, 1000));
        QVERIFY(!data.addLine("MAIL FROM:<evil@example>\r\n", 1000, 1000));
        QVERIFY(data.addLine(".\r\n", 1000, 1000));
        QCOMPARE(data.data(), QByteArray("first\n\r\nMAIL FROM:<evil@example>\r\n"));
    }

    void limitsAreCountedNotKept()
    {
        PracticeDataReader data;
        data.start();
        QVERIFY(!data.addLine("12345\r\n", 10, 12));
        QVERIFY(!data.addLine("12345\r\n", 10, 12)); // 14 bytes: over
        QVERIFY(data.tooBig());
        QVERIFY(data.data().isEmpty());
        QVERIFY(data.addLine(".\r\n", 10, 12));
        QCOMPARE(data.size(), 14);

        data.start();
        QVERIFY(!data.tooBig() && data.size() == 0);
        QVERIFY(!data.addLine("ok\r\n", 10, 1000));
        QVERIFY(!data.addLine("12345678901\r\n", 10, 1000)); // 11 characters
        QVERIFY(data.lineTooLong());
        QVERIFY(!data.addLine("more\r\n", 10, 1000));
        QCOMPARE(data.data(), QByteArray("ok\r\n"));
        QCOMPARE(data.size(), 4 + 13 + 6);
    }

    void anOverflowingLineIsCountedToItsEnd()
    {
        PracticeDataReader data;
        data.start();
        data.addOverflow(100);
        data.addOverflow(50);
        // The end of the long line, even if it looks like the final dot, is part of it.
        QVERIFY(!data.addLine(".\r\n", 10, 1000));
        QVERIFY(data.lineTooLong());
        QCOMPARE(data.size(), 153);
        QVERIFY(data.addLine(".\r\n", 10, 1000));
        QVERIFY(data.data().isEmpty());
        data.clear();
        QVERIFY(data.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPracticeLineReader)
#include "tst_practicelinereader.moc"
