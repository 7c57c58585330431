// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historyschema.h"
#include "report/report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

Q_LOGGING_CATEGORY(lcHistory, "sendcheck.history")

namespace Sendcheck {

namespace {

const QString Driver = QStringLiteral("QSQLITE");
constexpr int BusyTimeoutMs = 10000;

// SQLite's primary result codes for "another program holds the lock".
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
// How often the opening steps are tried while another program holds the lock.
constexpr int OpenAttempts = 20;
// SQLite's primary result codes that mean "this file cannot be used as it is".
constexpr int SqlitePerm = 3;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

const QString EntryColumns
    = QStringLiteral("id, time, kind, profile_id, profile_name, host, port, ok, topic");

// Never NULL: the text columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

HistoryEntry entryFrom(const QSqlQuery &query)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    entry.kind = query.value(2).toString();
    entry.profileId = query.value(3).toString();
    entry.profileName = query.value(4).toString();
    entry.host = query.value(5).toString();
    entry.port = quint16(query.value(6).toUInt());
    entry.ok = query.value(7).toBool();
    entry.topic = query.value(8).toString();
    return entry;
}

} // namespace

HistoryStore::HistoryStore(const QString &path) : m_path(path.isEmpty() ? defaultPath() : path)
{
    static std::atomic<quint64> counter {0};
    m_connection = QStringLiteral("sendcheck-history-%1").arg(++counter);
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::open(QString *error)
{
    close();
    m_notice.clear();
    m_movedAside.clear();
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        if (error)
            *error = tr("The SQLite driver for Qt is not installed (on Debian and Ubuntu: "
                        "libqt6sql6-sqlite), so no history is kept.");
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error
                = tr("The folder %1 for the history cannot be created.").arg(info.absolutePath());
        return false;
    }
    QString why;
    Outcome outcome = tryOpen(&why);
    // Two programs opening a new history at the same moment: while one turns on WAL or migrates,
    // SQLite may answer the other "locked" without waiting (it would otherwise deadlock). The
    // busy timeout covers every later statement; the opening steps are simply tried again.
    for (int attempt = 1; outcome == Outcome::Failed && isBusyCode() && attempt < OpenAttempts;
         ++attempt) {
        close();
        outcome = tryOpen(&why);
    }
    if (outcome == Outcome::Damaged) {
        close();
        QString moveError;
        if (!moveAside(&moveError)) {
            if (error)
                *error = tr("The history file %1 cannot be read (%2), and moving it aside failed "
                            "(%3). No history is kept for now.")
                             .arg(m_path, why, moveError);
            return false;
        }
        m_notice = tr("The history file %1 could not be read (%2). It was moved aside to %3 and "
                      "a new, empty history was started.")
                       .arg(m_path, why, m_movedAside);
        qCWarning(lcHistory).noquote() << m_notice;
        outcome = tryOpen(&why);
    }
    if (outcome != Outcome::Ok) {
        close();
        if (error)
            *error = tr("The history file %1 cannot be used: %2").arg(m_path, why);
        return false;
    }
    m_open = true;
    return true;
}

HistoryStore::Outcome HistoryStore::tryOpen(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        m_lastNativeCode = db.lastError().nativeErrorCode().toInt();
        *error = db.lastError().text();
        return isDamageCode() ? Outcome::Damaged : Outcome::Failed;
    }
    QSqlQuery query(db);
    auto failed = [this] { return isDamageCode() ? Outcome::Damaged : Outcome::Failed; };
    // Read-only checks first: a damaged file or one from a newer version is not touched.
    if (!exec(query, QStringLiteral("PRAGMA quick_check"), {}, error))
        return failed();
    if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
        *error = tr("the database is damaged (%1)").arg(query.value(0).toString());
        return Outcome::Damaged;
    }
    query.finish();
    int version = 0;
    if (const Outcome outcome = readVersion(query, &version, error); outcome != Outcome::Ok)
        return outcome;
    // WAL: readers never wait for the writer, and a second writer waits (busy timeout).
    if (!exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), {}, error)
        || !exec(query, QStringLiteral("PRAGMA synchronous=NORMAL"), {}, error)
        || !exec(query, QStringLiteral("PRAGMA secure_delete=ON"), {}, error))
        return failed();
    query.finish();
    if (const Outcome outcome = migrate(error); outcome != Outcome::Ok)
        return outcome;
    return loadRetention(error) ? Outcome::Ok : failed();
}

HistoryStore::Outcome HistoryStore::readVersion(QSqlQuery &query, int *version, QString *error)
{
    auto failed = [this] { return isDamageCode() ? Outcome::Damaged : Outcome::Failed; };
    if (!exec(query,
              QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'"),
              {}, error))
        return failed();
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    *version = 0;
    if (tables.contains(QStringLiteral("schema_version"))) {
        if (!exec(query, QStringLiteral("SELECT version FROM schema_version"), {}, error))
            return failed();
        QList<int> versions;
        while (query.next())
            versions << query.value(0).toInt();
        if (versions.size() != 1 || versions.first() < 1) {
            *error = tr("its schema version is unreadable");
            return Outcome::Damaged;
        }
        *version = versions.first();
    } else if (!tables.isEmpty()) {
        *error = tr("it is an SQLite database, but not a Sendcheck history");
        return Outcome::Damaged;
    }
    query.finish();
    if (*version > HistorySchema::Current) {
        *error = tr("it was made by a newer Sendcheck (history schema %1; this version knows up "
                    "to %2), so it is left as it is")
                     .arg(*version)
                     .arg(HistorySchema::Current);
        return Outcome::Failed;
    }
    return Outcome::Ok;
}

