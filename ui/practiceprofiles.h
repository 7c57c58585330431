// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Sendcheck {

class PasswordField;
class PracticeServer;
struct Profile;
class ProfileStore;

// The profiles for the built-in practice server: the one made on the first run, so Send works
// with no account and no internet, kept on the ports the server listens on now, with its
// password filled in.
class PracticeProfiles
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::PracticeProfiles)

public:
    [[nodiscard]] static bool isPractice(const Profile &profile);
    // An empty store gets the practice server's profile (false, with `error`, if it cannot be
    // saved). Otherwise, while the server listens, the practice profiles move to the ports it
    // took this time; `moved` gets the ones that changed.
    static bool ensure(ProfileStore &store, const PracticeServer &server, QList<Profile> *moved,
                       QString *error);
    // Fills in the practice server's password, for this run, for every practice profile.
    static void fillPasswords(const ProfileStore &store, PasswordField *field);

private:
    [[nodiscard]] static Profile firstRunProfile(const PracticeServer &server);
};

} // namespace Sendcheck
