// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/replyparser.h"
#include "smtp/smtpreply.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Sendcheck {

// What a SmtpProbe does: greet a server and, for the relay test, ask it to take mail from an
// outside address for an outside recipient. Never AUTH, never DATA, never a message.
struct SmtpProbeRequest
{
    QString host; // for TLS verification and messages
    QList<QHostAddress> addresses; // tried in order until one connects
    quint16 port = 25;
    bool implicitTls = false; // port 465: TLS from the start, verified against `host`
    QString ehloName; // empty: this machine's name, else the address literal
    bool relayTest = false;
    QString mailFrom; // relay test: the outside sender
    QString rcptTo; // relay test: the outside recipient
    int timeoutMs = 15000; // per connection attempt and per reply
};

// What the server said.
struct SmtpProbeResult
{
    bool connected = false;
    QHostAddress address; // the one that answered
    QString error; // why the dialog stopped early, in plain words; empty when it ran through
    std::optional<SmtpReply> banner;
    std::optional<SmtpReply> ehlo;
    std::optional<SmtpReply> mail; // relay test
    std::optional<SmtpReply> rcpt; // relay test; absent when MAIL FROM was refused
    QStringList transcript; // "C: ..." and "S: ..." lines
};

// A small SMTP dialog over QSslSocket for the server check: connect, read the greeting, EHLO
// (HELO when EHLO is refused), for the relay test MAIL FROM, RCPT TO and RSET, then QUIT.
// Every step has a time limit, so a server that is down or silent ends the probe with an
// error instead of hanging. Emits finished() once, from the event loop.
class SmtpProbe : public QObject
{
    Q_OBJECT

public:
    explicit SmtpProbe(QObject *parent = nullptr);
    void start(const SmtpProbeRequest &request);

Q_SIGNALS:
    void finished(const Sendcheck::SmtpProbeResult &result);

private:
    enum class Step { Connect, Banner, Ehlo, Helo, Mail, Rcpt, Rset, Quit, Done };

    void connectNext();
    void onReadyRead();
    void onReply(const SmtpReply &reply);
    void send(Step step, const QByteArray &line);
    void fail(const QString &error);
    void finish();
    [[nodiscard]] QString stepName() const;

    SmtpProbeRequest m_request;
    SmtpProbeResult m_result;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    ReplyParser m_parser;
    Step m_step = Step::Done;
    qsizetype m_nextAddress = 0;
    QString m_lastConnectError;
};

} // namespace Sendcheck
