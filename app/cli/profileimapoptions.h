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
// --imap-user U. An empty value ("--imap-host ''") goes back to the default (the preset's).
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
};
