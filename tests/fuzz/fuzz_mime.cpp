// SPDX-License-Identifier: GPL-3.0-or-later
// A TestMessage with a fuzz-chosen subject, display names, bodies and Message-ID. When
// validate() accepts it, the whole MIME source is read in fuzz-chosen pieces and checked:
// exactly the expected header fields (nothing injected through a value), all lines at most
// 998 characters, no bare CR or LF, 7-bit only, the size promised up front, quoted-printable
// lines of at most 76 characters that decode back to the text.
#include "fuzzcommon.h"
#include "message/messagesource.h"
#include "message/testmessage.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using FuzzCommon::check;
using Sendcheck::Address;
using Sendcheck::TestMessage;

namespace {

QString text(FuzzedDataProvider &provider, size_t maxLength)
{
    const std::string raw = provider.ConsumeRandomLengthString(maxLength);
    const QByteArray bytes(raw.data(), qsizetype(raw.size()));
    // UTF-8 (the common case) or Latin-1, which reaches every code point up to U+00FF,
    // controls included.
    return provider.ConsumeBool() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

Address mailbox(const QString &name, const QString &fallbackSpec)
{
    if (auto parsed = Address::parse(name + QStringLiteral(" <") + fallbackSpec + u'>'))
        return *parsed;
    if (auto parsed = Address::parse(name)) // the fuzz text as a whole address
        return *parsed;
    return *Address::parse(fallbackSpec);
}

QByteArray lineEndsToCrlf(QByteArrayView in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\r' || in[i] == '\n') {
            out += "\r\n";
            if (in[i] == '\r' && i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

// A strict decoder: "=XX" upper-case hex, "=" CRLF soft breaks, nothing else after '='.
QByteArray decodeQuotedPrintable(QByteArrayView qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp[i] != '=') {
            out += qp[i];
            continue;
        }
        check(i + 2 < qp.size(), "'=' at the end of quoted-printable", qp.toByteArray());
        if (qp[i + 1] == '\r' && qp[i + 2] == '\n') {
            i += 2;
            continue;
        }
        const QByteArray hex = qp.sliced(i + 1, 2).toByteArray();
        bool ok = false;
        const int value = hex.toInt(&ok, 16);
        check(ok && hex == hex.toUpper(), "bad quoted-printable escape", qp.toByteArray());
        out += char(value);
        i += 2;
    }
    return out;
}

QByteArray fieldName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    check(colon > 0, "a header line that is neither a field nor a continuation", line);
    const QByteArray name = line.left(colon);
    for (const char c : name)
        check(c > 0x20 && c < 0x7f, "a header field name with a bad character", line);
    return name;
}

void checkSource(const TestMessage &message, FuzzedDataProvider &provider)
{
    const std::unique_ptr<Sendcheck::MessageSource> source = message.createSource();
    const qint64 promised = source->size();
    QByteArray all;
    for (int guard = 0; !source->atEnd(); ++guard) {
        check(guard < 1000000, "the source never reaches its end");
        const QByteArray piece = source->read(provider.ConsumeIntegralInRange<qsizetype>(1, 4096));
        check(!piece.isEmpty() || source->atEnd(), "read() returned nothing before the end");
        all += piece;
    }
    check(source->errorString().isEmpty(), "an error without attachments",
          source->errorString().toUtf8());
    check(promised == all.size(), "size() differs from what was read");

    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto c = static_cast<unsigned char>(all[i]);
        check(c != 0 && c < 0x80, "a NUL or 8-bit byte in the 7-bit message", all);
        if (c == '\r')
            check(i + 1 < all.size() && all[i + 1] == '\n', "bare CR in the message", all);
        if (c == '\n')
            check(i > 0 && all[i - 1] == '\r', "bare LF in the message", all);
    }
    check(all.endsWith("\r\n"), "the message does not end with CRLF", all);
    QList<QByteArray> lines = all.split('\n');
    lines.removeLast(); // after the last CRLF
    for (QByteArray &line : lines) {
        line.chop(1); // the CR
        check(line.size() <= 998, "a line longer than 998 characters", line);
    }

