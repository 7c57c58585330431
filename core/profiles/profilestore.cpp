// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcProfiles, "sendcheck.profiles")

namespace Sendcheck {

namespace {

constexpr qint64 maxFileSize = 64 * 1024 * 1024;

// Schema 1 had no ids, "server" for the host, a boolean "tls", and recipients as one string.
std::optional<Profile> migrateSchema1(const QJsonObject &old, QString *error)
{
    QJsonObject current;
    current.insert(QStringLiteral("id"), Profile::newId());
    current.insert(QStringLiteral("name"), old.value(QStringLiteral("name")));
    current.insert(QStringLiteral("host"), old.value(QStringLiteral("server")));
    const int port = old.value(QStringLiteral("port")).toInt(0);
    if (old.contains(QStringLiteral("port")))
        current.insert(QStringLiteral("port"), old.value(QStringLiteral("port")));
    const bool tls = old.value(QStringLiteral("tls")).toBool(true);
    const Security security
        = !tls ? Security::None : (port == 465 ? Security::ImplicitTls : Security::StartTls);
    current.insert(QStringLiteral("security"), securityName(security));
    for (const char *key : {"user", "from"}) {
        const QString name = QString::fromLatin1(key);
        if (old.contains(name))
            current.insert(name, old.value(name));
    }
    QStringList to;
    const QStringList parts = old.value(QStringLiteral("to")).toString().split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            to.append(part.trimmed());
    }
    current.insert(QStringLiteral("defaultTo"), QJsonArray::fromStringList(to));
    return Profile::fromJson(current, error);
}

bool writeAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Sendcheck::ProfileStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("Sendcheck::ProfileStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("profiles.json"));
}

std::optional<QList<Profile>> ProfileStore::parse(const QByteArray &content, int *schema,
                                                  QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("it is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("profiles")).isArray()) {
        *error = tr("it has no list of profiles");
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("schema")).toInt(0);
    if (schema)
        *schema = version;
    if (version < 1) {
        *error = tr("it has no valid schema number");
        return std::nullopt;
    }
    if (version > currentSchema) {
        *error = tr("it was written by a newer version of Sendcheck (schema %1)").arg(version);
        return std::nullopt;
    }

    QList<Profile> profiles;
    const QJsonArray array = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("entry %1 is not a profile").arg(i + 1);
            return std::nullopt;
        }
        QString problem;
        const QJsonObject object = array.at(i).toObject();
        auto profile
            = version == 1 ? migrateSchema1(object, &problem) : Profile::fromJson(object, &problem);
        if (!profile) {
            *error = tr("profile %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        for (const Profile &other : std::as_const(profiles)) {
            if (other.id == profile->id
                || other.name.compare(profile->name, Qt::CaseInsensitive) == 0) {
                *error = tr("profile %1 (\"%2\") appears twice").arg(i + 1).arg(profile->name);
                return std::nullopt;
            }
        }
        profiles.append(*profile);
    }
    return profiles;
}

