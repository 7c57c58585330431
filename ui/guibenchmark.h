// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Sendcheck {

class MainWindow;

// `sendcheck --benchmark-gui`: measures what a person feels (time from process start to the
// window on screen, idle memory, and whether the window keeps responding while 100,000
// transcript lines arrive) and prints one JSON object. Figures only; nothing here passes or
// fails.
class GuiBenchmark : public QObject
{
    Q_OBJECT
public:
    // `processClock` was started first thing in main().
    GuiBenchmark(MainWindow *window, const QElapsedTimer &processClock, QObject *parent = nullptr);
    void start();

private:
    void appendNextBatch();
    void finish();
    static qint64 residentKiB();

    MainWindow *m_window;
    QElapsedTimer m_processClock;
    QElapsedTimer m_appendClock;
    QElapsedTimer m_tickClock;
    QTimer m_ticker; // a fast timer: the gap between two ticks is the event loop's stall
    qint64 m_windowShownMs = 0;
    qint64 m_idleKiB = 0;
    qint64 m_longestStallMs = 0;
    int m_appended = 0;
    static constexpr int Lines = 100000;
    static constexpr int Batch = 500; // a busy live session delivers lines about this fast
};

} // namespace Sendcheck
