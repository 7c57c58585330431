// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli profile list|show|add|edit|remove|import|export`: the saved profiles.
// They live in profiles.json under the configuration folder (on Linux
// $XDG_CONFIG_HOME/sendcheck/sendcheck/, ~/.config when XDG_CONFIG_HOME is unset); tests point
// XDG_CONFIG_HOME at a temporary folder.
#include "clioutput.h"
#include "commandregistry.h"
#include "connectionoptions.h"
#include "profileimapoptions.h"

#include "credentials/keychaincredentialstore.h"
#include "profiles/cafile.h"
#include "profiles/profilerules.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "providers/providertext.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#include <unistd.h>

using namespace Sendcheck;

namespace {

// Texts are looked up as ProfileCommand::tr("...") so that lupdate sees each one with its context.
struct ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
};

const char usage[] = QT_TRANSLATE_NOOP(
    "ProfileCommand",
    "Usage: sendcheck-cli profile list [--json]\n"
    "       sendcheck-cli profile show NAME [--json]\n"
    "       sendcheck-cli profile add NAME (--preset ID | --host HOST) [connection options]\n"
    "       sendcheck-cli profile edit NAME [--rename NEW] [connection options]\n"
    "       sendcheck-cli profile remove NAME\n"
    "       sendcheck-cli profile import FILE [--name NAME] [--accept-trust]\n"
    "       sendcheck-cli profile export NAME FILE\n\n"
    "Profiles never contain passwords: use 'sendcheck-cli password set --profile NAME'.\n"
    "'sendcheck-cli profile add --help' lists the connection options.");

// Loads the store; a corrupt file has been moved aside and is reported, and the command goes
// on with an empty store. Returns false only when nothing may be changed (newer file, I/O).
bool loadStore(ProfileStore &store)
{
    QString error;
    if (store.load(&error)) {
        if (!store.notice().isEmpty())
            CliOutput::err(store.notice());
        return true;
    }
    CliOutput::err(error);
    return !store.movedAsidePath().isEmpty();
}

bool saveStore(const ProfileStore &store)
{
    QString error;
    if (store.save(&error))
        return true;
    CliOutput::err(error);
    return false;
}

