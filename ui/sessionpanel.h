// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLayout;
class QPushButton;
class QTabWidget;

namespace Sendcheck {

class DomainPanel;
class HistoryPanel;
class PracticePanel;
class ReadBackView;
class ReportActions;
class StageStrip;
class TrainerPanel;
class TranscriptPanel;
class VerdictPanel;

// The session side of the window: Test, Send and Stop, the stage strip, trainer mode's bar,
// and the tabs with the transcript above the verdict (and the report's actions), the practice
// server and the history.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPanel(QWidget *parent = nullptr);

    [[nodiscard]] StageStrip *strip() const { return m_strip; }
    [[nodiscard]] TrainerPanel *trainer() const { return m_trainer; }
    [[nodiscard]] TranscriptPanel *transcript() const { return m_transcript; }
    [[nodiscard]] VerdictPanel *verdict() const { return m_verdict; }
    // "Copy for ticket" and "Save report…" under the verdict.
    [[nodiscard]] ReportActions *reportActions() const { return m_reportActions; }
    // "Check that it arrived" beside Send, and the read-back it asks for, under the verdict.
    [[nodiscard]] bool checkArrival() const;
    void setCheckArrival(bool on);
    [[nodiscard]] ReadBackView *readBack() const { return m_readBack; }

    void showSessionTab();
    void addPracticeTab(PracticePanel *panel);
    void showPracticeTab();
    void addHistoryTab(HistoryPanel *panel);
    void showHistoryTab();
    void addServerTab(QWidget *panel);
    void showServerTab();
    void addDomainTab(DomainPanel *panel);
    void showDomainTab();
    // `start`: Test, Send and "Step through" may start a session; `stop`: Stop may end one.
    void setActionsEnabled(bool start, bool stop);
    // A one-click fix under the verdict ("Switch Security to TLS from the start"); an empty
    // label hides it. Pressing it emits fixRequested() and hides it.
    void offerFix(const QString &label);
    [[nodiscard]] QPushButton *fixButton() const { return m_fixButton; }

Q_SIGNALS:
    void testRequested();
    void sendRequested();
    void stopRequested();
    void fixRequested();

private:
    QLayout *buildActions();
    QWidget *buildSessionTab();
    QPushButton *buildFixButton(QWidget *parent);

    QPushButton *m_testButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QCheckBox *m_checkArrival = nullptr;
    QPushButton *m_fixButton = nullptr;
    StageStrip *m_strip = nullptr;
    TrainerPanel *m_trainer = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_sessionTab = nullptr;
    TranscriptPanel *m_transcript = nullptr;
    VerdictPanel *m_verdict = nullptr;
    ReadBackView *m_readBack = nullptr;
    ReportActions *m_reportActions = nullptr;
    PracticePanel *m_practice = nullptr;
    HistoryPanel *m_history = nullptr;
    QWidget *m_server = nullptr;
    DomainPanel *m_domain = nullptr;
};

} // namespace Sendcheck
