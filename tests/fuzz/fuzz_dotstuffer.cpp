// SPDX-License-Identifier: GPL-3.0-or-later
// DotStuffer with message bytes cut into chunks at fuzz-chosen places. Checks: no bare CR or
// LF on the wire, exactly one CRLF.CRLF and it ends the data, the same wire whatever the
// chunking, and unstuff() gives back the content with its line ends normalised.
#include "fuzzcommon.h"
#include "message/dotstuffer.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using FuzzCommon::check;
using Sendcheck::DotStuffer;

namespace {

// The model: CRLF, bare CR and bare LF each become one CRLF; content that does not end with a
// line end gets one (an empty message too), as the terminator needs a full CRLF before it.
QByteArray normalised(QByteArrayView content)
{
    QByteArray out;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < content.size() && content[i + 1] == '\n')
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

QByteArray stuff(DotStuffer &stuffer, QByteArrayView content, const std::vector<qsizetype> &cuts)
{
    QByteArray wire;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        wire += stuffer.feed(content.sliced(from, cut - from));
        from = cut;
    }
    wire += stuffer.feed(content.sliced(from));
    wire += stuffer.finish();
    return wire;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const int cutCount = provider.ConsumeIntegralInRange<int>(0, 12);
    std::vector<uint16_t> rawCuts;
    for (int i = 0; i < cutCount; ++i)
        rawCuts.push_back(provider.ConsumeIntegral<uint16_t>());
    const std::vector<char> bytes = provider.ConsumeRemainingBytes<char>();
    const QByteArrayView content(bytes.data(), qsizetype(bytes.size()));

    std::vector<qsizetype> cuts;
    for (const uint16_t raw : rawCuts)
        cuts.push_back(qsizetype(raw) % (content.size() + 1));
    std::sort(cuts.begin(), cuts.end());

    DotStuffer stuffer;
    const QByteArray wire = stuff(stuffer, content, cuts);

    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\r')
            check(i + 1 < wire.size() && wire[i + 1] == '\n', "bare CR on the wire", wire);
        if (wire[i] == '\n')
            check(i > 0 && wire[i - 1] == '\r', "bare LF on the wire", wire);
    }
    // The DATA command's own CRLF precedes the data, so a first line "." would end it too.
    const QByteArray framed = "\r\n" + wire;
    check(framed.count("\r\n.\r\n") == 1, "not exactly one CRLF.CRLF", wire);
    check(framed.endsWith("\r\n.\r\n"), "the data does not end with CRLF.CRLF", wire);

    check(DotStuffer::unstuff(wire) == normalised(content),
          "unstuff does not give back the content", wire);

    // finish() resets: the same stuffer, fed in one piece, must give the same wire.
    check(stuff(stuffer, content, {}) == wire, "the wire depends on where the chunks were cut",
          wire);
    return 0;
}
