// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendsupport.h"

#include "clioutput.h"

#include "credentials/keychaincredentialstore.h"
#include "diagnosis/diagnoser.h"
#include "oauth/oauthaccess.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Sendcheck;

static QString tr(const char *text)
{
    return QCoreApplication::translate("SendCommand", text);
}

const Profile *findSavedProfile(ProfileStore &store, const QString &name, QString *error)
{
    if (!store.load(error))
        return nullptr;
    const Profile *found = store.find(name);
    if (!found)
        *error = tr("There is no profile called \"%1\" ('sendcheck-cli profile list' shows them).")
                     .arg(name);
    return found;
}

std::optional<Profile> loadProfileForSend(const QString &name, QString *error)
{
    if (name.isEmpty())
        return Profile();
    ProfileStore store;
    const Profile *found = findSavedProfile(store, name, error);
    if (!found)
        return std::nullopt;
    return *found;
}

OAuthOutcome
awaitOAuth(const std::function<void(QObject *, std::function<void(const OAuthOutcome &)>)> &call)
{
    QEventLoop loop;
    OAuthOutcome result;
    call(&loop, [&](const OAuthOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    loop.exec();
    return result;
}

std::optional<Credentials> oauthCredentialsFromKeychain(const Profile &profile, QString *error)
{
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const auto config = OAuthConfig::forProfile(profile, catalog.find(profile.presetId), error);
    if (!config)
        return std::nullopt;
    KeychainCredentialStore keychain;
    OAuthAccess access(&keychain);
    const OAuthOutcome outcome = awaitOAuth(
        [&](QObject *context, auto done) { access.usableTokens(profile, *config, context, done); });
    if (!outcome.ok()) {
        *error = outcome.message;
        if (outcome.status == OAuthOutcome::Status::NotSignedIn
            || outcome.status == OAuthOutcome::Status::SignInExpired)
            *error += QLatin1Char(' ')
                + tr("Sign in with 'sendcheck-cli oauth login --profile \"%1\"'.")
                      .arg(profile.name);
        return std::nullopt;
    }
    if (!outcome.message.isEmpty())
        CliOutput::err(outcome.message);
    return OAuthAccess::credentialsFor(profile, outcome.tokens);
}

std::optional<QByteArray> secretFromKeychain(const Profile &profile, QString *error)
{
    if (profile.id.isEmpty()) {
        *error = tr("--user is set but no password was given: use --password-stdin or "
                    "--password-env VAR (or a saved profile with 'sendcheck-cli password set').");
        return std::nullopt;
    }
    KeychainCredentialStore keychain;
    QEventLoop loop;
    std::optional<QByteArray> secret;
    keychain.read(profile.id, &loop, [&](const CredentialResult &result) {
        if (result.ok()) {
            secret = result.secret;
        } else if (result.status == CredentialResult::Status::NotFound) {
            *error = tr("No password is saved for \"%1\" (%2). Save one with 'sendcheck-cli "
                        "password set --profile \"%1\"', or give it with --password-stdin.")
                         .arg(profile.name, result.message);
        } else {
            *error = result.message
                + tr(" Give the password with --password-stdin or --password-env instead.");
        }
        loop.quit();
    });
    loop.exec();
    return secret;
}

static DiagnosisContext contextFor(const SessionResult &result, const Profile &profile)
{
    return DiagnosisContext::forProfile(profile, result.tls.used, result.oauthError);
}

void printExplanation(const SessionResult &result, const Profile &profile)
{
    if (!result.failure.isFailure() || result.failure.kind == FailureKind::Cancelled)
        return;
    const Explanation explanation = Diagnoser::explain(result.failure, contextFor(result, profile));
    if (!explanation.isValid())
        return;
    QString text = QStringLiteral("\n%1 [%2]\n%3\n")
                       .arg(explanation.title, explanation.topic, explanation.summary);
    if (!explanation.causes.isEmpty()) {
        text += tr("Likely causes:") + QLatin1Char('\n');
        for (const QString &cause : explanation.causes)
            text += QStringLiteral("  - ") + cause + QLatin1Char('\n');
    }
    if (!explanation.fixes.isEmpty()) {
        text += tr("What to do:") + QLatin1Char('\n');
        for (qsizetype i = 0; i < explanation.fixes.size(); ++i)
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(explanation.fixes[i]);
    }
    if (!explanation.providerHint.isEmpty())
        text += tr("Provider note: ") + explanation.providerHint + QLatin1Char('\n');
    if (!explanation.reference.isEmpty())
        text += tr("Reference: ") + explanation.reference + QLatin1Char('\n');
    CliOutput::out(text);
}

void addExplanationJson(QJsonObject &object, const SessionResult &result, const Profile &profile)
{
    if (!result.failure.isFailure())
        return;
    const Explanation explanation = Diagnoser::explain(result.failure, contextFor(result, profile));
    object.insert(QStringLiteral("topic"), explanation.topic);
    object.insert(QStringLiteral("explanation"), explanation.toJson());
}
