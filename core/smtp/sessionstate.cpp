// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstate.h"

namespace Sendcheck {

QString stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return QStringLiteral("idle");
    case SessionState::Starting:
        return QStringLiteral("starting");
    case SessionState::Connecting:
        return QStringLiteral("connecting");
    case SessionState::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case SessionState::Banner:
        return QStringLiteral("banner");
    case SessionState::Ehlo:
        return QStringLiteral("ehlo");
    case SessionState::Helo:
        return QStringLiteral("helo");
    case SessionState::StartTls:
        return QStringLiteral("starttls");
    case SessionState::EhloAfterTls:
        return QStringLiteral("ehlo-after-tls");
    case SessionState::Auth:
        return QStringLiteral("auth");
    case SessionState::MailFrom:
        return QStringLiteral("mail-from");
    case SessionState::RcptTo:
        return QStringLiteral("rcpt-to");
    case SessionState::Data:
        return QStringLiteral("data");
    case SessionState::MessageHeld:
        return QStringLiteral("message-held");
    case SessionState::Message:
        return QStringLiteral("message");
    case SessionState::DataEnd:
        return QStringLiteral("data-end");
    case SessionState::Reset:
        return QStringLiteral("reset");
    case SessionState::Done:
        return QStringLiteral("done");
    case SessionState::Quit:
        return QStringLiteral("quit");
    case SessionState::Closing:
        return QStringLiteral("closing");
    case SessionState::Parked:
        return QStringLiteral("parked");
    case SessionState::Finished:
        return QStringLiteral("finished");
    }
    return QString();
}

std::optional<Stage> stageOf(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return Stage::Idle;
    case SessionState::Connecting:
        return Stage::Connecting;
    case SessionState::TlsHandshake:
    case SessionState::EhloAfterTls:
        return Stage::TlsHandshake;
    case SessionState::Banner:
        return Stage::Banner;
    case SessionState::Ehlo:
    case SessionState::Helo:
        return Stage::Ehlo;
    case SessionState::StartTls:
        return Stage::StartTls;
    case SessionState::Auth:
        return Stage::Auth;
    case SessionState::MailFrom:
    case SessionState::Reset:
        return Stage::MailFrom;
    case SessionState::RcptTo:
        return Stage::RcptTo;
    case SessionState::Data:
    case SessionState::MessageHeld:
    case SessionState::Message:
    case SessionState::DataEnd:
        return Stage::Data;
    case SessionState::Done:
        return Stage::Done;
    case SessionState::Quit:
        return Stage::Quit;
    case SessionState::Starting:
    case SessionState::Closing:
    case SessionState::Parked:
    case SessionState::Finished:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Sendcheck
