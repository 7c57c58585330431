// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Sendcheck {

class MessageSource;

// A prepared RFC 5322 message on disk (an .eml a mail program saved), sent as it is: header
// fields kept, the envelope given separately. inspect() reads the file once, before anything is
// sent, and refuses what cannot go out unchanged (empty, binary, not a message, line ends
// mixed so some would have to change); createSource() then streams it from disk, a chunk at a
// time, so even a 50 MB message is never held in memory.
class MessageFile
{
    Q_DECLARE_TR_FUNCTIONS(MessageFile)

public:
    // Nothing, with the reason in `error`, when the file cannot be sent as it is.
    [[nodiscard]] static std::optional<MessageFile> inspect(const QString &path, QString *error);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    // The size on the wire before dot-stuffing: every line end a CRLF (what SIZE= announces).
    [[nodiscard]] qint64 wireSize() const { return m_wireSize; }
    // Lines ending in a bare LF (a file saved with Unix line ends); each goes out as CRLF.
    [[nodiscard]] qint64 bareLfLines() const { return m_bareLfLines; }
    // A byte above 127 anywhere: the server must offer 8BITMIME (RFC 6152).
    [[nodiscard]] bool hasEightBit() const { return m_eightBit; }

    // The file's bytes, up to the size inspect() saw. A file that shrinks or cannot be read
    // any more fails the read (the message is then never ended with a dot).
    [[nodiscard]] std::unique_ptr<MessageSource> createSource() const;

private:
    MessageFile() = default;

    QString m_path;
    qint64 m_fileSize = 0;
    qint64 m_wireSize = 0;
    qint64 m_bareLfLines = 0;
    bool m_eightBit = false;
};

} // namespace Sendcheck
