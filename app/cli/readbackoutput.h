// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Sendcheck {
class ReadBack;
struct ReadBackResult;
struct ImapFailure;
} // namespace Sendcheck

// What `inbox-check` and `send --read-back` both print about a read-back (core/imap ReadBack):
// one text form, one JSON form, one way to run it.

// The exit code of a read-back that Ctrl+C (SIGINT) or SIGTERM stopped: 128 + SIGINT, as a
// shell reports an interrupted command, for `send --read-back` and `inbox-check` alike.
constexpr int readBackStoppedExitCode = 130;

// Starts `readBack` and waits in a local event loop until it is finished. With `transcript`
// the IMAP conversation (redacted) goes to standard error as it happens; with `progress` so
// does each progress line. SIGINT or SIGTERM meanwhile stops it at once (ReadBack::cancel():
// the connection is closed, wasStopped() is true).
void runReadBack(Sendcheck::ReadBack &readBack, bool transcript, bool progress);

// Arrived or not, after how long, in which folder, the receiver's verdict (Authentication-
// Results, Received-SPF, Gmail labels), the hops with their TLS, and each check with its fix.
void printReadBackResult(const Sendcheck::ReadBackResult &result);
// "The mailbox could not be read: ..." on standard error, with the server's own words; for a
// stopped read-back, that it was stopped and the arrival is not known.
void printReadBackFailure(const Sendcheck::ImapFailure &failure);

// {"host", "port", "security", "tls", "used_idle", "folders_searched"}
[[nodiscard]] QJsonObject readBackImapJson(const Sendcheck::ReadBack &readBack);
// {"kind", "step", "message", "server_text"}
[[nodiscard]] QJsonObject readBackFailureJson(const Sendcheck::ImapFailure &failure);
