// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainerpanel.h"

#include "svgicon.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sendcheck {

TrainerPanel::TrainerPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainerBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stepButton = new QPushButton(tr("Step through"), this);
    m_stepButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Step));
    m_stepButton->setObjectName(QStringLiteral("stepThrough"));
    m_stepButton->setAccessibleName(tr("Step through: one more step of the conversation"));
    m_stepButton->setAccessibleDescription(
        tr("Sends the next command and shows the server's reply."));
    m_restartButton = new QPushButton(tr("Start again"), this);
    m_restartButton->setObjectName(QStringLiteral("stepRestart"));
    m_restartButton->setAccessibleName(tr("Start again: a new stepped conversation"));
    m_restartButton->setAccessibleDescription(
        tr("Starts a new stepped conversation from the beginning."));
    m_restartButton->setVisible(false);
    m_narration = new QLabel(this);
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setAccessibleName(tr("Narration"));
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setWordWrap(true);
    m_narration->setMargin(6);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_largeFont = new QCheckBox(tr("Larger font"), this);
    m_largeFont->setObjectName(QStringLiteral("largeFont"));
    m_largeFont->setAccessibleName(tr("Larger font for projectors"));
    m_largeFont->setAccessibleDescription(
        tr("Makes all text in the window larger, for projectors."));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_stepButton);
    buttons->addWidget(m_restartButton);
    buttons->addWidget(m_largeFont);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // A fixed height (five lines), scrolling when a narration is longer: the tabs below do
    // not jump from step to step, and no word is cut off.
    m_narrationArea = new QScrollArea(this);
    m_narrationArea->setObjectName(QStringLiteral("narrationArea"));
    m_narrationArea->setAccessibleName(tr("Narration"));
    m_narrationArea->setWidgetResizable(true);
    m_narrationArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_narrationArea->setWidget(m_narration);
    updateNarrationHeight();
    layout->addWidget(m_narrationArea, 1);
    connect(m_stepButton, &QPushButton::clicked, this, &TrainerPanel::stepRequested);
    connect(m_restartButton, &QPushButton::clicked, this, &TrainerPanel::restartRequested);
    connect(m_largeFont, &QCheckBox::toggled, this, &TrainerPanel::largeFontToggled);
    setVisible(false);
}

void TrainerPanel::updateNarrationHeight()
{
    m_narrationArea->setFixedHeight(m_narration->fontMetrics().lineSpacing() * 5
                                    + 2 * m_narration->margin()
                                    + 2 * m_narrationArea->frameWidth());
}

void TrainerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_narrationArea)
        updateNarrationHeight();
}

void TrainerPanel::setNarration(const QString &text)
{
    m_narration->setText(text);
}

QString TrainerPanel::narration() const
{
    return m_narration->text();
}

void TrainerPanel::setStepEnabled(bool enabled)
{
    m_stepEnabled = enabled;
    updateButtons();
}

void TrainerPanel::setEnded(bool ended)
{
    m_ended = ended;
    updateButtons();
}

void TrainerPanel::updateButtons()
{
    m_stepButton->setEnabled(m_stepEnabled && !m_ended);
    m_restartButton->setVisible(m_ended);
    m_restartButton->setEnabled(m_stepEnabled);
}

void TrainerPanel::setLargeFont(bool on)
{
    m_largeFont->setChecked(on);
}

} // namespace Sendcheck