QByteArray ProfileStore::serialize(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(profile.toJson());
    const QJsonObject root {{QStringLiteral("schema"), currentSchema},
                            {QStringLiteral("profiles"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileStore::moveAside(QString *error, const QString &reason)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = filePath() + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath() + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(filePath(), target)) {
        *error = tr("The profiles file %1 cannot be read (%2), and it could not be moved aside "
                    "either. Nothing was changed; fix or remove the file.")
                     .arg(QDir::toNativeSeparators(filePath()), reason);
        m_newerOnDisk = true; // never save over it
        return false;
    }
    m_movedAside = target;
    qCWarning(lcProfiles).noquote() << "corrupt profiles file moved to" << target << ":" << reason;
    *error = tr("The profiles file could not be read (%1). It was moved to %2 so that nothing is "
                "lost; Sendcheck starts with no profiles.")
                 .arg(reason, QDir::toNativeSeparators(target));
    return false;
}

bool ProfileStore::load(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    m_profiles.clear();
    m_notice.clear();
    m_movedAside.clear();
    m_newerOnDisk = false;

    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        m_newerOnDisk = true; // unknown content: do not overwrite it
        return false;
    }
    if (file.size() > maxFileSize) {
        file.close();
        return moveAside(error, tr("it is far too large"));
    }
    const QByteArray content = file.readAll();
    file.close();

    int schema = 0;
    QString problem;
    auto profiles = parse(content, &schema, &problem);
    if (!profiles) {
        if (schema > currentSchema) {
            m_newerOnDisk = true;
            *error = tr("The profiles file %1 was written by a newer version of Sendcheck. It "
                        "was left untouched; changes cannot be saved until you update.")
                         .arg(QDir::toNativeSeparators(filePath()));
            return false;
        }
        return moveAside(error, problem);
    }
    m_profiles = *profiles;

    // An id the store did not issue (hand-edited) cannot key a keychain entry: give it one.
    QStringList renewed;
    for (Profile &profile : m_profiles) {
        if (!Profile::isValidId(profile.id)) {
            profile.id = Profile::newId();
            renewed.append(profile.name);
        }
    }

    if (schema < currentSchema) {
        const QString backup = filePath() + QStringLiteral(".schema%1").arg(schema);
        QFile::remove(backup);
        if (!QFile::copy(filePath(), backup) || !save(error)) {
            if (error->isEmpty())
                *error = tr("Cannot keep a copy of the old profiles file at %1.")
                             .arg(QDir::toNativeSeparators(backup));
            m_profiles.clear();
            return false;
        }
        m_notice = tr("Your profiles were converted to the current format; the old file is kept "
                      "as %1.")
                       .arg(QDir::toNativeSeparators(backup));
        qCInfo(lcProfiles) << "migrated profiles from schema" << schema;
    } else if (!renewed.isEmpty()) {
        if (!save(error)) {
            m_profiles.clear();
            return false;
        }
        m_notice = tr("These profiles had an id that Sendcheck did not issue and were given a "
                      "new one; set their password again: %1")
                       .arg(renewed.join(QStringLiteral(", ")));
        qCInfo(lcProfiles) << "gave" << renewed.size() << "profiles a new id";
    }
    return true;
}

bool ProfileStore::save(QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (m_newerOnDisk) {
        *error = tr("The profiles file %1 was not written: it could not be read, and saving "
                    "would replace it.")
                     .arg(QDir::toNativeSeparators(filePath()));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return writeAtomically(filePath(), serialize(m_profiles), error);
}

const Profile *ProfileStore::findById(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

const Profile *ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

const Profile *ProfileStore::find(const QString &nameOrId) const
{
    const Profile *byName = findByName(nameOrId);
    return byName ? byName : findById(nameOrId);
}

bool ProfileStore::checkUnique(const Profile &profile, const QString &ignoreId,
                               QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (profile.name.trimmed().isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    if (profile.id.isEmpty()) {
        *error = tr("A profile needs an id.");
        return false;
    }
    for (const Profile &other : m_profiles) {
        if (other.id == ignoreId)
            continue;
        if (other.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            *error = tr("There is already a profile called \"%1\".").arg(other.name);
            return false;
        }
        if (other.id == profile.id) {
            *error = tr("There is already a profile with the id %1.").arg(other.id);
            return false;
        }
    }
    return true;
}

bool ProfileStore::add(const Profile &profile, QString *error)
{
    if (!checkUnique(profile, QString(), error))
        return false;
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::update(const Profile &profile, QString *error)
{
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            if (!checkUnique(profile, profile.id, error))
                return false;
            existing = profile;
            return true;
        }
    }
    if (error)
        *error = tr("There is no profile with the id %1.").arg(profile.id);
    return false;
}

bool ProfileStore::remove(const QString &id)
{
    return m_profiles.removeIf([&](const Profile &p) { return p.id == id; }) > 0;
}

bool ProfileStore::exportProfile(const Profile &profile, const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const QJsonObject root {{QStringLiteral("sendcheckProfile"), 1},
                            {QStringLiteral("profile"), profile.toJson()}};
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

std::optional<Profile> ProfileStore::importProfile(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        *error = tr("%1 is too large to be a profile.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1 is not a profile file (not a JSON object).")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QJsonObject object = document.object();
    if (object.contains(QStringLiteral("sendcheckProfile"))) {
        if (object.value(QStringLiteral("sendcheckProfile")).toInt() != 1) {
            *error = tr("%1 was written by a newer version of Sendcheck.")
                         .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        object = object.value(QStringLiteral("profile")).toObject();
    }
    // The file's id is never used: ids key the keychain, and a file must not be able to name
    // another profile's entry (or a kind of entry) by choosing its id.
    object.insert(QStringLiteral("id"), Profile::newId());
    QString problem;
    auto profile = Profile::fromJson(object, &problem);
    if (!profile) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
        return std::nullopt;
    }
    return profile;
}

} // namespace Sendcheck
