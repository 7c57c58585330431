// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

// Runs `handler` from the event loop when the process gets SIGINT (Ctrl+C) or SIGTERM, so a
// long-running command can stop cleanly (close listeners, say what happened) instead of dying
// in the middle. Call it once per process (one command runs per process). No-op without POSIX
// signals.
void onInterrupt(QObject *context, std::function<void()> handler);
