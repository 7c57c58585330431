// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/serversettings.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sendcheck {

// The mailbox behind a preset, where a test message can be read back over IMAP (core/imap
// ReadBack). Read from the "imap" key of a preset in resources/providers.json:
//
//   "imap": {"host": "imap.gmail.com", "port": 993, "security": "tls",
//            "scopes": ["https://mail.google.com/"], "confidence": "check-with-provider"}
//   "imap": false    a sending service without a mailbox (Amazon SES, SendGrid): nothing to
//                    read back from
//
// Absent: nothing is known; a read-back then tries the SMTP host on port 993.
struct ProviderImap
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProviderImap)

public:
    bool hasMailbox = true;
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls; // tls (993) or starttls (143); never none
    // The OAuth scopes that allow IMAP, when the preset signs in with OAuth; empty: the same
    // as the preset's SMTP scopes.
    QStringList oauthScopes;
    bool checkWithProvider = false; // "confidence": "check-with-provider"

    [[nodiscard]] static std::optional<ProviderImap> fromJson(const QJsonValue &value,
                                                              QString *error);
    [[nodiscard]] QJsonValue toJson() const;
};

} // namespace Sendcheck
