// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/quotedprintable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sendcheck;

namespace {

// The reference: the byte-at-a-time encoder QuotedPrintable used before it wrote through a
// pointer, kept verbatim so the fast one can be compared with it byte for byte.
void referenceEncodeLine(QByteArrayView line, QByteArray &out)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const uchar c = uchar(line.at(i));
        const bool last = i == line.size() - 1;
        char token[3];
        qsizetype tokenLength = 1;
        const bool literal
            = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        if (literal) {
            token[0] = char(c);
        } else {
            token[0] = '=';
            token[1] = Hex[c >> 4];
            token[2] = Hex[c & 0xf];
            tokenLength = 3;
        }
        const qsizetype limit
            = last ? QuotedPrintable::MaxLineLength : QuotedPrintable::MaxLineLength - 1;
        if (lineLength + tokenLength > limit) {
            out.append("=\r\n", 3);
            lineLength = 0;
        }
        out.append(token, tokenLength);
        lineLength += tokenLength;
    }
}

QByteArray referenceEncode(QByteArrayView text)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c != '\r' && c != '\n') {
            ++i;
            continue;
        }
        referenceEncodeLine(text.sliced(start, i - start), out);
        out.append("\r\n", 2);
        i += (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') ? 2 : 1;
        start = i;
    }
    referenceEncodeLine(text.sliced(start), out);
    return out;
}

// An independent decoder, so the properties below do not lean on either encoder.
QByteArray decode(const QByteArray &encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=' && encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (c == '=') {
            out += char(QByteArray::fromHex(encoded.mid(i + 1, 2)).at(0));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray crlfLines(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' || text.at(i) == '\n') {
            out += "\r\n";
            if (text.at(i) == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QByteArray context(const QByteArray &input)
{
    return "input " + input.toPercentEncoding() + " (" + QByteArray::number(input.size())
        + " bytes)";
}

} // namespace

class TestQuotedPrintable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void allShortInputsMatchReference();
    void longLinesMatchReference();
    void randomInputsMatchReferenceAndRoundTrip();
};

void TestQuotedPrintable::examples_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("plain") << QByteArray("Hello.") << QByteArray("Hello.");
    QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("trailing space") << QByteArray("a \r\nb\t") << QByteArray("a=20\r\nb=09");
    QTest::newRow("inner space") << QByteArray("a b") << QByteArray("a b");
    QTest::newRow("line breaks") << QByteArray("a\nb\rc\r\nd") << QByteArray("a\r\nb\r\nc\r\nd");
    QTest::newRow("8-bit") << QByteArray("\xc3\xa9") << QByteArray("=C3=A9");
    QTest::newRow("76 fits") << QByteArray(76, 'x') << QByteArray(76, 'x');
    QTest::newRow("77 breaks") << QByteArray(77, 'x')
                               << QByteArray(75, 'x') + "=\r\n" + QByteArray(2, 'x');
    QTest::newRow("escape not split")
        << QByteArray(74, 'x') + "=y" << QByteArray(74, 'x') + "=\r\n=3Dy";
}

void TestQuotedPrintable::examples()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, encoded);
    QCOMPARE(QuotedPrintable::encode(input), encoded);
    QCOMPARE(referenceEncode(input), encoded);
}

void TestQuotedPrintable::allShortInputsMatchReference()
{
    // Every string of up to 5 bytes over the bytes that matter to the encoder.
    const QByteArray alphabet("a. =\t\r\n\xff\x7f", 9);
    QList<QByteArray> inputs = {QByteArray()};
    int compared = 0;
    for (int length = 1; length <= 5; ++length) {
        QList<QByteArray> longer;
        for (const QByteArray &prefix : std::as_const(inputs)) {
            for (const char c : alphabet)
                longer.append(prefix + c);
        }
        for (const QByteArray &input : std::as_const(longer)) {
            const QByteArray got = QuotedPrintable::encode(input);
            if (got != referenceEncode(input))
                QFAIL(context(input).constData());
            ++compared;
        }
        inputs = longer;
    }
    QCOMPARE(compared, 9 + 81 + 729 + 6561 + 59049);
}

void TestQuotedPrintable::longLinesMatchReference()
{
    // Lines around the 76-character limit with an escape, trailing whitespace or a line break
    // at every position: where soft breaks go is the delicate part.
    const QByteArrayList specials = {"=", " ", "\t", "\xe2", "\r\n", "\n", "\r", "  \r\n"};
    for (int length = 60; length <= 240; ++length) {
        for (int position = 0; position < length; ++position) {
            for (const QByteArray &special : specials) {
                QByteArray input(length, 'x');
                input.replace(position, special.size(), special);
                input.truncate(length);
                if (QuotedPrintable::encode(input) != referenceEncode(input))
                    QFAIL(context(input).constData());
            }
        }
        for (const QByteArray &special : specials) {
            // All of one kind: the longest output per byte.
            QByteArray input;
            while (input.size() < length)
                input += special;
            if (QuotedPrintable::encode(input) != referenceEncode(input))
                QFAIL(context(input).constData());
        }
    }
}

void TestQuotedPrintable::randomInputsMatchReferenceAndRoundTrip()
{
    const QByteArrayList pieces = {".",  "=",   " ",        "\t",    "\r",    "\n",  "\r\n",
                                   "ab", "xyz", "\xc3\xa9", "=\r\n", " \r\n", "\t\n"};
    QRandomGenerator random(20261122);
    for (int round = 0; round < 20000; ++round) {
        QByteArray input;
        const int count = random.bounded(0, 80);
        for (int i = 0; i < count; ++i) {
            switch (random.bounded(4)) {
            case 0: // any byte, NUL and 8-bit included
                input += char(random.bounded(256));
                break;
            case 1: // a run, for lines longer than 76
                input += QByteArray(random.bounded(1, 120), char(random.bounded(32, 127)));
                break;
            default:
                input += pieces.at(random.bounded(int(pieces.size())));
            }
        }
        const QByteArray got = QuotedPrintable::encode(input);
        const QByteArray where = context(input); // once: QVERIFY2 evaluates its message always
        QVERIFY2(got == referenceEncode(input), where.constData());

        // RFC 2045 properties, checked on the output itself.
        QVERIFY2(decode(got) == crlfLines(input), where.constData());
        for (const QByteArray &line : got.split('\n')) {
            QVERIFY2(line.size() <= QuotedPrintable::MaxLineLength + 1, // + the CR
                     where.constData());
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(!content.endsWith(' ') && !content.endsWith('\t'), where.constData());
        }
        for (const char c : got)
            QVERIFY2(uchar(c) < 128 && (uchar(c) >= 32 || c == '\r' || c == '\n' || c == '\t'),
                     where.constData());
    }
}

QTEST_GUILESS_MAIN(TestQuotedPrintable)
#include "tst_quotedprintable.moc"
