// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

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
    // Ticks or clears "Larger font" (largeFontToggled() follows when that changes it).
    void setLargeFont(bool on);

Q_SIGNALS:
    void stepRequested();
    void largeFontToggled(bool on);

private:
    QPushButton *m_stepButton = nullptr;
    QLabel *m_narration = nullptr;
    QCheckBox *m_largeFont = nullptr;
};

} // namespace Sendcheck
