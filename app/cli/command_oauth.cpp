// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli oauth login|logout|status --profile NAME`: "Sign in with Google/Microsoft"
// from a terminal. login prints the address to open in a browser and waits for the browser to
// come back to a listener on 127.0.0.1; the tokens go to the keyring, never to the screen.
#include "clioutput.h"
#include "commandregistry.h"
#include "interrupt.h"
#include "sendsupport.h"

#include "credentials/keychaincredentialstore.h"
#include "oauth/oauthaccess.h"
#include "oauth/oauthsignin.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "smtp/oauthservererror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Sendcheck;

namespace {

// Texts are looked up as OAuthCommand::tr("...") so that lupdate sees each one with its context.
struct OAuthCommand
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCommand)
};

constexpr int exitCancelled = 130;

struct Options
{
    QCommandLineOption profile {QStringLiteral("profile"), OAuthCommand::tr("The profile."),
                                OAuthCommand::tr("NAME")};
    QCommandLineOption secretStdin {
        QStringLiteral("client-secret-stdin"),
        OAuthCommand::tr("login: read the app's client secret (Google desktop "
                         "apps have one) from standard input.")};
    QCommandLineOption secretEnv {QStringLiteral("client-secret-env"),
                                  OAuthCommand::tr("login: read the app's client secret from this "
                                                   "environment variable."),
                                  OAuthCommand::tr("VAR")};
    QCommandLineOption timeout {
        QStringLiteral("timeout"),
        OAuthCommand::tr("login: give up after this many seconds (default 300)."),
        OAuthCommand::tr("SECONDS")};
    QCommandLineOption json {QStringLiteral("json"), OAuthCommand::tr("Print the result as JSON.")};
};

// Changes the saved profile as it is on disk now: a sign-in may take minutes, and the window or
// another command may have saved other changes meanwhile. `profile` gets the result.
bool updateSavedProfile(Profile &profile, const std::function<void(Profile &)> &change,
                        QString *error)
{
    ProfileStore store;
    if (!store.load(error))
        return false;
    const Profile *current = store.findById(profile.id);
    if (!current) {
        *error = OAuthCommand::tr("The profile \"%1\" was removed meanwhile.").arg(profile.name);
        return false;
    }
    Profile updated = *current;
    change(updated);
    if (!store.update(updated, error) || !store.save(error))
        return false;
    profile = updated;
    return true;
}

