// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibenchmark.h"

#include "mainwindow.h"
#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>

#include <cstdio>

namespace Sendcheck {

GuiBenchmark::GuiBenchmark(MainWindow *window, const QElapsedTimer &processClock, QObject *parent)
    : QObject(parent), m_window(window), m_processClock(processClock)
{
    m_ticker.setInterval(1);
    connect(&m_ticker, &QTimer::timeout, this,
            [this] { m_longestStallMs = std::max(m_longestStallMs, m_tickClock.restart()); });
}

qint64 GuiBenchmark::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void GuiBenchmark::start()
{
    m_window->show();
    // The first turn of the event loop after show() is when the window has been laid out and
    // exposed.
    QTimer::singleShot(0, this, [this] {
        m_windowShownMs = m_processClock.elapsed();
        QTimer::singleShot(500, this, [this] {
            m_idleKiB = residentKiB();
            m_appendClock.start();
            m_tickClock.start();
            m_ticker.start();
            appendNextBatch();
        });
    });
}

void GuiBenchmark::appendNextBatch()
{
    QList<TranscriptEntry> batch;
    batch.reserve(Batch);
    for (int i = 0; i < Batch && m_appended < Lines; ++i, ++m_appended) {
        const Direction direction = m_appended % 3 == 0 ? Direction::Client : Direction::Server;
        batch.append({m_appended, direction,
                      QStringLiteral("250-line %1 of a very long transcript").arg(m_appended),
                      m_appended % 2 == 0});
    }
    m_window->transcriptModel()->appendBatch(batch);
    if (m_appended < Lines) {
        QTimer::singleShot(0, this, &GuiBenchmark::appendNextBatch);
        return;
    }
    m_window->transcriptModel()->flush();
    m_window->transcriptView()->scrollToBottom();
    QTimer::singleShot(0, this, &GuiBenchmark::finish);
}

void GuiBenchmark::finish()
{
    m_ticker.stop();
    const QJsonObject figures {
        {QStringLiteral("window_shown_ms"), m_windowShownMs},
        {QStringLiteral("idle_rss_mb"), m_idleKiB / 1024.0},
        {QStringLiteral("append_lines"), m_window->transcriptModel()->rowCount()},
        {QStringLiteral("append_total_ms"), m_appendClock.elapsed()},
        {QStringLiteral("longest_stall_ms"), m_longestStallMs},
        {QStringLiteral("rss_after_append_mb"), residentKiB() / 1024.0},
    };
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace Sendcheck
