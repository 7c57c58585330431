// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/smtpstage.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;

namespace Sendcheck {

// Connect - Greeting - EHLO - TLS - Sign-in - Send, lit up as the session goes. Each step
// carries its state in words as well as colour (for screen readers and colour blindness).
class StageStrip : public QWidget
{
    Q_OBJECT
public:
    enum class StepState { Pending, Active, Done, Failed, Skipped, Stopped };

    explicit StageStrip(QWidget *parent = nullptr);

    void reset();
    void setStage(Stage stage);
    // The session ended at `stage`: ok lights every visited step, a failure marks `stage`.
    void finish(bool ok, Stage stage);
    // Stopped by the person at `stage`: the steps before it stay as they were, that one shows
    // "stopped" (not "failed": the server did nothing wrong).
    void stop(Stage stage);

    [[nodiscard]] static int stepCount() { return 6; }
    [[nodiscard]] StepState stepState(int step) const { return m_states.at(step); }
    [[nodiscard]] static int stepFor(Stage stage); // -1 for Idle, Quit, Done
    // The step's name on the strip ("Connect", ..., "Send"): the verdict uses the same words.
    [[nodiscard]] static QString stepName(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshStep(int step);
    [[nodiscard]] static QString stateName(StepState state);

    QList<QLabel *> m_icons;
    QList<QLabel *> m_labels;
    QList<QFrame *> m_steps;
    QList<StepState> m_states;
    QList<bool> m_visited;
};

} // namespace Sendcheck
