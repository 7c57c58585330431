// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyParser against arbitrary server bytes, split into lines at LF (a trailing CR dropped,
// as the session does). Besides crashes and sanitizer reports, checks that what the parser
// accepts is a well-formed reply and that its state agrees with a simple model.
#include "fuzzcommon.h"
#include "smtp/replyparser.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using FuzzCommon::check;
using Sendcheck::ReplyParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzCommon::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression enhancedPattern(
        QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    ReplyParser parser;
    int linesInReply = 0; // the model: lines taken since the last completed or failed reply
    qsizetype pos = 0;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);

        const ReplyParser::Status status = parser.addLine(line);
        switch (status) {
        case ReplyParser::Status::NeedMore:
            ++linesInReply;
            check(parser.inProgress(), "NeedMore but no reply in progress");
            check(line.size() >= 4 && line[3] == '-', "NeedMore for a line without '-'",
                  line.toByteArray());
            check(linesInReply <= ReplyParser::MaxLines, "more lines kept than MaxLines");
            break;
        case ReplyParser::Status::Complete: {
            ++linesInReply;
            check(!parser.inProgress(), "reply complete but still in progress");
            const Sendcheck::SmtpReply reply = parser.takeReply();
            check(reply.isValid(), "accepted a reply code outside 200-599", line.toByteArray());
            check(reply.code == line.first(3).toByteArray().toInt(),
                  "reply code differs from the last line's code", line.toByteArray());
            check(reply.lines.size() == linesInReply, "reply line count differs from the model");
            check(reply.enhanced.isEmpty()
                      || (enhancedPattern.match(reply.enhanced).hasMatch()
                          && reply.enhanced.at(0).digitValue() == reply.codeClass()),
                  "enhanced code malformed or of another class", reply.enhanced.toUtf8());
            for (const QString &text : reply.lines)
                check(text.size() <= ReplyParser::MaxLineLength, "reply line longer than allowed");
            (void)reply.toOneLine();
            check(parser.takeReply() == Sendcheck::SmtpReply(), "takeReply did not reset");
            linesInReply = 0;
            break;
        }
        case ReplyParser::Status::Error:
            check(!parser.errorString().isEmpty(), "error without an error string");
            check(!parser.inProgress(), "error left a reply in progress");
            linesInReply = 0;
            break;
        }
    }
    return 0;
}
