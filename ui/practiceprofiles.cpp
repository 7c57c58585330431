// SPDX-License-Identifier: GPL-3.0-or-later
#include "practiceprofiles.h"

#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"

namespace Sendcheck {

namespace {
constexpr auto PracticePresetId = "practice";
const QByteArray PracticePassword = QByteArrayLiteral("practice");
} // namespace

bool PracticeProfiles::isPractice(const Profile &profile)
{
    return profile.presetId == QLatin1String(PracticePresetId);
}

Profile PracticeProfiles::firstRunProfile(const PracticeServer &server)
{
    Profile profile = Profile::create(tr("Practice server"));
    profile.presetId = QString::fromLatin1(PracticePresetId);
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = server.isListening() ? server.smtpPort() : 2525;
    profile.security = Security::StartTls;
    profile.mechanism = AuthMechanism::Auto;
    profile.userName = QStringLiteral("practice");
    profile.caFile = server.isListening() ? server.certificate().certificatePath() : QString();
    profile.from = QStringLiteral("you@practice.test");
    profile.defaultTo = {QStringLiteral("friend@practice.test")};
    return profile;
}

bool PracticeProfiles::ensure(ProfileStore &store, const PracticeServer &server,
                              QList<Profile> *moved, QString *error)
{
    if (store.profiles().isEmpty())
        return store.add(firstRunProfile(server), error) && store.save(error);
    if (!server.isListening())
        return true;
    // The practice server may have had to take another port than last time.
    QString ignored;
    for (Profile profile : store.profiles()) {
        if (!isPractice(profile) || profile.host != QLatin1String("127.0.0.1"))
            continue;
        const quint16 wanted
            = profile.security == Security::ImplicitTls ? server.tlsPort() : server.smtpPort();
        if (profile.port != wanted) {
            profile.port = wanted;
            store.update(profile, &ignored);
            moved->append(profile);
        }
    }
    store.save(&ignored);
    return true;
}

void PracticeProfiles::fillPasswords(const ProfileStore &store, PasswordField *field)
{
    for (const Profile &profile : store.profiles()) {
        if (isPractice(profile))
            field->setSessionSecret(
                profile.id, PracticePassword,
                tr("The practice server's password (\u201cpractice\u201d) is filled in for you."));
    }
}

} // namespace Sendcheck