HistoryStore::Outcome HistoryStore::migrate(QString *error)
{
    QSqlQuery query(database());
    auto rollBack = [&](Outcome outcome) {
        QString ignored;
        exec(query, QStringLiteral("ROLLBACK"), {}, &ignored);
        return outcome;
    };
    // IMMEDIATE: two programs opening a new file at once migrate it one after the other, and
    // the second reads the version the first left.
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return isDamageCode() ? Outcome::Damaged : Outcome::Failed;
    int version = 0;
    if (const Outcome outcome = readVersion(query, &version, error); outcome != Outcome::Ok)
        return rollBack(outcome);
    for (int step = version + 1; step <= HistorySchema::Current; ++step) {
        const QStringList statements = HistorySchema::step(step);
        for (const QString &statement : statements) {
            if (!exec(query, statement, {}, error))
                return rollBack(isDamageCode() ? Outcome::Damaged : Outcome::Failed);
        }
        if (!exec(query, QStringLiteral("UPDATE schema_version SET version = ?"), {step}, error))
            return rollBack(isDamageCode() ? Outcome::Damaged : Outcome::Failed);
        if (version > 0)
            qCInfo(lcHistory) << "history migrated to schema" << step;
    }
    if (!exec(query, QStringLiteral("COMMIT"), {}, error))
        return rollBack(isDamageCode() ? Outcome::Damaged : Outcome::Failed);
    m_schemaVersion = HistorySchema::Current;
    return Outcome::Ok;
}

bool HistoryStore::loadRetention(QString *error)
{
    QSqlQuery query(database());
    if (!exec(query, QStringLiteral("SELECT key, value FROM settings"), {}, error))
        return false;
    m_retention = HistoryRetention();
    while (query.next()) {
        const QString key = query.value(0).toString();
        const int value = std::max(0, query.value(1).toInt());
        if (key == QLatin1String("retention_days"))
            m_retention.days = value;
        else if (key == QLatin1String("retention_runs"))
            m_retention.runs = value;
    }
    return true;
}

bool HistoryStore::applyRetention(QSqlQuery &query, QString *error)
{
    if (m_retention.days > 0) {
        const QString cutoff
            = timeText(QDateTime::currentDateTimeUtc().addDays(-qint64(m_retention.days)));
        if (!exec(query, QStringLiteral("DELETE FROM runs WHERE time < ?"), {cutoff}, error))
            return false;
    }
    if (m_retention.runs > 0) {
        if (!exec(query,
                  QStringLiteral("DELETE FROM runs WHERE id IN (SELECT id FROM runs ORDER BY "
                                 "time DESC, id DESC LIMIT -1 OFFSET ?)"),
                  {m_retention.runs}, error))
            return false;
    }
    return true;
}

std::optional<qint64> HistoryStore::record(const Report &report, QString *error)
{
    if (!m_open) {
        if (error)
            *error = tr("The history is not open.");
        return std::nullopt;
    }
    QString why;
    QSqlQuery query(database());
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, &why)) {
        if (error)
            *error = tr("The run could not be saved in the history: %1").arg(why);
        return std::nullopt;
    }
    const bool inserted = exec(
        query,
        QStringLiteral("INSERT INTO runs (time, kind, profile_id, profile_name, host, port, ok, "
                       "topic, report, report_schema) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {timeText(report.time), Report::kindName(report.kind), text(report.profile.id),
         text(report.profile.name), text(report.profile.host), int(report.profile.port),
         report.ok ? 1 : 0, text(report.topic()),
         QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)),
         Report::SchemaVersion},
        &why);
    const qint64 id = inserted ? query.lastInsertId().toLongLong() : 0;
    if (!inserted || !applyRetention(query, &why)
        || !exec(query, QStringLiteral("COMMIT"), {}, &why)) {
        QString ignored;
        exec(query, QStringLiteral("ROLLBACK"), {}, &ignored);
        if (error)
            *error = tr("The run could not be saved in the history: %1").arg(why);
        return std::nullopt;
    }
    return id;
}

