// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefile.h"

#include "filemessagesource.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Sendcheck {

namespace {

constexpr qint64 ScanBlock = 1024 * 1024;
// A header section longer than this is no message a mail program saved.
constexpr qsizetype MaxHeaderSection = 1024 * 1024;

// RFC 5322 2.2: a field name is printable US-ASCII except the colon, then the colon.
bool isHeaderField(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] != ':') {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c < 33 || c > 126)
            return false;
        ++i;
    }
    return i > 0 && i < line.size();
}

// The header section's lines (line ends removed), up to the empty line or the end of `head`.
// Returns the 1-based number of the first line that is neither a field nor a continuation,
// 0 when every line is one; `hasFrom` says whether a From: field is among them.
qsizetype firstBadHeaderLine(QByteArrayView head, bool *hasFrom)
{
    *hasFrom = false;
    qsizetype pos = 0;
    qsizetype number = 0;
    while (pos < head.size()) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        ++number;
        if (line.isEmpty())
            return 0; // the end of the header section
        const bool continuation = line.front() == ' ' || line.front() == '\t';
        if (continuation ? number == 1 : !isHeaderField(line))
            return number;
        if (!continuation && line.size() >= 5
            && QByteArrayView(line.first(5)).compare("from:", Qt::CaseInsensitive) == 0)
            *hasFrom = true;
        pos = end + 1;
    }
    return 0;
}

} // namespace

std::optional<MessageFile> MessageFile::inspect(const QString &path, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error
            = tr("Cannot read the message file %1: %2")
                  .arg(path, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString());
        return std::nullopt;
    }
    MessageFile message;
    message.m_path = path;

    std::vector<char> buffer(ScanBlock);
    QByteArray head; // the header section, for the checks below
    bool headDone = false;
    qint64 total = 0, lf = 0, cr = 0, crlf = 0;
    char previous = '\n';
    bool eightBit = false;
    for (;;) {
        const qint64 got = file.read(buffer.data(), ScanBlock);
        if (got < 0) {
            *error = tr("Cannot read the message file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        if (got == 0)
            break;
        const char *const data = buffer.data();
        const auto size = static_cast<size_t>(got);
        if (std::memchr(data, '\0', size)) {
            *error = tr("%1 is not a message: it contains NUL bytes, as binary files do. Give "
                        "a message as a mail program saves it (an .eml file).")
                         .arg(path);
            return std::nullopt;
        }
        // Line ends are found with memchr, 8-bit bytes eight at a time: a 50 MB file takes a
        // few milliseconds, read from the page cache it is sent from moments later.
        qint64 blockLf = 0, blockCr = 0, blockCrlf = 0;
        const char *p = data;
        const char *const end = data + size;
        while (const auto *at = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) {
            ++blockLf;
            if (at > data ? at[-1] == '\r' : previous == '\r')
                ++blockCrlf;
            p = at + 1;
        }
        for (p = data;
             const auto *at = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
             p = at + 1)
            ++blockCr;
        quint64 high = 0;
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            high |= word;
        }
        for (; i < size; ++i)
            high |= static_cast<unsigned char>(data[i]);
        eightBit = eightBit || (high & 0x8080808080808080ULL);
        lf += blockLf;
        cr += blockCr;
        crlf += blockCrlf;
        previous = data[size - 1];
        if (!headDone) {
            head.append(data, qsizetype(std::min<qint64>(got, MaxHeaderSection - head.size())));
            headDone = head.contains("\n\n") || head.contains("\n\r\n")
                || head.size() >= MaxHeaderSection;
        }
        total += got;
    }
    if (total == 0) {
        *error = tr("The message file %1 is empty: there is nothing to send.").arg(path);
        return std::nullopt;
    }
    bool hasFrom = false;
    if (const qsizetype bad = firstBadHeaderLine(head, &hasFrom); bad > 0 || !hasFrom) {
        *error = bad > 0
            ? tr("%1 is not a message (RFC 5322): it must begin with header fields (lines such "
                 "as \"From: ...\" and \"Subject: ...\"), then an empty line and the body; "
                 "line %2 is not a header field.")
                  .arg(path)
                  .arg(bad)
            : tr("%1 is not a message (RFC 5322): its header has no From: field.").arg(path);
        return std::nullopt;
    }
    const qint64 bareLf = lf - crlf;
    const qint64 bareCr = cr - crlf;
    if (bareCr > 0 || (crlf > 0 && bareLf > 0)) {
        // Sending this would change some line ends but not others: refused rather than altered,
        // and servers read such messages differently (the SMTP smuggling of 2023).
        *error = tr("%1 mixes line ends: %n line(s) end in CR LF, %2 in a bare LF and %3 in a "
                    "bare CR. It cannot be sent unchanged; save it with one kind of line end "
                    "(all CR LF, or all LF).",
                    nullptr, int(crlf))
                     .arg(path)
                     .arg(bareLf)
                     .arg(bareCr);
        return std::nullopt;
    }
    message.m_fileSize = total;
    message.m_bareLfLines = bareLf;
    message.m_eightBit = eightBit;
    // The CRLF the dot-stuffer adds to a last line without a line end is part of the message.
    const bool endsWithLineEnd = previous == '\n';
    message.m_wireSize = total + bareLf + (endsWithLineEnd ? 0 : 2);
    return message;
}

std::unique_ptr<MessageSource> MessageFile::createSource() const
{
    return std::make_unique<FileMessageSource>(m_path, m_fileSize, m_wireSize);
}

} // namespace Sendcheck
