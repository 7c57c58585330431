// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthoutcome.h"

#include "transcript/transcriptentry.h"

namespace Sendcheck {

QString OAuthOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::TimedOut:
        return QStringLiteral("timeout");
    case Status::Denied:
        return QStringLiteral("denied");
    case Status::StateMismatch:
        return QStringLiteral("state-mismatch");
    case Status::ProviderError:
        return QStringLiteral("provider-error");
    case Status::NetworkError:
        return QStringLiteral("network");
    case Status::BadResponse:
        return QStringLiteral("bad-response");
    case Status::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case Status::SignInExpired:
        return QStringLiteral("sign-in-expired");
    case Status::NotConfigured:
        return QStringLiteral("not-configured");
    case Status::KeychainError:
        return QStringLiteral("keychain");
    }
    return QString();
}

OAuthOutcome OAuthOutcome::failure(Status status, const QString &message, const QString &errorCode)
{
    OAuthOutcome outcome;
    outcome.status = status;
    outcome.message = message;
    outcome.errorCode = errorCode;
    return outcome;
}

QString OAuthOutcome::describeProviderError(const QString &untrustedCode,
                                            const QString &untrustedDescription)
{
    // Both come from the network (or from whoever calls the loopback listener): shown as
    // plain, bounded text, never as terminal control sequences.
    const QString errorCode = visibleText(untrustedCode.left(100));
    const QString description = visibleText(untrustedDescription.left(500));
    QString meaning;
    if (errorCode == QLatin1String("invalid_grant"))
        meaning = tr("The provider no longer accepts this sign-in: it has expired, was revoked "
                     "(for example after a password change), or was made for another app. Sign "
                     "in again.");
    else if (errorCode == QLatin1String("invalid_client")
             || errorCode == QLatin1String("unauthorized_client"))
        meaning = tr("The provider does not accept the app registration: check the client id "
                     "(and the client secret, if your registration has one) and that the app "
                     "is allowed to use this sign-in.");
    else if (errorCode == QLatin1String("invalid_scope"))
        meaning = tr("The provider refused the requested permissions (scopes). The app "
                     "registration may not be allowed to send mail.");
    else if (errorCode == QLatin1String("access_denied"))
        meaning = tr("The sign-in was refused at the provider: you (or a policy of your "
                     "organisation) did not allow Sendcheck to send mail for this account.");
    else if (errorCode == QLatin1String("invalid_request"))
        meaning = tr("The provider found the request incomplete or wrong; the redirect address "
                     "may not be registered for this app.");
    else if (errorCode == QLatin1String("server_error")
             || errorCode == QLatin1String("temporarily_unavailable"))
        meaning = tr("The provider had a problem of its own. Try again in a few minutes.");
    else
        meaning = tr("The provider refused the sign-in (%1).").arg(errorCode);
    if (!description.trimmed().isEmpty())
        meaning += QLatin1Char(' ') + tr("It said: \"%1\"").arg(description.trimmed());
    return meaning;
}

} // namespace Sendcheck
