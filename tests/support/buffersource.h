// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/messagesource.h"

#include <QByteArray>
#include <QString>

namespace TestSupport {

// A message held in memory, for protocol tests and fuzzing: the bytes as they are, CRLF or
// not, so the engine's own framing is what gets tested.
class BufferSource : public Sendcheck::MessageSource
{
public:
    explicit BufferSource(QByteArray data) : m_data(std::move(data)) { }
    QByteArray read(qsizetype maxBytes) override
    {
        const QByteArray chunk = m_data.mid(m_offset, maxBytes);
        m_offset += chunk.size();
        return chunk;
    }
    bool atEnd() const override { return m_offset >= m_data.size(); }
    qint64 size() const override { return m_data.size(); }
    QString errorString() const override { return QString(); }

private:
    QByteArray m_data;
    qsizetype m_offset = 0;
};

} // namespace TestSupport
