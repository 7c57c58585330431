// SPDX-License-Identifier: GPL-3.0-or-later
// Capabilities::fromEhloReply on any reply the parser accepts, then every query the engine
// makes. The lines are split at LF, as in fuzz_replyparser.
#include "fuzzcommon.h"
#include "smtp/capabilities.h"
#include "smtp/replyparser.h"

#include <cstddef>
#include <cstdint>

using FuzzCommon::check;
using Sendcheck::Capabilities;
using Sendcheck::ReplyParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    return 0;
}

static void exercise(const Sendcheck::SmtpReply &reply)
{
    const Capabilities caps = Capabilities::fromEhloReply(reply);
    const QStringList keywords = caps.keywords();
    for (const QString &keyword : keywords) {
        check(keyword == keyword.toUpper(), "keyword not upper case", keyword.toUtf8());
        check(caps.has(keyword), "listed keyword not found by has()", keyword.toUtf8());
        // EHLO keywords are ASCII (RFC 5321 4.1.1.1); Unicode case mapping does not round-trip
        // (U+03F4 lower-cases to a letter whose upper case is U+0398), so only ASCII is checked.
        bool ascii = true;
        for (const QChar c : keyword)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            check(caps.has(keyword.toLower()), "has() is case-sensitive", keyword.toUtf8());
        (void)caps.parameters(keyword);
    }
    const QStringList mechanisms = caps.authMechanisms();
    for (const QString &mechanism : mechanisms) {
        check(mechanism == mechanism.toUpper(), "mechanism not upper case", mechanism.toUtf8());
        check(mechanisms.count(mechanism) == 1, "mechanism listed twice", mechanism.toUtf8());
        check(caps.offersAuth(mechanism), "listed mechanism not offered", mechanism.toUtf8());
    }
    // "STARTTLSX" must not count as STARTTLS: a keyword is a whole word.
    if (caps.startTls())
        check(keywords.contains(QStringLiteral("STARTTLS")), "STARTTLS found as a substring");
    if (const auto limit = caps.sizeLimit())
        check(*limit >= 0, "negative SIZE limit");
    (void)caps.pipelining();
    (void)caps.eightBitMime();
    (void)caps.smtpUtf8();
    (void)caps.enhancedStatusCodes();
    (void)caps.chunking();
    (void)caps.greeting();
    (void)caps.isEmpty();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    ReplyParser parser;
    qsizetype pos = 0;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (parser.addLine(line) == ReplyParser::Status::Complete)
            exercise(parser.takeReply());
    }
    // Replies the parser would refuse still must not crash the capability reader.
    Sendcheck::SmtpReply raw;
    raw.code = 250;
    raw.lines = QString::fromUtf8(input).split(QLatin1Char('\n'));
    exercise(raw);
    return 0;
}
