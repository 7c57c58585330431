// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtpstage.h"

#include <QString>

#include <optional>

namespace Sendcheck {

// Where an SmtpSession is, finer than its Stage: what it has just sent or is doing, and so what
// it waits for. Every state belongs to one Stage (stageOf), except those that leave the stage
// where it was: Closing and Parked keep the stage a failure or a stop happened in, Starting
// stays Idle.
enum class SessionState {
    Idle, // not started
    Starting, // start() checks the settings; nothing is sent yet
    Connecting, // TCP connect
    TlsHandshake, // the TLS handshake: right after connecting (implicit TLS) or after STARTTLS
    Banner, // waiting for the 220 greeting
    Ehlo, // EHLO sent
    Helo, // EHLO was not understood: HELO sent (no extensions, no sign-in)
    StartTls, // STARTTLS sent, waiting for its 220
    EhloAfterTls, // the EHLO that must follow a STARTTLS handshake
    Auth, // a SASL exchange
    MailFrom, // MAIL FROM sent (with RCPT and DATA behind it when pipelining)
    RcptTo, // RCPT TO, one per recipient
    Data, // DATA sent, waiting for 354
    MessageHeld, // step mode: DATA was accepted, the message waits for step()
    Message, // the message data is streaming out
    DataEnd, // the final dot went out, its reply is awaited
    Reset, // RSET between two messages, after one cut short
    Done, // every message has its outcome
    Quit, // QUIT sent
    Closing, // QUIT sent after a failure; the stage stays where it failed
    Parked, // stopped as asked, the connection kept open for NOOP, RSET and QUIT
    Finished, // over; result() is complete
};

// A short lower-case name for logs and the transcript: "connecting", "ehlo-after-tls", ...
// (Not called toString(): QTest finds that by argument lookup and expects a char *.)
[[nodiscard]] QString stateName(SessionState state);
// The user-visible stage of a state; nothing for the states that keep the current stage.
[[nodiscard]] std::optional<Stage> stageOf(SessionState state);

} // namespace Sendcheck