    const qsizetype blank = lines.indexOf(QByteArray());
    check(blank > 0, "no blank line after the header block", all);
    QStringList names;
    QByteArray contentType;
    for (qsizetype i = 0; i < blank; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            check(i > 0, "the header block starts with a continuation", all);
            check(!line.trimmed().isEmpty(), "a header continuation of only white space", all);
            if (names.constLast() == QLatin1String("Content-Type"))
                contentType += line;
            continue;
        }
        names.append(QString::fromLatin1(fieldName(line)));
        if (names.constLast() == QLatin1String("Content-Type"))
            contentType = line;
    }
    const bool html = message.htmlBody().has_value();
    QStringList expected {QStringLiteral("From"), QStringLiteral("To")};
    if (!message.cc().isEmpty())
        expected.append(QStringLiteral("Cc"));
    expected << QStringLiteral("Subject") << QStringLiteral("Date") << QStringLiteral("Message-ID")
             << QStringLiteral("X-Mailer") << QStringLiteral("MIME-Version")
             << QStringLiteral("Content-Type");
    if (!html)
        expected.append(QStringLiteral("Content-Transfer-Encoding"));
    check(names == expected, "the header fields are not the expected ones",
          names.join(u',').toUtf8());

    const QList<QByteArray> body = lines.mid(blank + 1);
    if (!html) {
        for (const QByteArray &line : body) {
            check(line.size() <= 76, "a quoted-printable line over 76 characters", line);
            check(!line.endsWith(' ') && !line.endsWith('\t'),
                  "quoted-printable line ends with white space", line);
        }
        const QByteArray qp = all.mid(all.indexOf("\r\n\r\n") + 4);
        QByteArray expectedText = lineEndsToCrlf(message.textBody().toUtf8());
        if (!expectedText.isEmpty() && !expectedText.endsWith("\r\n"))
            expectedText += "\r\n";
        check(decodeQuotedPrintable(qp) == expectedText, "the text does not survive encoding", qp);
        return;
    }
    // multipart/alternative: the boundary opens two parts and closes once, nowhere else.
    const qsizetype b = contentType.indexOf("boundary=\"");
    check(b >= 0, "multipart without a boundary", contentType);
    const QByteArray boundary = contentType.mid(b + 10, contentType.indexOf('"', b + 10) - b - 10);
    check(!boundary.isEmpty(), "empty boundary", contentType);
    int opens = 0;
    int closes = 0;
    for (const QByteArray &line : body) {
        check(!line.contains(boundary) || line.startsWith("--" + boundary),
              "the boundary inside content", line);
        opens += line == "--" + boundary;
        closes += line == "--" + boundary + "--";
    }
    check(opens == 2 && closes == 1, "the boundary does not frame exactly two parts", all);
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
    TestMessage message;
    message.setDate(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), QTimeZone(3600)));
    message.setSubject(text(provider, 2000));
    message.setFrom(mailbox(text(provider, 300), QStringLiteral("from@example.com")));
    message.setTo({mailbox(text(provider, 300), QStringLiteral("to@example.net"))});
    if (provider.ConsumeBool())
        message.setCc({mailbox(text(provider, 300), QStringLiteral("cc@example.org"))});
    if (provider.ConsumeBool())
        message.setMessageId(text(provider, 200));
    const bool withHtml = provider.ConsumeBool();
    const QString body = text(provider, 20000);
    message.setTextBody(body);
    if (withHtml)
        message.setHtmlBody(text(provider, 20000));

    const QStringList problems = message.validate();
    const QString subject = message.subject();
    if (subject.contains(u'\r') || subject.contains(u'\n') || subject.contains(QChar(0)))
        check(!problems.isEmpty(), "a subject with a line break or NUL was accepted",
              subject.toUtf8());
    if (problems.isEmpty())
        checkSource(message, provider);
    return 0;
}
