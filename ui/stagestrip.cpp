// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagestrip.h"

#include "palettecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Sendcheck {

StageStrip::StageStrip(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Session progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int i = 0; i < stepCount(); ++i) {
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setAutoFillBackground(true);
        label->setMargin(4);
        label->setTextFormat(Qt::PlainText);
        label->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(label, 1);
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
    QLabel *label = m_labels[step];
    const StepState state = m_states[step];
    QString mark;
    QPalette palette = this->palette();
    switch (state) {
    case StepState::Pending:
        break;
    case StepState::Active:
        mark = QStringLiteral("\u25B6 ");
        palette.setColor(QPalette::Window, palette.color(QPalette::Highlight));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::HighlightedText));
        break;
    case StepState::Done:
        mark = QStringLiteral("\u2714 ");
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Green));
        break;
    case StepState::Failed:
        mark = QStringLiteral("\u2718 ");
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Red));
        break;
    case StepState::Stopped:
        mark = QStringLiteral("\u25A0 ");
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Amber));
        break;
    case StepState::Skipped:
        mark = QStringLiteral("\u2013 ");
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    }
    label->setPalette(palette);
    label->setText(mark + stepName(step));
    label->setAccessibleName(tr("%1: %2").arg(stepName(step), stateName(state)));
    label->setToolTip(stateName(state));
}

void StageStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < stepCount(); ++i)
            refreshStep(i);
    }
}

} // namespace Sendcheck
