// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpchannel.h"

#include "smtpstream.h"
#include "transcript/transcript.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Sendcheck {

namespace {
bool looksBinary(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

SmtpChannel::SmtpChannel(Transcript *transcript, QObject *parent)
    : QObject(parent), m_transcript(transcript)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpChannel::timedOut);
}

void SmtpChannel::attach(SmtpStream *stream)
{
    m_stream = stream;
    connect(stream, &SmtpStream::readyRead, this, &SmtpChannel::onReadyRead);
}

void SmtpChannel::detach()
{
    m_timer.stop();
    if (m_stream)
        m_stream->disconnect(this);
    m_stream = nullptr;
}

bool SmtpChannel::onlyQuitOutstanding() const
{
    // QUIT may ride with the final dot: until the dot's reply is in, a closed connection means
    // the message was not confirmed, whatever QUIT would have said.
    return m_expected.contains(Expect::Quit)
        && std::all_of(m_expected.cbegin(), m_expected.cend(),
                       [](Expect expect) { return expect == Expect::Quit; });
}

void SmtpChannel::onReadyRead()
{
    while (m_stream && m_stream->canReadLine()) {
        // The STARTTLS upgrade is under way: any byte now is either injected plain text or
        // part of the handshake, and the handshake code reads it, not this one.
        if (m_handshaking && !m_encrypted)
            return;
        QByteArray line = m_stream->readLine(ReplyParser::MaxLineLength + 3);
        if (!line.endsWith('\n')) {
            m_transcript->append(Direction::Server, QString::fromUtf8(line.left(200)) + u'…',
                                 m_encrypted);
            Q_EMIT failed(
                FailureKind::ProtocolError,
                QCoreApplication::translate("Sendcheck::SmtpSession",
                                            "The server sent a line longer than %1 bytes.")
                    .arg(ReplyParser::MaxLineLength),
                std::nullopt);
            return;
        }
        line.chop(line.endsWith("\r\n") ? 2 : 1);
        m_transcript->append(Direction::Server, QString::fromUtf8(line), m_encrypted);
        takeLine(line);
    }
    if (m_stream && !m_stream->canReadLine()
        && m_stream->bytesAvailable() > ReplyParser::MaxLineLength + 2) {
        Q_EMIT failed(
            FailureKind::ProtocolError,
            QCoreApplication::translate("Sendcheck::SmtpSession",
                                        "The server sent more than %1 bytes without a line end.")
                .arg(ReplyParser::MaxLineLength),
            m_stream->peek(64));
    }
}

void SmtpChannel::takeLine(const QByteArray &line)
{
    if (m_expected.isEmpty()) {
        Q_EMIT failed(FailureKind::ProtocolError,
                      QCoreApplication::translate("Sendcheck::SmtpSession",
                                                  "The server sent a reply nobody asked for: %1")
                          .arg(QString::fromUtf8(line)),
                      std::nullopt);
        return;
    }
    const auto status = m_parser.addLine(line);
    if (status == ReplyParser::Status::Error) {
        std::optional<QByteArray> unexpected;
        if (looksBinary(line) || !line.startsWith(QByteArray::number(2)))
            unexpected = line.left(64);
        Q_EMIT failed(FailureKind::ProtocolError, m_parser.errorString(), unexpected);
        return;
    }
    if (status == ReplyParser::Status::NeedMore)
        return;
    const SmtpReply reply = m_parser.takeReply();
    const Expect answered = m_expected.dequeue();
    m_timer.stop();
    Q_EMIT replyReceived(answered, reply);
}

bool SmtpChannel::step()
{
    if (m_held.isEmpty())
        return false;
    transmit(std::exchange(m_held, {}));
    return true;
}

void SmtpChannel::send(const QList<SmtpCommand> &commands)
{
    if (!m_stepMode) {
        transmit(commands);
        return;
    }
    m_held = commands;
    QStringList what;
    for (const SmtpCommand &command : commands)
        what.append(command.transcript());
    Q_EMIT commandHeld(what.join(QLatin1Char('\n')));
}

void SmtpChannel::transmit(const QList<SmtpCommand> &commands)
{
    QByteArray batch;
    for (const SmtpCommand &command : commands) {
        if (!command.isSendable()) {
            Q_EMIT failed(FailureKind::InvalidInput,
                          QCoreApplication::translate(
                              "Sendcheck::SmtpSession",
                              "A command contained a line break or NUL and was not sent."),
                          std::nullopt);
            return;
        }
        m_transcript->append(Direction::Client, command.transcript(), m_encrypted);
        batch += command.wire();
        batch += "\r\n";
        m_expected.enqueue(command.expect());
    }
    if (m_stream) // after detach() nothing goes out any more
        m_stream->write(batch); // a whole command (or pipelined group) in one write
    if (!m_timer.isActive())
        armTimer();
}

void SmtpChannel::armTimer()
{
    if (!m_expected.isEmpty())
        m_timer.start(SmtpCommand::timeout(m_expected.head(), m_timeouts));
}

} // namespace Sendcheck
