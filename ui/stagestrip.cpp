// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagestrip.h"

#include "palettecolors.h"
#include "svgicon.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

#include <optional>

namespace Sendcheck {

StageStrip::StageStrip(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Session progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < stepCount(); ++i) {
        auto *step = new QFrame(this);
        step->setAutoFillBackground(true);
        step->setFrameShape(QFrame::StyledPanel);
        auto *stepLayout = new QHBoxLayout(step);
        stepLayout->setContentsMargins(4, 4, 4, 4);
        stepLayout->setSpacing(4);
        auto *icon = new QLabel(step);
        auto *label = new QLabel(step);
        label->setTextFormat(Qt::PlainText);
        // A long step name ("Inicio de sesión") may take two lines on a narrow window rather
        // than widen the strip past it.
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        stepLayout->addStretch(1);
        stepLayout->addWidget(icon);
        stepLayout->addWidget(label);
        stepLayout->addStretch(1);
        layout->addWidget(step, 1);
        m_steps.append(step);
        m_icons.append(icon);
        m_labels.append(label);
        m_states.append(StepState::Pending);
        m_visited.append(false);
    }
    reset();
}

QString StageStrip::stepName(int step)
{
    switch (step) {
    case 0:
        return tr("Connect");
    case 1:
        return tr("Greeting");
    case 2:
        return tr("EHLO");
    case 3:
        return tr("TLS");
    case 4:
        return tr("Sign-in");
    default:
        return tr("Send");
    }
}

QString StageStrip::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("not reached");
    case StepState::Active:
        return tr("in progress");
    case StepState::Done:
        return tr("done");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    case StepState::Stopped:
        return tr("stopped by you");
    }
    return {};
}

int StageStrip::stepFor(Stage stage)
{
    switch (stage) {
    case Stage::Connecting:
        return 0;
    case Stage::Banner:
        return 1;
    case Stage::Ehlo:
        return 2;
    case Stage::StartTls:
    case Stage::TlsHandshake:
        return 3;
    case Stage::Auth:
        return 4;
    case Stage::MailFrom:
    case Stage::RcptTo:
    case Stage::Data:
        return 5;
    case Stage::Idle:
    case Stage::Quit:
    case Stage::Done:
        return -1;
    }
    return -1;
}

void StageStrip::reset()
{
    for (int i = 0; i < stepCount(); ++i) {
        m_states[i] = StepState::Pending;
        m_visited[i] = false;
        refreshStep(i);
    }
}

void StageStrip::setStage(Stage stage)
{
    const int current = stepFor(stage);
    if (current < 0)
        return;
    // The implicit-TLS handshake is reported before the greeting; steps only move forwards.
    for (int i = 0; i < stepCount(); ++i) {
        if (i < current && m_states[i] != StepState::Done)
            m_states[i] = m_visited[i] ? StepState::Done : StepState::Skipped;
        else if (i == current)
            m_states[i] = StepState::Active;
        refreshStep(i);
    }
    m_visited[current] = true;
}

void StageStrip::finish(bool ok, Stage stage)
{
    const int last
        = stage == Stage::Done || stage == Stage::Quit ? stepCount() - 1 : stepFor(stage);
    for (int i = 0; i < stepCount(); ++i) {
        if (i < last || (ok && i == last))
            m_states[i] = m_visited[i] || (ok && stage == Stage::Done) ? StepState::Done
                                                                       : StepState::Skipped;
        else if (i == last && !ok)
            m_states[i] = StepState::Failed;
        else if (m_states[i] == StepState::Active)
            m_states[i] = StepState::Pending;
        refreshStep(i);
    }
}

void StageStrip::stop(Stage stage)
{
    const int last = stepFor(stage);
    for (int i = 0; i < stepCount(); ++i) {
        if (i < last && m_states[i] != StepState::Done)
            m_states[i] = m_visited[i] ? StepState::Done : StepState::Skipped;
        else if (i == last)
            m_states[i] = StepState::Stopped;
        else if (m_states[i] == StepState::Active)
            m_states[i] = StepState::Pending;
        refreshStep(i);
    }
}

void StageStrip::refreshStep(int step)
{
    const StepState state = m_states[step];
    QPalette palette = this->palette();
    std::optional<SvgIcon::Name> icon;
    switch (state) {
    case StepState::Pending:
        break;
    case StepState::Active:
        icon = SvgIcon::Name::StatusRunning;
        palette.setColor(QPalette::Window, palette.color(QPalette::Highlight));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::HighlightedText));
        break;
    case StepState::Done:
        icon = SvgIcon::Name::StatusPass;
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Green));
        break;
    case StepState::Failed:
        icon = SvgIcon::Name::StatusFail;
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Red));
        break;
    case StepState::Stopped:
        icon = SvgIcon::Name::StatusStopped;
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Amber));
        break;
    case StepState::Skipped:
        icon = SvgIcon::Name::StatusPending;
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    }
    m_steps[step]->setPalette(palette);
    // The icon's place is kept while a step has none, so the names do not shift as steps light.
    const int side = fontMetrics().height();
    QLabel *iconLabel = m_icons[step];
    iconLabel->setFixedSize(side, side);
    iconLabel->setPixmap(
        icon ? SvgIcon::ownIcon(*icon, palette).pixmap(QSize(side, side), devicePixelRatioF())
             : QPixmap());
    m_labels[step]->setText(stepName(step));
    const QString described = tr("%1: %2").arg(stepName(step), stateName(state));
    m_steps[step]->setAccessibleName(described);
    m_labels[step]->setAccessibleName(described);
    m_steps[step]->setToolTip(stateName(state));
}

void StageStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::FontChange) {
        for (int i = 0; i < stepCount(); ++i)
            refreshStep(i);
    }
}

} // namespace Sendcheck
