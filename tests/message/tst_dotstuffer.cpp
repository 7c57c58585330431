// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/dotstuffer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sendcheck;

namespace {

// The reference: bare CR and bare LF become CRLF, and a final CRLF is added if missing (an
// empty message becomes one empty line).
QByteArray normalised(const QByteArray &input)
{
    QByteArray out;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < input.size() && input.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray stuffInChunks(const QByteArray &input, const QList<qsizetype> &cuts)
{
    DotStuffer stuffer;
    QByteArray wire;
    qsizetype pos = 0;
    for (const qsizetype cut : cuts) {
        wire += stuffer.feed(QByteArrayView(input).sliced(pos, cut - pos));
        pos = cut;
    }
    wire += stuffer.feed(QByteArrayView(input).sliced(pos));
    wire += stuffer.finish();
    return wire;
}

bool hasBareCrOrLf(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))
            return true;
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

} // namespace

class TestDotStuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void crAtChunkEndWaitsForNextChunk();
    void dotAtStartOfLineInLaterChunkIsDoubled();
    void stufferCanBeReused();
    void unstuffAcceptsEmptyMessageFromOtherClients();
    void randomInputsKeepFramingInvariants();
};

void TestDotStuffer::examples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("empty") << QByteArray() << QByteArray("\r\n.\r\n");
    QTest::newRow("one line with CRLF") << QByteArray("Hi\r\n") << QByteArray("Hi\r\n.\r\n");
    QTest::newRow("no final line end") << QByteArray("Hi") << QByteArray("Hi\r\n.\r\n");
    QTest::newRow("lone dot first line") << QByteArray(".\r\n") << QByteArray("..\r\n.\r\n");
    QTest::newRow("lone dot last line, no CRLF")
        << QByteArray("a\r\n.") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("dot in middle")
        << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("two dots") << QByteArray("..x\r\n") << QByteArray("...x\r\n.\r\n");
    QTest::newRow("dot not at line start") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("LF CR") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("bare LF then dot") << QByteArray("a\n.") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("trailing CR") << QByteArray("a\r") << QByteArray("a\r\n.\r\n");
}

void TestDotStuffer::examples()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    DotStuffer stuffer;
    QByteArray out = stuffer.feed(input);
    out += stuffer.finish();
    QCOMPARE(out, wire);
    QCOMPARE(DotStuffer::unstuff(out), normalised(input));
}

void TestDotStuffer::crAtChunkEndWaitsForNextChunk()
{
    DotStuffer stuffer;
    QCOMPARE(stuffer.feed("line\r"), QByteArray("line"));
    QCOMPARE(stuffer.feed("\nnext"), QByteArray("\r\nnext"));
    QCOMPARE(stuffer.feed("\r"), QByteArray());
    QCOMPARE(stuffer.feed("x"), QByteArray("\r\nx")); // it was a bare CR after all
    QCOMPARE(stuffer.finish(), QByteArray("\r\n.\r\n"));
}

void TestDotStuffer::dotAtStartOfLineInLaterChunkIsDoubled()
{
    DotStuffer stuffer;
    QCOMPARE(stuffer.feed("a\r\n"), QByteArray("a\r\n"));
    QCOMPARE(stuffer.feed(".b"), QByteArray("..b"));
    QCOMPARE(stuffer.feed("\r"), QByteArray());
    QCOMPARE(stuffer.feed("\n"), QByteArray("\r\n"));
    QCOMPARE(stuffer.feed("."), QByteArray(".."));
    QCOMPARE(stuffer.feed("."), QByteArray("."));
    QCOMPARE(stuffer.finish(), QByteArray("\r\n.\r\n"));
}

void TestDotStuffer::stufferCanBeReused()
{
    DotStuffer stuffer;
    QCOMPARE(stuffer.feed("abc"), QByteArray("abc"));
    QCOMPARE(stuffer.finish(), QByteArray("\r\n.\r\n"));
    // After finish() the next message starts at a line start again.
    QCOMPARE(stuffer.feed(".x\r\n"), QByteArray("..x\r\n"));
    QCOMPARE(stuffer.finish(), QByteArray(".\r\n"));
}

void TestDotStuffer::unstuffAcceptsEmptyMessageFromOtherClients()
{
    QCOMPARE(DotStuffer::unstuff(".\r\n"), QByteArray());
    QCOMPARE(DotStuffer::unstuff("..a\r\n...\r\n.\r\n"), QByteArray(".a\r\n..\r\n"));
}

void TestDotStuffer::randomInputsKeepFramingInvariants()
{
    // Inputs are made of the pieces that matter for framing; seeded so a failure repeats.
    const QByteArrayList pieces
        = {".", "..", "\r", "\n", "\r\n", "a", "xyz", " ", ".\r\n", "\r\n.\r\n", "\n.\n", "\r.\r"};
    QRandomGenerator random(20240305);
    for (int round = 0; round < 5000; ++round) {
        QByteArray input;
        const int count = random.bounded(0, 40);
        for (int i = 0; i < count; ++i)
            input += pieces.at(random.bounded(int(pieces.size())));
        if (random.bounded(4) == 0) { // sometimes arbitrary bytes, NUL and 8-bit included
            for (int i = random.bounded(20); i > 0; --i)
                input += char(random.bounded(256));
        }

        QList<qsizetype> cuts;
        for (qsizetype pos = 0; pos < input.size();) {
            pos += random.bounded(1, 6);
            if (pos < input.size())
                cuts.append(pos);
        }
        const QByteArray wire = stuffInChunks(input, cuts);
        const QByteArray context
            = input.toPercentEncoding() + " cuts " + QByteArray::number(cuts.size());

        QVERIFY2(!hasBareCrOrLf(wire), context.constData());
        QVERIFY2(wire.endsWith("\r\n.\r\n"), context.constData());
        // "DATA\r\n" precedes the wire, so a terminator right at its start would count too.
        const QByteArray afterCommand = "\r\n" + wire;
        QVERIFY2(afterCommand.indexOf("\r\n.\r\n") == afterCommand.size() - 5, context.constData());
        QCOMPARE(DotStuffer::unstuff(wire), normalised(input));
        // The chunking must not matter.
        QCOMPARE(wire, stuffInChunks(input, {}));
    }
}

QTEST_GUILESS_MAIN(TestDotStuffer)
#include "tst_dotstuffer.moc"