int login(Profile profile, const OAuthConfig &config, const QCommandLineParser &parser,
          const Options &options)
{
    const bool json = parser.isSet(options.json);
    int timeoutSeconds = 300;
    if (parser.isSet(options.timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(options.timeout).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600) {
            CliOutput::err(OAuthCommand::tr("--timeout: give a number of seconds from 1 to 3600."));
            return CliOutput::ExitUsage;
        }
    }

    KeychainCredentialStore keychain;
    OAuthAccess access(&keychain);

    QByteArray clientSecret;
    if (parser.isSet(options.secretStdin) || parser.isSet(options.secretEnv)) {
        auto secret = CliOutput::readSecret(parser.isSet(options.secretStdin),
                                            parser.value(options.secretEnv));
        if (!secret)
            return CliOutput::ExitUsage;
        clientSecret = secret->view().toByteArray(); // the flow takes it as a QByteArray
    } else if (const OAuthOutcome saved = awaitOAuth([&](QObject *context, auto done) {
                   access.signedIn(profile, config, context, done);
               });
               saved.ok()) {
        clientSecret = saved.tokens.clientSecret; // a new sign-in keeps the registration's
    }
    if (config.clientSecretUsual && clientSecret.isEmpty())
        CliOutput::err(
            OAuthCommand::tr("Note: %1 usually gives desktop apps a client secret. If the sign-in "
                             "ends with \"invalid_client\", run again with --client-secret-stdin.")
                .arg(config.signInName));

    OAuthSignIn signIn(config);
    signIn.setClientSecret(clientSecret);
    signIn.setTimeout(std::chrono::seconds(timeoutSeconds));
    std::optional<OAuthOutcome> result;
    QEventLoop loop;
    QObject::connect(&signIn, &OAuthSignIn::authorizationUrlReady, &loop, [&](const QUrl &url) {
        const QString text
            = OAuthCommand::tr(
                  "Open this address in a web browser on this computer and sign in with %1%2:")
                  .arg(config.signInName,
                       profile.userName.isEmpty()
                           ? QString()
                           : OAuthCommand::tr(" as %1").arg(profile.userName));
        const QString waiting
            = OAuthCommand::tr(
                  "Waiting for the browser to come back to %1 (up to %2 seconds; Ctrl+C stops).")
                  .arg(signIn.redirectUri().toString())
                  .arg(timeoutSeconds);
        // With --json, stdout carries only the result; the instructions go to stderr.
        const auto print = json ? &CliOutput::err : &CliOutput::out;
        print(text);
        print(QStringLiteral("\n  ") + url.toString(QUrl::FullyEncoded) + QStringLiteral("\n"));
        print(waiting);
    });
    QObject::connect(&signIn, &OAuthSignIn::finished, &loop, [&](const OAuthOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    onInterrupt(&loop, [&signIn] { signIn.cancel(); });
    signIn.start();
    loop.exec();
    SecretBuffer::release(clientSecret); // the outcome's tokens may share it

    if (!result->ok()) {
        if (json)
            CliOutput::printJson(
                {{QStringLiteral("profile"), profile.name},
                 {QStringLiteral("signedIn"), false},
                 {QStringLiteral("status"), OAuthOutcome::statusName(result->status)},
                 {QStringLiteral("error"), result->errorCode},
                 {QStringLiteral("message"), result->message}});
        else
            CliOutput::err(result->message);
        return result->status == OAuthOutcome::Status::Cancelled ? exitCancelled
                                                                 : CliOutput::ExitFailure;
    }

    OAuthTokens tokens = result->tokens;
    const OAuthOutcome saved = awaitOAuth(
        [&](QObject *context, auto done) { access.save(profile, tokens, context, done); });
    tokens.wipe();
    if (!saved.ok()) {
        CliOutput::err(
            OAuthCommand::tr("Signed in, but the tokens could not be saved, so they were "
                             "discarded: %1")
                .arg(saved.message));
        return CliOutput::ExitFailure;
    }

    const QString account = saved.tokens.account;
    QString error;
    const auto markSignedIn = [&account](Profile &changed) {
        changed.signIn = Profile::SignIn::OAuth;
        changed.oauthAccount = account;
        if (changed.userName.trimmed().isEmpty())
            changed.userName = account;
    };
    if (!updateSavedProfile(profile, markSignedIn, &error)) {
        CliOutput::err(
            OAuthCommand::tr("Signed in and the tokens are saved, but the profile could not be "
                             "updated: %1")
                .arg(error));
        return CliOutput::ExitFailure;
    }
    const bool mismatch = OAuthServerError::accountsDiffer(profile.userName, account);
    if (json) {
        CliOutput::printJson({{QStringLiteral("profile"), profile.name},
                              {QStringLiteral("signedIn"), true},
                              {QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("account"), account},
                              {QStringLiteral("userName"), profile.userName},
                              {QStringLiteral("accountMatchesUser"), !mismatch}});
    } else {
        CliOutput::out(
            account.isEmpty()
                ? OAuthCommand::tr("Signed in with %1. The tokens are saved in the keyring.")
                      .arg(config.signInName)
                : OAuthCommand::tr("Signed in with %1 as %2. The tokens are saved in the keyring.")
                      .arg(config.signInName, account));
    }
    if (mismatch)
        CliOutput::err(
            OAuthCommand::tr("Warning: you signed in as %1 but the profile's user name is %2. The "
                             "server will refuse the token for that user: change the user name "
                             "(sendcheck-cli profile edit \"%3\" --user %1) or sign in as %2.")
                .arg(account, profile.userName, profile.name));
    return CliOutput::ExitOk;
}

int logout(Profile profile, bool json)
{
    KeychainCredentialStore keychain;
    OAuthAccess access(&keychain);
    const OAuthOutcome result
        = awaitOAuth([&](QObject *context, auto done) { access.signOut(profile, context, done); });
    if (!result.ok()) {
        CliOutput::err(result.message);
        return CliOutput::ExitFailure;
    }
    QString error;
    if (!updateSavedProfile(
            profile, [](Profile &changed) { changed.oauthAccount.clear(); }, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (json)
        CliOutput::printJson(
            {{QStringLiteral("profile"), profile.name}, {QStringLiteral("signedIn"), false}});
    else
        CliOutput::out(
            OAuthCommand::tr("Signed out: the sign-in of \"%1\" was removed from the keyring. The "
                             "app stays allowed in your account until you remove it in the "
                             "account's security settings.")
                .arg(profile.name));
    return CliOutput::ExitOk;
}

int status(const Profile &profile, bool json)
{
    KeychainCredentialStore keychain;
    OAuthAccess access(&keychain);
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    QString error;
    const auto config = OAuthConfig::forProfile(profile, catalog.find(profile.presetId), &error);
    // Without an app registration there is no sign-in to show.
    const OAuthOutcome saved = config
        ? awaitOAuth(
            [&](QObject *context, auto done) { access.signedIn(profile, *config, context, done); })
        : OAuthOutcome::failure(OAuthOutcome::Status::NotConfigured, error);
    // A keychain that cannot answer is a failure; "not signed in" is an answer.
    const int exitCode = saved.status == OAuthOutcome::Status::KeychainError
        ? CliOutput::ExitFailure
        : CliOutput::ExitOk;
    const bool signedIn = saved.ok();
    const OAuthTokens &tokens = saved.tokens;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonObject object {
            {QStringLiteral("profile"), profile.name},
            {QStringLiteral("signIn"),
             profile.usesOAuth() ? QStringLiteral("oauth") : QStringLiteral("password")},
            {QStringLiteral("signedIn"), signedIn}};
        if (signedIn) {
            object.insert(QStringLiteral("account"), tokens.account);
            object.insert(QStringLiteral("scopes"),
                          QJsonArray::fromStringList(tokens.grantedScopes));
            object.insert(QStringLiteral("accessTokenValid"), tokens.accessTokenUsable(now));
            object.insert(QStringLiteral("accessTokenExpiresAt"),
                          tokens.expiresAt.isValid() ? tokens.expiresAt.toString(Qt::ISODate)
                                                     : QString());
            object.insert(QStringLiteral("canRenew"), !tokens.refreshToken.isEmpty());
        } else {
            object.insert(QStringLiteral("status"), OAuthOutcome::statusName(saved.status));
            object.insert(QStringLiteral("message"), saved.message);
        }
        CliOutput::printJson(object);
        return exitCode;
    }
    if (!signedIn) {
        (exitCode == CliOutput::ExitOk ? CliOutput::out : CliOutput::err)(saved.message);
        return exitCode;
    }
    CliOutput::out(tokens.account.isEmpty()
                       ? OAuthCommand::tr("Signed in.")
                       : OAuthCommand::tr("Signed in as %1.").arg(tokens.account));
    if (tokens.accessTokenUsable(now))
        CliOutput::out(tokens.expiresAt.isValid()
                           ? OAuthCommand::tr("The access token is valid until %1.")
                                 .arg(tokens.expiresAt.toLocalTime().toString(Qt::ISODate))
                           : OAuthCommand::tr("The access token's lifetime is unknown."));
    else
        CliOutput::out(
            tokens.refreshToken.isEmpty()
                ? OAuthCommand::tr("The access token has expired and cannot be renewed: sign in "
                                   "again.")
                : OAuthCommand::tr("The access token has expired; it is renewed at the next "
                                   "send."));
    return CliOutput::ExitOk;
}

int run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(OAuthCommand::tr(
        "oauth login --profile NAME: sign in with the provider (Google, Microsoft) in a web "
        "browser; the tokens are kept in the keyring and renewed when needed. The profile "
        "needs a preset that offers it and the client id of an app you registered "
        "(sendcheck-cli profile edit NAME --sign-in oauth --oauth-client-id ID).\n"
        "oauth logout --profile NAME: remove the tokens from the keyring.\n"
        "oauth status --profile NAME: who is signed in and until when the access token "
        "is valid (never the tokens themselves)."));
    parser.addOptions(
        {options.profile, options.secretStdin, options.secretEnv, options.timeout, options.json});
    QStringList args = arguments.mid(2);
    args.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    if (!CliOutput::parseOrExplain(parser, args))
        return CliOutput::ExitUsage;
    if ((action != QLatin1String("login") && action != QLatin1String("logout")
         && action != QLatin1String("status"))
        || !parser.positionalArguments().isEmpty()) {
        CliOutput::err(
            OAuthCommand::tr("Usage: sendcheck-cli oauth login|logout|status --profile NAME"));
        return CliOutput::ExitUsage;
    }
    if (!parser.isSet(options.profile)) {
        CliOutput::err(OAuthCommand::tr("Say which profile with --profile NAME."));
        return CliOutput::ExitUsage;
    }
    if (action != QLatin1String("login")
        && (parser.isSet(options.secretStdin) || parser.isSet(options.secretEnv)
            || parser.isSet(options.timeout))) {
        CliOutput::err(
            OAuthCommand::tr("--client-secret-stdin, --client-secret-env and --timeout belong to "
                             "oauth login."));
        return CliOutput::ExitUsage;
    }

    ProfileStore store;
    QString error;
    const Profile *found = findSavedProfile(store, parser.value(options.profile), &error);
    if (!found) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    const Profile profile = *found;
    if (action == QLatin1String("logout"))
        return logout(profile, parser.isSet(options.json));
    if (action == QLatin1String("status"))
        return status(profile, parser.isSet(options.json));

    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const auto config = OAuthConfig::forProfile(profile, catalog.find(profile.presetId), &error);
    if (!config) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }
    return login(profile, *config, parser, options);
}

} // namespace

static const CommandRegistration registration(
    {QStringLiteral("oauth"),
     QT_TRANSLATE_NOOP(
         "CliCommand",
         "Sign in with Google or Microsoft (OAuth) and keep the tokens in the keyring."),
     run, QStringLiteral("login logout status").split(u' ')});
