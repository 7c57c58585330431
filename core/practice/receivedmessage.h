// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Sendcheck {

// A message the practice server accepted, with its envelope and the whole session up to the
// final dot (AUTH payloads redacted).
struct ReceivedMessage
{
    quint64 sessionId = 0;
    QDateTime received;
    QString mailFrom; // without the angle brackets; empty for the null sender <>
    QStringList rcptTo;
    QByteArray data; // unstuffed, exactly as the client sent it (CRLF), without the final dot
    QString sessionTranscript;
    bool tls = false;
    QString authUser; // empty when the client did not authenticate
    QString queueId; // the id given in "250 2.0.0 Ok: queued as ..."
};

} // namespace Sendcheck

Q_DECLARE_METATYPE(Sendcheck::ReceivedMessage)
