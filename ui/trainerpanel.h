// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Sendcheck {

// Trainer mode's bar above the transcript: "Step through", the larger font for projectors, and
// the narration of what just happened and what the next step sends (TrainerNarration). Hidden
// until trainer mode is switched on.
class TrainerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainerPanel(QWidget *parent = nullptr);

    void setNarration(const QString &text);
    [[nodiscard]] QString narration() const;
    void setStepEnabled(bool enabled);
    // The stepped conversation is over: "Step through" gives way to "Start again", so one
    // press too many does not wipe the result being discussed.
    void setEnded(bool ended);
    [[nodiscard]] bool isEnded() const { return m_ended; }
    // Ticks or clears "Larger font" (largeFontToggled() follows when that changes it).
    void setLargeFont(bool on);

Q_SIGNALS:
    void stepRequested();
    void restartRequested();
    void largeFontToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void updateNarrationHeight();

    QPushButton *m_stepButton = nullptr;
    QPushButton *m_restartButton = nullptr;
    bool m_ended = false;
    bool m_stepEnabled = true;
    QLabel *m_narration = nullptr;
    QScrollArea *m_narrationArea = nullptr;
    QCheckBox *m_largeFont = nullptr;
};

} // namespace Sendcheck
