// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpstage.h"

#include "common/enumnames.h"

#include <QCoreApplication>

namespace Sendcheck {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return QStringLiteral("idle");
    case Stage::Connecting:
        return QStringLiteral("connect");
    case Stage::Banner:
        return QStringLiteral("banner");
    case Stage::Ehlo:
        return QStringLiteral("ehlo");
    case Stage::StartTls:
        return QStringLiteral("starttls");
    case Stage::TlsHandshake:
        return QStringLiteral("tls");
    case Stage::Auth:
        return QStringLiteral("auth");
    case Stage::MailFrom:
        return QStringLiteral("mail");
    case Stage::RcptTo:
        return QStringLiteral("rcpt");
    case Stage::Data:
        return QStringLiteral("data");
    case Stage::Quit:
        return QStringLiteral("quit");
    case Stage::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<Stage> stageFromName(const QString &name)
{
    return enumFromName(name, enumRange(Stage::Idle, Stage::Done), stageName);
}

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Idle:
        return QCoreApplication::translate("Stage", "Not started");
    case Stage::Connecting:
        return QCoreApplication::translate("Stage", "Connect");
    case Stage::Banner:
        return QCoreApplication::translate("Stage", "Greeting");
    case Stage::Ehlo:
        return QCoreApplication::translate("Stage", "EHLO");
    case Stage::StartTls:
        return QCoreApplication::translate("Stage", "STARTTLS");
    case Stage::TlsHandshake:
        return QCoreApplication::translate("Stage", "TLS");
    case Stage::Auth:
        return QCoreApplication::translate("Stage", "Sign-in");
    case Stage::MailFrom:
        return QCoreApplication::translate("Stage", "Sender");
    case Stage::RcptTo:
        return QCoreApplication::translate("Stage", "Recipients");
    case Stage::Data:
        return QCoreApplication::translate("Stage", "Message");
    case Stage::Quit:
        return QCoreApplication::translate("Stage", "Goodbye");
    case Stage::Done:
        return QCoreApplication::translate("Stage", "Done");
    }
    return QString();
}

} // namespace Sendcheck
