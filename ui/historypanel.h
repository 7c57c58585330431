// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace Sendcheck {

class HistoryStore;
class ReportActions;
struct Report;

// The History tab: every run kept, newest first, with its time, kind (test send, port probe,
// discovery, ...), profile, server and result,
// filtered by profile; the report of the run picked (as the HTML page a saved report is), with
// "Copy for ticket" and "Save report…"; and "Compare with last success", which says in plain
// words what changed since the same profile last worked.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    // `store` may be closed (no history to be had): the panel then says why.
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    // Reads the list again, keeping the run picked.
    void refresh();
    // A sentence shown above the list (the history cannot be opened, or was moved aside).
    void setNotice(const QString &text);

    bool selectRun(qint64 id);
    [[nodiscard]] qint64 currentRunId() const; // 0: none
    [[nodiscard]] qint64 firstRunId() const; // the newest run listed; 0: none
    [[nodiscard]] int runCount() const;
    // The text of row `row` (time, profile, server, result, kind), for tests and screen
    // readers. (The kind is shown second; it comes last here so the others keep their index.)
    [[nodiscard]] QStringList rowTexts(int row) const;
    // "Test send", "Port probe", "Discovery", ...: the words the list uses for a run's kind
    // ("send", "probe", "discovery"; an unknown kind is shown as it is).
    [[nodiscard]] static QString kindLabel(const QString &kind);

    // Keeps a finished run (a port probe, a discovery with its probe) in the history and
    // shows it; a history that cannot be written says so through notice().
    void record(const Sendcheck::Report &report);

    void compareWithLastSuccess();
    [[nodiscard]] QString comparisonText() const;
    [[nodiscard]] QString reportText() const; // the report shown, as plain text
    [[nodiscard]] ReportActions *reportActions() const { return m_actions; }

Q_SIGNALS:
    void notice(const QString &text);

private:
    void showRun();
    void deleteRun();
    void fillProfiles(const QStringList &names);
    void setComparison(const QString &heading, const QStringList &lines);

    HistoryStore *m_store;
    QLabel *m_notice = nullptr;
    QComboBox *m_profileFilter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_comparison = nullptr;
    QTextBrowser *m_report = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ReportActions *m_actions = nullptr;
};

} // namespace Sendcheck
