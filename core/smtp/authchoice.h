// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "saslclient.h"
#include "serversettings.h"
#include "sessionfailure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {

// Whether and how a session signs in, decided from the settings, the credentials and the
// capabilities before a byte of AUTH is sent: the mechanism to use, or the failure to report.
// Its texts belong to the session's translation context.
class AuthChoice
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::SmtpSession)
public:
    struct Link
    {
        bool encrypted = false;
        bool heloOnly = false; // the server understood HELO only
    };

    // Sign-in was asked for: a mechanism was chosen, or Auto with credentials.
    [[nodiscard]] static bool wanted(const ServerSettings &settings,
                                     const Credentials &credentials);
    [[nodiscard]] static AuthChoice choose(const ServerSettings &settings,
                                           const Credentials &credentials,
                                           const Capabilities &capabilities, Link link);

    [[nodiscard]] const std::optional<AuthMechanism> &mechanism() const { return m_mechanism; }
    [[nodiscard]] FailureKind failure() const { return m_failure; } // when there is none
    [[nodiscard]] const QString &detail() const { return m_detail; }

private:
    AuthChoice(FailureKind failure, const QString &detail);
    explicit AuthChoice(AuthMechanism mechanism);
    [[nodiscard]] static std::optional<AuthChoice> refusal(const ServerSettings &settings,
                                                           const Credentials &credentials,
                                                           const Capabilities &capabilities,
                                                           Link link);
    [[nodiscard]] static AuthChoice credentialsDoNotFit(AuthMechanism mechanism,
                                                        const Credentials &credentials);

    std::optional<AuthMechanism> m_mechanism;
    FailureKind m_failure = FailureKind::None;
    QString m_detail;
};

} // namespace Sendcheck
