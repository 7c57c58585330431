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

// The reference for the differential tests: the byte-at-a-time feed() DotStuffer used before
// it wrote through a pointer, kept verbatim (state and all) so the two can be compared per chunk.
class ReferenceStuffer
{
public:
    QByteArray feed(QByteArrayView chunk)
    {
        QByteArray out;
        if (!chunk.isEmpty())
            m_anyContent = true;
        for (const char c : chunk) {
            if (m_pendingCr) {
                m_pendingCr = false;
                out.append("\r\n", 2);
                m_atLineStart = true;
                if (c == '\n')
                    continue;
            }
            if (c == '\r') {
                m_pendingCr = true;
            } else if (c == '\n') {
                out.append("\r\n", 2);
                m_atLineStart = true;
            } else {
                if (m_atLineStart && c == '.')
                    out.append('.');
                out.append(c);
                m_atLineStart = false;
            }
        }
        return out;
    }

    QByteArray finish()
    {
        QByteArray out;
        if (m_pendingCr) {
            out.append("\r\n", 2);
            m_pendingCr = false;
            m_atLineStart = true;
        }
        if (!m_atLineStart || !m_anyContent)
            out.append("\r\n", 2);
        out.append(".\r\n", 3);
        m_atLineStart = true;
        m_pendingCr = false;
        m_anyContent = false;
        return out;
    }

private:
    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_anyContent = false;
};

// Feeds `input` cut at `cuts` to both stuffers, comparing every chunk's output and the end.
// An empty result means they agreed; otherwise it says where they parted.
QByteArray compareWithReference(DotStuffer &stuffer, const QByteArray &input,
                                const QList<qsizetype> &cuts)
{
    ReferenceStuffer reference;
    qsizetype pos = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype end = i < cuts.size() ? cuts.at(i) : input.size();
        const QByteArrayView chunk = QByteArrayView(input).sliced(pos, end - pos);
        const QByteArray got = stuffer.feed(chunk);
        const QByteArray expected = reference.feed(chunk);
        if (got != expected) {
            return "input " + input.toPercentEncoding() + ": chunk " + QByteArray::number(i)
                + " at " + QByteArray::number(pos) + " gave " + got.toPercentEncoding()
                + ", expected " + expected.toPercentEncoding();
        }
        pos = end;
    }
    const QByteArray got = stuffer.finish();
    const QByteArray expected = reference.finish();
    if (got != expected) {
        return "input " + input.toPercentEncoding() + ": finish() gave " + got.toPercentEncoding()
            + ", expected " + expected.toPercentEncoding();
    }
    return QByteArray();
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
    void everyChunkingOfShortInputsMatchesReference();
    void randomInputsMatchReferenceInAnyChunking();
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

void TestDotStuffer::everyChunkingOfShortInputsMatchesReference()
{
    // Every input of up to 7 bytes over the bytes that matter, cut in every possible way: each
    // chunk's output must be the reference's, so state carried across chunks is compared too.
    const QByteArray alphabet("a.\r\n", 4);
    QList<QByteArray> inputs = {QByteArray()};
    QList<QByteArray> all = inputs;
    for (int length = 1; length <= 7; ++length) {
        QList<QByteArray> longer;
        for (const QByteArray &prefix : std::as_const(inputs)) {
            for (const char c : alphabet)
                longer.append(prefix + c);
        }
        all += longer;
        inputs = longer;
    }
    QCOMPARE(all.size(), 1 + 4 + 16 + 64 + 256 + 1024 + 4096 + 16384);

    DotStuffer stuffer; // one stuffer for all: finish() must leave it as good as new
    qint64 runs = 0;
    for (const QByteArray &input : std::as_const(all)) {
        const qsizetype gaps = qMax<qsizetype>(input.size() - 1, 0);
        for (quint32 mask = 0; mask < (1u << gaps); ++mask) {
            QList<qsizetype> cuts;
            for (qsizetype bit = 0; bit < gaps; ++bit) {
                if (mask & (1u << bit))
                    cuts.append(bit + 1);
            }
            const QByteArray mismatch = compareWithReference(stuffer, input, cuts);
            if (!mismatch.isEmpty())
                QFAIL(mismatch.constData());
            ++runs;
        }
    }
    QVERIFY(runs > 100000);
}

void TestDotStuffer::randomInputsMatchReferenceInAnyChunking()
{
    const QByteArrayList pieces
        = {".", "..",    "\r",        "\n",    "\r\n",  "a",    "xyz",    " ",   "\t",
           "=", ".\r\n", "\r\n.\r\n", "\n.\n", "\r.\r", "\xe9", "\r\r\n", "\n\r"};
    QRandomGenerator random(20261122);
    DotStuffer stuffer;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int count = random.bounded(0, 60);
        for (int i = 0; i < count; ++i) {
            switch (random.bounded(5)) {
            case 0: // any byte, NUL and 8-bit included
                input += char(random.bounded(256));
                break;
            case 1: // a long line
                input += QByteArray(random.bounded(1, 300), char(random.bounded(32, 127)));
                break;
            default:
                input += pieces.at(random.bounded(int(pieces.size())));
            }
        }

        // Whole, one byte at a time, random cuts, and a single cut at every position.
        QByteArray mismatch = compareWithReference(stuffer, input, {});
        QVERIFY2(mismatch.isEmpty(), mismatch.constData());
        QList<qsizetype> everyByte;
        for (qsizetype pos = 1; pos < input.size(); ++pos)
            everyByte.append(pos);
        mismatch = compareWithReference(stuffer, input, everyByte);
        QVERIFY2(mismatch.isEmpty(), mismatch.constData());
        QList<qsizetype> cuts;
        for (qsizetype pos = 0; pos < input.size();) {
            pos += random.bounded(1, 40);
            if (pos < input.size())
                cuts.append(pos);
        }
        mismatch = compareWithReference(stuffer, input, cuts);
        QVERIFY2(mismatch.isEmpty(), mismatch.constData());
        if (input.size() <= 200) {
            for (qsizetype pos = 0; pos <= input.size(); ++pos) {
                mismatch = compareWithReference(stuffer, input, {pos});
                QVERIFY2(mismatch.isEmpty(), mismatch.constData());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDotStuffer)
#include "tst_dotstuffer.moc"