QString describe(const Profile &profile)
{
    QStringList lines;
    const auto add = [&](const char *label, const QString &value) {
        lines.append(
            QStringLiteral("%1 %2").arg(ProfileCommand::tr(label).leftJustified(18), value));
    };
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Name:"), profile.name);
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Id:"), profile.id);
    if (!profile.presetId.isEmpty())
        add(QT_TRANSLATE_NOOP("ProfileCommand", "Preset:"), profile.presetId);
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Server:"),
        QStringLiteral("%1:%2").arg(profile.host).arg(profile.port));
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Security:"), securityName(profile.security));
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Sign-in method:"), mechanismName(profile.mechanism));
    add(QT_TRANSLATE_NOOP("ProfileCommand", "User:"), profile.userName);
    add(QT_TRANSLATE_NOOP("ProfileCommand", "From:"), profile.from);
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Default to:"),
        profile.defaultTo.join(QStringLiteral(", ")));
    if (!profile.ehloName.isEmpty())
        add(QT_TRANSLATE_NOOP("ProfileCommand", "EHLO name:"), profile.ehloName);
    add(QT_TRANSLATE_NOOP("ProfileCommand", "Timeout:"),
        profile.timeoutSeconds ? ProfileCommand::tr("%1 s").arg(profile.timeoutSeconds)
                               : ProfileCommand::tr("standard"));
    if (!profile.caFile.isEmpty())
        add(QT_TRANSLATE_NOOP("ProfileCommand", "CA file:"), profile.caFile);
    // The read-back mailbox server's pins too: each names the server and port it opens.
    for (const CertificatePin &pin : profile.pins + profile.imap.pins)
        add(QT_TRANSLATE_NOOP("ProfileCommand", "Trusted SHA-256:"),
            QStringLiteral("%1 (%2:%3)")
                .arg(QString::fromLatin1(pin.sha256), pin.host)
                .arg(pin.port));
    if (profile.allowPlainAuth)
        add(QT_TRANSLATE_NOOP("ProfileCommand", "Warning:"),
            ProfileCommand::tr("signing in without encryption is allowed"));
    const ProfileImap &imap = profile.imap;
    if (!imap.isDefault()) {
        QStringList mailbox;
        mailbox << (imap.readBack ? ProfileCommand::tr("read-back on")
                                  : ProfileCommand::tr("read-back off"));
        if (!imap.host.isEmpty())
            mailbox << (imap.port ? QStringLiteral("%1:%2").arg(imap.host).arg(imap.port)
                                  : imap.host);
        else if (imap.port)
            mailbox << ProfileCommand::tr("port %1").arg(imap.port);
        if (imap.security)
            mailbox << securityName(*imap.security);
        if (!imap.userName.isEmpty())
            mailbox << ProfileCommand::tr("as %1").arg(imap.userName);
        add(QT_TRANSLATE_NOOP("ProfileCommand", "Read-back mailbox:"),
            mailbox.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

// Every subcommand gets its own parser so that --help shows only what applies.
struct Sub
{
    QCommandLineParser parser;
    QStringList positional;
};

bool parseSub(Sub &sub, const QStringList &arguments, const QString &name,
              const QString &positionalSyntax, int positionalCount)
{
    sub.parser.setApplicationDescription(ProfileCommand::tr(usage));
    QStringList args = arguments.mid(2);
    args.prepend(arguments.value(0) + QLatin1Char(' ') + name);
    if (!CliOutput::parseOrExplain(sub.parser, args))
        return false;
    sub.positional = sub.parser.positionalArguments();
    if (sub.positional.size() != positionalCount) {
        CliOutput::err(ProfileCommand::tr("Usage: %1 %2").arg(args.value(0), positionalSyntax));
        return false;
    }
    return true;
}

const Profile *findOrExplain(const ProfileStore &store, const QString &name)
{
    const Profile *profile = store.find(name);
    if (!profile)
        CliOutput::err(
            ProfileCommand::tr("There is no profile called \"%1\"; 'sendcheck-cli profile list' "
                               "shows them.")
                .arg(name));
    return profile;
}

int runList(const QStringList &arguments)
{
    Sub sub;
    const QCommandLineOption json(QStringLiteral("json"), ProfileCommand::tr("Print JSON."));
    sub.parser.addOption(json);
    if (!parseSub(sub, arguments, QStringLiteral("list"), QString(), 0))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    if (sub.parser.isSet(json)) {
        QJsonArray profiles;
        for (const Profile &p : store.profiles())
            profiles.append(p.toJson());
        CliOutput::printJson({{QStringLiteral("profiles"), profiles}});
        return CliOutput::ExitOk;
    }
    if (store.profiles().isEmpty())
        CliOutput::out(
            ProfileCommand::tr("No profiles yet. Add one with 'sendcheck-cli profile add NAME "
                               "--preset ID'."));
    for (const Profile &p : store.profiles())
        CliOutput::out(QStringLiteral("%1 %2:%3 %4")
                           .arg(p.name.leftJustified(24), p.host)
                           .arg(p.port)
                           .arg(securityName(p.security)));
    return CliOutput::ExitOk;
}

int runShow(const QStringList &arguments)
{
    Sub sub;
    const QCommandLineOption json(QStringLiteral("json"), ProfileCommand::tr("Print JSON."));
    sub.parser.addOption(json);
    sub.parser.addPositionalArgument(QStringLiteral("NAME"), ProfileCommand::tr("The profile."));
    if (!parseSub(sub, arguments, QStringLiteral("show"), QStringLiteral("NAME"), 1))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    const Profile *profile = findOrExplain(store, sub.positional.at(0));
    if (!profile)
        return CliOutput::ExitFailure;
    if (sub.parser.isSet(json))
        CliOutput::printJson(profile->toJson());
    else
        CliOutput::out(describe(*profile));
    return CliOutput::ExitOk;
}

void explainPreset(const Profile &profile)
{
    if (profile.presetId.isEmpty())
        return;
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const Provider *provider = catalog.find(profile.presetId);
    if (!provider)
        return;
    if (!provider->userNameHint.isEmpty())
        CliOutput::out(
            ProfileCommand::tr("User name: %1").arg(providerText(provider->userNameHint)));
    for (const QString &note : provider->notes)
        CliOutput::out(ProfileCommand::tr("Note: %1").arg(note));
}

int runAdd(const QStringList &arguments)
{
    Sub sub;
    ConnectionOptions options;
    options.addTo(sub.parser);
    const ProfileImapOptions mailbox;
    mailbox.addTo(sub.parser);
    sub.parser.addPositionalArgument(QStringLiteral("NAME"),
                                     ProfileCommand::tr("A name for the new profile."));
    if (!parseSub(sub, arguments, QStringLiteral("add"), QStringLiteral("NAME [options]"), 1))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;

    Profile profile = Profile::create(sub.positional.at(0).trimmed());
    profile.host.clear();
    QString error;
    if (!options.applyTo(sub.parser, profile, &error)
        || !mailbox.applyTo(sub.parser, profile, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }
    if (profile.host.isEmpty()) {
        CliOutput::err(
            ProfileCommand::tr("Give the server with --host HOST, or start from a preset with "
                               "--preset ID ('sendcheck-cli presets' lists them)."));
        return CliOutput::ExitUsage;
    }
    if (!store.add(profile, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (!saveStore(store))
        return CliOutput::ExitFailure;
    CliOutput::out(ProfileCommand::tr("Profile \"%1\" added (%2:%3, %4).")
                       .arg(profile.name, profile.host)
                       .arg(profile.port)
                       .arg(securityName(profile.security)));
    explainPreset(profile);
    return CliOutput::ExitOk;
}

int runEdit(const QStringList &arguments)
{
    Sub sub;
    ConnectionOptions options;
    options.addTo(sub.parser);
    const ProfileImapOptions mailbox;
    mailbox.addTo(sub.parser);
    const QCommandLineOption rename(QStringLiteral("rename"),
                                    ProfileCommand::tr("Give the profile a new name."),
                                    ProfileCommand::tr("NEW"));
    sub.parser.addOption(rename);
    sub.parser.addPositionalArgument(QStringLiteral("NAME"),
                                     ProfileCommand::tr("The profile to change."));
    if (!parseSub(sub, arguments, QStringLiteral("edit"), QStringLiteral("NAME [options]"), 1))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    const Profile *existing = findOrExplain(store, sub.positional.at(0));
    if (!existing)
        return CliOutput::ExitFailure;
    if (!options.anySet(sub.parser) && !mailbox.anySet(sub.parser) && !sub.parser.isSet(rename)) {
        CliOutput::err(
            ProfileCommand::tr("Nothing to change: give at least one option (see --help)."));
        return CliOutput::ExitUsage;
    }
    Profile profile = *existing;
    QString error;
    if (!options.applyTo(sub.parser, profile, &error)
        || !mailbox.applyTo(sub.parser, profile, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitUsage;
    }
    if (sub.parser.isSet(rename))
        profile.name = sub.parser.value(rename).trimmed();
    if (!store.update(profile, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (!saveStore(store))
        return CliOutput::ExitFailure;
    CliOutput::out(ProfileCommand::tr("Profile \"%1\" updated.").arg(profile.name));
    return CliOutput::ExitOk;
}

int runRemove(const QStringList &arguments)
{
    Sub sub;
    sub.parser.addPositionalArgument(QStringLiteral("NAME"),
                                     ProfileCommand::tr("The profile to delete."));
    if (!parseSub(sub, arguments, QStringLiteral("remove"), QStringLiteral("NAME"), 1))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    const Profile *existing = findOrExplain(store, sub.positional.at(0));
    if (!existing)
        return CliOutput::ExitFailure;
    const Profile profile = *existing;
    store.remove(profile.id);
    if (!saveStore(store))
        return CliOutput::ExitFailure;
    CliOutput::out(ProfileCommand::tr("Profile \"%1\" removed.").arg(profile.name));

    // Its secret goes with it.
    KeychainCredentialStore keychain;
    QEventLoop loop;
    int code = CliOutput::ExitOk;
    keychain.remove(profile.id, &loop, [&](const CredentialResult &result) {
        switch (result.status) {
        case CredentialResult::Status::Ok:
            CliOutput::out(
                ProfileCommand::tr("Any password saved for it was removed from the keyring."));
            break;
        case CredentialResult::Status::NotFound:
            break; // it had none
        case CredentialResult::Status::Unavailable:
            CliOutput::err(
                ProfileCommand::tr("Secure storage is unavailable, so a password saved for this "
                                   "profile earlier (if any) could not be removed."));
            break;
        case CredentialResult::Status::AccessDenied:
        case CredentialResult::Status::Error:
            CliOutput::err(result.message);
            CliOutput::err(
                ProfileCommand::tr("Its password may still be in the keyring (service \"%1\", key "
                                   "\"%2\").")
                    .arg(KeychainCredentialStore::serviceName(),
                         CredentialStore::secretKey(profile.id)));
            code = CliOutput::ExitFailure;
            break;
        }
        loop.quit();
    });
    loop.exec();
    return code;
}

// Asks a yes/no question on the terminal; false unless the answer is yes. Only when both
// standard input and standard error are a terminal (a person is there to answer).
bool confirmOnTerminal(const QString &question)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
        return false;
    std::fputs(qPrintable(question + QStringLiteral(" [y/N] ")), stderr);
    std::fflush(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromLocal8Bit(in.readLine(64)).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes")
        || answer == ProfileCommand::tr("y") || answer == ProfileCommand::tr("yes");
}

// What an imported profile asks to trust, shown before it is saved: it is saved only with
// --accept-trust or a "yes" on the terminal. Its CA file must be usable at all.
bool acceptImportTrust(const Profile &profile, const QString &path, bool accepted)
{
    if (!profile.caFile.isEmpty()) {
        QString why;
        if (!CaFile::read(profile.caFile, &why)) {
            CliOutput::err(why);
            CliOutput::err(
                ProfileCommand::tr("Nothing was imported. Fix the \"caFile\" of %1 (or remove it) "
                                   "and import again.")
                    .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    const QStringList requests = ProfileRules::trustRequests(profile);
    if (requests.isEmpty() || accepted)
        return true;
    QString text = ProfileCommand::tr("The profile file %1 asks Sendcheck to:")
                       .arg(QDir::toNativeSeparators(path));
    for (const QString &request : requests)
        text += QStringLiteral("\n  - ") + request;
    CliOutput::err(text);
    if (confirmOnTerminal(ProfileCommand::tr("Import \"%1\" with this trust?").arg(profile.name)))
        return true;
    CliOutput::err(
        ProfileCommand::tr("Nothing was imported. If you trust every item above (compare any "
                           "fingerprint with the one your administrator gives you), import again "
                           "with --accept-trust."));
    return false;
}

int runImport(const QStringList &arguments)
{
    Sub sub;
    const QCommandLineOption name(QStringLiteral("name"),
                                  ProfileCommand::tr("Save it under this name."),
                                  ProfileCommand::tr("NAME"));
    sub.parser.addOption(name);
    const QCommandLineOption acceptTrust(
        QStringLiteral("accept-trust"),
        ProfileCommand::tr(
            "Accept what the file asks to trust (certificate pins, no encryption, sign-in "
            "without encryption, an extra CA file); without it such a file is refused, or asked "
            "about on a terminal."));
    sub.parser.addOption(acceptTrust);
    sub.parser.addPositionalArgument(QStringLiteral("FILE"),
                                     ProfileCommand::tr("A profile file (JSON)."));
    if (!parseSub(sub, arguments, QStringLiteral("import"), QStringLiteral("FILE"), 1))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    QString error;
    auto profile = ProfileStore::importProfile(sub.positional.at(0), &error);
    if (!profile) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (sub.parser.isSet(name))
        profile->name = sub.parser.value(name).trimmed();
    if (store.findById(profile->id)) // importProfile() gives a new id; never one in use
        profile->id = Profile::newId();
    if (store.findByName(profile->name)) {
        CliOutput::err(
            ProfileCommand::tr("There is already a profile called \"%1\"; choose another name with "
                               "--name.")
                .arg(profile->name));
        return CliOutput::ExitFailure;
    }
    if (!acceptImportTrust(*profile, sub.positional.at(0), sub.parser.isSet(acceptTrust)))
        return CliOutput::ExitFailure;
    if (!store.add(*profile, &error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    if (!saveStore(store))
        return CliOutput::ExitFailure;
    CliOutput::out(
        ProfileCommand::tr("Profile \"%1\" imported. Its password is not part of the file: set it "
                           "with 'sendcheck-cli password set --profile \"%1\"'.")
            .arg(profile->name));
    return CliOutput::ExitOk;
}

int runExport(const QStringList &arguments)
{
    Sub sub;
    sub.parser.addPositionalArgument(QStringLiteral("NAME"), ProfileCommand::tr("The profile."));
    sub.parser.addPositionalArgument(QStringLiteral("FILE"),
                                     ProfileCommand::tr("Where to write it."));
    if (!parseSub(sub, arguments, QStringLiteral("export"), QStringLiteral("NAME FILE"), 2))
        return CliOutput::ExitUsage;
    ProfileStore store;
    if (!loadStore(store))
        return CliOutput::ExitFailure;
    const Profile *profile = findOrExplain(store, sub.positional.at(0));
    if (!profile)
        return CliOutput::ExitFailure;
    QString error;
    if (!ProfileStore::exportProfile(*profile, sub.positional.at(1), &error)) {
        CliOutput::err(error);
        return CliOutput::ExitFailure;
    }
    CliOutput::out(ProfileCommand::tr("Profile \"%1\" written to %2 (without its password).")
                       .arg(profile->name, QDir::toNativeSeparators(sub.positional.at(1))));
    return CliOutput::ExitOk;
}

int runProfile(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("list"))
        return runList(arguments);
    if (sub == QLatin1String("show"))
        return runShow(arguments);
    if (sub == QLatin1String("add"))
        return runAdd(arguments);
    if (sub == QLatin1String("edit"))
        return runEdit(arguments);
    if (sub == QLatin1String("remove"))
        return runRemove(arguments);
    if (sub == QLatin1String("import"))
        return runImport(arguments);
    if (sub == QLatin1String("export"))
        return runExport(arguments);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        CliOutput::out(ProfileCommand::tr(usage));
        return CliOutput::ExitOk;
    }
    if (!sub.isEmpty())
        CliOutput::err(ProfileCommand::tr("Unknown profile command \"%1\".").arg(sub));
    CliOutput::err(ProfileCommand::tr(usage));
    return CliOutput::ExitUsage;
}

const CommandRegistration registration(
    {QStringLiteral("profile"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "List, show, add, edit, remove, import and export saved profiles."),
     runProfile, QStringLiteral("list show add edit remove import export").split(u' ')});

} // namespace
