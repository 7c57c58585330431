// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportformat.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sendcheck {
struct Report;
}

// What becomes of a finished `send` besides what it prints: the report file (--report FILE,
// its format from the extension) and the run's entry in the history (unless --no-history or
// SENDCHECK_NO_HISTORY is set). Made before anything is sent, so a report file that cannot be
// written is refused as bad usage while there is still nothing to lose.
class RunKeeper
{
    Q_DECLARE_TR_FUNCTIONS(RunKeeper)

public:
    // nullopt with the reason in `error` when `reportPath` (empty: no report) has no known
    // extension or cannot be written (no such folder, a folder, a read-only file or folder).
    // `command` names the command in warnings ("sendcheck-cli probe: warning: ...").
    [[nodiscard]] static std::optional<RunKeeper>
    make(const QString &reportPath, bool record, QString *error,
         const QString &command = QStringLiteral("send"));
    // True when SENDCHECK_NO_HISTORY is set to anything but "" or "0".
    [[nodiscard]] static bool historyOffByEnvironment();

    // Writes the report (whole or not at all) and records the run in the history. A history
    // that cannot be opened or written is one warning on stderr and changes nothing else; a
    // report that cannot be written is an error, and turns a successful `exitCode` into 1.
    // Returns the exit code to use.
    [[nodiscard]] int keep(const Sendcheck::Report &report, int exitCode) const;

    [[nodiscard]] bool wantsReport() const { return !m_reportPath.isEmpty(); }
    [[nodiscard]] bool records() const { return m_record; }

private:
    RunKeeper() = default;
    void record(const Sendcheck::Report &report) const;

    QString m_reportPath;
    QString m_command;
    Sendcheck::ReportFormat::Format m_format = Sendcheck::ReportFormat::Format::Markdown;
    bool m_record = true;
};
