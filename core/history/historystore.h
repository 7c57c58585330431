// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyentry.h"
#include "historyretention.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace Sendcheck {

struct Report;

// Every run, kept in SQLite (Qt Sql, QSQLITE driver) at <AppDataLocation>/history.sqlite:
// the Report's JSON plus indexed columns (time, kind, profile id and name, host, port, ok,
// topic). The window and the CLI may write at the same time: the database runs in WAL mode
// with a busy timeout, and every write is one IMMEDIATE transaction. Deleted runs are
// overwritten (secure_delete), not just unlinked. Reports hold no secret (see Report), so
// neither does this file.
//
// A database that cannot be read (not SQLite, damaged, truncated, not ours) is renamed to
// history.sqlite.corrupt-<time> and a new one started: open() still succeeds and notice() says
// what happened. A database from a newer Sendcheck is left alone and open() fails. Migrations
// from older schemas run on open (HistorySchema).
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(Sendcheck::HistoryStore)

public:
    // `path` empty: defaultPath().
    explicit HistoryStore(const QString &path = QString());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const { return m_path; }

    // Opens (creating the folder and file if needed), checks and migrates. False with the
    // reason when there is no history to be had (no SQLite driver, a newer schema, a folder
    // that cannot be written); the program goes on without one then.
    bool open(QString *error);
    [[nodiscard]] bool isOpen() const { return m_open; }
    // After open(): a sentence for the UI/CLI when a damaged database was moved aside.
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] const QString &movedAsidePath() const { return m_movedAside; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

    // Stores a run (and applies the retention); its id, or nullopt with the reason.
    [[nodiscard]] std::optional<qint64> record(const Report &report, QString *error);
    // Newest first. `profile` (a name, case-insensitive, or an id) empty: every run; `limit` 0:
    // no limit.
    [[nodiscard]] std::optional<QList<HistoryEntry>> list(const QString &profile, int limit,
                                                          QString *error);
    [[nodiscard]] std::optional<HistoryEntry> entry(qint64 id, QString *error);
    [[nodiscard]] std::optional<Report> load(qint64 id, QString *error);
    // The newest successful run of the same kind and profile (by profile id; for one-off
    // settings without an id, by host) recorded before run `id`. nullopt with `error` left
    // empty when there is none.
    [[nodiscard]] std::optional<HistoryEntry> lastSuccessBefore(qint64 id, QString *error);

    bool remove(qint64 id, QString *error); // false also when there is no such run
    bool removeAll(QString *error);

    [[nodiscard]] HistoryRetention retention() const { return m_retention; }
    // Saves the setting in the database (shared by the window and the CLI) and applies it.
    bool setRetention(const HistoryRetention &retention, QString *error);

private:
    enum class Outcome { Ok, Damaged, Failed };
    Outcome tryOpen(QString *error);
    [[nodiscard]] Outcome readVersion(QSqlQuery &query, int *version, QString *error);
    [[nodiscard]] Outcome migrate(QString *error);
    bool loadRetention(QString *error);
    bool applyRetention(QSqlQuery &query, QString *error);
    bool moveAside(QString *error);
    void close();
    [[nodiscard]] QSqlDatabase database() const;
    // Runs `sql` (bound values in order); on failure sets `error` and m_lastNativeCode.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    [[nodiscard]] bool isDamageCode() const;
    [[nodiscard]] bool isBusyCode() const; // SQLITE_BUSY or SQLITE_LOCKED

    QString m_path;
    QString m_connection;
    QString m_notice;
    QString m_movedAside;
    HistoryRetention m_retention;
    int m_schemaVersion = 0;
    int m_lastNativeCode = 0;
    bool m_open = false;
};

} // namespace Sendcheck
