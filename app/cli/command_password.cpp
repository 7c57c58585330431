// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli password set --profile NAME` (the secret comes from standard input) and
// `sendcheck-cli password clear --profile NAME`: a profile's secret in the OS keychain. With
// --imap: the password of the profile's read-back mailbox when that is another account.
#include "clioutput.h"
#include "commandregistry.h"
#include "sendsupport.h"

#include "credentials/keychaincredentialstore.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

using namespace Sendcheck;

namespace {

// Texts are looked up as PasswordCommand::tr("...") so that lupdate sees each one with its context.
struct PasswordCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasswordCommand)
};

// Google (and others) show app passwords as "abcd efgh ijkl mnop"; the spaces are not part of
// it and make sign-in fail. Only that exact shape is changed, only for app-password presets.
bool stripAppPasswordSpaces(const Profile &profile, SecretBuffer &secret)
{
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const Provider *provider = catalog.find(profile.presetId);
    if (!provider || provider->secretKind != SecretKind::AppPassword)
        return false;
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{4}( [A-Za-z]{4}){3}$"));
    QString text = QString::fromUtf8(secret.view());
    const bool grouped = shape.match(text).hasMatch();
    SecretBuffer::wipeShared(text);
    if (!grouped)
        return false;
    SecretBuffer stripped = SecretBuffer::withCapacity(secret.size());
    for (const char c : secret.view()) {
        if (c != ' ' && !stripped.append(QByteArrayView(&c, 1)))
            return false; // cannot happen: it is no longer than the secret
    }
    secret = std::move(stripped); // the spaced bytes are overwritten
    return true;
}

int run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(PasswordCommand::tr(
        "password set --profile NAME: saves the password (or key) read from standard input "
        "in the system keyring; one trailing line break is removed.\n"
        "password clear --profile NAME: deletes it from the keyring.\n"
        "With --imap: the password of the read-back mailbox (the profile's IMAP user), when "
        "that is another account than the one that sends."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           PasswordCommand::tr("The profile."),
                                           PasswordCommand::tr("NAME"));
    const QCommandLineOption imapOption(
        QStringLiteral("imap"),
        PasswordCommand::tr("The read-back mailbox's own password, not the sending one."));
    parser.addOption(profileOption);
    parser.addOption(imapOption);
    QStringList args = arguments.mid(2);
    args.prepend(arguments.value(0) + QLatin1Char(' ') + action);
    if (!CliOutput::parseOrExplain(parser, args))
        return CliOutput::ExitUsage;
    if ((action != QLatin1String("set") && action != QLatin1String("clear"))
        || !parser.positionalArguments().isEmpty()) {
        CliOutput::err(
            PasswordCommand::tr("Usage: sendcheck-cli password set|clear --profile NAME [--imap]"));
        return CliOutput::ExitUsage;
    }
    if (!parser.isSet(profileOption)) {
        CliOutput::err(PasswordCommand::tr("Say which profile with --profile NAME."));
        return CliOutput::ExitUsage;
    }

    ProfileStore store;
    QString error;
    const Profile *found = findSavedProfile(store, parser.value(profileOption), &error);
    if (!found) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    const Profile profile = *found;

    KeychainCredentialStore keychain;
    QEventLoop loop;
    int code = CliOutput::ExitFailure;
    const bool mailbox = parser.isSet(imapOption);

    if (mailbox && action == QLatin1String("set")) {
        auto secret = CliOutput::readSecret(true, QString());
        if (!secret)
            return CliOutput::ExitFailure;
        keychain.writeImapPassword(
            profile.id, secret->view(), &loop, [&](const CredentialResult &result) {
                if (result.ok()) {
                    CliOutput::out(PasswordCommand::tr("The mailbox password for \"%1\" was "
                                                       "saved in the keyring.")
                                       .arg(profile.name));
                    code = CliOutput::ExitOk;
                } else {
                    CliOutput::err(result.message);
                }
                loop.quit();
            });
        secret->wipe();
    } else if (mailbox) {
        keychain.removeImapPassword(profile.id, &loop, [&](const CredentialResult &result) {
            if (result.ok() || result.status == CredentialResult::Status::NotFound) {
                CliOutput::out(PasswordCommand::tr("No mailbox password is saved for \"%1\" "
                                                   "any more.")
                                   .arg(profile.name));
                code = CliOutput::ExitOk;
            } else {
                CliOutput::err(result.message);
            }
            loop.quit();
        });
    } else if (action == QLatin1String("set")) {
        auto secret = CliOutput::readSecret(true, QString());
        if (!secret)
            return CliOutput::ExitFailure;
        if (stripAppPasswordSpaces(profile, *secret))
            CliOutput::out(
                PasswordCommand::tr("This looks like an app password shown in groups of four; the "
                                    "spaces were removed."));
        keychain.write(profile.id, secret->view(), &loop, [&](const CredentialResult &result) {
            if (result.ok()) {
                CliOutput::out(
                    PasswordCommand::tr("The password for \"%1\" was saved in the keyring.")
                        .arg(profile.name));
                code = CliOutput::ExitOk;
            } else {
                CliOutput::err(result.message);
                if (result.status == CredentialResult::Status::Unavailable)
                    CliOutput::err(PasswordCommand::tr(
                        "Give the password to each command on standard input or "
                        "with --password-env instead."));
            }
            loop.quit();
        });
        secret->wipe();
    } else {
        keychain.remove(profile.id, &loop, [&](const CredentialResult &result) {
            switch (result.status) {
            case CredentialResult::Status::Ok:
                CliOutput::out(PasswordCommand::tr(
                                   "Any password saved for \"%1\" was removed from the keyring.")
                                   .arg(profile.name));
                code = CliOutput::ExitOk;
                break;
            case CredentialResult::Status::NotFound:
                CliOutput::out(PasswordCommand::tr(
                                   "No saved password for \"%1\" was found. (If your keyring is "
                                   "locked, unlock it and try again.)")
                                   .arg(profile.name));
                code = CliOutput::ExitOk;
                break;
            default:
                CliOutput::err(result.message);
                break;
            }
            loop.quit();
        });
    }
    loop.exec();
    return code;
}

const CommandRegistration registration(
    {QStringLiteral("password"),
     QT_TRANSLATE_NOOP("CliCommand", "Save or remove a profile's password in the system keyring."),
     run, QStringLiteral("set clear").split(u' ')});

} // namespace
