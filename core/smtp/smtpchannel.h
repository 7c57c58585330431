// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replyparser.h"
#include "serversettings.h"
#include "sessionfailure.h"
#include "smtpcommand.h"
#include "smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Sendcheck {

class SmtpStream;
class Transcript;

// The command-and-reply side of one SMTP connection: sends commands (holding them back in
// step mode until step()), records them and every server line in the transcript, assembles
// replies and hands each one over with the command it answers, in the order they were sent.
// Owns the one timer of the session: a reply's own timeout, or whatever the session starts.
// Knows nothing of what a reply means; SmtpSession decides that.
class SmtpChannel : public QObject
{
    Q_OBJECT
public:
    using Expect = SmtpCommand::Expect;

    explicit SmtpChannel(Transcript *transcript, QObject *parent = nullptr);

    // Reads from `stream` from now on (not owned); detach() stops that for good.
    void attach(SmtpStream *stream);
    void detach();
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    void setStepMode(bool stepMode) { m_stepMode = stepMode; }
    // Inside TLS: what the transcript marks with a lock.
    void setEncrypted(bool encrypted) { m_encrypted = encrypted; }
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    // During a TLS handshake before it is done, bytes belong to the handshake: not read here.
    void setHandshaking(bool handshaking) { m_handshaking = handshaking; }

    // In step mode held until step(); otherwise written at once.
    void send(const QList<SmtpCommand> &commands);
    // Step mode: sends what send() held back. False when nothing was held.
    bool step();
    [[nodiscard]] bool isHolding() const { return !m_held.isEmpty(); }

    // A reply that comes without a command of its own (the banner; the final dot's).
    void expect(Expect expect) { m_expected.enqueue(expect); }
    void clearExpected() { m_expected.clear(); }
    [[nodiscard]] bool isExpecting(Expect expect) const { return m_expected.contains(expect); }
    [[nodiscard]] bool isExpectingAny() const { return !m_expected.isEmpty(); }
    // QUIT and nothing else is still to be answered.
    [[nodiscard]] bool onlyQuitOutstanding() const;

    void resetParser() { m_parser.reset(); }
    [[nodiscard]] bool replyInProgress() const { return m_parser.inProgress(); }

    // The timeout of the reply expected next, if any.
    void armTimer();
    void startTimer(std::chrono::milliseconds timeout) { m_timer.start(timeout); }
    void stopTimer() { m_timer.stop(); }
    [[nodiscard]] int timerInterval() const { return m_timer.interval(); }
    // Milliseconds until the timer fires; -1 when it is not running.
    [[nodiscard]] int timerRemaining() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    void replyReceived(Sendcheck::SmtpCommand::Expect answered, const Sendcheck::SmtpReply &reply);
    // The server broke the protocol (or a command could not be sent); `unexpectedBytes` is
    // what to keep of the offending bytes, when there is something to keep.
    void failed(Sendcheck::FailureKind kind, const QString &detail,
                const std::optional<QByteArray> &unexpectedBytes);
    void commandHeld(const QString &next);
    void timedOut();

private:
    void onReadyRead();
    void takeLine(const QByteArray &line);
    void transmit(const QList<SmtpCommand> &commands);

    SmtpStream *m_stream = nullptr;
    Transcript *m_transcript;
    Timeouts m_timeouts;
    QTimer m_timer;
    ReplyParser m_parser;
    QQueue<Expect> m_expected; // in the order the replies must come
    QList<SmtpCommand> m_held; // step mode: the commands step() sends
    bool m_stepMode = false;
    bool m_encrypted = false;
    bool m_handshaking = false;
};

} // namespace Sendcheck
