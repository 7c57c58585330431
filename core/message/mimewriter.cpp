// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimewriter.h"

#include "headerencoder.h"
#include "quotedprintable.h"
#include "testmessage.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace Sendcheck {

namespace {

// "=_" cannot occur in quoted-printable ('=' is always followed by hex digits or CRLF) nor in
// base64, so a boundary starting with it cannot collide with any encoded content.
QByteArray makeBoundary(QByteArrayView kind)
{
    static constexpr char Alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray boundary("=_sendcheck_");
    boundary.append(kind).append('_');
    for (int i = 0; i < 24; ++i)
        boundary.append(Alphabet[QRandomGenerator::global()->bounded(int(sizeof(Alphabet) - 1))]);
    return boundary;
}

QByteArray textPart(QByteArrayView subtype, const QString &text)
{
    QByteArray part = HeaderEncoder::fold(
        "Content-Type", QByteArray("text/").append(subtype).append("; charset=UTF-8"));
    part += HeaderEncoder::fold("Content-Transfer-Encoding", "quoted-printable");
    part += "\r\n";
    part += QuotedPrintable::encode(text.toUtf8());
    return part;
}

QByteArray addressList(const QList<Address> &addresses)
{
    QByteArray value;
    for (const Address &address : addresses) {
        if (!value.isEmpty())
            value += ", ";
        value += address.headerForm();
    }
    return value;
}

} // namespace

std::shared_ptr<const MimeWriter::Layout> MimeWriter::layout(const TestMessage &message)
{
    auto layout = std::make_shared<Layout>();
    const Address from = message.from();
    QByteArray &head = layout->headStart;
    head += HeaderEncoder::fold("From", from.headerForm());
    if (!message.to().isEmpty())
        head += HeaderEncoder::fold("To", addressList(message.to()));
    if (!message.cc().isEmpty())
        head += HeaderEncoder::fold("Cc", addressList(message.cc()));
    head += HeaderEncoder::fold("Subject", HeaderEncoder::encodeUnstructured(message.subject()));

    // Date and Message-ID go between headStart and the tail, which starts here.
    QByteArray rest = HeaderEncoder::fold("X-Mailer", "Sendcheck");
    rest += HeaderEncoder::fold("MIME-Version", "1.0");

    // The body without attachments: text alone, or text and HTML as alternatives.
    QByteArray body;
    if (const auto html = message.htmlBody()) {
        const QByteArray alternative = makeBoundary("alt");
        body += HeaderEncoder::fold("Content-Type",
                                    "multipart/alternative; boundary=\"" + alternative + '"');
        body += "\r\n--" + alternative + "\r\n";
        body += textPart("plain", message.textBody());
        body += "\r\n--" + alternative + "\r\n";
        body += textPart("html", *html);
        body += "\r\n--" + alternative + "--\r\n";
    } else {
        body += textPart("plain", message.textBody());
        if (!body.endsWith("\r\n"))
            body += "\r\n";
    }

    auto addLiteral = [&layout](const QByteArray &bytes) {
        layout->tail.append(Segment {bytes, QString(), 0});
        layout->tailSize += bytes.size();
    };
    const QStringList attachments = message.attachments();
    if (attachments.isEmpty()) {
        addLiteral(rest + body);
        return layout;
    }
    const QByteArray mixed = makeBoundary("mix");
    rest += HeaderEncoder::fold("Content-Type", "multipart/mixed; boundary=\"" + mixed + '"');
    rest += "\r\n--" + mixed + "\r\n";
    rest += body;
    if (rest.endsWith("\r\n"))
        rest.chop(2); // the CRLF before a boundary belongs to the boundary
    addLiteral(rest);

    QMimeDatabase mimeDatabase;
    for (const QString &path : attachments) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            if (layout->error.isEmpty())
                layout->error
                    = tr("The attachment %1 cannot be read: it does not exist or is not a file.")
                          .arg(path);
            continue;
        }
        const QString name = info.fileName();
        QMimeType mimeType = mimeDatabase.mimeTypeForFile(info);
        if (mimeType.name() == QLatin1String("application/x-zerosize")) // empty: use the name
            mimeType = mimeDatabase.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QByteArray type = mimeType.name().toLatin1();
        QByteArray partHead = "\r\n--" + mixed + "\r\n";
        partHead += HeaderEncoder::fold(
            "Content-Type", type + "; name=\"" + HeaderEncoder::asciiFallback(name) + '"');
        partHead += HeaderEncoder::fold(
            "Content-Disposition",
            "attachment; " + HeaderEncoder::fileNameParameters(name, "filename").join("; "));
        partHead += HeaderEncoder::fold("Content-Transfer-Encoding", "base64");
        partHead += "\r\n";
        addLiteral(partHead);
        layout->tail.append(Segment {QByteArray(), path, info.size()});
        layout->tailSize += base64Size(info.size());
    }
    addLiteral("\r\n--" + mixed + "--\r\n");
    return layout;
}

MimeWriter::MimeWriter(const TestMessage &message)
    : MimeWriter(layout(message),
                 TestMessage::formatDate(message.date().value_or(QDateTime::currentDateTime())),
                 message.messageId().isEmpty()
                     ? TestMessage::generateMessageId(message.from().domain())
                     : message.messageId())
{ }

