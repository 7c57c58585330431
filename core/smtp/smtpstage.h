// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Sendcheck {
Q_NAMESPACE

// The stages of one SMTP session, in protocol order. They name where a session is, where it
// stopped and where it failed, in the progress display, the transcript, JSON and exit codes.
enum class Stage {
    Idle,
    Connecting, // TCP connect (and, for implicit TLS, the handshake right after it)
    Banner, // waiting for the 220 greeting
    Ehlo, // EHLO (or HELO) and its capabilities
    StartTls, // the STARTTLS command and its 220
    TlsHandshake, // the TLS handshake, and the EHLO that must follow it
    Auth, // SASL authentication
    MailFrom, // MAIL FROM
    RcptTo, // RCPT TO, one per recipient
    Data, // DATA, the message, the final dot
    Quit, // QUIT
    Done,
};
Q_ENUM_NS(Stage)

// A short lower-case name: "connect", "banner", "ehlo", "starttls", "tls", "auth", "mail",
// "rcpt", "data", "quit". These are the names of `--quit-after` and of JSON's "stage".
[[nodiscard]] QString stageName(Stage stage);
[[nodiscard]] std::optional<Stage> stageFromName(const QString &name);
// A human-readable, translated label ("Greeting", "Sign-in", ...).
[[nodiscard]] QString stageLabel(Stage stage);

} // namespace Sendcheck
