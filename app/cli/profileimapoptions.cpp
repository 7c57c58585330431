// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileimapoptions.h"

#include "imap/readbacksetup.h"
#include "profiles/profile.h"
#include "profiles/profilerules.h"
#include "providers/providercatalog.h"

#include <QCoreApplication>

using namespace Sendcheck;

namespace {

// The profile command's texts, under its context (app/cli/command_profile.cpp).
struct ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};

} // namespace

ProfileImapOptions::ProfileImapOptions()
    : m_readBack(QStringLiteral("read-back"),
                 ProfileCommand::tr(
                     "on: read each sent test message back from the mailbox (the window ticks "
                     "\"Check that it arrived\", an OAuth sign-in asks for mailbox access too); "
                     "off: do not."),
                 QStringLiteral("on|off"))
    , m_host(QStringLiteral("imap-host"),
             ProfileCommand::tr(
                 "The read-back mailbox's IMAP server (empty: the preset's, else the SMTP host)."),
             QStringLiteral("H"))
    , m_port(
          QStringLiteral("imap-port"),
          ProfileCommand::tr("Its IMAP port (empty: the preset's, else 993; 143 means STARTTLS)."),
          QStringLiteral("P"))
    , m_security(QStringLiteral("imap-security"),
                 ProfileCommand::tr("Its encryption: tls or starttls."), QStringLiteral("MODE"))
    , m_user(QStringLiteral("imap-user"),
             ProfileCommand::tr(
                 "Its user name (empty: the SMTP user name and secret; another account needs "
                 "its password saved with 'password set --imap')."),
             QStringLiteral("U"))
    , m_pin(QStringLiteral("imap-pin-sha256"),
            ProfileCommand::tr(
                "Trust the mailbox server's certificate by its SHA-256 fingerprint (64 hex "
                "digits, colons allowed), for that server's name and port only; repeatable; "
                "replaces the saved mailbox pins (empty: none)."),
            QStringLiteral("HEX"))
{ }

void ProfileImapOptions::addTo(QCommandLineParser &parser) const
{
    for (const auto *option : {&m_readBack, &m_host, &m_port, &m_security, &m_user, &m_pin})
        parser.addOption(*option);
}

bool ProfileImapOptions::anySet(const QCommandLineParser &parser) const
{
    for (const auto *option : {&m_readBack, &m_host, &m_port, &m_security, &m_user, &m_pin})
        if (parser.isSet(*option))
            return true;
    return false;
}

bool ProfileImapOptions::applyTo(const QCommandLineParser &parser, Profile &profile,
                                 QString *error) const
{
    ProfileImap imap = profile.imap;
    if (parser.isSet(m_readBack)) {
        const QString value = parser.value(m_readBack).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off")) {
            *error = ProfileCommand::tr("--read-back takes on or off.");
            return false;
        }
        imap.readBack = value == QLatin1String("on");
    }
    if (parser.isSet(m_host)) {
        const QString host = parser.value(m_host).trimmed();
        if (!host.isEmpty() && !ProfileRules::isServerName(host)) {
            *error = ProfileCommand::tr("--imap-host takes a server name.");
            return false;
        }
        imap.host = host;
    }
    if (parser.isSet(m_port)) {
        const QString text = parser.value(m_port).trimmed();
        bool ok = text.isEmpty();
        const uint value = text.isEmpty() ? 0 : text.toUInt(&ok);
        if (!ok || value > 65535 || (!text.isEmpty() && value == 0)) {
            *error = ProfileCommand::tr("--imap-port takes a number from 1 to 65535.");
            return false;
        }
        imap.port = quint16(value);
    }
    if (parser.isSet(m_security)) {
        const QString mode = parser.value(m_security).trimmed().toLower();
        if (mode.isEmpty()) {
            imap.security.reset();
        } else if (mode == QLatin1String("tls")) {
            imap.security = Security::ImplicitTls;
        } else if (mode == QLatin1String("starttls")) {
            imap.security = Security::StartTls;
        } else {
            *error = ProfileCommand::tr("--imap-security takes tls or starttls.");
            return false;
        }
    }
    if (parser.isSet(m_user)) {
        const QString user = parser.value(m_user).trimmed();
        if (!ProfileRules::isUserName(user)) {
            *error = ProfileCommand::tr("--imap-user takes a user name without line breaks.");
            return false;
        }
        imap.userName = user;
    }
    QList<QByteArray> pins;
    for (const QString &value : parser.values(m_pin)) {
        if (value.trimmed().isEmpty())
            continue; // --imap-pin-sha256 '' clears the list
        const auto pin = Profile::normalizeSha256(value);
        if (!pin) {
            *error = ProfileCommand::tr("--imap-pin-sha256: \"%1\" is not a SHA-256 "
                                        "fingerprint; give 64 hexadecimal digits, with or "
                                        "without colons.")
                         .arg(value);
            return false;
        }
        if (!pins.contains(*pin))
            pins.append(*pin);
    }

    // Pins belong to the mailbox server the profile reads from after this change.
    Profile changed = profile;
    changed.imap = imap;
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const Provider *preset = changed.presetId.isEmpty() ? nullptr : catalog.find(changed.presetId);
    QString setupError;
    const std::optional<ServerSettings> mailbox
        = ReadBackSetup().settingsFor(changed, preset, Credentials::Kind::Password, &setupError);
    if (!mailbox) {
        if (!pins.isEmpty()) {
            *error = QStringLiteral("--imap-pin-sha256: ") + setupError;
            return false;
        }
        imap.pins.clear();
    } else {
        if (parser.isSet(m_pin)) {
            imap.pins.clear();
            for (const QByteArray &pin : std::as_const(pins))
                imap.pins.append({mailbox->host.trimmed(), mailbox->port, pin});
        }
        imap.pins.removeIf(
            [&](const CertificatePin &pin) { return !pin.isFor(mailbox->host, mailbox->port); });
    }
    profile.imap = imap;
    return true;
}
