// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/imapfailure.h"
#include "imap/readbacksetup.h"
#include "readback/readbackresult.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace Sendcheck {
struct PreparedSend;
} // namespace Sendcheck

// `send --read-back [--imap-host H] [--imap-port P] [--imap-security MODE] [--imap-user U]
// [--imap-pin-sha256 HEX] [--wait SECONDS]`: after a successful send, finds the message by its
// Message-ID in the mailbox (core/imap ReadBack, settings by core's ReadBackSetup, the send's
// own secret) and reports where it landed and how the receiver judged it, as `inbox-check`
// does. A profile with read-back on (Profile::imap) reads back without the flag, as the window
// does; --no-read-back skips it for one run.
//
// Exit codes, added to send's own (which win when the send failed): 11 not arrived within the
// wait, 12 the mailbox could not be read, 13 arrived as spam. Keep in step with the help text
// and the README.
class SendReadBackOptions
{
public:
    enum Exit : int { ExitNotArrived = 11, ExitMailboxUnreadable = 12, ExitSpam = 13 };

    SendReadBackOptions();
    void addTo(QCommandLineParser &parser) const;
    // The paragraph for `send --help`.
    [[nodiscard]] static QString description();

    struct Plan
    {
        Sendcheck::ReadBackSetup setup;
        std::chrono::seconds wait {0};
    };
    // Nothing when neither --read-back is given nor the profile reads back (`profileReadsBack`,
    // which a run that sends no single message or --no-read-back quietly leaves out); an error
    // (usage) for a bad value, for the IMAP flags without a read-back, or for --read-back with
    // --quit-after / a burst, which send no single message.
    [[nodiscard]] bool read(const QCommandLineParser &parser, bool singleMessage,
                            bool profileReadsBack, std::optional<Plan> *plan, QString *error) const;

private:
    QCommandLineOption m_readBack;
    QCommandLineOption m_noReadBack;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_user;
    QCommandLineOption m_pin;
    QCommandLineOption m_wait;
};

// Gives the prepared message a Message-ID of its own before it is sent, so that it can be
// found afterwards; returns it.
QString giveMessageId(Sendcheck::PreparedSend &send);

// What a read-back after a send found (or why it could not look).
struct SendReadBackOutcome
{
    std::optional<Sendcheck::ReadBackResult> result;
    Sendcheck::ImapFailure failure; // set when there is no result
    QJsonObject imap; // readBackImapJson()
    QString setupError; // no server to read from (no read-back was tried)
    QJsonObject report; // ReadBack::reportJson(), for the report and the history
    bool stopped = false; // Ctrl+C ended the wait (exit code 130, "stopped": true)

    // The exit code of the whole run, given send's own.
    [[nodiscard]] int exitCode(int sendExitCode) const;
    // Adds "imap" and "read_back" to send's JSON: read_back is the ReadBackResult's JSON
    // (as inbox-check prints it), or {"arrived": false, "error": {...}} when the mailbox could
    // not be read (with "stopped": true when Ctrl+C ended the wait).
    void addJson(QJsonObject &object) const;
    // The text form, after send's verdict.
    void print() const;
};

// Runs the read-back of `messageId` for the message `send` just sent, in a local event loop.
// With `live` the progress and the IMAP conversation (redacted) go to standard error.
[[nodiscard]] SendReadBackOutcome runSendReadBack(const SendReadBackOptions::Plan &plan,
                                                  const Sendcheck::PreparedSend &send,
                                                  const QString &messageId, bool live);
