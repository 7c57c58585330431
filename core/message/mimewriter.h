// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace Sendcheck {

class TestMessage;

// The MIME form of a TestMessage (RFC 5322, 2045-2047, 2231), all 7-bit so no 8BITMIME is
// needed. Headers and text parts are built up front (they are small); attachments are read
// from their files and base64-encoded only as read() asks, so the memory held stays bounded
// whatever their size. size() is exact before the first read.
//
// If an attachment vanishes, shrinks, grows or cannot be read, read() returns empty,
// errorString() says what happened and atEnd() stays false: the message never reached its
// end, so the caller must abandon the transaction rather than finish the DATA.
class MimeWriter : public MessageSource
{
    Q_DECLARE_TR_FUNCTIONS(MimeWriter)

    struct Segment
    {
        QByteArray literal;
        QString filePath; // non-empty: base64 of this file
        qint64 fileSize = 0;
    };

public:
    // What stays the same for every copy of a message in a burst, encoded once: the header
    // fields before Date, and everything after Message-ID (the rest of the header, the text
    // and HTML parts, the attachments' part headers; attachments are still read per copy).
    struct Layout
    {
        QByteArray headStart;
        QList<Segment> tail;
        qint64 tailSize = 0;
        QString error; // an attachment that is not there: every copy fails with this
    };
    [[nodiscard]] static std::shared_ptr<const Layout> layout(const TestMessage &message);

    explicit MimeWriter(const TestMessage &message);
    // One copy of a prepared layout, with its own Date and Message-ID header values.
    MimeWriter(std::shared_ptr<const Layout> layout, const QByteArray &date,
               const QString &messageId);
    ~MimeWriter() override;

    [[nodiscard]] QByteArray read(qsizetype maxBytes) override;
    [[nodiscard]] bool atEnd() const override;
    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] QString errorString() const override { return m_error; }

    // The largest the internal buffer has been, for tests and benchmarks of the streaming.
    [[nodiscard]] qsizetype peakBufferSize() const { return m_peakBuffer; }

    // Base64 of `bytes` in 76-character lines joined by CRLF (no CRLF after the last line).
    [[nodiscard]] static qint64 base64Size(qint64 bytes);

    // Raw bytes read from a file at a time: whole base64 lines (57 bytes -> 76 characters).
    static constexpr qint64 FileChunkBytes = 57 * 1024;
    // read() never buffers more than this ahead, whatever maxBytes asks.
    static constexpr qsizetype MaxBuffer = 256 * 1024;

private:
    void addLiteral(const QByteArray &bytes);
    void addFile(const QString &path, qint64 fileSize);
    [[nodiscard]] bool fill();
    [[nodiscard]] bool fillFromFile(const Segment &segment);
    void fail(const QString &message);

    QList<Segment> m_segments;
    qsizetype m_segment = 0;
    qsizetype m_literalOffset = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileRemaining = 0;
    bool m_fileLineWritten = false;

    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qsizetype m_peakBuffer = 0;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace Sendcheck
