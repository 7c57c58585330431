// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Sendcheck {

// The saved profiles: <directory>/profiles.json, by default in
// QStandardPaths::AppConfigLocation (~/.config/sendcheck/... ; XDG_CONFIG_HOME applies).
//
//   schema 2 (current): {"schema": 2, "profiles": [Profile::toJson(), ...]}
//   schema 1 (0.0.x):   {"schema": 1, "profiles": [{"name", "server", "port", "tls": bool,
//                        "user", "from", "to": "a@x, b@y"}]} with no ids; "tls": true meant
//                        TLS from the start on port 465 and STARTTLS on any other port,
//                        false meant no encryption.
//
// Reading an older schema migrates it (the old file is kept as profiles.json.schema1) and saves
// the new one. A file that cannot be read is never replaced: it is moved aside to
// profiles.json.corrupt-<timestamp> and load() reports where. A file from a newer version is
// left alone and this store refuses to save over it. Saving goes through QSaveFile, so the file
// on disk is always either the old or the new complete version.
//
// Secrets are not stored here: see CredentialStore. Deleting a profile's secret is the
// caller's job (ProfileStore has no keychain access, so it stays testable and synchronous).
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::ProfileStore)

public:
    static constexpr int currentSchema = 2;

    // `directory` empty: defaultDirectory().
    explicit ProfileStore(const QString &directory = QString());

    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] QString filePath() const;

    // Reads the file. A missing file is an empty store (true). A profile whose id is not one
    // the store issues (Profile::isValidId) gets a new id, and the file is saved. On false, `error`
    // says what happened in words for the UI/CLI (corrupt file moved aside, newer schema, I/O
    // error); the store is then empty.
    bool load(QString *error);
    // Writes atomically. Fails if the file on disk is from a newer schema.
    bool save(QString *error) const;

    // Set after load() when an older schema was migrated: a sentence for the UI/CLI.
    [[nodiscard]] const QString &notice() const { return m_notice; }
    // Where a corrupt file was moved by the last load(), if it was.
    [[nodiscard]] const QString &movedAsidePath() const { return m_movedAside; }

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] const Profile *findById(const QString &id) const;
    [[nodiscard]] const Profile *findByName(const QString &name) const; // case-insensitive
    // By name first, then by id.
    [[nodiscard]] const Profile *find(const QString &nameOrId) const;

    // In memory; call save() to keep the change. Names are unique (case-insensitive), ids too.
    bool add(const Profile &profile, QString *error);
    bool update(const Profile &profile, QString *error); // matched by id
    bool remove(const QString &id);

    // One profile in a file of its own: {"sendcheckProfile": 1, "profile": {...}}. Never a
    // secret (Profile has none). Written atomically.
    static bool exportProfile(const Profile &profile, const QString &path, QString *error);
    // Reads such a file (or a bare profile object). The result always has a new id: the
    // file's id is ignored, so an imported profile never reaches a secret saved for another.
    [[nodiscard]] static std::optional<Profile> importProfile(const QString &path, QString *error);

    // Parses the content of a profiles.json (any known schema) without touching the disk.
    [[nodiscard]] static std::optional<QList<Profile>> parse(const QByteArray &content, int *schema,
                                                             QString *error);
    [[nodiscard]] static QByteArray serialize(const QList<Profile> &profiles);

private:
    [[nodiscard]] bool checkUnique(const Profile &profile, const QString &ignoreId,
                                   QString *error) const;
    bool moveAside(QString *error, const QString &reason);

    QString m_directory;
    QList<Profile> m_profiles;
    QString m_notice;
    QString m_movedAside;
    bool m_newerOnDisk = false;
};

} // namespace Sendcheck
