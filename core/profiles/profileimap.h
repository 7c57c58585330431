// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificatepin.h"

#include "smtp/serversettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Sendcheck {

// The mailbox a profile reads its sent test messages back from ("Check that it arrived",
// `send --read-back`; core/imap ReadBackSetup turns it into IMAP settings). Every field left
// empty follows the preset's IMAP settings, else the SMTP host on 993. An empty user name (or
// the SMTP user name) reads with the SMTP account's own secret; another user name is another
// account, whose password lives in the keychain as the profile's "imap" secret, never here.
//
// In the profile file (absent: everything follows the preset, read-back off):
//   "imap": {"read_back": true, "host": "imap.example.com", "port": 993,
//            "security": "tls" | "starttls", "user": "inbox@example.com",
//            "pins": [{"host": "imap.example.com", "port": 993, "sha256": "..."}]}
struct ProfileImap
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProfileImap)

public:
    // Read-back is part of this profile's sends: the window ticks "Check that it arrived" for
    // it, and an OAuth sign-in asks for the mailbox's scope too.
    bool readBack = false;
    QString host;
    quint16 port = 0; // 0: the preset's, else 993 (143 with STARTTLS)
    std::optional<Security> security; // tls or starttls; nullopt: follows the port or preset
    QString userName;
    // Certificates the user chose to trust for the mailbox server, each bound to the host and
    // port it was trusted for, exactly like the SMTP server's (Profile::pins): a pin made for
    // the mailbox never opens the SMTP server and the other way round, and one made for an
    // earlier mailbox server is not used once the mailbox moves.
    QList<CertificatePin> pins;

    [[nodiscard]] bool isDefault() const { return *this == ProfileImap(); }
    // Whether the mailbox is another account than the SMTP one (`smtpUserName`), and so signs
    // in with its own password from the keychain.
    [[nodiscard]] bool isOtherAccount(const QString &smtpUserName) const
    {
        return !userName.trimmed().isEmpty() && userName.trimmed() != smtpUserName.trimmed();
    }

    // The fingerprints trusted for the mailbox server at `host` and `port`.
    [[nodiscard]] QList<QByteArray> pinsFor(const QString &pinHost, quint16 pinPort) const
    {
        return CertificatePin::fingerprintsFor(pins, pinHost, pinPort);
    }

    [[nodiscard]] QJsonObject toJson() const;
    // Validates as it reads; nullopt with `error` for a wrong type or value.
    [[nodiscard]] static std::optional<ProfileImap> fromJson(const QJsonValue &value,
                                                             QString *error);

    friend bool operator==(const ProfileImap &, const ProfileImap &) = default;
};

} // namespace Sendcheck
