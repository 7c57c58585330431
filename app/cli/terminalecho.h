// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// While alive, characters typed on the terminal on standard input are not shown (a secret read
// with --password-stdin stays off the screen). Does nothing when standard input is no terminal.
// The terminal's settings come back when the object goes, and also when the process is ended
// by SIGINT (Ctrl+C), SIGTERM, SIGHUP or SIGQUIT meanwhile: the handler restores them and then
// lets the signal end the process as it would have. One at a time per process.
class TerminalEcho
{
public:
    TerminalEcho();
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    // Whether echo was switched off (standard input is a terminal).
    [[nodiscard]] bool active() const { return m_active; }

private:
    bool m_active = false;
};
