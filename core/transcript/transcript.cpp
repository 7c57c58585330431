// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript.h"

#include <algorithm>
#include <utility>

namespace Sendcheck {

QString directionMarker(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C");
    case Direction::Server:
        return QStringLiteral("S");
    case Direction::Info:
        return QStringLiteral("*");
    case Direction::Tls:
        return QStringLiteral("T");
    case Direction::Error:
        return QStringLiteral("!");
    }
    return QString();
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Info:
        return QStringLiteral("info");
    case Direction::Tls:
        return QStringLiteral("tls");
    case Direction::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString visibleText(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\t') {
            shown += QStringLiteral("\\t");
        } else if (u == '\r') {
            shown += QStringLiteral("\\r");
        } else if (u == '\n') {
            shown += QStringLiteral("\\n");
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            shown += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x202e || u == 0x202d || u == 0x2066 || u == 0x2067 || u == 0x2068
                   || u == 0x2069 || u == 0x200e || u == 0x200f) {
            // bidirectional overrides could make a reply read differently from what it is
            shown += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    return shown;
}

Transcript::Transcript(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

void Transcript::restart()
{
    m_entries.clear();
    m_clock.restart();
}

void Transcript::append(Direction direction, const QString &text, bool insideTls)
{
    // The server's words (its lines, and the errors that quote them) may echo a secret back;
    // the engine's own lines never hold one (a command that carries it is recorded without it).
    const bool fromServer = direction == Direction::Server || direction == Direction::Error;
    TranscriptEntry entry {m_clock.elapsed(), direction, fromServer ? redact(text) : text,
                           insideTls};
    if (m_keepEntries)
        m_entries.append(entry);
    Q_EMIT entryAdded(entry);
}

void Transcript::addSecret(QByteArrayView secret)
{
    if (secret.isEmpty())
        return;
    // UTF-8 for text; Latin-1 too, so the raw bytes match when redact(QByteArray) reads them.
    QString forms[] = {QString::fromUtf8(secret), QString::fromLatin1(secret)};
    for (QString &form : forms) {
        if (!m_secrets.contains(form))
            m_secrets.append(std::exchange(form, QString())); // the one buffer moves in
        else
            std::fill(form.begin(), form.end(), QChar()); // a duplicate, held only here
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Transcript::forgetSecrets()
{
    // Each string is held only here, so this overwrites the one buffer, not a detached copy.
    for (QString &secret : m_secrets)
        std::fill(secret.begin(), secret.end(), QChar());
    m_secrets.clear();
}

QString Transcript::redact(const QString &text) const
{
    if (m_secrets.isEmpty())
        return text;
    QString clean = text;
    for (const QString &secret : m_secrets)
        clean.replace(secret, tr("<secret hidden>"));
    return clean;
}

QByteArray Transcript::redact(const QByteArray &bytes) const
{
    if (m_secrets.isEmpty())
        return bytes;
    QString clean = QString::fromLatin1(bytes);
    for (const QString &secret : m_secrets)
        clean.replace(secret, QLatin1String("<secret hidden>"));
    return clean.toLatin1();
}

qint64 Transcript::elapsedMs() const
{
    return m_clock.elapsed();
}

QString Transcript::formatEntry(const TranscriptEntry &entry)
{
    // A lock marks lines that travelled inside TLS; lines sent in the clear get a space.
    const QString lock = entry.insideTls ? QStringLiteral("\U0001F512") : QStringLiteral("  ");
    return QStringLiteral("%1 ms %2 %3 %4")
        .arg(entry.elapsedMs, 6)
        .arg(lock, directionMarker(entry.direction), visibleText(entry.text));
}

QString Transcript::toText() const
{
    QString text;
    for (const auto &entry : m_entries) {
        text += formatEntry(entry);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Sendcheck
