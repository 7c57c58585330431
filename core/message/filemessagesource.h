// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesource.h"

#include <QCoreApplication>
#include <QFile>

namespace Sendcheck {

// A message read from a file as it is, a chunk at a time (MessageFile::createSource()). It
// hands out exactly `size` bytes: a file that grew since it was checked is cut there, one that
// shrank or cannot be read is an error.
class FileMessageSource : public MessageSource
{
    Q_DECLARE_TR_FUNCTIONS(FileMessageSource)

public:
    // `wireSize` is what size() reports (every line end counted as CRLF).
    FileMessageSource(const QString &path, qint64 size, qint64 wireSize);

    [[nodiscard]] QByteArray read(qsizetype maxBytes) override;
    [[nodiscard]] bool atEnd() const override;
    [[nodiscard]] qint64 size() const override { return m_wireSize; }
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    QFile m_file;
    qint64 m_remaining;
    qint64 m_wireSize;
    bool m_opened = false;
    QString m_error;
};

} // namespace Sendcheck
