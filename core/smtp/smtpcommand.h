// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serversettings.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace Sendcheck {

struct SaslLine;

// One SMTP command as a session sends it: the line on the wire (CRLF added when sent), the
// line the transcript shows (a secret already hidden), and the reply it waits for. Made only by
// the named constructors, so what each command looks like is decided here and nowhere else.
class SmtpCommand
{
public:
    // The reply a command waits for, and so what the session does with it. Banner has no
    // command: it is what a new connection waits for.
    enum class Expect {
        Banner,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        DataEnd,
        DataEndPipelined, // the final dot, with the next message's commands sent behind it
        Rset,
        Noop,
        Quit,
    };

    [[nodiscard]] static SmtpCommand ehlo(const QString &name);
    [[nodiscard]] static SmtpCommand helo(const QString &name);
    [[nodiscard]] static SmtpCommand startTls();
    [[nodiscard]] static SmtpCommand auth(const SaslLine &line); // AUTH or an answer to a 334
    // SIZE= goes out when `size` is not negative (the server announced SIZE).
    [[nodiscard]] static SmtpCommand mailFrom(const QString &from, qint64 size, bool smtpUtf8,
                                              bool eightBitMime = false);
    [[nodiscard]] static SmtpCommand rcptTo(const QString &recipient);
    [[nodiscard]] static SmtpCommand data();
    // The lone dot after a 354 that came with nothing to deliver: an empty message, never
    // delivered (RFC 2920 3.1).
    [[nodiscard]] static SmtpCommand emptyMessageEnd();
    [[nodiscard]] static SmtpCommand rset();
    [[nodiscard]] static SmtpCommand noop();
    [[nodiscard]] static SmtpCommand quit();

    [[nodiscard]] const QByteArray &wire() const { return m_wire; }
    [[nodiscard]] const QString &transcript() const { return m_transcript; }
    [[nodiscard]] Expect expect() const { return m_expect; }
    // False when the line would carry a CR, LF or NUL into the protocol: never sent then.
    [[nodiscard]] bool isSendable() const { return !breaksLine(m_wire); }
    // True when the bytes hold a CR, LF or NUL: text that must never reach a command line.
    [[nodiscard]] static bool breaksLine(QByteArrayView bytes);

    // How long to wait for a reply of this kind (RFC 5321 4.5.3.2, capped by the settings).
    [[nodiscard]] static std::chrono::milliseconds timeout(Expect expect, const Timeouts &timeouts);

private:
    SmtpCommand(QByteArray wire, QString transcript, Expect expect);
    [[nodiscard]] static SmtpCommand plain(const QByteArray &wire, Expect expect);

    QByteArray m_wire;
    QString m_transcript;
    Expect m_expect;
};

} // namespace Sendcheck