MimeWriter::MimeWriter(std::shared_ptr<const Layout> layout, const QByteArray &date,
                       const QString &messageId)
{
    // A Message-ID given by the caller is checked by validate(); encoding it keeps a bad one
    // from ever putting a raw line break into the header block.
    addLiteral(layout->headStart + HeaderEncoder::fold("Date", date)
               + HeaderEncoder::fold("Message-ID", HeaderEncoder::encodeUnstructured(messageId)));
    // The tail's literals are shared with the layout, not copied.
    m_segments.append(layout->tail);
    m_size += layout->tailSize;
    if (!layout->error.isEmpty()) {
        fail(layout->error);
        m_size = -1;
    }
}

MimeWriter::~MimeWriter() = default;

void MimeWriter::addLiteral(const QByteArray &bytes)
{
    m_segments.append(Segment {bytes, QString(), 0});
    m_size += bytes.size();
}

void MimeWriter::addFile(const QString &path, qint64 fileSize)
{
    m_segments.append(Segment {QByteArray(), path, fileSize});
    m_size += base64Size(fileSize);
}

qint64 MimeWriter::base64Size(qint64 bytes)
{
    const qint64 characters = (bytes + 2) / 3 * 4;
    const qint64 lines = (characters + 75) / 76;
    return characters + (lines > 0 ? 2 * (lines - 1) : 0);
}

QByteArray MimeWriter::read(qsizetype maxBytes)
{
    if (!m_error.isEmpty() || maxBytes <= 0)
        return QByteArray();
    const qsizetype wanted = qMin(maxBytes, MaxBuffer);
    while (m_buffer.size() - m_bufferPos < wanted && fill()) { }
    if (!m_error.isEmpty()) {
        m_buffer.clear();
        m_bufferPos = 0;
        return QByteArray();
    }
    m_peakBuffer = qMax(m_peakBuffer, m_buffer.size());

    const qsizetype take = qMin(maxBytes, m_buffer.size() - m_bufferPos);
    QByteArray out = m_buffer.mid(m_bufferPos, take);
    m_bufferPos += take;
    if (m_bufferPos == m_buffer.size()) {
        m_buffer.clear();
        m_bufferPos = 0;
    } else if (m_bufferPos >= MaxBuffer / 2) {
        m_buffer.remove(0, m_bufferPos);
        m_bufferPos = 0;
    }
    return out;
}

bool MimeWriter::atEnd() const
{
    return m_error.isEmpty() && m_segment >= m_segments.size() && m_bufferPos >= m_buffer.size();
}

bool MimeWriter::fill()
{
    if (!m_error.isEmpty() || m_segment >= m_segments.size())
        return false;
    Segment &segment = m_segments[m_segment];
    if (segment.filePath.isEmpty()) {
        const qsizetype take
            = qMin<qsizetype>(FileChunkBytes, segment.literal.size() - m_literalOffset);
        m_buffer.append(QByteArrayView(segment.literal).sliced(m_literalOffset, take));
        m_literalOffset += take;
        if (m_literalOffset >= segment.literal.size()) {
            segment.literal = QByteArray(); // sent: no need to keep it
            m_literalOffset = 0;
            ++m_segment;
        }
        return true;
    }
    return fillFromFile(segment);
}

bool MimeWriter::fillFromFile(const Segment &segment)
{
    if (!m_file) {
        m_file = std::make_unique<QFile>(segment.filePath);
        if (!m_file->open(QIODevice::ReadOnly)) {
            fail(tr("The attachment %1 can no longer be read: %2")
                     .arg(segment.filePath, m_file->errorString()));
            return false;
        }
        m_fileRemaining = segment.fileSize;
        m_fileLineWritten = false;
    }

    if (m_fileRemaining == 0) {
        // The size was promised up front; a file that grew would make the count wrong.
        if (!m_file->read(1).isEmpty()) {
            fail(tr("The attachment %1 changed while it was being sent (it grew).")
                     .arg(segment.filePath));
            return false;
        }
        m_file.reset();
        ++m_segment;
        return true;
    }

    const qint64 want = qMin(FileChunkBytes, m_fileRemaining);
    QByteArray data(want, Qt::Uninitialized);
    qint64 got = 0;
    while (got < want) {
        const qint64 n = m_file->read(data.data() + got, want - got);
        if (n < 0) {
            fail(tr("The attachment %1 could not be read: %2")
                     .arg(segment.filePath, m_file->errorString()));
            return false;
        }
        if (n == 0) {
            fail(tr("The attachment %1 changed while it was being sent (it became shorter).")
                     .arg(segment.filePath));
            return false;
        }
        got += n;
    }
    m_fileRemaining -= want;

    const QByteArray encoded = data.toBase64();
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76) {
        if (m_fileLineWritten)
            m_buffer.append("\r\n", 2);
        m_buffer.append(
            QByteArrayView(encoded).sliced(pos, qMin<qsizetype>(76, encoded.size() - pos)));
        m_fileLineWritten = true;
    }
    return true;
}

void MimeWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_file.reset();
}

} // namespace Sendcheck
