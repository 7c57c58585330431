// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/portproberesult.h"
#include "probe/probecandidate.h"
#include "profiles/profile.h"
#include "report/report.h"

#include <QDialog>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Sendcheck {

class PortProbe;

// "Test all ports": runs the port probe (core/probe) on a profile's server, shows each port and
// security mode as a row that fills in as its attempt ends, explains the selected row, selects
// the recommended one when all are done, and offers to switch the profile to it. Opened with
// open() or show(), never exec(), so the probe and tests keep running.
class PortProbeDialog : public QDialog
{
    Q_OBJECT
public:
    // Tries PortProbe::defaultCandidates() on the profile's host unless setCandidates() is
    // called before start(); trusts the profile's CA file and pins, as a send would.
    explicit PortProbeDialog(const Profile &profile, QWidget *parent = nullptr);
    ~PortProbeDialog() override;

    void setCandidates(const QList<ProbeCandidate> &candidates);
    void setAttemptTimeout(std::chrono::milliseconds timeout);
    void start();

    [[nodiscard]] QTreeWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *useButton() const { return m_use; }
    [[nodiscard]] QLabel *explanationLabel() const { return m_explanation; }
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const PortProbeResult &probeResult() const;
    // The row selected now, when its setting works.
    [[nodiscard]] std::optional<ProbeCandidate> selectedWorkingCandidate() const;

    // "TLS from the start", "STARTTLS", "None": the words of the settings form's Security list.
    [[nodiscard]] static QString securityLabel(Security security);
    // The hue (PaletteColors) an attempt's result is shown in: green works, amber for what
    // another port or mode fixes, red for certificate, interception and errors.
    [[nodiscard]] static int outcomeHue(const ProbeAttemptResult &attempt);

Q_SIGNALS:
    void probeFinished();
    // The finished probe as a report (kind "probe"), to keep in the history.
    void reportReady(const Sendcheck::Report &report);
    // "Use this setting" was clicked: switch the profile to it.
    void settingChosen(const Sendcheck::ProbeCandidate &candidate);

private:
    void onStarted(int index, const ProbeCandidate &candidate);
    void onAttemptFinished(int index, const ProbeAttemptResult &attempt);
    void onFinished(const PortProbeResult &result);
    void showSelected();

    Profile m_profile;
    PortProbe *m_probe;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_recommendation = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace Sendcheck
