// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace Sendcheck {
struct Profile;
}

// The read-back mailbox of a profile (Profile::imap) on `profile add` and `profile edit`:
// --read-back on|off, --imap-host H, --imap-port P, --imap-security tls|starttls,
// --imap-user U, --imap-pin-sha256 HEX. An empty value ("--imap-host ''") goes back to the
// default (the preset's). Pins are bound to the mailbox server as it is after the change, and
// pins made for an earlier mailbox server are dropped, as `--pin-sha256` does for SMTP.
class ProfileImapOptions
{
public:
    ProfileImapOptions();
    void addTo(QCommandLineParser &parser) const;
    [[nodiscard]] bool anySet(const QCommandLineParser &parser) const;
    // False with `error` for a value that cannot be used; `profile` is then unchanged.
    bool applyTo(const QCommandLineParser &parser, Sendcheck::Profile &profile,
                 QString *error) const;

private:
    QCommandLineOption m_readBack;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_security;
    QCommandLineOption m_user;
    QCommandLineOption m_pin;
};
