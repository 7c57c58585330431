// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalecho.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <csignal>

#include <termios.h>
#include <unistd.h>

namespace {

constexpr int restoredSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Written before the handlers are installed and only read by them.
termios savedSettings;
struct sigaction previousActions[std::size(restoredSignals)];

extern "C" void restoreAndRaise(int signal)
{
    // Only async-signal-safe calls here: tcsetattr, sigaction, raise.
    tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, nullptr);
    raise(signal);
}

} // namespace

TerminalEcho::TerminalEcho()
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &savedSettings) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = restoreAndRaise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(restoredSignals); ++i)
        sigaction(restoredSignals[i], &action, &previousActions[i]);
    termios quiet = savedSettings;
    quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &quiet) != 0) {
        for (std::size_t i = 0; i < std::size(restoredSignals); ++i)
            sigaction(restoredSignals[i], &previousActions[i], nullptr);
        return;
    }
    m_active = true;
}

TerminalEcho::~TerminalEcho()
{
    if (!m_active)
        return;
    tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
    for (std::size_t i = 0; i < std::size(restoredSignals); ++i)
        sigaction(restoredSignals[i], &previousActions[i], nullptr);
}

#else

TerminalEcho::TerminalEcho() = default;
TerminalEcho::~TerminalEcho() = default;

#endif