std::optional<QList<HistoryEntry>> HistoryStore::list(const QString &profile, int limit,
                                                      QString *error)
{
    QString sql = QStringLiteral("SELECT %1 FROM runs").arg(EntryColumns);
    QVariantList values;
    if (!profile.isEmpty()) {
        sql += QStringLiteral(" WHERE profile_name = ? COLLATE NOCASE OR profile_id = ?");
        values << profile << profile;
    }
    sql += QStringLiteral(" ORDER BY time DESC, id DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QSqlQuery query(database());
    if (!m_open || !exec(query, sql, values, error)) {
        if (!m_open && error)
            *error = tr("The history is not open.");
        return std::nullopt;
    }
    QList<HistoryEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id, QString *error)
{
    QSqlQuery query(database());
    if (!m_open
        || !exec(query, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(EntryColumns), {id},
                 error)) {
        if (!m_open && error)
            *error = tr("The history is not open.");
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no run %1 in the history.").arg(id);
        return std::nullopt;
    }
    return entryFrom(query);
}

std::optional<Report> HistoryStore::load(qint64 id, QString *error)
{
    QSqlQuery query(database());
    if (!m_open
        || !exec(query, QStringLiteral("SELECT report FROM runs WHERE id = ?"), {id}, error)) {
        if (!m_open && error)
            *error = tr("The history is not open.");
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no run %1 in the history.").arg(id);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    QString why;
    std::optional<Report> report;
    if (document.isObject())
        report = Report::fromJson(document.object(), &why);
    else
        why = parseError.errorString();
    if (!report && error)
        *error = tr("Run %1 in the history cannot be read: %2").arg(id).arg(why);
    return report;
}

std::optional<HistoryEntry> HistoryStore::lastSuccessBefore(qint64 id, QString *error)
{
    if (error)
        error->clear();
    const std::optional<HistoryEntry> run = entry(id, error);
    if (!run)
        return std::nullopt;
    QString sql = QStringLiteral("SELECT %1 FROM runs WHERE ok = 1 AND kind = ? AND id < ? AND ")
                      .arg(EntryColumns);
    QVariantList values {run->kind, id};
    if (run->profileId.isEmpty()) {
        sql += QStringLiteral("profile_id = '' AND host = ?");
        values << run->host;
    } else {
        sql += QStringLiteral("profile_id = ?");
        values << run->profileId;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT 1");
    QSqlQuery query(database());
    if (!exec(query, sql, values, error) || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

bool HistoryStore::remove(qint64 id, QString *error)
{
    QSqlQuery query(database());
    if (!m_open || !exec(query, QStringLiteral("DELETE FROM runs WHERE id = ?"), {id}, error)) {
        if (!m_open && error)
            *error = tr("The history is not open.");
        return false;
    }
    if (query.numRowsAffected() < 1) {
        if (error)
            *error = tr("There is no run %1 in the history.").arg(id);
        return false;
    }
    // Deleted pages are zeroed in the database; empty the log too, where older copies of them
    // still are (best effort: a reader in another program may hold it for now).
    QString ignored;
    exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, &ignored);
    return true;
}

bool HistoryStore::removeAll(QString *error)
{
    QSqlQuery query(database());
    if (!m_open || !exec(query, QStringLiteral("DELETE FROM runs"), {}, error)) {
        if (!m_open && error)
            *error = tr("The history is not open.");
        return false;
    }
    QString ignored;
    exec(query, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, &ignored);
    return true;
}

bool HistoryStore::setRetention(const HistoryRetention &retention, QString *error)
{
    if (!m_open) {
        if (error)
            *error = tr("The history is not open.");
        return false;
    }
    QSqlQuery query(database());
    QString why;
    const HistoryRetention previous = m_retention;
    m_retention = {std::max(0, retention.days), std::max(0, retention.runs)};
    const QString upsert = QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
        "value = excluded.value");
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, &why)
        || !exec(query, upsert,
                 {QStringLiteral("retention_days"), QString::number(m_retention.days)}, &why)
        || !exec(query, upsert,
                 {QStringLiteral("retention_runs"), QString::number(m_retention.runs)}, &why)
        || !applyRetention(query, &why) || !exec(query, QStringLiteral("COMMIT"), {}, &why)) {
        QString ignored;
        exec(query, QStringLiteral("ROLLBACK"), {}, &ignored);
        m_retention = previous;
        if (error)
            *error = tr("The history setting could not be saved: %1").arg(why);
        return false;
    }
    return true;
}

bool HistoryStore::moveAside(QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    QFile file(m_path);
    if (file.exists() && !file.rename(target)) {
        *error = file.errorString();
        return false;
    }
    // The log belongs to the damaged file: keep it beside it; the index is rebuilt anyway.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        QFile::rename(wal, target + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    m_movedAside = target;
    return true;
}

void HistoryStore::close()
{
    m_open = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase HistoryStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool HistoryStore::exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                        QString *error)
{
    m_lastNativeCode = 0;
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        m_lastNativeCode = query.lastError().nativeErrorCode().toInt();
        if (error)
            *error = query.lastError().text();
        qCDebug(lcHistory) << "SQL failed:" << sql.left(60) << query.lastError().text();
    }
    return ok;
}

bool HistoryStore::isBusyCode() const
{
    const int primary = m_lastNativeCode & 0xff;
    return primary == SqliteBusy || primary == SqliteLocked;
}

bool HistoryStore::isDamageCode() const
{
    switch (m_lastNativeCode & 0xff) {
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteCorrupt:
    case SqliteCantOpen:
    case SqliteNotADb:
        return true;
    default:
        return false;
    }
}

} // namespace Sendcheck
